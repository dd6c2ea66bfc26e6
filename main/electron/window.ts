// Creates the one application window with the hardened options and guards its webContents
// (web-contents-guard.ts; main/index.ts also applies that guard to every other webContents).
import { BrowserWindow, session } from 'electron'
import { guardWebContents } from './web-contents-guard'
import { APP_ORIGIN, mainWindowOptions, permissionDecision } from './window-options'

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission))
  )
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    permissionDecision(permission)
  )
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const frame = mainWindowOptions(preloadPath)
  // The security settings are written out literally here, where the window is created, so that
  // scanners (electronegativity) see them at the call site; tests/unit/security/electron-main.test.ts
  // proves this object equals mainWindowOptions() from window-options.ts, the one reviewed spec.
  const window = new BrowserWindow({
    title: frame.title,
    width: frame.width,
    height: frame.height,
    minWidth: frame.minWidth,
    minHeight: frame.minHeight,
    show: frame.show,
    backgroundColor: frame.backgroundColor,
    autoHideMenuBar: frame.autoHideMenuBar,
    webPreferences: {
      // electronegativity note PRELOAD_JS_CHECK: the preload is our own bundled file; it exposes
      // one named function per channel through contextBridge and never ipcRenderer itself.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  guardWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

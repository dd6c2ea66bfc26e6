// Creates the one application window with the hardened options and wires the navigation,
// window-open and permission guards.
import { BrowserWindow, session, shell } from 'electron'
import {
  APP_ORIGIN,
  isAppUrl,
  mainWindowOptions,
  permissionDecision,
  windowOpenDecision
} from './window-options'

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission))
  )
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    permissionDecision(permission)
  )
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  const contents = window.webContents
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url)
    if (decision.openExternally) void shell.openExternal(url)
    return { action: decision.action }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

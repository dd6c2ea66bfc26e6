// Electron's main process: single-instance lock, hardened session and window, the app:// scheme,
// IPC bound to the shared dispatch, and a clean suspend of any running quiz when the window closes.
import { app, BrowserWindow, dialog, shell } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rlsCausesCourse } from '../questions/content/course'
import { createAppContext, type AppContext } from './app/context'
import { bindIpc } from './electron/ipc'
import { registerAppScheme, serveRenderer } from './electron/protocol'
import { installWebContentsGuard } from './electron/web-contents-guard'
import { createMainWindow, hardenSession } from './electron/window'
import { isSafeExternalUrl } from './app/external-links'
import { resolveDataDir } from './store/data-dir'

const here = dirname(fileURLToPath(import.meta.url))

registerAppScheme()
// Before anything can create a webContents: every one is guarded, not just the main window's.
installWebContentsGuard()

if (!app.requestSingleInstanceLock()) {
  console.error('RLS Casebook is already running; switching to the open window.')
  app.quit()
} else {
  let context: AppContext | null = null
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.whenReady().then(async () => {
    hardenSession()
    const dataDir = resolveDataDir({
      cliDataDir: argValue('--data-dir'),
      env: process.env,
      platform: process.platform,
      homedir: app.getPath('home'),
      electronUserData: app.getPath('userData')
    })
    try {
      context = await createAppContext({
        dataDir,
        edition: 'electron',
        course: rlsCausesCourse,
        // electronegativity note OPEN_EXTERNAL_JS_CHECK: references only; isSafeExternalUrl
        // admits https URLs without credentials, everything else is dropped.
        openExternal: async (url) => {
          if (isSafeExternalUrl(url)) await shell.openExternal(url)
        }
      })
    } catch (error) {
      dialog.showErrorBox('RLS Casebook cannot start', String((error as Error).message ?? error))
      app.quit()
      return
    }
    bindIpc(context.dispatch)
    serveRenderer(join(here, '../renderer'))
    const window = createMainWindow(join(here, '../preload/index.cjs'))
    window.on('close', () => void context?.suspendRunning('window-closed'))
  })
  app.on('window-all-closed', () => app.quit())
  // Quitting waits for the data to be safe: a running quiz is suspended and written, and the data
  // lock released, before the process exits.
  let closing = false
  app.on('before-quit', (event) => {
    if (closing || !context) return
    closing = true
    event.preventDefault()
    void context.close().finally(() => app.exit(0))
  })
}

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index >= 0 ? process.argv[index + 1] : undefined
}

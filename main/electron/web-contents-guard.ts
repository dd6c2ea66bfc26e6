// One guard for every webContents the app ever has: the main window, and anything Electron might
// create later (a devtools host, a <webview> that slipped through, a popup). Installed at start-up
// through app 'web-contents-created', so no code path can make an unguarded one.
import { app, shell, type WebContents } from 'electron'
import { isAppUrl, windowOpenDecision } from './window-options'

type Preventable = { preventDefault(): void }

const guarded = new WeakSet<object>()

/** Navigation, frame navigation, redirects, window.open and <webview> attachment, all denied. */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return
  guarded.add(contents)
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url)
    // electronegativity note OPEN_EXTERNAL_JS_CHECK: only https URLs without credentials reach
    // the system browser (isSafeExternalUrl via windowOpenDecision); the window itself is denied.
    if (decision.openExternally) void shell.openExternal(url)
    return { action: decision.action }
  })
  const stayOnApp = (event: Preventable, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  contents.on('will-navigate', (event, url) => stayOnApp(event, url))
  contents.on('will-redirect', (event, url) => stayOnApp(event, url))
  // Subframes too (will-navigate covers only the main frame): the app has no iframes of its own.
  contents.on('will-frame-navigate', (details) => stayOnApp(details, details.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function installWebContentsGuard(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
}

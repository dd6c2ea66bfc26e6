// Window and session hardening, as plain data and small pure functions so tests can check every
// setting without the Electron binary. main/electron/window.ts applies them.
import { isSafeExternalUrl } from '../app/external-links'
import { CONTENT_SECURITY_POLICY } from '../web/security'

export const APP_SCHEME = 'app'
export const APP_HOST = 'casebook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export { CONTENT_SECURITY_POLICY }

export function secureWebPreferences(preloadPath: string) {
  return {
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
    // Middle-click (auxclick) must not open links in a new Electron window; it goes nowhere.
    disableBlinkFeatures: 'Auxclick'
  } as const
}

export function mainWindowOptions(preloadPath: string) {
  return {
    title: 'RLS Casebook',
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    backgroundColor: '#f7f8fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath)
  } as const
}

/** Only our own app:// pages may be loaded in the window; everything else is denied. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/** The app needs no camera, microphone, notifications, geolocation… so every request is denied. */
export function permissionDecision(_permission: string): boolean {
  return false
}

/** window.open never creates a window; https links are handed to the system browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) }
}

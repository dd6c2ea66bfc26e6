// Electron hardening checked without the Electron binary: the exported options and decisions are
// exactly what main/electron/window.ts applies.
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  mainWindowOptions,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision
} from '../../../main/electron/window-options'
import { isSafeExternalUrl } from '../../../main/app/external-links'

describe('secure webPreferences', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs')
  it('isolates and sandboxes the page with no Node integration', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })
  it('is what the main window uses', () => {
    expect(mainWindowOptions('/p').webPreferences).toEqual(secureWebPreferences('/p'))
  })
})

describe('CSP', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')] as const
    })
  )
  it('allows only our own origin and forbids eval, plugins, base and framing', () => {
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/)
  })
})

describe('navigation, window.open and permissions', () => {
  it('allows navigation only within app://casebook', () => {
    expect(isAppUrl('app://casebook/index.html')).toBe(true)
    expect(isAppUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('https://casebook/index.html')).toBe(false)
    expect(isAppUrl('file:///etc/passwd')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })
  it('denies every window.open, handing only https links to the system browser', () => {
    expect(windowOpenDecision('https://doi.org/10.1093/brain/awp125')).toEqual({
      action: 'deny',
      openExternally: true
    })
    for (const url of [
      'http://doi.org/x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@x.org'
    ]) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false })
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })
  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(p)).toBe(false)
    }
  })
})

// Electron hardening as it is wired, checked without the Electron binary: the `electron` module is
// replaced by a recorder (electron-mock.ts) and the real session, window, protocol and IPC code
// runs against it. window-options.test.ts checks the pure decisions; this file checks that they
// are the ones actually registered.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dispatch } from '../../../main/api/dispatch'
import { bindIpc, handleIpcMessage, isTrustedSender } from '../../../main/electron/ipc'
import { registerAppScheme, serveRenderer } from '../../../main/electron/protocol'
import { installWebContentsGuard } from '../../../main/electron/web-contents-guard'
import { createMainWindow, hardenSession } from '../../../main/electron/window'
import { mainWindowOptions } from '../../../main/electron/window-options'
import { CHANNELS } from '../../../preload/contract/channels'
import { electronMock as electron } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock.module)

beforeEach(() => electron.reset())

describe('session', () => {
  it('registers a permission request handler and a check handler, both denying', () => {
    hardenSession()
    expect(electron.calls).toEqual([
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler'
    ])
    const request = electron.permissionRequestHandler!
    const check = electron.permissionCheckHandler!
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
      'midi',
      'hid',
      'serial',
      'usb',
      'unknown-future-permission'
    ]) {
      const callback = vi.fn()
      request({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(check({}, permission, 'app://casebook', {})).toBe(false)
    }
  })
})

describe('main window', () => {
  const PRELOAD = '/app/out/preload/index.cjs'
  const open = () => {
    createMainWindow(PRELOAD)
    expect(electron.windows).toHaveLength(1)
    return electron.windows[0]!
  }

  it('is created with exactly the reviewed options (isolated, sandboxed, no Node)', () => {
    const window = open()
    expect(window.options).toEqual(mainWindowOptions(PRELOAD))
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(window.loadedUrl).toBe('app://casebook/index.html')
  })

  it('denies every window.open, handing only https links to the system browser', () => {
    const handler = open().webContents.windowOpenHandler!
    expect(handler).toBeTypeOf('function')
    expect(handler({ url: 'https://doi.org/10.1093/brain/awp125' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://doi.org/10.1093/brain/awp125'
    )
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://casebook/index.html',
      'https://user:pw@example.org/',
      'smb://host/share'
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it.each(['will-navigate', 'will-redirect'])(
    '%s is stopped unless it stays on app://casebook',
    (name) => {
      const contents = open().webContents
      expect(contents.listeners.get(name)).toHaveLength(1)
      for (const [url, allowed] of [
        ['app://casebook/index.html#/quiz', true],
        ['https://evil.example/', false],
        ['http://127.0.0.1:3000/', false],
        ['file:///etc/passwd', false],
        ['app://other/index.html', false],
        ['data:text/html,hi', false]
      ] as const) {
        const event = { preventDefault: vi.fn() }
        contents.emit(name, event, url)
        expect(event.preventDefault).toHaveBeenCalledTimes(allowed ? 0 : 1)
      }
    }
  )

  it('refuses to attach any <webview>', () => {
    const contents = open().webContents
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('will-frame-navigate (subframes too) is stopped unless it stays on app://casebook', () => {
    const contents = open().webContents
    expect(contents.listeners.get('will-frame-navigate')).toHaveLength(1)
    for (const [url, allowed] of [
      ['app://casebook/index.html', true],
      ['https://evil.example/', false],
      ['about:blank', false],
      ['javascript:alert(1)', false]
    ] as const) {
      const details = { url, isMainFrame: false, preventDefault: vi.fn() }
      contents.emit('will-frame-navigate', details)
      expect(details.preventDefault, url).toHaveBeenCalledTimes(allowed ? 0 : 1)
    }
  })
})

describe('web-contents-created guard', () => {
  const GUARDED = ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']

  it('guards every webContents Electron creates, not only the main window', () => {
    installWebContentsGuard()
    expect(electron.appListeners.get('web-contents-created')).toHaveLength(1)
    // e.g. a devtools host or a popup: made without createMainWindow.
    const other = electron.createWebContents()
    for (const name of GUARDED) expect(other.listeners.get(name), name).toHaveLength(1)
    expect(other.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    const navigation = { preventDefault: vi.fn() }
    other.emit('will-navigate', navigation, 'https://evil.example/')
    expect(navigation.preventDefault).toHaveBeenCalledOnce()
    const frame = { url: 'https://evil.example/', preventDefault: vi.fn() }
    other.emit('will-frame-navigate', frame)
    expect(frame.preventDefault).toHaveBeenCalledOnce()
  })

  it('the main window, guarded both ways, gets each listener once', () => {
    installWebContentsGuard()
    createMainWindow('/app/out/preload/index.cjs')
    const contents = electron.windows[0]!.webContents
    for (const name of GUARDED) expect(contents.listeners.get(name), name).toHaveLength(1)
  })
})

describe('app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'rls-protocol-'))
  const renderer = join(root, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>RLS Casebook</title>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'top secret')
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('registers app: as standard and secure, without bypassing CSP', () => {
    registerAppScheme()
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  it('serves the renderer folder with the CSP header, and nothing else', async () => {
    serveRenderer(renderer)
    const handle = electron.protocolHandler!
    const index = await handle(new Request('app://casebook/index.html'))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect((await handle(new Request('app://casebook/assets/app.js'))).status).toBe(200)
    for (const url of [
      'app://other/index.html',
      'app://evil.example/index.html',
      'app://casebook/../secret.txt',
      'app://casebook/%2e%2e/secret.txt',
      'app://casebook/assets/..%2f..%2fsecret.txt',
      'app://casebook/%2fetc%2fpasswd',
      `app://casebook/${encodeURIComponent(join(root, 'secret.txt'))}`,
      'app://casebook/missing.js'
    ]) {
      const reply = await handle(new Request(url))
      expect(reply.status, url).toBe(404)
      expect(await reply.text()).not.toContain('top secret')
    }
  })
})

describe('IPC sender check', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'dispatched' }))

  it('binds exactly the contract channels', () => {
    bindIpc(dispatch)
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it.each([
    ['a subframe of our page', frame('app://casebook/index.html', { url: 'app://casebook/' })],
    ['a foreign URL', frame('https://evil.example/')],
    ['another app:// host', frame('app://other/index.html')],
    ['a file:// page', frame('file:///tmp/x.html')],
    ['a null frame (destroyed)', { senderFrame: null }],
    ['no event at all', null],
    [
      'a frame that throws when inspected',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed')
        }
      }
    ]
  ])('refuses %s with FORBIDDEN, before dispatch', async (_label, event) => {
    dispatch.mockClear()
    bindIpc(dispatch)
    for (const channel of CHANNELS) {
      const registered = electron.ipcHandlers.get(channel)!
      expect(await registered(event, {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Untrusted sender.' }
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
    expect(isTrustedSender(event as never)).toBe(false)
  })

  it('passes the main frame of app://casebook through to dispatch, tagged ipc', async () => {
    dispatch.mockClear()
    const event = frame('app://casebook/index.html#/player')
    expect(
      await handleIpcMessage(dispatch, 'quiz:get', event as never, { attemptId: 'a' })
    ).toEqual({ ok: true, value: 'dispatched' })
    expect(dispatch).toHaveBeenCalledExactlyOnceWith(
      'quiz:get',
      { attemptId: 'a' },
      { transport: 'ipc' }
    )
  })
})

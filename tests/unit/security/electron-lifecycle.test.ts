// The Electron main process (main/index.ts) run under Node with a recording `electron` module:
// the single-instance lock is requested before anything opens the data or a window; a second
// instance quits without touching either; and a data folder locked by another process (e.g. the
// browser edition) is reported in a dialog that names that process, and no window opens.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronMock as electron } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock.module)

let dataDir: string
const savedEnv = process.env.RLS_CASEBOOK_DATA_DIR

beforeEach(() => {
  electron.reset()
  vi.resetModules()
  dataDir = mkdtempSync(join(tmpdir(), 'rls-electron-main-'))
  process.env.RLS_CASEBOOK_DATA_DIR = dataDir
})

afterEach(async () => {
  // before-quit closes the app context, which releases the data lock.
  for (const listener of electron.appListeners.get('before-quit') ?? []) {
    listener({ preventDefault: () => undefined })
  }
  await new Promise((r) => setTimeout(r, 50))
  if (savedEnv === undefined) delete process.env.RLS_CASEBOOK_DATA_DIR
  else process.env.RLS_CASEBOOK_DATA_DIR = savedEnv
  rmSync(dataDir, { recursive: true, force: true })
})

const startMain = () => import('../../../main/index')

describe('Electron main process', () => {
  it('asks for the single-instance lock first, then opens the data, IPC and the window', async () => {
    await startMain()
    expect(electron.calls.slice(0, 3)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
      'app.whenReady'
    ])
    expect(electron.windows).toHaveLength(0)
    electron.ready()
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 10_000 })
    const lock = electron.calls.indexOf('app.requestSingleInstanceLock')
    expect(lock).toBeLessThan(electron.calls.indexOf('session.setPermissionRequestHandler'))
    expect(lock).toBeLessThan(electron.calls.indexOf('protocol.handle'))
    expect(lock).toBeLessThan(electron.calls.indexOf('new BrowserWindow'))
    expect(electron.ipcHandlers.size).toBeGreaterThan(0)
    expect(electron.app.quit).not.toHaveBeenCalled()
    // Every webContents is guarded from the start (main/electron/web-contents-guard.ts).
    expect(electron.appListeners.get('web-contents-created')).toHaveLength(1)
    expect(electron.createWebContents().listeners.get('will-frame-navigate')).toHaveLength(1)
    // The data folder is now locked by this (fake) Electron instance.
    expect(readFileSync(join(dataDir, 'casebook.lock'), 'utf8')).toContain(String(process.pid))
  })

  it('on quit, holds the exit until the data is closed (lock released), then exits', async () => {
    await startMain()
    electron.ready()
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 10_000 })
    const lockFile = join(dataDir, 'casebook.lock')
    expect(readFileSync(lockFile, 'utf8')).toContain(String(process.pid))
    let prevented = false
    for (const listener of electron.appListeners.get('before-quit') ?? []) {
      listener({ preventDefault: () => (prevented = true) })
    }
    expect(prevented).toBe(true)
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0), { timeout: 10_000 })
    // By the time the process may exit, the store is closed and the lock is gone.
    expect(() => readFileSync(lockFile)).toThrow()
  })

  it('a second instance quits without opening the data or a window', async () => {
    electron.setSingleInstance(false)
    await startMain()
    electron.ready()
    await new Promise((r) => setTimeout(r, 100))
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.windows).toHaveLength(0)
    expect(electron.ipcHandlers.size).toBe(0)
    expect(() => readFileSync(join(dataDir, 'casebook.lock'))).toThrow()
  })

  it('a data folder held by another process is explained in a dialog naming it; no window', async () => {
    // Another live process (standing in for a running browser edition) holds the folder's lock.
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore'
    })
    try {
      writeFileSync(
        join(dataDir, 'casebook.lock'),
        JSON.stringify({
          pid: holder.pid,
          startedAt: new Date().toISOString(),
          hostname: hostname(),
          token: 'held-by-the-other-process'
        })
      )
      await startMain()
      electron.ready()
      await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce(), {
        timeout: 10_000
      })
      const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!
      expect(title).toBe('RLS Casebook cannot start')
      expect(message).toContain('already running with this data folder')
      expect(message).toContain(`process ${holder.pid}`)
      expect(electron.app.quit).toHaveBeenCalledOnce()
      expect(electron.windows).toHaveLength(0)
      expect(electron.ipcHandlers.size).toBe(0)
      // The other process's lock is left alone.
      expect(readFileSync(join(dataDir, 'casebook.lock'), 'utf8')).toContain('held-by-the-other')
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('source check: the lock is requested at top level, before any window or data code runs', () => {
    const source = readFileSync(resolve(__dirname, '../../../main/index.ts'), 'utf8')
    const lockAt = source.indexOf('app.requestSingleInstanceLock()')
    expect(lockAt).toBeGreaterThan(0)
    for (const later of ['createMainWindow(', 'createAppContext(', 'app.whenReady()']) {
      expect(source.indexOf(later), later).toBeGreaterThan(lockAt)
    }
  })
})

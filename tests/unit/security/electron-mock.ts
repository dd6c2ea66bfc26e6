// A recording stand-in for the `electron` module, so the code that wires the session, the window,
// the app:// protocol, IPC and the app lifecycle runs under Node without the Electron binary. Each
// test file does `vi.mock('electron', () => electronMock.module)` with the object made here.
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export interface FakeWebContents {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null
  listeners: Map<string, Listener[]>
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void
  on(event: string, listener: Listener): FakeWebContents
  emit(event: string, ...args: unknown[]): void
}

export function createElectronMock() {
  /** Every call that matters, in order, for checks such as "lock before window". */
  const calls: string[] = []
  const windows: FakeWindow[] = []
  const ipcHandlers = new Map<string, Listener>()
  const appListeners = new Map<string, Listener[]>()
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null
  let privileged: unknown = null
  let permissionRequestHandler: Listener | null = null
  let permissionCheckHandler: Listener | null = null
  let singleInstance = true
  let whenReadyResolve: () => void = () => undefined

  /** A webContents as Electron makes one: announced to app 'web-contents-created' listeners. */
  function createWebContents(): FakeWebContents {
    const listeners = new Map<string, Listener[]>()
    const contents: FakeWebContents = {
      windowOpenHandler: null,
      listeners,
      setWindowOpenHandler(handler) {
        contents.windowOpenHandler = handler
      },
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener])
        return contents
      },
      emit(event, ...args) {
        for (const listener of listeners.get(event) ?? []) listener(...args)
      }
    }
    for (const listener of appListeners.get('web-contents-created') ?? []) {
      listener({ preventDefault: () => undefined }, contents)
    }
    return contents
  }

  class FakeWindow {
    readonly webContents: FakeWebContents
    readonly listeners = new Map<string, Listener[]>()
    loadedUrl: string | null = null
    constructor(readonly options: Record<string, unknown>) {
      calls.push('new BrowserWindow')
      this.webContents = createWebContents()
      windows.push(this)
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
      return this
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener)
    }
    show(): void {}
    isMinimized(): boolean {
      return false
    }
    restore(): void {}
    focus(): void {}
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url
    }
    static getAllWindows(): FakeWindow[] {
      return windows
    }
  }

  const shell = { openExternal: vi.fn(async (_url: string) => undefined) }
  const dialog = {
    showErrorBox: vi.fn((title: string, message: string) => {
      calls.push(`dialog.showErrorBox: ${title}: ${message}`)
    })
  }
  const app = {
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('app.requestSingleInstanceLock')
      return singleInstance
    }),
    quit: vi.fn(() => {
      calls.push('app.quit')
    }),
    exit: vi.fn((code?: number) => {
      calls.push(`app.exit ${code ?? 0}`)
    }),
    on: vi.fn((event: string, listener: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener])
      return app
    }),
    whenReady: vi.fn(() => {
      calls.push('app.whenReady')
      return new Promise<void>((resolve) => {
        whenReadyResolve = resolve
      })
    }),
    getPath: vi.fn((name: string) => `/nonexistent/electron-${name}`)
  }

  const module = {
    app,
    dialog,
    shell,
    BrowserWindow: FakeWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          calls.push('session.setPermissionRequestHandler')
          permissionRequestHandler = handler
        },
        setPermissionCheckHandler: (handler: Listener) => {
          calls.push('session.setPermissionCheckHandler')
          permissionCheckHandler = handler
        }
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('protocol.registerSchemesAsPrivileged')
        privileged = schemes
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        calls.push('protocol.handle')
        protocolHandler = handler
      }
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        ipcHandlers.set(channel, handler)
      }
    }
  }

  return {
    module: { ...module, default: module },
    calls,
    windows,
    ipcHandlers,
    appListeners,
    createWebContents,
    shell,
    dialog,
    app,
    get protocolHandler() {
      return protocolHandler
    },
    get privileged() {
      return privileged
    },
    get permissionRequestHandler() {
      return permissionRequestHandler
    },
    get permissionCheckHandler() {
      return permissionCheckHandler
    },
    setSingleInstance(value: boolean) {
      singleInstance = value
    },
    ready() {
      whenReadyResolve()
    },
    reset() {
      calls.length = 0
      windows.length = 0
      ipcHandlers.clear()
      appListeners.clear()
      protocolHandler = null
      privileged = null
      permissionRequestHandler = null
      permissionCheckHandler = null
      singleInstance = true
      shell.openExternal.mockClear()
      dialog.showErrorBox.mockClear()
      app.quit.mockClear()
      app.exit.mockClear()
      app.whenReady.mockClear()
      app.requestSingleInstanceLock.mockClear()
    }
  }
}

export type ElectronMock = ReturnType<typeof createElectronMock>

/**
 * One shared instance per test file (vitest isolates files), reached from vi.mock's factory. Kept
 * on globalThis so that vi.resetModules() (used to re-run main/index.ts) does not make a new one.
 */
const holder = globalThis as { __rlsElectronMock?: ElectronMock }
export const electronMock: ElectronMock = (holder.__rlsElectronMock ??= createElectronMock())

// The preload runs sandboxed with context isolation. It exposes exactly one named function per
// API channel on `window.casebook` — never ipcRenderer itself, never a generic "send anything".
import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'casebook',
  buildBridge((channel, args) => ipcRenderer.invoke(channel, args))
)

// Binds every contract channel to ipcMain.handle. Each message's sender frame is checked: only
// the main frame of our own app:// page may call the API.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../api/dispatch'
import { CHANNELS } from '../../preload/contract/channels'
import { isAppUrl } from './window-options'

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}

export function bindIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender.' } }
      }
      return dispatch(channel, args, { transport: 'ipc' })
    })
  }
}

// Binds every contract channel to ipcMain.handle. Each message's sender frame is checked: only
// the main frame of our own app:// page may call the API.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../api/dispatch'
import type { Result } from '../../preload/contract/result'
import { CHANNELS } from '../../preload/contract/channels'
import { isAppUrl } from './window-options'

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>

export function isTrustedSender(event: SenderEvent | null | undefined): boolean {
  try {
    const frame = event?.senderFrame
    return !!frame && frame.parent === null && isAppUrl(frame.url)
  } catch {
    // Electron throws when a destroyed frame is inspected; a frame we cannot inspect is not ours.
    return false
  }
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Untrusted sender.' }
}

/**
 * One IPC message, start to finish: the sender check, then the shared dispatch. Pure (no Electron
 * import needed to call it), so tests drive exactly what ipcMain.handle runs.
 */
export async function handleIpcMessage(
  dispatch: Dispatch,
  channel: string,
  event: SenderEvent | null | undefined,
  args: unknown
): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) return FORBIDDEN
  return dispatch(channel, args, { transport: 'ipc' })
}

export function bindIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) =>
      handleIpcMessage(dispatch, channel, event, args)
    )
  }
}

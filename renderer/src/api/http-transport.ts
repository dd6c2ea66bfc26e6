// The browser edition's transport: one function per channel, POSTing JSON to the loopback server
// with the per-launch bearer token. Network failures become Results too, so views handle one shape.
import { CHANNELS } from '../../../preload/contract/channels'
import type { Api, Result } from '../../../preload/contract'

export function createHttpApi(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch
): Api {
  const api: Record<string, (args?: unknown) => Promise<Result<unknown>>> = {}
  for (const channel of CHANNELS) {
    api[channel] = async (args?: unknown) => {
      try {
        const response = await fetchImpl(`${baseUrl}api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {})
        })
        return (await response.json()) as Result<unknown>
      } catch {
        return {
          ok: false,
          error: {
            code: 'OFFLINE',
            message: 'The app’s local service is not responding. Restart RLS Casebook.'
          }
        }
      }
    }
  }
  return api as unknown as Api
}

// Builds the object the preload exposes: one named function per channel, each forwarding only
// its own channel name. Kept free of Electron imports so tests can inspect it directly.
import { CHANNELS } from './contract/channels'
import type { Api, Channel } from './contract'

// Both directions: every contract channel is listed, and every listed name is a channel.
type Listed = (typeof CHANNELS)[number]
const exhaustive: [Exclude<Channel, Listed>, Exclude<Listed, Channel>] extends [never, never]
  ? true
  : false = true
void exhaustive

export function buildBridge(invoke: (channel: Channel, args: unknown) => Promise<unknown>): Api {
  const api: Record<string, (args?: unknown) => Promise<unknown>> = {}
  for (const name of CHANNELS) {
    api[name] = (args?: unknown) => invoke(name, args ?? {})
  }
  return Object.freeze(api) as unknown as Api
}

// How the page gets this launch's API token without the token ever being in a command line
// (every local user can read /proc/*/cmdline). The launcher opens the page with a one-time code
// (`#launch=CODE`); the page trades it once, over POST /launch, for the token. A code is spent by
// its first use and dies unused after a short time, so the copy left in the browser's command
// line is worth nothing.
import { createHash, randomBytes } from 'node:crypto'

/** Long enough for a cold browser start on a slow machine; the code is spent on first use. */
export const LAUNCH_CODE_TTL_MS = 2 * 60_000
export const LAUNCH_PATH = '/launch'

export interface LaunchCodes {
  /** A new single-use code, valid for `ttlMs`. */
  issue(ttlMs?: number): string
  /** True once per issued, unexpired code; false for anything else, for ever after. */
  redeem(code: unknown): boolean
}

// Codes are kept only as hashes: a map lookup by the code itself would be a timing oracle.
const digest = (code: string): string => createHash('sha256').update(code).digest('hex')

export function createLaunchCodes(now: () => number = Date.now): LaunchCodes {
  const live = new Map<string, number>() // digest → expiry
  const sweep = (): void => {
    const t = now()
    for (const [key, expiry] of live) if (expiry <= t) live.delete(key)
  }
  return {
    issue(ttlMs = LAUNCH_CODE_TTL_MS) {
      sweep()
      const code = randomBytes(24).toString('base64url')
      live.set(digest(code), now() + ttlMs)
      return code
    },
    redeem(code) {
      sweep()
      if (typeof code !== 'string' || code.length > 200) return false
      return live.delete(digest(code))
    }
  }
}

/** The page address for a launch: the code rides in the fragment, which is never sent over HTTP. */
export function launchUrl(serverUrl: string, code: string): string {
  return `${serverUrl}#launch=${code}`
}

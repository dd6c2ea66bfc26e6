// How the loopback server reports requests that went wrong. A client that hangs up mid-request
// is routine (a closed tab, a cancelled fetch) and is one line, never a stack trace; and however
// many arrive, at most `burst` lines a minute are written, the rest counted in one summary line.
import type { IncomingMessage } from 'node:http'

export type LogLine = (line: string) => void

export interface RequestLog {
  aborted(req: IncomingMessage): void
  failed(req: IncomingMessage, error: unknown): void
  /** Writes the summary of anything held back (called when the server closes). */
  flush(): void
  readonly counts: { aborted: number; failed: number; written: number }
}

export interface RequestLogOptions {
  write?: LogLine
  now?: () => number
  burst?: number
  windowMs?: number
}

export function createRequestLog(options: RequestLogOptions = {}): RequestLog {
  const write = options.write ?? ((line: string) => console.error(line))
  const now = options.now ?? Date.now
  const burst = options.burst ?? 10
  const windowMs = options.windowMs ?? 60_000
  const counts = { aborted: 0, failed: 0, written: 0 }
  let windowStart = now()
  let inWindow = 0
  let heldBack = 0

  const emit = (line: string): void => {
    counts.written++
    write(line)
  }
  const flush = (): void => {
    if (heldBack > 0) emit(`… ${heldBack} more request problem(s) not logged individually`)
    heldBack = 0
  }
  const log = (line: string): void => {
    if (now() - windowStart >= windowMs) {
      flush()
      windowStart = now()
      inWindow = 0
    }
    if (inWindow < burst) {
      inWindow++
      emit(line)
    } else heldBack++
  }
  const describe = (req: IncomingMessage): string =>
    `${req.method ?? '?'} ${(req.url ?? '').split('?')[0]?.slice(0, 120) ?? ''}`

  return {
    counts,
    aborted(req) {
      counts.aborted++
      log(`Request aborted by the client: ${describe(req)}`)
    },
    failed(req, error) {
      counts.failed++
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
      // An unexpected error keeps its stack (it is a bug to fix), on one line all the same.
      log(`Request failed: ${describe(req)}: ${detail.replace(/\s*\n\s*/g, ' | ')}`)
    },
    flush
  }
}

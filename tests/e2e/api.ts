// Direct calls to a running browser edition, for tests that need to read main's view of an
// attempt (time left, answers) without going through the page.
import type { RunningApp } from './fixtures'

export async function callApi<T = unknown>(
  app: RunningApp,
  channel: string,
  args: unknown = {}
): Promise<T> {
  const response = await fetch(`${app.url}api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(args)
  })
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message}`)
  return result.value as T
}

export interface AttemptPeek {
  attemptId: string
  status: string
  responses: { optionId: string | null; flagged: boolean }[]
  timing: { remainingMs: number | null; elapsedMs: number }
}

/** The running or suspended attempt, as main sees it. */
export function resumable(app: RunningApp): Promise<AttemptPeek | null> {
  return callApi<AttemptPeek | null>(app, 'quiz:resumable')
}

// The page counts down locally between heartbeats from main's last word; it never decides time.
import type { Timing } from '../../../../questions/engine'
import { formatDuration } from '../../ui/format'

/** Remaining ms at `now` (performance.now()), or null when untimed. */
export function remainingAt(timing: Timing, syncedAt: number, now: number): number | null {
  if (timing.remainingMs === null) return null
  if (!timing.running) return timing.remainingMs
  return Math.max(0, timing.remainingMs - Math.max(0, now - syncedAt))
}

export type LocalWarning = 'none' | 'five-minutes' | 'one-minute' | 'time-up'

export function localWarning(remaining: number | null): LocalWarning {
  if (remaining === null) return 'none'
  if (remaining <= 0) return 'time-up'
  if (remaining <= 60_000) return 'one-minute'
  if (remaining <= 5 * 60_000) return 'five-minutes'
  return 'none'
}

export function timeLeftSentence(remaining: number | null): string {
  if (remaining === null) return 'This quiz is untimed.'
  if (remaining <= 0) return 'Time is up.'
  return `${formatDuration(remaining)} left.`
}

// Time policy. Main measures active time with a monotonic clock while an attempt runs in this
// process; wall time is recorded only for display and for the certificate date. Across restarts
// only the persisted checkpoint counts, so a crash can cost the learner nothing but may give back
// up to one heartbeat interval.
import type { Accommodation, QuizConfig } from './types'

export const TIMER_POLICY_TEXT =
  'Elapsed time counts only while the quiz is open and running: the app measures it with a ' +
  "steady clock, so changing the computer's clock neither adds nor removes time. " +
  'Suspending (with the Suspend button, by closing the window, or through a crash) stops the ' +
  'clock and keeps every answer, and resuming gives back the time that was left. ' +
  'At zero the quiz is submitted with every answer given so far; an answer arriving more than ' +
  '2 seconds after time is up is refused.'

/** Answers still count for this long after the display reaches zero (network/IPC latency). */
export const GRACE_MS = 2_000
export const WARNING_5_MIN_MS = 5 * 60_000
export const WARNING_1_MIN_MS = 60_000
export const DEFAULT_SECONDS_PER_ITEM = 90

export type WarningLevel = 'none' | 'five-minutes' | 'one-minute' | 'time-up'

/** null = untimed. */
export function timeLimitMs(
  config: Pick<QuizConfig, 'itemCount' | 'secondsPerItem' | 'accommodation'>
): number | null {
  const factor: Accommodation = config.accommodation
  if (factor === 'untimed') return null
  return Math.round(config.itemCount * config.secondsPerItem * 1000 * factor)
}

/** What the display shows: 0 at the limit even though the grace period is still running. */
export function remainingMs(limitMs: number | null, elapsedMs: number): number | null {
  return limitMs === null ? null : Math.max(0, limitMs - elapsedMs)
}

/** Answers are accepted up to and including limit + grace; at that moment main auto-submits. */
export function isExpired(limitMs: number | null, elapsedMs: number): boolean {
  return limitMs !== null && elapsedMs >= limitMs + GRACE_MS
}

export function warningLevel(remaining: number | null): WarningLevel {
  if (remaining === null) return 'none'
  if (remaining <= 0) return 'time-up'
  if (remaining <= WARNING_1_MIN_MS) return 'one-minute'
  if (remaining <= WARNING_5_MIN_MS) return 'five-minutes'
  return 'none'
}

/**
 * Time used as reported (summary, certificate): never more than the limit, because the grace
 * period exists for latency, not as extra working time.
 */
export function reportedElapsedMs(limitMs: number | null, elapsedMs: number): number {
  return limitMs === null ? elapsedMs : Math.min(limitMs, elapsedMs)
}

/**
 * A running segment: active time = base + (mono − anchor). Monotonic clocks never go back, but a
 * negative delta is clamped anyway so a bad clock can never take time away from the learner's log.
 */
export interface RunSegment {
  baseElapsedMs: number
  anchorMonoMs: number
}

export function startSegment(baseElapsedMs: number, monoNowMs: number): RunSegment {
  return { baseElapsedMs, anchorMonoMs: monoNowMs }
}

export function segmentElapsedMs(segment: RunSegment, monoNowMs: number): number {
  return segment.baseElapsedMs + Math.max(0, monoNowMs - segment.anchorMonoMs)
}

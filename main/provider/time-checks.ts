// What the event log's times must satisfy beyond the course rules (eligibility.ts), because the
// engine would never have written otherwise: time never runs backwards, the exam starts at zero,
// its limit is the one its settings give, no answer lands after the limit, working time fits in
// the wall-clock time between start and submit, and what the claim states about time is what the
// events say. A log forged with consistent numbers passes these; docs/PROVIDER.md says so.
import {
  GRACE_MS,
  reportedElapsedMs,
  timeLimitMs,
  type AttemptEvent,
  type AttemptState
} from '../../questions/engine'
import type { Claim } from '../claim/format'

/** Slack between the monotonic working time and the wall clock (NTP slews, rounding). */
export const WALL_SLACK_MS = 60_000

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`

export function timeReasons(
  claim: Claim,
  events: readonly AttemptEvent[],
  state: AttemptState
): string[] {
  const reasons: string[] = []
  const started = events[0]
  const submitted = events.at(-1)
  if (started?.type !== 'started') return ['The event log does not begin with the start.']
  if (started.elapsedMs !== 0) reasons.push('The exam did not start at zero working time.')
  let previous = 0
  events.forEach((e, i) => {
    if (e.elapsedMs < previous) {
      reasons.push(`Working time runs backwards at event ${i + 1} (${e.type}).`)
    }
    previous = Math.max(previous, e.elapsedMs)
  })
  if (state.config.itemCount !== state.items.length) {
    reasons.push('The exam settings name another number of items than it had.')
  }
  const limit = timeLimitMs(state.config)
  if (state.timeLimitMs !== limit) {
    reasons.push('The exam time limit is not the one its time per item and accommodation give.')
  }
  if (limit !== null) {
    const late = events.findIndex((e) => e.type === 'answered' && e.elapsedMs > limit + GRACE_MS)
    if (late >= 0) reasons.push(`An answer (event ${late + 1}) was recorded after time ran out.`)
  }
  if (submitted?.type === 'submitted') {
    const wall = Date.parse(submitted.at) - Date.parse(started.at) - state.suspendedMs
    if (!Number.isFinite(wall) || state.elapsedMs > wall + WALL_SLACK_MS) {
      reasons.push(
        `The log claims ${seconds(state.elapsedMs)} of working time, more than the ` +
          `${seconds(Math.max(0, wall))} between start and submission.`
      )
    }
  }
  const active = reportedElapsedMs(state.timeLimitMs, state.elapsedMs)
  if (claim.attempt.activeMs !== active) {
    reasons.push(
      `The claim states ${seconds(claim.attempt.activeMs)} of working time; its events give ` +
        `${seconds(active)}.`
    )
  }
  if (claim.attempt.startedAt !== started.at) {
    reasons.push('The claim states another start time than its events.')
  }
  if (claim.attempt.submittedAt !== state.submittedAt) {
    reasons.push('The claim states another submission time than its events.')
  }
  if (claim.attempt.rulesId !== (state.config.exam?.rulesId ?? null)) {
    reasons.push('The claim names other course rules than the exam was started under.')
  }
  return reasons
}

// How often an attempt was suspended and for how long in all, from its event log. Wall-clock time
// (the events' `at`), because a suspension is time away from the exam, which the monotonic active
// time does not count. Printed on the certificate neutrally: count and total.
import type { AttemptEvent } from './types'

export interface SuspensionTotals {
  count: number
  totalMs: number
}

export function suspensionTotals(events: readonly AttemptEvent[]): SuspensionTotals {
  let count = 0
  let totalMs = 0
  let since: number | null = null
  for (const e of events) {
    if (e.type === 'suspended') {
      count++
      since = Date.parse(e.at)
    } else if ((e.type === 'resumed' || e.type === 'submitted') && since !== null) {
      const end = Date.parse(e.at)
      // A clock set backwards while away must not make the total shrink.
      if (Number.isFinite(end) && Number.isFinite(since)) totalMs += Math.max(0, end - since)
      since = null
    }
  }
  return { count, totalMs }
}

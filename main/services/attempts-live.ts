// The in-memory side of one attempt: the durable record, its folded state, and — only while it
// runs in this process — the monotonic run segment. Transitions here are synchronous and return
// new objects, so the commit queue can roll back to the last durable state if a write fails.
import {
  applyEvent,
  foldAttempt,
  isExpired,
  reportedElapsedMs,
  segmentElapsedMs,
  startSegment,
  type AttemptEvent,
  type AttemptRecord,
  type AttemptState,
  type RunSegment,
  type SuspendReason
} from '../../questions/engine'

export interface Run {
  segment: RunSegment
  /** Last request or heartbeat from the page (monotonic ms): page-lost detection. */
  lastSeenMono: number
  lastCheckpointMono: number
  /** Both clocks as last read, to notice a system sleep (wall moved on, monotonic did not). */
  lastWall?: number
  lastMono?: number
}

export interface Live {
  record: AttemptRecord
  state: AttemptState
  /** Non-null only while the attempt is active in this process. */
  run: Run | null
  /**
   * Whether this installation vouches for the log: true for an attempt it started, or one read
   * back with a valid seal. Writes of an attempt it cannot vouch for never add a seal.
   */
  sealed: boolean
}

export const liveFromRecord = (record: AttemptRecord, sealed: boolean): Live => ({
  record,
  state: foldAttempt(record),
  run: null,
  sealed
})

/** More wall time than monotonic time between two readings means the computer slept. */
export const SLEEP_GAP_MS = 5_000

/**
 * Records a system sleep as a suspension. The monotonic clock stops while the computer sleeps, so
 * no working time was charged for it; the suspension (dated when the sleep began) makes its length
 * count toward the exam's suspended time, and the page must resume before reading on.
 */
export function detectSleep(
  live: Live,
  mono: number,
  wall: number,
  iso: (ms: number) => string
): Live {
  const run = live.run
  if (!run) return live
  if (run.lastWall !== undefined && run.lastMono !== undefined) {
    const monoGap = Math.max(0, mono - run.lastMono)
    if (wall - run.lastWall - monoGap > SLEEP_GAP_MS) {
      return suspend(live, 'system-sleep', mono, iso(run.lastWall + monoGap))
    }
  }
  return { ...live, run: { ...run, lastWall: wall, lastMono: mono } }
}

export function elapsedNow(live: Live, mono: number): number {
  return live.run
    ? Math.max(live.state.elapsedMs, segmentElapsedMs(live.run.segment, mono))
    : live.state.elapsedMs
}

/** Appends one event; the checkpoint rides along in the same write. */
export function append(live: Live, event: AttemptEvent, mono: number, at: string): Live {
  const state = applyEvent(live.state, event)
  const record: AttemptRecord = {
    ...live.record,
    events: [...live.record.events, event],
    checkpoint: { elapsedMs: state.elapsedMs, at }
  }
  let run: Run | null = null
  if (state.status === 'active') {
    run =
      event.type === 'resumed' || !live.run
        ? {
            segment: startSegment(state.elapsedMs, mono),
            lastSeenMono: mono,
            lastCheckpointMono: mono
          }
        : { ...live.run, lastSeenMono: mono, lastCheckpointMono: mono }
  }
  return { record, state, run, sealed: live.sealed }
}

export function touch(live: Live, mono: number): Live {
  return live.run ? { ...live, run: { ...live.run, lastSeenMono: mono } } : live
}

/** Submits with every answer so far once elapsed reaches limit + grace. */
export function expireIfDue(live: Live, mono: number, at: string): Live {
  const limit = live.state.timeLimitMs
  if (!live.run || !isExpired(limit, elapsedNow(live, mono))) return live
  const elapsedMs = reportedElapsedMs(limit, elapsedNow(live, mono))
  return append(live, { type: 'submitted', reason: 'expired', elapsedMs, at }, mono, at)
}

/**
 * Stops the clock. In practice a lost page is charged only up to the last time it was heard from,
 * and a crashed run only up to its last checkpoint: any doubt goes to the learner. A certificate
 * exam's lost page is charged until the loss is detected, so a page that stops sending requests
 * cannot read on the clock's time for free.
 */
export function suspend(live: Live, reason: SuspendReason, mono: number, at: string): Live {
  if (live.state.status !== 'active') return live
  const exam = live.state.config.exam !== undefined
  const elapsedMs =
    reason === 'page-lost' && live.run && !exam
      ? segmentElapsedMs(live.run.segment, live.run.lastSeenMono)
      : elapsedNow(live, mono)
  const limit = live.state.timeLimitMs
  // At or past the limit there is nothing left to resume, so the attempt is submitted instead.
  if (limit !== null && elapsedMs >= limit) {
    const submitted = reportedElapsedMs(limit, elapsedMs)
    return append(
      live,
      { type: 'submitted', reason: 'expired', elapsedMs: submitted, at },
      mono,
      at
    )
  }
  return append(live, { type: 'suspended', reason, elapsedMs, at }, mono, at)
}

/** Rewrites the checkpoint (not an event) at most once per interval. */
export function checkpoint(live: Live, mono: number, at: string, intervalMs: number): Live {
  if (!live.run || mono - live.run.lastCheckpointMono < intervalMs) return live
  return {
    state: live.state,
    record: { ...live.record, checkpoint: { elapsedMs: elapsedNow(live, mono), at } },
    run: { ...live.run, lastCheckpointMono: mono },
    sealed: live.sealed
  }
}

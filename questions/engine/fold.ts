// Folding the event log into state. Pure and strict: a log that could not have been produced by
// the engine (an answer after submit, an index out of range) throws, so the store's validator can
// quarantine the file instead of the app showing a made-up attempt.
import type { AttemptEvent, AttemptRecord, AttemptState, ItemResponse } from './types'

export class AttemptLogError extends Error {
  override name = 'AttemptLogError'
}

const emptyResponse = (): ItemResponse => ({
  optionId: null,
  confidence: null,
  flagged: false,
  struck: [],
  visited: false,
  changes: 0
})

export function initialState(id: string, started: AttemptEvent): AttemptState {
  if (started.type !== 'started') throw new AttemptLogError('The first event must be "started".')
  if (started.items.length === 0) throw new AttemptLogError('An attempt needs at least one item.')
  const responses = started.items.map(emptyResponse)
  responses[0] = { ...responses[0]!, visited: true }
  return {
    schemaVersion: 1,
    id,
    step: 1,
    lifecycleStep: 1,
    status: 'active',
    config: started.config,
    items: started.items,
    timeLimitMs: started.timeLimitMs,
    seed: started.seed,
    startedAt: started.at,
    submittedAt: null,
    submitReason: null,
    lastSuspendReason: null,
    everSuspended: false,
    suspensionCount: 0,
    suspendedMs: 0,
    suspendedSince: null,
    responses,
    currentIndex: 0,
    elapsedMs: started.elapsedMs
  }
}

function withResponse(
  state: AttemptState,
  index: number,
  change: (r: ItemResponse) => ItemResponse
): ItemResponse[] {
  const current = state.responses[index]
  if (current === undefined) throw new AttemptLogError(`Item index ${index} is out of range.`)
  const responses = state.responses.slice()
  responses[index] = change(current)
  return responses
}

function needOption(state: AttemptState, index: number, optionId: string): void {
  const item = state.items[index]
  if (item !== undefined && !item.options.some((o) => o.id === optionId)) {
    throw new AttemptLogError(`Item ${index} has no option ${optionId}.`)
  }
}

/** Wall time from one ISO stamp to another; 0 when unreadable or backwards (a clock change). */
export function wallGapMs(from: string | null, to: string): number {
  if (from === null) return 0
  const gap = Date.parse(to) - Date.parse(from)
  return Number.isFinite(gap) && gap > 0 ? gap : 0
}

/** Applies one event; returns a new state (the old one is untouched, so callers can roll back). */
export function applyEvent(state: AttemptState, event: AttemptEvent): AttemptState {
  if (state.status === 'submitted') throw new AttemptLogError('No event may follow "submitted".')
  const step = state.step + 1
  // Elapsed never goes backwards, whatever a file says.
  const elapsedMs = Math.max(state.elapsedMs, event.elapsedMs)
  const base = { ...state, step, elapsedMs }
  const needActive = (): void => {
    if (state.status !== 'active') {
      throw new AttemptLogError(`"${event.type}" while the attempt is ${state.status}.`)
    }
  }
  switch (event.type) {
    case 'started':
      throw new AttemptLogError('"started" may only be the first event.')
    case 'answered':
      needActive()
      needOption(state, event.itemIndex, event.optionId)
      return {
        ...base,
        responses: withResponse(state, event.itemIndex, (r) => ({
          ...r,
          optionId: event.optionId,
          confidence: event.confidence ?? r.confidence,
          changes: r.optionId !== null && r.optionId !== event.optionId ? r.changes + 1 : r.changes
        }))
      }
    case 'flagged':
      needActive()
      return {
        ...base,
        responses: withResponse(state, event.itemIndex, (r) => ({ ...r, flagged: event.flagged }))
      }
    case 'struck':
      needActive()
      needOption(state, event.itemIndex, event.optionId)
      return {
        ...base,
        responses: withResponse(state, event.itemIndex, (r) => {
          // Striking out the chosen option withdraws the answer: the learner has ruled it out.
          // Not in tutor mode, where an answer is final once its explanation has been shown.
          const withdraw =
            event.struck && r.optionId === event.optionId && state.config.mode !== 'tutor'
          return {
            ...r,
            ...(withdraw ? { optionId: null } : {}),
            struck: event.struck
              ? [...new Set([...r.struck, event.optionId])].sort()
              : r.struck.filter((o) => o !== event.optionId)
          }
        })
      }
    case 'visited':
      needActive()
      return {
        ...base,
        currentIndex: event.itemIndex,
        responses: withResponse(state, event.itemIndex, (r) => ({ ...r, visited: true }))
      }
    case 'suspended':
      needActive()
      return {
        ...base,
        status: 'suspended',
        lifecycleStep: step,
        lastSuspendReason: event.reason,
        everSuspended: true,
        suspensionCount: state.suspensionCount + 1,
        suspendedSince: event.at
      }
    case 'resumed':
      if (state.status !== 'suspended') throw new AttemptLogError('"resumed" needs a suspension.')
      return {
        ...base,
        status: 'active',
        lifecycleStep: step,
        suspendedMs: state.suspendedMs + wallGapMs(state.suspendedSince, event.at),
        suspendedSince: null
      }
    case 'submitted':
      return {
        ...base,
        // Submitted straight from a suspension (time ran out): that suspension counts in full.
        suspendedMs: state.suspendedMs + wallGapMs(state.suspendedSince, event.at),
        suspendedSince: null,
        status: 'submitted',
        lifecycleStep: step,
        submittedAt: event.at,
        submitReason: event.reason
      }
  }
}

export function foldAttempt(record: AttemptRecord): AttemptState {
  const [first, ...rest] = record.events
  if (first === undefined) throw new AttemptLogError('An attempt log cannot be empty.')
  let state = initialState(record.id, first)
  for (const event of rest) state = applyEvent(state, event)
  // While running, the heartbeat checkpoint is newer than any event; once stopped, the
  // suspension or submission event is authoritative.
  if (state.status === 'active') {
    state = { ...state, elapsedMs: Math.max(state.elapsedMs, record.checkpoint.elapsedMs) }
  }
  return state
}

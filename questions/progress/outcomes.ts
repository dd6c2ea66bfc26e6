// Per-item outcomes of a submitted attempt, derived from its event log. They are small enough to
// keep next to the attempt summary in casebook.json, so the dashboard never opens attempt files.
import { foldAttempt, isCorrect, type AttemptRecord, type Confidence } from '../engine'
import type { OptionId, SectionId } from '../item'

export interface ItemOutcome {
  index: number
  itemId: string
  section: SectionId
  claims: string[]
  chosen: OptionId | null
  correct: boolean
  confidence: Confidence | null
  /**
   * Active time (ms) the item was on screen: the engine logs no per-item timer, so every
   * elapsedMs delta between events is charged to the item that was current. Suspensions are not
   * active time, so they cost nothing.
   */
  ms: number
  /** Wall-clock time of the last answer (from the nearest started/resumed anchor), or null. */
  answeredAt: string | null
}

export function outcomesOf(record: AttemptRecord): ItemOutcome[] {
  const state = foldAttempt(record)
  const dwell = state.items.map(() => 0)
  const answeredAt: (string | null)[] = state.items.map(() => null)
  let current = 0
  let lastElapsed = 0
  let anchor = { wallMs: 0, elapsedMs: 0 }
  for (const event of record.events) {
    const delta = Math.max(0, event.elapsedMs - lastElapsed)
    lastElapsed = Math.max(lastElapsed, event.elapsedMs)
    // Time running up to a resume was already charged at the suspension.
    if (event.type !== 'resumed' && event.type !== 'started') dwell[current]! += delta
    if (event.type === 'started' || event.type === 'resumed') {
      anchor = { wallMs: Date.parse(event.at), elapsedMs: event.elapsedMs }
    } else if (event.type === 'visited') {
      current = event.itemIndex
    } else if (event.type === 'answered') {
      current = event.itemIndex
      const wall = anchor.wallMs + (event.elapsedMs - anchor.elapsedMs)
      answeredAt[event.itemIndex] = Number.isFinite(wall) ? new Date(wall).toISOString() : null
    }
  }
  return state.items.map((item, index) => {
    const response = state.responses[index]!
    return {
      index,
      itemId: item.id,
      section: item.section,
      claims: [...item.claims],
      chosen: response.optionId,
      correct: isCorrect(state, index),
      confidence: response.confidence,
      ms: dwell[index]!,
      answeredAt: response.optionId === null ? null : answeredAt[index]!
    }
  })
}

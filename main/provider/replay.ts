// Re-deriving a claimed attempt from nothing but its item ids and its events: every item is
// generated again from the course's own templates (the id must come out exactly, under this bank
// version), then the log is folded and summarised by the engine. Nothing the claim says about
// its score or its items is used; what the claim states about time is compared afterwards.
import { findItemById } from '../../questions/find-item'
import { generateItem, templateIdOf } from '../../questions/generate'
import type { Course } from '../../questions/course/types'
import type { Item } from '../../questions/item'
import { SEEDS_PER_TEMPLATE } from '../../questions/bank'
import {
  AttemptLogError,
  foldAttempt,
  summarizeAttempt,
  type AttemptEvent,
  type AttemptState,
  type AttemptSummary
} from '../../questions/engine'
import type { Claim } from '../claim/format'

export interface Replayed {
  items: Item[]
  events: AttemptEvent[]
  state: AttemptState
  summary: AttemptSummary
}

export type ReplayResult = { ok: true; value: Replayed } | { ok: false; reasons: string[] }

/** The course's item for `id`, generated again; null when the course cannot produce that id. */
export function regenerateItem(course: Course, id: string, seed?: number | null): Item | null {
  const template = course.templates.find((t) => t.id === templateIdOf(id))
  if (!template) return null
  if (seed != null && Number.isSafeInteger(seed) && seed >= 0 && seed < SEEDS_PER_TEMPLATE) {
    const item = generateItem(template, seed, course)
    if (item.id === id) return item
  }
  // findItemById resolves an id whose vignette survives to the current item; a claim needs the
  // exact item the learner saw, so only an exact match counts.
  const found = findItemById(id, { ...course, templates: [template] })
  return found && found.id === id ? found : null
}

export function replayClaim(claim: Claim, course: Course): ReplayResult {
  const [started, ...rest] = claim.attempt.events
  if (started?.type !== 'started') {
    return { ok: false, reasons: ['The event log does not begin with the start of the exam.'] }
  }
  const reasons: string[] = []
  const items: Item[] = []
  const seen = new Set<string>()
  // claimEventSchema checked `items` as 1–200 id strings (eventSchemaWith types it loosely).
  const ids = started.items as string[]
  ids.forEach((id, i) => {
    const where = `Item ${i + 1} (${id.slice(0, 80)})`
    if (seen.has(id)) reasons.push(`${where} repeats an earlier item.`)
    seen.add(id)
    if (!course.templates.some((t) => t.id === templateIdOf(id))) {
      reasons.push(`${where} names a template that course ${course.id} does not have.`)
      return
    }
    const item = regenerateItem(course, id, started.itemSeeds?.[i])
    if (!item || item.bankVersion !== course.version) {
      reasons.push(
        `${where} is not an item of bank version ${course.version}: it comes from another ` +
          'version of the bank, or was made up.'
      )
      return
    }
    items.push(item)
  })
  if (reasons.length > 0) return { ok: false, reasons }
  const events: AttemptEvent[] = [
    { ...started, items } as AttemptEvent,
    ...(rest as AttemptEvent[])
  ]
  let state: AttemptState
  try {
    state = foldAttempt({
      schemaVersion: 1,
      id: claim.attempt.id,
      events,
      checkpoint: { elapsedMs: 0, at: started.at }
    })
  } catch (err) {
    if (!(err instanceof AttemptLogError)) throw err
    return {
      ok: false,
      reasons: [`The event log could not have come from the app: ${err.message}`]
    }
  }
  return { ok: true, value: { items, events, state, summary: summarizeAttempt(state) } }
}

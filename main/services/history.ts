// The history index lives in casebook.json as attempt summaries (one small record per submitted
// attempt), so listing history never opens the attempt files. Only main writes it.
import type { AttemptSummary } from '../../questions/engine'
import type { AttemptRecord } from '../../questions/engine'
import type { CasebookData } from '../store/schema'
import type { DataStore } from '../store/data-store'

export function historyOf(data: Readonly<CasebookData>): AttemptSummary[] {
  return data.attempts as unknown as AttemptSummary[]
}

/**
 * History as the page needs it: the summaries without the per-item outcomes that the progress
 * service keeps beside them (the dashboard's figures are computed in main), so the page does not
 * hold every answer of every past attempt in memory.
 */
export function historyForPage(data: Readonly<CasebookData>): AttemptSummary[] {
  return historyOf(data).map((summary) => {
    const { outcomes: _outcomes, ...rest } = summary as AttemptSummary & { outcomes?: unknown }
    return rest
  })
}

/**
 * Records a submitted attempt: its summary, which items were used, missed and flagged, and that
 * every item's key is now visible to the learner (the review shows it) as of `at`.
 */
export function recordSubmission(
  draft: CasebookData,
  summary: AttemptSummary,
  outcome: { itemIds: string[]; incorrectIds: string[]; flaggedIds: string[] },
  at: string
): void {
  for (const id of outcome.itemIds) draft.keysSeenAt[id] = at
  const existing = draft.attempts.findIndex((a) => a.id === summary.id)
  const record = summary as unknown as Record<string, unknown>
  if (existing >= 0) draft.attempts[existing] = record
  else draft.attempts.push(record)
  const used = new Set(draft.usedItemIds)
  for (const id of outcome.itemIds) used.add(id)
  draft.usedItemIds = [...used]
  // "Incorrect" and "flagged" pools reflect the latest time an item was seen.
  const incorrect = new Set(draft.incorrectItemIds)
  const flagged = new Set(draft.flaggedItemIds)
  for (const id of outcome.itemIds) {
    incorrect.delete(id)
    flagged.delete(id)
  }
  for (const id of outcome.incorrectIds) incorrect.add(id)
  for (const id of outcome.flaggedIds) flagged.add(id)
  draft.incorrectItemIds = [...incorrect]
  draft.flaggedItemIds = [...flagged]
}

export interface HistoryService {
  /** Every submitted attempt's summary, as stored (with per-item outcomes). */
  summaries(): AttemptSummary[]
  /** The history list the page shows (see historyForPage). */
  forPage(): AttemptSummary[]
}

export function createHistoryService(store: DataStore<AttemptRecord>): HistoryService {
  return {
    summaries: () => historyOf(store.data()),
    forPage: () => historyForPage(store.data())
  }
}

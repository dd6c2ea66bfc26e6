// Progress: per-item outcomes and FSRS review cards, written at submit time into casebook.json
// beside the attempt summary, so the dashboard is computed from the history index alone.
import type { AttemptRecord, AttemptSummary } from '../../questions/engine'
import {
  dashboardStats,
  dueClaims,
  nextDue,
  outcomesOf,
  scheduleAttempt,
  type ItemOutcome,
  type StoredCard,
  type SummaryWithOutcomes
} from '../../questions/progress'
import type { DashboardData, ReviewItemHistory } from '../../preload/contract'
import { claimProfile } from '../../questions/assemble-state'
import type { Course } from '../../questions/course/types'
import { ServiceError } from './service-error'
import type { CasebookData } from '../store/schema'
import type { DataStore } from '../store/data-store'
import type { Clock } from './clock'

export interface ProgressService {
  /** Reads the attempt file and derives its per-item outcomes. */
  outcomesFor(attemptId: string): Promise<ItemOutcome[]>
  /**
   * Inside a store.update mutator, after recordSubmission: stores the outcomes on the summary and
   * reviews each tested claim. Idempotent: an attempt already recorded is not reviewed again.
   */
  applySubmission(draft: CasebookData, summary: AttemptSummary, outcomes: ItemOutcome[]): void
  dashboard(): Promise<DashboardData>
  reviewDueCount(): number
  /** Time per item and the concept's card, for a submitted attempt; NOT_FOUND otherwise. */
  itemHistory(attemptId: string): Promise<Omit<ReviewItemHistory, 'note'>[]>
}

export function createProgressService(deps: {
  store: DataStore<AttemptRecord>
  clock: Clock
  course: Course
  log?: (message: string, error: unknown) => void
}): ProgressService {
  const { store, clock, course } = deps
  const sections = course.sections
  const log = deps.log ?? ((m, e) => console.error(m, e))

  async function outcomesFor(attemptId: string): Promise<ItemOutcome[]> {
    const record = await store.attempts.read(attemptId)
    if (!record) throw new Error(`attempt ${attemptId} has no file`)
    return outcomesOf(record)
  }

  function applySubmission(
    draft: CasebookData,
    summary: AttemptSummary,
    outcomes: ItemOutcome[]
  ): void {
    const entry = draft.attempts.find((a) => a.id === summary.id)
    if (!entry || Array.isArray(entry.outcomes)) return
    entry.outcomes = outcomes
    // Reviewed at the moment main recorded the submission (main's clock), not "now".
    const at = new Date(summary.submittedAt ?? clock.wallMs())
    Object.assign(draft.reviewCards, scheduleAttempt(draft.reviewCards, outcomes, at))
  }

  /** Attempts submitted before outcomes were recorded (or restored without them) get them now. */
  async function backfill(): Promise<void> {
    const missing = store
      .data()
      .attempts.filter((a) => a.status === 'submitted' && !Array.isArray(a.outcomes))
    for (const entry of missing) {
      try {
        const outcomes = await outcomesFor(String(entry.id))
        await store.update((draft) =>
          applySubmission(draft, entry as unknown as AttemptSummary, outcomes)
        )
      } catch (error) {
        log(`Could not derive outcomes for attempt ${String(entry.id)}`, error)
      }
    }
  }

  const reviewDueCount = (): number =>
    dueClaims(store.data().reviewCards, new Date(clock.wallMs())).length

  /** Concepts the bank tests (the assembler's cached per-template profiles), counted once. */
  let conceptsTotal: number | null = null
  const bankConcepts = (): number =>
    (conceptsTotal ??= new Set(course.templates.flatMap((t) => [...claimProfile(t, course)])).size)

  async function itemHistory(attemptId: string): Promise<Omit<ReviewItemHistory, 'note'>[]> {
    const entry = store.data().attempts.find((a) => a.id === attemptId)
    if (!entry || entry.status !== 'submitted') {
      throw new ServiceError('NOT_FOUND', 'No submitted quiz has that id.')
    }
    const cards = store.data().reviewCards as unknown as Record<string, StoredCard | undefined>
    const record = await store.attempts.read(attemptId)
    if (!record) throw new ServiceError('NOT_FOUND', 'That quiz has no saved record.')
    // Each answer the learner gave, in order (a repeat of the same letter is not a change).
    const paths: string[][] = []
    for (const event of record.events) {
      if (event.type !== 'answered') continue
      const path = (paths[event.itemIndex] ??= [])
      if (path.at(-1) !== event.optionId) path.push(event.optionId)
    }
    return outcomesOf(record).map((o) => {
      const claim = o.claims[0]
      const card = claim ? cards[claim] : undefined
      return {
        ms: o.ms,
        answers: paths[o.index] ?? [],
        concept:
          claim && card
            ? {
                claim,
                reviews: card.reps,
                lapses: card.lapses,
                lastReviewedAt: card.last_review,
                dueAt: card.due
              }
            : null
      }
    })
  }

  return {
    outcomesFor,
    applySubmission,
    reviewDueCount,
    itemHistory,
    async dashboard() {
      await backfill()
      const data = store.data()
      const due = reviewDueCount()
      const stats = dashboardStats(data.attempts as unknown as SummaryWithOutcomes[], sections)
      return {
        stats,
        reviewDue: due,
        nextReviewAt: due > 0 ? null : nextDue(data.reviewCards),
        pools: { incorrect: data.incorrectItemIds.length, flagged: data.flaggedItemIds.length },
        course: {
          conceptsSeen: Object.keys(data.reviewCards).length,
          conceptsTotal: bankConcepts(),
          sectionsSeen: sections.length - stats.unseenSections.length,
          sectionsTotal: sections.length
        }
      }
    }
  }
}

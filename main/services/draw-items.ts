// Chooses the items for a new attempt from the bank: the learner's pool (all, unused, incorrect,
// flagged) narrows what the assembler may draw; the assembler balances sections and families.
// The draw service reads the learner's history from the store, so handlers never do.
import { assembleQuiz } from '../../questions/assemble'
import type { CourseBank } from '../../questions/course/bank'
import type { Item } from '../../questions/item'
import type { QuizSetup } from '../../preload/contract'
import type { AttemptRecord, CourseRules } from '../../questions/engine'
import { dueClaims } from '../../questions/progress'
import type { CasebookData } from '../store/schema'
import type { DataStore } from '../store/data-store'
import type { Clock } from './clock'

const DAY_MS = 86_400_000

/**
 * Items whose key this learner may know: shown in a review or tutor feedback within the course's
 * window (`keysSeenAt`), or used in an attempt recorded before those dates were kept
 * (`usedItemIds` without a date), or answered in a tutor session still open (`openKeys`).
 */
export function knownKeyIds(
  data: Readonly<CasebookData>,
  nowMs: number,
  rules: CourseRules,
  openKeys: readonly string[]
): Set<string> {
  const since = nowMs - rules.keyExposureWindowDays * DAY_MS
  const known = new Set(openKeys)
  for (const [id, at] of Object.entries(data.keysSeenAt)) {
    const ms = Date.parse(at)
    // An unreadable or future date (a clock set back) counts as recent.
    if (!Number.isFinite(ms) || ms >= since) known.add(id)
  }
  for (const id of data.usedItemIds) if (!(id in data.keysSeenAt)) known.add(id)
  return known
}

/** A certificate exam: fresh items over the course's sections, none whose key may be known. */
export function drawExamItems(
  course: CourseBank,
  itemCount: number,
  seed: string,
  exclude: ReadonlySet<string>,
  rules: CourseRules
): Item[] {
  return assembleQuiz({
    course,
    count: itemCount,
    sections: rules.requiredSections,
    seed,
    exclude
  })
}

export function drawQuizItems(
  course: CourseBank,
  setup: QuizSetup,
  data: Readonly<CasebookData>,
  seed: string
): Item[] {
  const base = { course, count: setup.itemCount, sections: setup.sections, seed }
  switch (setup.pool) {
    case 'unused':
      return assembleQuiz({ ...base, exclude: new Set(data.usedItemIds) })
    case 'incorrect':
      return assembleQuiz({ ...base, includeIds: data.incorrectItemIds })
    case 'flagged':
      return assembleQuiz({ ...base, includeIds: data.flaggedItemIds })
    default:
      return assembleQuiz(base)
  }
}

/** Fresh vignettes for the concepts (claims) the review schedule says are due. */
export function drawReviewItems(
  course: CourseBank,
  data: Readonly<CasebookData>,
  count: number,
  seed: string,
  nowMs: number
): Item[] {
  const claims = dueClaims(data.reviewCards, new Date(nowMs))
  if (claims.length === 0) return []
  return assembleQuiz({ course, count: Math.min(count, claims.length), seed, claims })
}

export interface DrawService {
  /**
   * A certificate exam's items: fresh over the course's sections, none whose key the learner may
   * know (including keys shown in attempts still open, which `openKeys` lists).
   */
  exam(itemCount: number, seed: string, openKeys: readonly string[]): Item[]
  /** A practice quiz's items from the learner's chosen pool; empty when the pool has none. */
  quiz(setup: QuizSetup, seed: string): Item[]
  /** A review session's items for the concepts due now; empty when none is due. */
  review(count: number, seed: string): Item[]
}

export function createDrawService(deps: {
  store: DataStore<AttemptRecord>
  clock: Clock
  /** The course drawn from: its templates, sections and bank version. */
  course: CourseBank
  rules: CourseRules
}): DrawService {
  const { store, clock, course, rules } = deps
  return {
    exam: (itemCount, seed, openKeys) =>
      drawExamItems(
        course,
        itemCount,
        seed,
        knownKeyIds(store.data(), clock.wallMs(), rules, openKeys),
        rules
      ),
    quiz: (setup, seed) => drawQuizItems(course, setup, store.data(), seed),
    review: (count, seed) => drawReviewItems(course, store.data(), count, seed, clock.wallMs())
  }
}

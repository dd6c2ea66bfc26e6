// Chooses the items for a new attempt from the bank: the learner's pool (all, unused, incorrect,
// flagged) narrows what the assembler may draw; the assembler balances sections and families.
// The draw service reads the learner's history from the store, so handlers never do.
import { assembleQuiz } from '../../questions/assemble'
import type { TeachingSource } from '../../questions/check/teaching-points'
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

/** At most this many past items feed the teaching-point preference: the latest ten 40-item
 * attempts, which is more than the bank's distinct answers can keep apart anyway. */
const MET_ITEMS_LIMIT = 400

/**
 * The item snapshots of the learner's past attempts, newest first (each attempt's "started"
 * event holds them). Attempts are permissive records in the store: anything that is not an
 * object with a string id and template and an options list is skipped, never trusted.
 */
export function itemsMetIn(data: Readonly<CasebookData>): TeachingSource[] {
  const met: TeachingSource[] = []
  for (let a = data.attempts.length - 1; a >= 0 && met.length < MET_ITEMS_LIMIT; a--) {
    const events = (data.attempts[a] as { events?: unknown }).events
    if (!Array.isArray(events)) continue
    const started = events.find(
      (e): e is { items: unknown } =>
        typeof e === 'object' && e !== null && (e as { type?: unknown }).type === 'started'
    )
    const items = started && Array.isArray(started.items) ? (started.items as unknown[]) : []
    for (const it of items) {
      const x = it as Partial<TeachingSource> | null
      if (
        x &&
        typeof x.id === 'string' &&
        typeof x.template === 'string' &&
        Array.isArray(x.options)
      )
        met.push(x as TeachingSource)
    }
  }
  return met.slice(0, MET_ITEMS_LIMIT)
}

/** A certificate exam: fresh items over the course's sections, none whose key may be known, and
 * items that teach something the learner's past attempts did not, first. */
export function drawExamItems(
  course: CourseBank,
  itemCount: number,
  seed: string,
  exclude: ReadonlySet<string>,
  rules: CourseRules,
  seenItems: readonly TeachingSource[] = []
): Item[] {
  return assembleQuiz({
    course,
    count: itemCount,
    sections: rules.requiredSections,
    seed,
    exclude,
    seenItems
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
      return assembleQuiz({
        ...base,
        exclude: new Set(data.usedItemIds),
        seenItems: itemsMetIn(data)
      })
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
        rules,
        itemsMetIn(store.data())
      ),
    quiz: (setup, seed) => drawQuizItems(course, setup, store.data(), seed),
    review: (count, seed) => drawReviewItems(course, store.data(), count, seed, clock.wallMs())
  }
}

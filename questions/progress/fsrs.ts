// Spaced review of concepts (claims) with FSRS. One card per claim, stored as plain JSON in
// casebook.json's reviewCards. The clock is always passed in, so schedules are reproducible.
//
// Rating of an answered item (chosen so the learner's own confidence moves the schedule):
//   wrong or unanswered        → Again (back in about a day)
//   right, rated "guess"       → Hard  (a lucky guess is not knowledge)
//   right, rated "unsure"      → Good
//   right, no rating recorded  → Good  (confidence was off for that quiz: no evidence either way)
//   right, rated "sure"        → Easy  (a confident right answer goes furthest out)
// An attempt may test one claim through several items; the claim gets ONE review per attempt,
// with the worst of those ratings, because FSRS models one recall per review, not a burst.
// Short-term (minute) learning steps are off: this is a course taken in sessions days apart.
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade
} from 'ts-fsrs'
import type { Confidence } from '../engine'
import type { ItemOutcome } from './outcomes'

/** A card as stored in JSON: dates as ISO strings. */
export interface StoredCard {
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: number
  last_review: string | null
}

export type CardMap = Record<string, StoredCard>

const scheduler = fsrs(
  generatorParameters({ enable_fuzz: false, enable_short_term: false, maximum_interval: 365 })
)

export function ratingFor(outcome: {
  chosen: string | null
  correct: boolean
  confidence: Confidence | null
}): Grade {
  if (outcome.chosen === null || !outcome.correct) return Rating.Again
  if (outcome.confidence === 'guess') return Rating.Hard
  if (outcome.confidence === 'sure') return Rating.Easy
  return Rating.Good
}

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored || typeof stored.due !== 'string' || !Number.isFinite(Date.parse(stored.due))) {
    return createEmptyCard(now)
  }
  const state = [State.New, State.Learning, State.Review, State.Relearning].includes(stored.state)
    ? (stored.state as State)
    : State.New
  return {
    ...stored,
    state,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined
  }
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null
  }
}

/** The worst rating per claim across an attempt's items. */
export function claimRatings(outcomes: readonly ItemOutcome[]): Map<string, Grade> {
  const ratings = new Map<string, Grade>()
  for (const outcome of outcomes) {
    const rating = ratingFor(outcome)
    for (const claim of outcome.claims) {
      const previous = ratings.get(claim)
      ratings.set(claim, previous === undefined ? rating : (Math.min(previous, rating) as Grade))
    }
  }
  return ratings
}

/** Reviews every claim the attempt tested at `now`; returns only the changed cards. */
export function scheduleAttempt(
  cards: Readonly<Record<string, unknown>>,
  outcomes: readonly ItemOutcome[],
  now: Date
): CardMap {
  const changed: CardMap = {}
  for (const [claim, rating] of claimRatings(outcomes)) {
    const card = toCard(cards[claim] as StoredCard | undefined, now)
    changed[claim] = fromCard(scheduler.next(card, now, rating).card)
  }
  return changed
}

/** Claims whose card is due at `now`, most overdue first. */
export function dueClaims(cards: Readonly<Record<string, unknown>>, now: Date): string[] {
  const due: [string, number][] = []
  for (const [claim, card] of Object.entries(cards)) {
    const at = Date.parse(String((card as { due?: unknown } | null)?.due))
    if (Number.isFinite(at) && at <= now.getTime()) due.push([claim, at])
  }
  return due.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([claim]) => claim)
}

/** The earliest due time of all cards, for "next review" on the dashboard. */
export function nextDue(cards: Readonly<Record<string, unknown>>): string | null {
  let best: number | null = null
  for (const card of Object.values(cards)) {
    const at = Date.parse(String((card as { due?: unknown } | null)?.due))
    if (Number.isFinite(at) && (best === null || at < best)) best = at
  }
  return best === null ? null : new Date(best).toISOString()
}

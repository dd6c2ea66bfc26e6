// FSRS scheduling per claim with a fixed clock: a wrong answer brings a concept back sooner than
// a confident right one, and a guess sooner than certainty.
import { describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import {
  claimRatings,
  dueClaims,
  ratingFor,
  scheduleAttempt,
  type ItemOutcome
} from '../../../questions/progress'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const DAY = 86_400_000

function outcome(claims: string[], over: Partial<ItemOutcome>): ItemOutcome {
  return {
    index: 0,
    itemId: 'x',
    section: 'medications',
    claims,
    chosen: 'A',
    correct: true,
    confidence: null,
    ms: 1000,
    answeredAt: null,
    ...over
  }
}

const dueOf = (cards: Record<string, { due: string }>, claim: string): number =>
  Date.parse(cards[claim]!.due)

describe('ratingFor', () => {
  it('maps outcomes to ratings as documented', () => {
    expect(ratingFor({ chosen: 'A', correct: false, confidence: 'sure' })).toBe(Rating.Again)
    expect(ratingFor({ chosen: null, correct: false, confidence: null })).toBe(Rating.Again)
    expect(ratingFor({ chosen: 'A', correct: true, confidence: 'guess' })).toBe(Rating.Hard)
    expect(ratingFor({ chosen: 'A', correct: true, confidence: 'unsure' })).toBe(Rating.Good)
    expect(ratingFor({ chosen: 'A', correct: true, confidence: null })).toBe(Rating.Good)
    expect(ratingFor({ chosen: 'A', correct: true, confidence: 'sure' })).toBe(Rating.Easy)
  })
})

describe('scheduleAttempt', () => {
  it('brings a wrong answer back sooner than a right one, and a guess sooner than "sure"', () => {
    const cards = scheduleAttempt(
      {},
      [
        outcome(['WRONG'], { correct: false }),
        outcome(['GUESS'], { confidence: 'guess' }),
        outcome(['UNSURE'], { confidence: 'unsure' }),
        outcome(['SURE'], { confidence: 'sure' })
      ],
      NOW
    )
    const wrong = dueOf(cards, 'WRONG')
    expect(wrong).toBeGreaterThan(NOW.getTime())
    expect(wrong).toBeLessThan(dueOf(cards, 'GUESS'))
    expect(dueOf(cards, 'GUESS')).toBeLessThan(dueOf(cards, 'UNSURE'))
    expect(dueOf(cards, 'UNSURE')).toBeLessThan(dueOf(cards, 'SURE'))
    // Day-scale steps: a miss returns the next day, a sure answer about a week later.
    expect(wrong - NOW.getTime()).toBe(DAY)
    expect(dueOf(cards, 'SURE') - NOW.getTime()).toBeGreaterThanOrEqual(5 * DAY)
  })

  it('is deterministic for the same clock and history', () => {
    const run = () => scheduleAttempt({}, [outcome(['M1'], { confidence: 'sure' })], NOW)
    expect(run()).toEqual(run())
  })

  it('reviews a claim once per attempt with the worst rating of its items', () => {
    const outcomes = [outcome(['M1', 'M2'], {}), outcome(['M1'], { correct: false })]
    expect(claimRatings(outcomes).get('M1')).toBe(Rating.Again)
    expect(claimRatings(outcomes).get('M2')).toBe(Rating.Good)
    const cards = scheduleAttempt({}, outcomes, NOW)
    expect(cards.M1!.reps).toBe(1)
  })

  it('grows the interval after repeated right answers and shrinks it after a lapse', () => {
    let cards: Record<string, unknown> = {}
    let at = NOW
    const intervals: number[] = []
    for (let i = 0; i < 3; i++) {
      const next = scheduleAttempt(cards, [outcome(['M1'], { confidence: 'unsure' })], at)
      cards = { ...cards, ...next }
      const due = new Date(next.M1!.due)
      intervals.push(due.getTime() - at.getTime())
      at = due
    }
    expect(intervals[1]!).toBeGreaterThan(intervals[0]!)
    expect(intervals[2]!).toBeGreaterThan(intervals[1]!)
    const lapse = scheduleAttempt(cards, [outcome(['M1'], { correct: false })], at)
    expect(Date.parse(lapse.M1!.due) - at.getTime()).toBeLessThan(intervals[2]!)
    expect(lapse.M1!.lapses).toBe(1)
  })
})

describe('dueClaims', () => {
  it('lists due claims most overdue first and ignores future or malformed cards', () => {
    const cards = {
      A: { due: '2026-03-01T08:00:00.000Z' },
      B: { due: '2026-02-20T08:00:00.000Z' },
      C: { due: '2026-03-02T08:00:00.000Z' },
      D: { due: 'not a date' },
      E: {}
    }
    expect(dueClaims(cards, NOW)).toEqual(['B', 'A'])
  })
})

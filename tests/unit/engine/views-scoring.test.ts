import { describe, expect, it } from 'vitest'
import {
  applyEvent,
  filterReview,
  playerView,
  reviewView,
  scoreAttempt,
  summarizeAttempt,
  type AttemptState
} from '../../../questions/engine'
import { keyOf, wrongOf } from './fixtures'
import { act, startState } from './helpers'

const AT = '2026-01-01T00:30:00.000Z'
const LEAKS = [
  'Rationale',
  'Explanation',
  'Objective',
  'Evidence',
  'ref-',
  'secretKey',
  '"correct"'
]
const submit = (s: AttemptState): AttemptState =>
  applyEvent(s, { type: 'submitted', reason: 'user', elapsedMs: s.elapsedMs, at: AT })

describe('playerView', () => {
  it('reveals nothing before submit in a timed exam, even for answered items', () => {
    let s = startState()
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: keyOf(0) })
    const text = JSON.stringify(playerView(s, 0))
    for (const leak of LEAKS) expect(text).not.toContain(leak)
    expect(playerView(s, 0).result).toBeNull()
  })

  it('reveals only answered items in tutor mode', () => {
    let s = startState({ mode: 'tutor' })
    s = act(s, { kind: 'answer', step: 1, itemIndex: 2, optionId: wrongOf(2) })
    const view = playerView(s, 0)
    expect(view.items.filter((i) => i.revealed).map((i) => i.index)).toEqual([2])
    expect(view.items[2]!.feedback).toMatchObject({
      correctOptionId: keyOf(2),
      isCorrect: false,
      explanation: 'Explanation 2',
      references: ['ref-2']
    })
    const hidden = JSON.stringify(view.items.filter((i) => i.index !== 2))
    for (const leak of LEAKS) expect(hidden).not.toContain(leak)
  })

  it('reveals every item and the result after submit', () => {
    const view = playerView(submit(startState()), 0)
    expect(view.items.every((i) => i.revealed && i.feedback)).toBe(true)
    expect(view.result).toMatchObject({ correct: 0, total: 10, passed: false })
  })

  it('shows 0 remaining at the limit and warns at 5 and 1 minutes', () => {
    const s = startState({ itemCount: 10, secondsPerItem: 60 })
    expect(playerView(s, 0).timing).toMatchObject({ remainingMs: 600_000, warningLevel: 'none' })
    expect(playerView(s, 300_000).timing.warningLevel).toBe('five-minutes')
    expect(playerView(s, 540_000).timing.warningLevel).toBe('one-minute')
    expect(playerView(s, 601_000).timing).toMatchObject({ remainingMs: 0, warningLevel: 'time-up' })
  })
})

describe('scoring and review', () => {
  it('scores from the item snapshot and compares the pass mark exactly', () => {
    let s = startState({ itemCount: 4, passMarkPercent: 75 })
    for (let i = 0; i < 3; i++)
      s = act(s, { kind: 'answer', step: 1, itemIndex: i, optionId: keyOf(i) })
    expect(scoreAttempt(s)).toMatchObject({
      correct: 3,
      answered: 3,
      total: 4,
      percent: 75,
      passed: true
    })
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: wrongOf(0) })
    expect(scoreAttempt(s)).toMatchObject({ correct: 2, percent: 50, passed: false })
  })

  it('summarizes for dashboard and certificate', () => {
    let s = startState({ itemCount: 8, secondsPerItem: 30 })
    s = applyEvent(s, { type: 'suspended', reason: 'user', elapsedMs: 10_000, at: AT })
    s = applyEvent(s, { type: 'resumed', elapsedMs: 10_000, at: AT })
    s = applyEvent(s, { type: 'submitted', reason: 'expired', elapsedMs: 240_000, at: AT })
    expect(summarizeAttempt(s)).toMatchObject({
      itemCount: 8,
      elapsedMs: 240_000,
      timeLimitMs: 240_000,
      everSuspended: true,
      untimed: false,
      sectionsCovered: expect.arrayContaining(['genetics', 'medications']),
      bankVersion: 'test-1',
      estimatedSeconds: 720,
      submitReason: 'expired'
    })
    expect(summarizeAttempt(s).sectionsCovered).toHaveLength(8)
  })

  it('review carries key, rationales, objective, explanation, references, flags and confidence', () => {
    let s = startState({ confidence: true })
    s = act(s, {
      kind: 'answer',
      step: 1,
      itemIndex: 1,
      optionId: wrongOf(1),
      confidence: 'unsure'
    })
    s = act(s, { kind: 'flag', step: 1, itemIndex: 3, flagged: true })
    s = act(s, { kind: 'strike', step: 1, itemIndex: 1, optionId: 'E', struck: true })
    const review = reviewView(submit(s))
    expect(review.items[1]).toMatchObject({
      chosenOptionId: wrongOf(1),
      correctOptionId: keyOf(1),
      isCorrect: false,
      confidence: 'unsure',
      objective: 'Objective 1',
      evidenceNote: 'Evidence 1',
      references: ['ref-1']
    })
    expect(review.items[1]!.options.find((o) => o.id === 'E')).toMatchObject({ struck: true })
    expect(filterReview(review, 'flagged')).toEqual([3])
    expect(filterReview(review, 'low-confidence')).toEqual([1])
    expect(filterReview(review, 'incorrect')).toHaveLength(10)
  })
})

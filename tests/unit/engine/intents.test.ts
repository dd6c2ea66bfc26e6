import { describe, expect, it } from 'vitest'
import { applyEvent, applyIntent, GRACE_MS, parseIntent } from '../../../questions/engine'
import { keyOf, wrongOf } from './fixtures'
import { act, startState } from './helpers'

const AT = '2026-01-01T00:10:00.000Z'

describe('applyIntent', () => {
  it('records an answer and counts steps', () => {
    let s = startState()
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'B' }, 5000)
    expect(s.step).toBe(2)
    expect(s.responses[0]!.optionId).toBe('B')
    expect(s.elapsedMs).toBe(5000)
  })

  it('accepts several requests carrying the step the page saw, within one running segment', () => {
    let s = startState()
    for (let i = 0; i < 5; i++) s = act(s, { kind: 'answer', step: 1, itemIndex: i, optionId: 'A' })
    expect(s.step).toBe(6)
  })

  it('refuses a step older than the last suspend/resume, or ahead of the log', () => {
    let s = startState()
    s = applyEvent(s, { type: 'suspended', reason: 'user', elapsedMs: 1000, at: AT })
    s = applyEvent(s, { type: 'resumed', elapsedMs: 1000, at: AT })
    const old = applyIntent(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'A' }, 1000, AT)
    expect(old).toMatchObject({ ok: false, error: { code: 'STALE_STEP' } })
    const ahead = applyIntent(s, { kind: 'visit', step: 99, itemIndex: 0 }, 1000, AT)
    expect(ahead).toMatchObject({ ok: false, error: { code: 'STALE_STEP' } })
    expect(applyIntent(s, { kind: 'visit', step: 3, itemIndex: 1 }, 1000, AT).ok).toBe(true)
  })

  it('refuses while suspended and after submit', () => {
    let s = startState()
    s = applyEvent(s, { type: 'suspended', reason: 'user', elapsedMs: 0, at: AT })
    expect(applyIntent(s, { kind: 'visit', step: 2, itemIndex: 0 }, 0, AT)).toMatchObject({
      error: { code: 'NOT_ACTIVE' }
    })
    s = applyEvent(s, { type: 'submitted', reason: 'expired', elapsedMs: 0, at: AT })
    expect(applyIntent(s, { kind: 'visit', step: 3, itemIndex: 0 }, 0, AT)).toMatchObject({
      error: { code: 'TIME_EXPIRED' }
    })
  })

  it('accepts an answer 1 s after the deadline and refuses one at the end of the grace period', () => {
    const s = startState({ itemCount: 2, secondsPerItem: 30 })
    const limit = s.timeLimitMs!
    const answer = { kind: 'answer', step: 1, itemIndex: 0, optionId: 'A' } as const
    expect(applyIntent(s, answer, limit + 1000, AT).ok).toBe(true)
    expect(applyIntent(s, answer, limit + GRACE_MS, AT)).toMatchObject({
      error: { code: 'TIME_EXPIRED' }
    })
    expect(applyIntent(s, answer, limit + 3000, AT)).toMatchObject({
      error: { code: 'TIME_EXPIRED' }
    })
  })

  it('caps the time used at the limit when submitting during the grace period', () => {
    const s = startState({ itemCount: 2, secondsPerItem: 30 })
    const r = applyIntent(s, { kind: 'submit', step: 1 }, 61_500, AT)
    expect(r).toMatchObject({ ok: true, event: { type: 'submitted', elapsedMs: 60_000 } })
  })

  it('checks item range and option ids', () => {
    const s = startState({ itemCount: 3 })
    expect(applyIntent(s, { kind: 'visit', step: 1, itemIndex: 3 }, 0, AT)).toMatchObject({
      error: { code: 'ITEM_OUT_OF_RANGE' }
    })
    expect(parseIntent('answer', { step: 1, itemIndex: 0, optionId: 'F' })).toMatchObject({
      error: { code: 'OPTION_UNKNOWN' }
    })
  })

  it('locks tutor answers once revealed and requires confidence there when it is on', () => {
    let s = startState({ mode: 'tutor', confidence: true })
    const first = { kind: 'answer', step: 1, itemIndex: 0, optionId: wrongOf(0) } as const
    expect(applyIntent(s, first, 0, AT)).toMatchObject({ error: { code: 'CONFIDENCE_REQUIRED' } })
    s = act(s, { ...first, confidence: 'guess' })
    const again = {
      kind: 'answer',
      step: 2,
      itemIndex: 0,
      optionId: keyOf(0),
      confidence: 'sure'
    } as const
    expect(applyIntent(s, again, 0, AT)).toMatchObject({ error: { code: 'ANSWER_LOCKED' } })
  })

  it('lets timed answers change and counts the changes', () => {
    let s = startState()
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'A' })
    s = act(s, { kind: 'answer', step: 2, itemIndex: 0, optionId: 'C' })
    expect(s.responses[0]).toMatchObject({ optionId: 'C', changes: 1 })
  })

  it('builds intents from known fields only: forged time and score fields never reach the event', () => {
    const parsed = parseIntent('answer', {
      step: 1,
      itemIndex: 0,
      optionId: 'A',
      elapsedMs: -999_999,
      correct: true,
      score: 100,
      timeLimitMs: 1e12
    })
    expect(parsed.ok && parsed.intent).toEqual({
      kind: 'answer',
      step: 1,
      itemIndex: 0,
      optionId: 'A'
    })
    const s = startState()
    const r = applyIntent(s, (parsed as { ok: true; intent: never }).intent, 4000, AT)
    expect(r).toEqual({
      ok: true,
      event: { type: 'answered', itemIndex: 0, optionId: 'A', elapsedMs: 4000 }
    })
  })

  it('rejects malformed requests with BAD_REQUEST', () => {
    for (const raw of [null, 5, 'x', [], { step: -1 }, { step: 1.5 }, { step: '1' }]) {
      expect(parseIntent('submit', raw)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' }
      })
    }
    expect(parseIntent('flag', { step: 1, itemIndex: 0, flagged: 'yes' })).toMatchObject({
      error: { code: 'BAD_REQUEST' }
    })
  })
})

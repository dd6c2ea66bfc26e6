import { describe, expect, it } from 'vitest'
import {
  AttemptLogError,
  foldAttempt,
  normalizeQuizConfig,
  segmentElapsedMs,
  startSegment,
  timeLimitMs,
  TIMER_POLICY_TEXT,
  type AttemptEvent,
  type AttemptRecord
} from '../../../questions/engine'
import { makeConfig, makeItems } from './fixtures'
import { rlsCausesCourse } from '../../../questions/content/course'

const AT = '2026-01-01T00:00:00.000Z'
const started = (): AttemptEvent => ({
  type: 'started',
  at: AT,
  config: makeConfig({ itemCount: 3 }),
  items: makeItems(3),
  timeLimitMs: 270_000,
  seed: 's',
  elapsedMs: 0
})
const record = (events: AttemptEvent[], checkpointMs = 0): AttemptRecord => ({
  schemaVersion: 1,
  id: 'a',
  events,
  checkpoint: { elapsedMs: checkpointMs, at: AT }
})

describe('foldAttempt', () => {
  it('folds events and lets the checkpoint advance a running attempt only', () => {
    const running = foldAttempt(
      record([started(), { type: 'answered', itemIndex: 1, optionId: 'C', elapsedMs: 3000 }], 9000)
    )
    expect(running).toMatchObject({ step: 2, status: 'active', elapsedMs: 9000 })
    expect(running.responses[1]!.optionId).toBe('C')
    const stopped = foldAttempt(
      record([started(), { type: 'suspended', reason: 'user', elapsedMs: 4000, at: AT }], 9000)
    )
    expect(stopped).toMatchObject({ status: 'suspended', elapsedMs: 4000, everSuspended: true })
  })

  it('throws on logs the engine could not have written', () => {
    const bad: AttemptEvent[][] = [
      [],
      [{ type: 'visited', itemIndex: 0, elapsedMs: 0 }],
      [started(), started()],
      [started(), { type: 'answered', itemIndex: 7, optionId: 'A', elapsedMs: 0 }],
      [started(), { type: 'resumed', at: AT, elapsedMs: 0 }],
      [
        started(),
        { type: 'submitted', reason: 'user', elapsedMs: 0, at: AT },
        { type: 'visited', itemIndex: 0, elapsedMs: 0 }
      ]
    ]
    for (const events of bad) expect(() => foldAttempt(record(events))).toThrow(AttemptLogError)
  })
})

describe('normalizeQuizConfig', () => {
  it('refuses untimed for a timed exam but allows it in tutor mode', () => {
    const base = { mode: 'timed', accommodation: 'untimed', passMarkPercent: 75 }
    expect(normalizeQuizConfig(base, 10, rlsCausesCourse)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CONFIG' }
    })
    expect(normalizeQuizConfig({ ...base, mode: 'tutor' }, 10, rlsCausesCourse).ok).toBe(true)
  })

  it('fills defaults, uses the number of items drawn and drops unknown fields', () => {
    const r = normalizeQuizConfig(
      { mode: 'timed', itemCount: 40, passMarkPercent: 75, timeLimitMs: 1e12, score: 100 },
      12,
      rlsCausesCourse
    )
    expect(r).toEqual({
      ok: true,
      value: {
        mode: 'timed',
        itemCount: 12,
        sections: expect.any(Array),
        pool: 'all',
        secondsPerItem: 90,
        accommodation: 1,
        confidence: false,
        passMarkPercent: 75
      }
    })
  })
})

describe('timer', () => {
  it('limit = items × seconds per item × accommodation', () => {
    expect(timeLimitMs({ itemCount: 20, secondsPerItem: 90, accommodation: 1.5 })).toBe(2_700_000)
    expect(timeLimitMs({ itemCount: 20, secondsPerItem: 90, accommodation: 'untimed' })).toBeNull()
  })

  it('measures a segment on the monotonic clock and never goes backwards', () => {
    const seg = startSegment(10_000, 500)
    expect(segmentElapsedMs(seg, 2500)).toBe(12_000)
    expect(segmentElapsedMs(seg, 0)).toBe(10_000)
  })

  it('states the policy in at most three sentences', () => {
    expect(TIMER_POLICY_TEXT.split(/[.;]\s/).length).toBeLessThanOrEqual(4)
    expect(TIMER_POLICY_TEXT).toMatch(/2 seconds/)
  })
})

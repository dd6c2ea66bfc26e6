// Forged time and score fields cannot change an attempt. The page sends only intents (attempt,
// step, item, option); main measures time and scores. A request carrying elapsedMs, remainingMs,
// score, correct, passed, timeLimitMs, deadline (or any other field the contract does not name)
// is refused whole, through every transport, and the attempt file stays byte-identical.
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  attemptFile,
  callVia,
  hashDir,
  startHarness,
  startQuiz,
  TRANSPORTS,
  type Harness
} from './helpers'

vi.mock('electron', async () => (await import('../security/electron-mock')).electronMock.module)

const FORGED: Record<string, unknown[]> = {
  elapsedMs: [0, -1, 1e12],
  remainingMs: [0, 1e12, 3_600_000],
  score: [100, 1e9, '100'],
  scorePercent: [100],
  correct: [true, 40],
  passed: [true],
  timeLimitMs: [0, 1e12, null],
  deadline: ['2100-01-01T00:00:00.000Z', 4102444800000],
  status: ['submitted', 'active'],
  isCorrect: [true],
  submittedAt: ['2000-01-01T00:00:00.000Z'],
  passMarkPercent: [0],
  events: [[]],
  at: ['1999-01-01T00:00:00.000Z']
}

let h: Harness
let attemptId = ''
let step = 0
let attemptPath = ''

beforeAll(async () => {
  h = await startHarness()
  const view = await startQuiz(h)
  attemptId = view.attemptId
  step = view.step
  const answered = await h.context.dispatch(
    'quiz:answer',
    { attemptId, step, itemIndex: 0, optionId: 'A' },
    { transport: 'http' }
  )
  expect(answered.ok).toBe(true)
  attemptPath = attemptFile(h, attemptId)
})
afterAll(() => h?.close())

const intents = (): Record<string, Record<string, unknown>> => ({
  'quiz:answer': { attemptId, step, itemIndex: 1, optionId: 'B' },
  'quiz:flag': { attemptId, step, itemIndex: 1, flagged: true },
  'quiz:strike': { attemptId, step, itemIndex: 1, optionId: 'C', struck: true },
  'quiz:visit': { attemptId, step, itemIndex: 2 },
  'quiz:submit': { attemptId, step },
  'quiz:heartbeat': { attemptId },
  'quiz:suspend': { attemptId },
  'quiz:resume': { attemptId },
  'quiz:get': { attemptId }
})

describe('forged time and score fields', () => {
  it('are refused on every attempt channel and transport; the attempt file is unchanged', async () => {
    const forgedEntry = fc
      .constantFrom(...Object.keys(FORGED))
      .chain((key) => fc.constantFrom(...FORGED[key]!).map((value) => [key, value] as const))
    let refused = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TRANSPORTS),
        fc.constantFrom(...Object.keys(intents())),
        fc.uniqueArray(forgedEntry, { minLength: 1, maxLength: 4, selector: ([k]) => k }),
        async (transport, channel, forged) => {
          const attemptBefore = readFileSync(attemptPath)
          const folderBefore = hashDir(h.dataDir)
          const payload = { ...intents()[channel], ...Object.fromEntries(forged) }
          const { result } = await callVia(h, transport, channel, JSON.stringify(payload))
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
          expect(readFileSync(attemptPath).equals(attemptBefore)).toBe(true)
          expect(hashDir(h.dataDir)).toEqual(folderBefore)
          refused++
        }
      ),
      { numRuns: 150 }
    )
    expect(refused).toBe(150)
  })

  it('quiz:start with a forged time limit or pass mark creates no attempt', async () => {
    const before = readdirSync(join(h.dataDir, 'attempts')).sort()
    for (const transport of TRANSPORTS) {
      for (const [key, values] of Object.entries(FORGED)) {
        const payload = {
          mode: 'timed',
          itemCount: 3,
          sections: ['genetics'],
          pool: 'all',
          secondsPerItem: 60,
          accommodation: 1,
          confidence: false,
          [key]: values[0]
        }
        const { result } = await callVia(h, transport, 'quiz:start', JSON.stringify(payload))
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
      }
    }
    expect(readdirSync(join(h.dataDir, 'attempts')).sort()).toEqual(before)
  })

  it('the same intents without the forged fields are accepted, timed and scored by main', async () => {
    const { result } = await callVia(
      h,
      'http',
      'quiz:answer',
      JSON.stringify({ attemptId, step, itemIndex: 1, optionId: 'B' })
    )
    expect(result.ok).toBe(true)
    const { timing, result: score } = (
      result as { value: { timing: { limitMs: number; remainingMs: number }; result: unknown } }
    ).value
    // Main's own clock: a 40-item, 90 s/item quiz has at most an hour left, never 1e12 ms, and no
    // score exists before main scores the submission.
    expect(timing.limitMs).toBe(40 * 90_000)
    expect(timing.remainingMs).toBeLessThanOrEqual(40 * 90_000)
    expect(timing.remainingMs).toBeGreaterThan(40 * 90_000 - 120_000)
    expect(score).toBeNull()
    const record = JSON.parse(readFileSync(attemptPath, 'utf8')) as {
      events: { type: string; timeLimitMs?: number }[]
    }
    expect(record.events[0]).toMatchObject({ type: 'started', timeLimitMs: 40 * 90_000 })
    expect(record.events.filter((e) => e.type === 'answered')).toHaveLength(2)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keyOf, makeItems, wrongOf } from '../engine/fixtures'
import { FakeClock, fileRepo, makeService, setup, tempDir, type FileRepo } from './helpers'

let dir: { dir: string; cleanup: () => Promise<void> }
let repo: FileRepo
let clock: FakeClock
beforeEach(async () => {
  dir = await tempDir()
  repo = fileRepo(dir.dir)
  clock = new FakeClock()
})
afterEach(() => dir.cleanup())

const SECRETS = ['Rationale', 'Explanation', 'Objective', 'Evidence', 'secretKey', '"correct"']

describe('attempt service', () => {
  it('refuses stale steps after a suspension, and steps ahead of the log', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(3))
    const a = await service.answer({
      attemptId: v.attemptId,
      step: v.step,
      itemIndex: 0,
      optionId: 'A'
    })
    expect(a.step).toBe(2)
    await service.suspend(v.attemptId)
    const r = await service.resume(v.attemptId)
    await expect(
      service.answer({ attemptId: v.attemptId, step: a.step, itemIndex: 1, optionId: 'B' })
    ).rejects.toMatchObject({ code: 'STALE_STEP' })
    await expect(
      service.visit({ attemptId: v.attemptId, step: r.step + 1, itemIndex: 1 })
    ).rejects.toMatchObject({ code: 'STALE_STEP' })
    await expect(service.submit({ attemptId: v.attemptId, step: 1 })).rejects.toMatchObject({
      code: 'STALE_STEP'
    })
    expect(
      (await service.visit({ attemptId: v.attemptId, step: r.step, itemIndex: 2 })).currentIndex
    ).toBe(2)
  })

  it('timed mode reveals nothing before submit, everything after', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(3))
    expect(JSON.stringify(v)).not.toMatch(new RegExp(SECRETS.join('|')))
    const a = await service.answer({
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 0,
      optionId: keyOf(0)
    })
    expect(JSON.stringify(a)).not.toMatch(new RegExp(SECRETS.join('|')))
    await expect(service.review(v.attemptId)).rejects.toMatchObject({ code: 'NOT_SUBMITTED' })
    const done = await service.submit({ attemptId: v.attemptId, step: a.step })
    expect(done.items.every((i) => i.revealed)).toBe(true)
    expect(done.result).toMatchObject({ correct: 1, total: 3 })
    const review = await service.review(v.attemptId)
    expect(review.items[0]).toMatchObject({ isCorrect: true, explanation: 'Explanation 0' })
    await expect(
      service.answer({ attemptId: v.attemptId, step: done.step, itemIndex: 1, optionId: 'A' })
    ).rejects.toMatchObject({ code: 'NOT_ACTIVE' })
  })

  it('tutor mode reveals only answered items and locks their answers', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup({ mode: 'tutor' }), makeItems(3))
    const a = await service.answer({
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 1,
      optionId: wrongOf(1)
    })
    expect(a.items.map((i) => i.revealed)).toEqual([false, true, false])
    expect(a.items[1]!.feedback).toMatchObject({ correctOptionId: keyOf(1), isCorrect: false })
    expect(JSON.stringify([a.items[0], a.items[2]])).not.toMatch(new RegExp(SECRETS.join('|')))
    await expect(
      service.answer({ attemptId: v.attemptId, step: a.step, itemIndex: 1, optionId: keyOf(1) })
    ).rejects.toMatchObject({ code: 'ANSWER_LOCKED' })
  })

  it('ignores forged time and score fields in set-up and intents', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(
      setup({ timeLimitMs: 1e12, elapsedMs: -1, score: 100 }) as never,
      makeItems(2)
    )
    expect(v.timing.limitMs).toBe(180_000)
    clock.advance(30_000)
    const forged = {
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 0,
      optionId: wrongOf(0),
      elapsedMs: 0,
      remainingMs: 1e9,
      timeLimitMs: 1e12,
      correct: true,
      score: 100,
      percent: 100,
      passed: true
    }
    const a = await service.answer(forged)
    expect(a.timing).toMatchObject({ elapsedMs: 30_000, limitMs: 180_000 })
    const done = await service.submit({ ...forged, step: a.step } as never)
    expect(done.result).toMatchObject({ correct: 0, passed: false })
    const onDisk = await repo.readRaw(v.attemptId)
    expect(onDisk.events[1]).toEqual({
      type: 'answered',
      itemIndex: 0,
      optionId: wrongOf(0),
      elapsedMs: 30_000
    })
    expect(JSON.stringify(onDisk)).not.toMatch(/score|percent|passed|remainingMs/)
  })

  it('refuses an untimed timed exam and malformed requests with structured errors', async () => {
    const service = makeService(repo, clock)
    await expect(
      service.start(setup({ accommodation: 'untimed' }), makeItems(2))
    ).rejects.toMatchObject({
      code: 'INVALID_CONFIG'
    })
    await expect(service.start(setup(), [])).rejects.toMatchObject({ code: 'INVALID_CONFIG' })
    await expect(service.get('../../etc/passwd')).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(service.get('missing')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const v = await service.start(setup(), makeItems(2))
    for (const bad of [
      {},
      { step: 'x' },
      { step: 1, itemIndex: 99, optionId: 'A' },
      { step: 1, itemIndex: 0, optionId: 'Z' }
    ]) {
      await expect(
        service.answer({ attemptId: v.attemptId, ...bad } as never)
      ).rejects.toMatchObject({
        code: expect.stringMatching(/BAD_REQUEST|ITEM_OUT_OF_RANGE|OPTION_UNKNOWN/)
      })
    }
    expect((await service.get(v.attemptId)).step).toBe(1)
  })

  it('acknowledges nothing a failed write did not save', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(2))
    repo.failWrites = true
    await expect(
      service.answer({ attemptId: v.attemptId, step: 1, itemIndex: 0, optionId: 'A' })
    ).rejects.toMatchObject({ code: 'STORE_FAILED' })
    repo.failWrites = false
    const view = await service.get(v.attemptId)
    expect(view).toMatchObject({ step: 1, responses: [{ optionId: null }, { optionId: null }] })
    const ok = await service.answer({
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 1,
      optionId: 'B'
    })
    expect(ok.step).toBe(2)
  })

  it('lists submitted attempts as summaries, newest first', async () => {
    const service = makeService(repo, clock)
    for (let i = 0; i < 2; i++) {
      const v = await service.start(setup(), makeItems(2))
      clock.advance(1000)
      await service.submit({ attemptId: v.attemptId, step: 1 })
    }
    const history = await service.listSummaries()
    expect(history).toHaveLength(2)
    expect(history[0]!.submittedAt! > history[1]!.submittedAt!).toBe(true)
    expect(history[0]).toMatchObject({
      mode: 'timed',
      itemCount: 2,
      elapsedMs: 1000,
      estimatedSeconds: 180
    })
  })

  it('runs onSubmitted once, after the write; a hook that reads back or fails cannot block submit', async () => {
    const seen: string[] = []
    // The hook is called long after initialisation, so it may refer to the service itself.
    const service: ReturnType<typeof makeService> = makeService(repo, clock, {
      onSubmitted: async (summary) => {
        const view = await service.get(summary.id) // re-entrant: must not deadlock
        seen.push(view.status)
        throw new Error('stats update failed')
      }
    })
    const v = await service.start(setup(), makeItems(2))
    const done = await service.submit({ attemptId: v.attemptId, step: 1 })
    expect(done.status).toBe('submitted')
    expect(seen).toEqual(['submitted'])
  })
})

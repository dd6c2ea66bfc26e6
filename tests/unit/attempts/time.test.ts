import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AttemptSummary } from '../../../questions/engine'
import { keyOf, makeItems } from '../engine/fixtures'
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

// 2 items × 30 s = a 60 s limit.
const short = setup({ secondsPerItem: 30 })
const items = makeItems(2)

describe('expiry', () => {
  it('auto-submits at limit + grace on tick, keeping every answer given', async () => {
    const submitted: AttemptSummary[] = []
    const service = makeService(repo, clock, { onSubmitted: async (s) => void submitted.push(s) })
    const v = await service.start(short, items)
    expect(v.timing).toMatchObject({ limitMs: 60_000, remainingMs: 60_000, running: true })
    clock.advance(10_000)
    await service.answer({ attemptId: v.attemptId, step: v.step, itemIndex: 0, optionId: keyOf(0) })
    clock.advance(50_000)
    expect((await service.heartbeat(v.attemptId)).timing).toMatchObject({
      remainingMs: 0,
      warningLevel: 'time-up'
    })
    clock.advance(1_999)
    await service.tick()
    expect((await service.get(v.attemptId)).status).toBe('active')
    clock.advance(1)
    await service.tick()
    const after = await service.get(v.attemptId)
    expect(after).toMatchObject({ status: 'submitted', submitReason: 'expired' })
    expect(after.result).toMatchObject({ correct: 1, answered: 1, total: 2 })
    expect(submitted).toHaveLength(1)
    expect(submitted[0]).toMatchObject({ elapsedMs: 60_000, correct: 1, submitReason: 'expired' })
    const onDisk = await repo.readRaw(v.attemptId)
    expect(onDisk.events.at(-1)).toMatchObject({ type: 'submitted', reason: 'expired' })
  })

  it('accepts an answer 1 s after the deadline and refuses one 3 s after', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(short, items)
    clock.advance(61_000)
    const late = await service.answer({
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 0,
      optionId: 'A'
    })
    expect(late.responses[0]!.optionId).toBe('A')
    clock.advance(2_000)
    await expect(
      service.answer({ attemptId: v.attemptId, step: 2, itemIndex: 1, optionId: 'B' })
    ).rejects.toMatchObject({ code: 'TIME_EXPIRED' })
    const view = await service.get(v.attemptId)
    expect(view.status).toBe('submitted')
    expect(view.responses.map((r) => r.optionId)).toEqual(['A', null])
  })

  it('warns at 5 minutes and 1 minute remaining', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup({ secondsPerItem: 60 }), makeItems(10))
    clock.advance(5 * 60_000)
    expect((await service.heartbeat(v.attemptId)).timing.warningLevel).toBe('five-minutes')
    clock.advance(4 * 60_000)
    expect((await service.heartbeat(v.attemptId)).timing.warningLevel).toBe('one-minute')
  })

  it('never expires an untimed tutor session', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup({ mode: 'tutor', accommodation: 'untimed' }), items)
    clock.advance(10 * 3600_000)
    await service.heartbeat(v.attemptId)
    await service.tick()
    const view = await service.get(v.attemptId)
    expect(view.timing).toMatchObject({ limitMs: null, remainingMs: null, warningLevel: 'none' })
    expect(view.status).toBe('active')
  })
})

describe('suspend, resume and clock changes', () => {
  it('suspend and resume keep the remaining time exactly', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(short, items)
    clock.advance(20_000)
    const s = await service.suspend(v.attemptId)
    expect(s).toMatchObject({
      status: 'suspended',
      timing: { remainingMs: 40_000, running: false }
    })
    clock.advance(3 * 3600_000)
    await service.tick()
    expect((await service.active())?.timing.remainingMs).toBe(40_000)
    const r = await service.resume(v.attemptId)
    expect(r).toMatchObject({ status: 'active', everSuspended: true })
    expect(r.timing.remainingMs).toBe(40_000)
    clock.advance(5_000)
    expect((await service.heartbeat(v.attemptId)).timing.remainingMs).toBe(35_000)
  })

  it('a wall-clock jump of an hour either way neither adds nor removes time', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup({ secondsPerItem: 600 }), items)
    clock.advance(10_000)
    // Forward: indistinguishable from a system sleep, so it is recorded as a suspension (#14).
    clock.jumpWall(3600_000)
    expect((await service.heartbeat(v.attemptId)).timing.elapsedMs).toBe(10_000)
    expect((await repo.readRaw(v.attemptId)).events.at(-1)).toMatchObject({
      type: 'suspended',
      reason: 'system-sleep'
    })
    expect((await service.resume(v.attemptId)).timing.elapsedMs).toBe(10_000)
    // Backward: nothing to record; the steady clock carries on.
    clock.jumpWall(-2 * 3600_000)
    clock.advance(5_000)
    expect((await service.heartbeat(v.attemptId)).timing.elapsedMs).toBe(15_000)
    await service.suspend(v.attemptId)
    clock.jumpWall(-3600_000)
    expect((await service.resume(v.attemptId)).timing.elapsedMs).toBe(15_000)
  })

  it('records a system sleep (wall moved, monotonic did not) as a suspension at the next tick', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(setup({ secondsPerItem: 600 }), items)
    for (let i = 0; i < 3; i++) {
      clock.advance(10_000)
      await service.heartbeat(v.attemptId)
      await service.tick()
    }
    // The lid is closed for 40 minutes: the monotonic clock stops, the wall clock does not.
    clock.jumpWall(40 * 60_000)
    clock.advance(1_000)
    await service.tick()
    const events = (await repo.readRaw(v.attemptId)).events
    expect(events.at(-1)).toMatchObject({
      type: 'suspended',
      reason: 'system-sleep',
      elapsedMs: 31_000,
      // Dated when the sleep began (last tick + the monotonic time since), not when noticed.
      at: new Date(clock.wall - 40 * 60_000).toISOString()
    })
    const resumed = await service.resume(v.attemptId)
    expect(resumed.timing.elapsedMs).toBe(31_000)
    const summary = await service.summary(v.attemptId)
    expect(summary).toMatchObject({ suspensionCount: 1, suspendedMs: 40 * 60_000 })
  })

  it('suspends a page that stopped heart-beating, charging only up to its last heartbeat', async () => {
    const service = makeService(repo, clock)
    const v = await service.start(short, items)
    clock.advance(8_000)
    await service.heartbeat(v.attemptId)
    clock.advance(15_000)
    await service.tick()
    expect((await service.get(v.attemptId)).status).toBe('active')
    // get() counted as contact; now fall silent for longer than the timeout.
    clock.advance(15_001)
    await service.tick()
    const view = await service.get(v.attemptId)
    expect(view).toMatchObject({ status: 'suspended', timing: { elapsedMs: 23_000 } })
    const onDisk = await repo.readRaw(v.attemptId)
    expect(onDisk.events.at(-1)).toMatchObject({ type: 'suspended', reason: 'page-lost' })
  })

  it('starting a new quiz pauses the running one, and active() offers the running one', async () => {
    const service = makeService(repo, clock)
    const first = await service.start(short, items)
    clock.advance(5_000)
    const second = await service.start(short, items)
    expect((await service.get(first.attemptId)).status).toBe('suspended')
    expect((await service.active())?.attemptId).toBe(second.attemptId)
    await service.resume(first.attemptId)
    expect((await service.get(second.attemptId)).status).toBe('suspended')
    await service.suspendAllRunning('window-closed')
    const onDisk = await repo.readRaw(first.attemptId)
    expect(onDisk.events.at(-1)).toMatchObject({ type: 'suspended', reason: 'window-closed' })
  })
})

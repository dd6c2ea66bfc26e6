import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validateAttemptRecord } from '../../../main/services/attempts-schema'
import { openAttemptFiles } from '../../../main/store/attempt-files'
import type { AttemptRecord } from '../../../questions/engine'
import { makeItems } from '../engine/fixtures'
import { FakeClock, fileRepo, makeService, setup, tempDir, type FileRepo } from './helpers'

let dir: { dir: string; cleanup: () => Promise<void> }
let repo: FileRepo
beforeEach(async () => {
  dir = await tempDir()
  repo = fileRepo(dir.dir)
})
afterEach(() => dir.cleanup())

/** A new process: same files, a monotonic clock with a different origin, wall time later. */
const restartedClock = (before: FakeClock, wallLaterMs: number): FakeClock =>
  new FakeClock(before.wall + wallLaterMs, 7_777)

describe('crash recovery', () => {
  it('suspends at the last checkpoint; resume shows the remaining time within 2 s', async () => {
    const clock = new FakeClock()
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(10)) // 900 s
    await service.answer({ attemptId: v.attemptId, step: 1, itemIndex: 3, optionId: 'C' })
    let remaining = 0
    for (let s = 0; s < 95; s++) {
      clock.advance(1_000)
      remaining = (await service.heartbeat(v.attemptId)).timing.remainingMs!
    }
    clock.advance(700) // the crash happens between heartbeats; this service is never used again
    const clock2 = restartedClock(clock, 10 * 60_000)
    const service2 = makeService(fileRepo(dir.dir), clock2)
    expect(await service2.recoverAfterStart()).toEqual([v.attemptId])
    const offer = await service2.active()
    expect(offer).toMatchObject({ attemptId: v.attemptId, status: 'suspended' })
    expect(Math.abs(offer!.timing.remainingMs! - remaining)).toBeLessThanOrEqual(2_000)
    clock2.advance(30_000) // sitting at the Resume prompt costs nothing
    const resumed = await service2.resume(v.attemptId)
    expect(Math.abs(resumed.timing.remainingMs! - remaining)).toBeLessThanOrEqual(2_000)
    expect(resumed.responses[3]!.optionId).toBe('C')
    const onDisk = await repo.readRaw(v.attemptId)
    expect(onDisk.events.map((e) => e.type)).toEqual([
      'started',
      'answered',
      'suspended',
      'resumed'
    ])
    expect(onDisk.events[2]).toMatchObject({ reason: 'crash-recovered' })
  })

  it('recovers lazily when main forgets to call recoverAfterStart', async () => {
    const clock = new FakeClock()
    const v = await makeService(repo, clock).start(setup(), makeItems(3))
    const service2 = makeService(fileRepo(dir.dir), restartedClock(clock, 1000))
    expect((await service2.get(v.attemptId)).status).toBe('suspended')
  })

  it('submits instead of suspending when the checkpoint is already at the limit', async () => {
    const clock = new FakeClock()
    const service = makeService(repo, clock)
    const v = await service.start(setup({ secondsPerItem: 10 }), makeItems(2)) // 20 s
    await service.answer({ attemptId: v.attemptId, step: 1, itemIndex: 0, optionId: 'A' })
    clock.advance(20_500)
    await service.heartbeat(v.attemptId)
    const service2 = makeService(fileRepo(dir.dir), restartedClock(clock, 0))
    await service2.recoverAfterStart()
    expect(await service2.active()).toBeNull()
    const view = await service2.get(v.attemptId)
    expect(view).toMatchObject({ status: 'submitted', submitReason: 'expired' })
    expect(view.responses[0]!.optionId).toBe('A')
    expect((await service2.listSummaries())[0]).toMatchObject({ elapsedMs: 20_000 })
  })

  it('works over the real durable store, whose validator accepts what the service writes', async () => {
    const clock = new FakeClock()
    const files = await openAttemptFiles<AttemptRecord>({
      dir: dir.dir,
      validate: validateAttemptRecord
    })
    const service = makeService(files, clock, { validate: validateAttemptRecord })
    const v = await service.start(setup({ confidence: true }), makeItems(4))
    await service.answer({
      attemptId: v.attemptId,
      step: 1,
      itemIndex: 0,
      optionId: 'B',
      confidence: 'sure'
    })
    await service.flag({ attemptId: v.attemptId, step: 2, itemIndex: 1, flagged: true })
    await service.strike({
      attemptId: v.attemptId,
      step: 3,
      itemIndex: 1,
      optionId: 'E',
      struck: true
    })
    clock.advance(3_000)
    await service.heartbeat(v.attemptId)
    const reopened = await openAttemptFiles<AttemptRecord>({
      dir: dir.dir,
      validate: validateAttemptRecord
    })
    const service2 = makeService(reopened, restartedClock(clock, 0), {
      validate: validateAttemptRecord
    })
    expect(await service2.recoverAfterStart()).toEqual([v.attemptId])
    const view = await service2.resume(v.attemptId)
    expect(view.responses[0]).toMatchObject({ optionId: 'B', confidence: 'sure' })
    expect(view.responses[1]).toMatchObject({ flagged: true, struck: ['E'] })
    expect(view.timing.elapsedMs).toBe(3_000)
  })
})

describe('validateAttemptRecord', () => {
  it('refuses wrong shapes, future versions and logs the engine could not have written', async () => {
    const clock = new FakeClock()
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(2))
    await service.submit({ attemptId: v.attemptId, step: 1 })
    const good = await repo.readRaw(v.attemptId)
    expect(validateAttemptRecord(good)).toEqual(good)
    const bad: unknown[] = [
      null,
      {},
      { ...good, schemaVersion: 2 },
      { ...good, events: [] },
      { ...good, id: '../escape' },
      { ...good, events: [...good.events, { type: 'visited', itemIndex: 0, elapsedMs: 1 }] },
      {
        ...good,
        events: [good.events[0], { type: 'answered', itemIndex: 9, optionId: 'A', elapsedMs: 1 }]
      },
      { ...good, checkpoint: { elapsedMs: -5, at: 'x' } }
    ]
    for (const raw of bad) expect(() => validateAttemptRecord(raw)).toThrow()
  })

  it('skips an unreadable file during recovery instead of failing start-up', async () => {
    await writeFile(path.join(dir.dir, 'broken.json'), '{"schemaVersion":1')
    const service = makeService(repo, new FakeClock(), { validate: validateAttemptRecord })
    expect(await service.recoverAfterStart()).toEqual([])
    expect(await service.active()).toBeNull()
  })
})

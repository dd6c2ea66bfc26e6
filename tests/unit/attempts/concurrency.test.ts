import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OptionId } from '../../../questions/item'
import { makeItems } from '../engine/fixtures'
import { FakeClock, fileRepo, makeService, setup, tempDir, type FileRepo } from './helpers'

let dir: { dir: string; cleanup: () => Promise<void> }
let repo: FileRepo
beforeEach(async () => {
  dir = await tempDir()
  repo = fileRepo(dir.dir)
})
afterEach(() => dir.cleanup())

const LETTERS: OptionId[] = ['A', 'B', 'C', 'D', 'E']

describe('concurrency', () => {
  it('1,000 answers fired without waiting all land, in order, each durable before it resolves', async () => {
    const clock = new FakeClock()
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(10))
    const sent = Array.from({ length: 1000 }, (_, n) => ({
      itemIndex: n % 10,
      optionId: LETTERS[(n * 7) % 5]!
    }))
    let durableChecks = 0
    const results = await Promise.all(
      sent.map((s, n) =>
        service.answer({ attemptId: v.attemptId, step: v.step, ...s }).then(async (view) => {
          // Each view reflects exactly the answers sent before and including this one...
          expect(view.step).toBe(n + 2)
          // ...and the file on disk already holds this answer.
          if (n % 97 === 0) {
            const onDisk = await repo.readRaw(v.attemptId)
            expect(onDisk.events.length).toBeGreaterThanOrEqual(n + 2)
            durableChecks++
          }
          return view
        })
      )
    )
    expect(results).toHaveLength(1000)
    expect(durableChecks).toBeGreaterThan(5)
    const onDisk = await repo.readRaw(v.attemptId)
    const answered = onDisk.events.filter((e) => e.type === 'answered')
    expect(answered.map((e) => e.type === 'answered' && [e.itemIndex, e.optionId])).toEqual(
      sent.map((s) => [s.itemIndex, s.optionId])
    )
    const final = await service.get(v.attemptId)
    expect(final.responses.map((r) => r.optionId)).toEqual(sent.slice(990).map((s) => s.optionId))
    // Group commit: far fewer writes than answers.
    expect(repo.writes).toBeLessThan(100)
  })

  it('serialises mixed intents on one attempt against a tick and a heartbeat', async () => {
    const clock = new FakeClock()
    const service = makeService(repo, clock)
    const v = await service.start(setup(), makeItems(5))
    const ops = [
      service.flag({ attemptId: v.attemptId, step: 1, itemIndex: 0, flagged: true }),
      service.heartbeat(v.attemptId),
      service.strike({
        attemptId: v.attemptId,
        step: 1,
        itemIndex: 0,
        optionId: 'B',
        struck: true
      }),
      service.tick().then(() => null),
      service.visit({ attemptId: v.attemptId, step: 1, itemIndex: 4 }),
      service.strike({
        attemptId: v.attemptId,
        step: 1,
        itemIndex: 0,
        optionId: 'B',
        struck: false
      })
    ]
    await Promise.all(ops)
    const view = await service.get(v.attemptId)
    expect(view).toMatchObject({ step: 5, currentIndex: 4 })
    expect(view.responses[0]).toMatchObject({ flagged: true, struck: [] })
  })
})

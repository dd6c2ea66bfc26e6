// The review's extra facts (issue 16): time per item, how the answer changed, the concept's own
// history; and the study plan's course progress on the dashboard.
import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, removeDir, type Harness } from './helpers'

let h: Harness | null = null
afterEach(async () => {
  if (!h) return
  await h.close()
  await removeDir(h.dir)
  h = null
})

describe('progress:itemHistory and course progress', () => {
  it('gives time on each item, the answers in order and the concept card', async () => {
    h = await openHarness()
    let view = await h.call('quiz:start', {
      mode: 'timed',
      itemCount: 2,
      sections: ['medications', 'genetics'],
      pool: 'all',
      secondsPerItem: 90,
      accommodation: 1,
      confidence: false
    })
    const id = view.attemptId
    h.clock.advance(7_000)
    for (const optionId of ['A', 'C', 'C', 'B'] as const) {
      view = await h.call('quiz:answer', { attemptId: id, step: view.step, itemIndex: 0, optionId })
    }
    await expect(h.call('progress:itemHistory', { attemptId: id })).rejects.toThrow(/NOT_FOUND/)
    view = await h.call('quiz:visit', { attemptId: id, step: view.step, itemIndex: 1 })
    h.clock.advance(4_000)
    view = await h.call('quiz:submit', { attemptId: id, step: view.step })

    const history = await h.call('progress:itemHistory', { attemptId: id })
    expect(history).toHaveLength(2)
    expect(history[0]!.answers).toEqual(['A', 'C', 'B'])
    expect(history[1]!.answers).toEqual([])
    expect(history[0]!.ms).toBe(7_000)
    expect(history[1]!.ms).toBe(4_000)
    expect(history[0]!.concept).toMatchObject({ reviews: 1 })
    expect(Date.parse(history[0]!.concept!.dueAt)).toBeGreaterThan(h.clock.wallMs())

    const { course } = await h.call('progress:dashboard', {})
    expect(course.sectionsTotal).toBe(8)
    expect(course.sectionsSeen).toBeGreaterThanOrEqual(1)
    expect(course.conceptsSeen).toBeGreaterThanOrEqual(1)
    expect(course.conceptsTotal).toBeGreaterThan(course.conceptsSeen)
  })
})

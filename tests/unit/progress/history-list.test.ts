// history:list gives the page what it shows, not the per-item outcomes main keeps for the
// dashboard's figures.
import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'

const open: Harness[] = []
afterEach(async () => {
  for (const h of open.splice(0)) {
    await h.close()
    await removeDir(h.dir)
  }
})

describe('history for the page', () => {
  it('lists summaries without the per-item outcomes kept for the dashboard', async () => {
    const h = await openHarness()
    open.push(h)
    const attemptId = await takeQuiz(h, { itemCount: 2, answer: () => ({ right: true }) })
    const stored = h.ctx.services.store.data().attempts.find((a) => a.id === attemptId)
    expect(stored).toHaveProperty('outcomes')
    const listed = await h.call('history:list', {})
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ id: attemptId, itemCount: 2, correct: 2 })
    expect(listed[0]).not.toHaveProperty('outcomes')
  })
})

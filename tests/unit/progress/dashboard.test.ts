// The dashboard from real submissions: mastery weakest first with counts, calibration by
// confidence, review cards written at submit time and counted as due once their time comes.
import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'

let h: Harness | null = null
afterEach(async () => {
  if (!h) return
  await h.close()
  await removeDir(h.dir)
  h = null
})

describe('progress:dashboard', () => {
  it('starts empty', async () => {
    h = await openHarness()
    const d = await h.call('progress:dashboard', {})
    expect(d.stats).toMatchObject({ attempts: 0, itemsAnswered: 0, avgMsPerItem: null })
    expect(d.stats.mastery).toEqual([])
    expect(d.stats.calibration).toEqual([])
    expect(d.reviewDue).toBe(0)
  })

  it('summarises submissions and schedules their claims', async () => {
    h = await openHarness()
    await takeQuiz(h, {
      itemCount: 6,
      confidence: true,
      secondsPerItem: 30,
      answer: (i) => ({ right: i % 3 !== 0, confidence: i % 3 === 0 ? 'sure' : 'unsure' })
    })
    const d = await h.call('progress:dashboard', {})
    expect(d.stats.attempts).toBe(1)
    expect(d.stats.itemsAnswered).toBe(6)
    expect(d.stats.itemsCorrect).toBe(4)
    expect(d.stats.avgMsPerItem).toBe(30_000)
    const answered = d.stats.mastery.reduce((n, m) => n + m.answered, 0)
    expect(answered).toBe(6)
    const percents = d.stats.mastery.map((m) => m.percent)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(d.stats.calibration).toEqual([
      { confidence: 'sure', correct: 0, answered: 2, percent: 0 },
      { confidence: 'unsure', correct: 4, answered: 4, percent: 100 }
    ])
    expect(d.reviewDue).toBe(0)
    expect(d.nextReviewAt).not.toBeNull()
    const cards = h.ctx.services.store.data().reviewCards
    expect(Object.keys(cards).length).toBeGreaterThan(0)
    // A day and a bit later the missed concepts are due, and a review quiz can start.
    h.clock.advance(25 * 3600_000)
    const due = await h.call('progress:reviewDue', {})
    expect(due.count).toBeGreaterThan(0)
    const review = await h.call('quiz:startReview', { itemCount: 5 })
    expect(review.config.mode).toBe('tutor')
  })

  it('counts an unanswered item as wrong, as the results screen and "Retry incorrect" do', async () => {
    h = await openHarness()
    const attemptId = await takeQuiz(h, {
      itemCount: 4,
      answer: (i) => (i === 3 ? null : { right: true })
    })
    const review = await h.call('quiz:review', { attemptId })
    const d = await h.call('progress:dashboard', {})
    expect(review.result.percent).toBe(75)
    expect(d.stats.itemsPresented).toBe(4)
    expect(d.stats.itemsAnswered).toBe(3)
    expect(d.stats.percentCorrect).toBe(review.result.percent)
    expect(d.stats.mastery.reduce((n, m) => n + m.items, 0)).toBe(4)
    const skipped = review.items[3]!
    const section = d.stats.mastery.find((m) => m.section === skipped.section)!
    expect(section.percent).toBeLessThan(100)
    // The one item the dashboard counts wrong is the one "Retry incorrect" offers.
    expect(d.pools.incorrect).toBe(4 - review.result.correct)
  })
})

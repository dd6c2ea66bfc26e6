// Per-item notes (issue 16): kept by main under the item's stable id, shown again in the review,
// found by search with the reviewed items, carried in backups; refused before submit.
import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'

let h: Harness | null = null
afterEach(async () => {
  if (!h) return
  await h.close()
  await removeDir(h.dir)
  h = null
})

describe('notes', () => {
  it('are saved, shown in the review, searchable, backed up and removable', async () => {
    h = await openHarness()
    const attemptId = await takeQuiz(h, { itemCount: 3, answer: () => ({ right: true }) })
    const saved = await h.call('notes:save', {
      attemptId,
      itemIndex: 1,
      text: '  Check TSAT zebrafinch  '
    })
    expect(saved).toMatchObject({ itemIndex: 1, text: 'Check TSAT zebrafinch' })
    const history = await h.call('progress:itemHistory', { attemptId })
    expect(history.map((x) => x.note)).toEqual([null, 'Check TSAT zebrafinch', null])

    const hits = await h.call('notes:search', { query: 'zebrafinch tsat' })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ attemptId, itemIndex: 1, note: 'Check TSAT zebrafinch' })
    expect(hits[0]!.excerpt).toContain('zebrafinch')
    // Item text is searched too: every reviewed item's lead-in ends with a question mark.
    const review = await h.call('quiz:review', { attemptId })
    const word = review.items[0]!.question.split(' ').find((w) => w.length > 5)!
    const byText = await h.call('notes:search', { query: word })
    expect(byText.some((x) => x.attemptId === attemptId)).toBe(true)

    const backup = JSON.parse((await h.call('data:exportBackup', {})).content)
    expect(Object.values(backup.casebook.notes)).toEqual([
      expect.objectContaining({ text: 'Check TSAT zebrafinch' })
    ])
    await h.call('notes:save', { attemptId, itemIndex: 1, text: '' })
    expect(await h.call('notes:search', { query: 'zebrafinch' })).toEqual([])
  })

  it('are refused on an item of a quiz not yet submitted', async () => {
    h = await openHarness()
    const view = await h.call('quiz:start', {
      mode: 'timed',
      itemCount: 2,
      sections: ['genetics'],
      pool: 'all',
      secondsPerItem: 90,
      accommodation: 1,
      confidence: false
    })
    await expect(
      h.call('notes:save', { attemptId: view.attemptId, itemIndex: 0, text: 'x' })
    ).rejects.toThrow(/NOT_FOUND/)
  })
})

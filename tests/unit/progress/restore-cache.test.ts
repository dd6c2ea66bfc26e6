// After a restore, an attempt the app had already opened must be read again from the restored
// file, not served from memory.
import { afterEach, describe, expect, it } from 'vitest'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'

const open: Harness[] = []
afterEach(async () => {
  for (const h of open.splice(0)) {
    await h.close()
    await removeDir(h.dir)
  }
})

describe('restore and cached attempts', () => {
  it('serves the restored version of an attempt that was open before the restore', async () => {
    const h = await openHarness()
    open.push(h)
    const attemptId = await takeQuiz(h, { itemCount: 3, answer: () => ({ right: true }) })
    const backup = await h.call('data:exportBackup', {})
    // Change the backup's copy of the attempt: its first answer becomes a different option.
    const parsed = JSON.parse(backup.content) as {
      attempts: { id: string; events: { type: string; optionId?: string }[] }[]
    }
    const record = parsed.attempts.find((a) => a.id === attemptId)!
    const answer = record.events.find((e) => e.type === 'answered')!
    const before = (await h.call('quiz:review', { attemptId })).items[0]!.chosenOptionId
    answer.optionId = before === 'A' ? 'B' : 'A'

    await h.call('data:restoreBackup', { content: JSON.stringify(parsed), confirm: true })

    const after = (await h.call('quiz:review', { attemptId })).items[0]!.chosenOptionId
    expect(after).toBe(answer.optionId)
  })
})

// Issue #4's guarantees in real Chromium against the real server: answers and time survive a
// killed server, time-out submits what was given, tutor mode teaches after each item, and a
// suspended certificate exam cannot be read (issue #14).
import { callApi, resumable } from './api'
import { expect, test } from './fixtures'
import { attemptKeys, checkpointedMs, fact, wrongLetter } from './keys'
import { answerWith, nextItem, startQuiz } from './helpers'

test('a killed server loses no acknowledged answer and no time', async ({ app, page }) => {
  await app.open(page)
  await startQuiz(page, { items: 5, secondsPerItem: 90 })
  await answerWith(page, 'B')
  await nextItem(page, 1)
  await answerWith(page, 'C')
  await page.getByRole('button', { name: /^Flag/ }).click()
  await expect(page.getByRole('button', { name: /^Flag/ })).toHaveAttribute('aria-pressed', 'true')
  // Wait until main has checkpointed some active time to disk (heartbeats, then the tick).
  await expect.poll(() => checkpointedMs(app), { timeout: 15_000 }).toBeGreaterThanOrEqual(2_000)
  const before = await resumable(app)
  expect(before?.status).toBe('active')

  await app.kill()
  const restarted = await app.restart()
  try {
    const after = await resumable(restarted)
    expect(after?.attemptId).toBe(before?.attemptId)
    expect(after?.status).toBe('suspended')
    expect(after?.responses.slice(0, 2)).toEqual([
      expect.objectContaining({ optionId: 'B', flagged: false }),
      expect.objectContaining({ optionId: 'C', flagged: true })
    ])
    // A crash may give back at most one heartbeat interval; it never takes time away.
    const lost = (before?.timing.remainingMs ?? 0) - (after?.timing.remainingMs ?? 0)
    expect(Math.abs(lost)).toBeLessThanOrEqual(2_000)

    await restarted.open(page)
    await page.getByRole('button', { name: 'Resume quiz' }).click()
    await expect(page.getByRole('radio', { name: /^C\./ })).toBeChecked()
    await page.getByRole('button', { name: 'Previous', exact: true }).click()
    await expect(page.getByRole('radio', { name: /^B\./ })).toBeChecked()
  } finally {
    await restarted.kill()
  }
})

test('at zero the attempt is submitted with the answers given so far', async ({ app, page }) => {
  await app.open(page)
  // One item at the shortest allowed time per item: a 10-second quiz.
  await startQuiz(page, { items: 2, secondsPerItem: 10 })
  const [key] = await attemptKeys(app)
  await answerWith(page, wrongLetter(key!))
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible({ timeout: 30_000 })
  await expect(fact(page, 'Answered')).toHaveText('1 of 2')
  await expect(fact(page, 'Correct')).toHaveText('0 of 2')
  await expect(page.getByText(/time ran out|time is up|expired/i).first()).toBeVisible()
})

test('tutor mode explains every answer with references', async ({ app, page }) => {
  await app.open(page)
  await startQuiz(page, { mode: 'Tutor', items: 2 })
  await answerWith(page, 'A')
  await page.getByRole('button', { name: 'Submit answer' }).click()
  await expect(page.getByText(/^(Correct|Incorrect)/).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: /Explanation/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /References/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /doi|pubmed|PMID/i }).first()).toBeVisible()
})

test('a suspended certificate exam sends no item text, over HTTP, until it is resumed', async ({
  app,
  page
}) => {
  await app.open(page)
  await startQuiz(page, { mode: 'Certificate exam', items: 20 })
  const stem = await page.locator('.stem p').first().textContent()
  expect(stem?.length).toBeGreaterThan(20)
  await page.getByTestId('suspend').click()
  await expect(page.getByTestId('start-quiz')).toBeVisible()
  const peek = await resumable(app)
  const view = await callApi<{
    contentWithheld: boolean
    items: { stem: string; question: string; options: unknown[] }[]
  }>(app, 'quiz:get', { attemptId: peek!.attemptId })
  expect(view.contentWithheld).toBe(true)
  expect(view.items.every((i) => i.stem === '' && i.question === '' && !i.options.length)).toBe(
    true
  )
  expect(JSON.stringify(view)).not.toContain(stem!.slice(0, 40))
  const resumed = await callApi<{ items: { stem: string }[] }>(app, 'quiz:resume', {
    attemptId: peek!.attemptId
  })
  expect(resumed.items[0]!.stem.length).toBeGreaterThan(20)
})

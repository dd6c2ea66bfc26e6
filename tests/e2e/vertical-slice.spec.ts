// Issue #2's vertical slice, through the real browser edition: Home → a short quiz → answer →
// submit → score → restart the server on the same data → the attempt is in history.
import { expect, test } from './fixtures'
import { answerWith, nextItem, startQuiz, submitQuiz } from './helpers'
import { attemptKeys, fact, wrongLetter } from './keys'

test('a short quiz is scored and still listed after a restart', async ({ app, page }, testInfo) => {
  await app.open(page)
  await expect(
    page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true })

  await startQuiz(page, { items: 3 })
  // Right, wrong, right on purpose: the score must be exactly 2 of 3, whatever items were drawn.
  const keys = await attemptKeys(app)
  const choices = [keys[0]!, wrongLetter(keys[1]!), keys[2]!]
  for (const [i, letter] of choices.entries()) {
    await answerWith(page, letter)
    if (i < 2) await nextItem(page, i + 1)
  }
  await submitQuiz(page)
  await expect(fact(page, 'Correct')).toHaveText('2 of 3')
  await expect(page.getByTestId('score')).toContainText('66.7%')
  await page.screenshot({ path: testInfo.outputPath('results.png'), fullPage: true })

  await app.kill()
  const restarted = await app.restart()
  try {
    await restarted.open(page)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'History' })
      .click()
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(2) // header + the one attempt
    await expect(rows.nth(1)).toContainText('Timed exam')
    await expect(rows.nth(1)).toContainText('3')
  } finally {
    await restarted.kill()
  }
})

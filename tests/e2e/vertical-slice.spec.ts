// Issue #2's vertical slice, through the real browser edition: Home → a short quiz → answer →
// submit → score → restart the server on the same data → the attempt is in history.
import { expect, test } from './fixtures'
import { answerWith, startQuiz, submitQuiz } from './helpers'

test('a short quiz is scored and still listed after a restart', async ({ app, page }, testInfo) => {
  await app.open(page)
  await expect(
    page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true })

  await startQuiz(page, { items: 3 })
  for (let i = 0; i < 3; i++) {
    await answerWith(page, 'A')
    if (i < 2) await page.getByRole('button', { name: 'Next', exact: true }).click()
  }
  await submitQuiz(page)
  await expect(page.getByText(/^[0-3] of 3$/).first()).toBeVisible()
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

// Before a certificate exam starts, the learner is shown who stands behind it and on what terms
// (issue 15, item 2): the provider block of the RLS course (an unaccredited self-assessment), the
// objectives, the exam's rules and how long it will take — accessible, and out of the way of the
// keyboard path to Start.
import { expect, test } from './fixtures'
import { expectNoViolations, nav, openApp, type Theme } from './a11y-screens'

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`the certificate exam's terms are shown before it starts (${theme})`, async ({
    app,
    page
  }) => {
    await openApp(page, app, theme)
    await nav(page, 'New quiz')
    await page.getByRole('radio', { name: /Certificate exam/ }).check()
    await page.getByRole('radio', { name: '20 items' }).check()
    const terms = page.getByRole('region', { name: 'About this certificate exam' })
    const provider = terms.getByTestId('exam-provider')
    await expect(provider).toContainText('This activity is not accredited.')
    await expect(provider).toContainText('No credit is designated')
    await expect(provider).toContainText('Physicians')
    await expect(provider).toContainText('Dec 1, 2026')
    await expect(provider).toContainText('Nov 30, 2029')
    await expect(terms).toContainText('No relevant financial relationships')
    await expect(terms.getByTestId('exam-objectives').getByRole('listitem')).toHaveCount(6)
    const rules = terms.getByTestId('exam-rules')
    for (const text of ['75% correct', '20 items', '90 seconds', '×1, ×1.5, ×2', 'At most 3']) {
      await expect(rules).toContainText(text)
    }
    await expect(rules).toContainText('Genetics; Dopamine and brain iron')
    // How long it takes follows the length and the accommodation chosen.
    const duration = terms.getByTestId('exam-duration')
    await expect(duration).toContainText('up to 30 min for 20 items')
    await page.getByRole('radio', { name: /Extended \(×1\.5\)/ }).check()
    await expect(duration).toContainText('up to 45 min for 20 items at 90 s per item (×1.5)')
    await expectNoViolations(page, `set-up with exam terms (${theme})`)

    // Practice modes have no certificate terms.
    await page.getByRole('radio', { name: /Tutor/ }).check()
    await expect(terms).toHaveCount(0)
  })
}

test('Start is reached by keyboard past the exam terms, and starts the exam', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await nav(page, 'New quiz')
  await page.getByRole('radio', { name: /Certificate exam/ }).check()
  await expect(page.getByRole('region', { name: 'About this certificate exam' })).toBeVisible()
  const start = page.getByRole('button', { name: 'Start certificate exam' })
  // The terms hold no controls of their own: a bounded number of Tabs reaches Start.
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(start).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('radio', { name: /^A\./ })).toBeVisible()
})

// A second course end to end (issue 15): the arithmetic fixture course, served by its own entry
// (tests/fixtures/courses/arithmetic/serve.ts) through the same serveCourse as the shipped edition,
// in real Chromium. The page learns everything about the course from course:info.
import { fileURLToPath } from 'node:url'
import { expect, startCourseApp, test } from './fixtures'
import { answerWith, nextItem, submitQuiz } from './helpers'
import { attemptKeys, fact } from './keys'
import { expectNoViolations, nav } from './a11y-screens'

const ENTRY = fileURLToPath(new URL('../fixtures/courses/arithmetic/serve.ts', import.meta.url))

test('the arithmetic course is served, shows its own terms and is taken as a certificate exam', async ({
  page
}) => {
  const app = await startCourseApp(ENTRY)
  try {
    await app.open(page)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Everyday Arithmetic (test course)' })
    ).toBeVisible()

    // Practice set-up offers this course's two sections, not the RLS eight.
    await nav(page, 'New quiz')
    await page.getByRole('radio', { name: /Timed exam/ }).check()
    const sections = page.getByRole('group', { name: 'Sections' }).getByRole('checkbox')
    await expect(sections).toHaveCount(2)
    await expect(page.getByRole('checkbox', { name: /Adding and subtracting/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Multiplying/ })).toBeChecked()

    // The certificate exam shows the course's provider block and rules before it starts.
    await page.getByRole('radio', { name: /Certificate exam/ }).check()
    await page.getByRole('radio', { name: 'Custom' }).check()
    await page.getByLabel(/Items \(1–/).fill('4')
    const terms = page.getByRole('region', { name: 'About this certificate exam' })
    await expect(terms.getByTestId('exam-provider')).toContainText(
      'Example Numeracy Board (fictional)'
    )
    await expect(terms.getByTestId('exam-provider')).toContainText('Example Numeracy Credit')
    await expect(terms.getByTestId('exam-objectives')).toContainText('Multiply numbers up to 12.')
    await expect(terms.getByTestId('exam-rules')).toContainText('60% correct')
    await expect(terms.getByTestId('exam-rules')).toContainText(
      'Adding and subtracting; Multiplying'
    )
    await expect(terms.getByTestId('exam-duration')).toContainText('up to 2 min for 4 items')
    await expectNoViolations(page, 'set-up (arithmetic certificate exam)')

    await page.getByTestId('start').click()
    await expect(page.getByRole('radio', { name: /^A\./ })).toBeVisible()
    const keys = await attemptKeys(app)
    expect(keys).toHaveLength(4)
    for (const [i, letter] of keys.entries()) {
      await answerWith(page, letter)
      if (i < keys.length - 1) await nextItem(page, i + 1)
    }
    await submitQuiz(page)
    await expect(fact(page, 'Correct')).toHaveText('4 of 4')
    await expect(page.getByRole('region', { name: 'By section' })).toContainText('Multiplying')
  } finally {
    await app.kill()
  }
})

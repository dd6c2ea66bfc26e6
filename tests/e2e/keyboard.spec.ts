// The whole timed-quiz journey without a mouse: every step below is a key press.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fact } from './keys'

/** The accessible-ish name of the focused element: aria-label, label, or text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const input = el as HTMLInputElement
    return (
      el.getAttribute('aria-label') ??
      input.labels?.[0]?.textContent ??
      el.textContent ??
      ''
    ).trim()
  })
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (name.test(await focusedName(page))) return
  }
  throw new Error(`Could not reach ${name} with Tab; stuck at "${await focusedName(page)}"`)
}

test('a timed quiz from set-up to results with the keyboard only', async ({ app, page }) => {
  await app.open(page)
  await expect(
    page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
  ).toBeVisible()

  await tabTo(page, /^Start a quiz$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()

  // Radio groups: Tab reaches the chosen option, arrows move the choice. A short timed
  // practice quiz: from the default Certificate exam, one down to Timed exam.
  await tabTo(page, /^Certificate exam/)
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /^Timed exam/ })).toBeChecked()
  await tabTo(page, /^20 items$/)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked()
  await tabTo(page, /^Items \(1–/)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('3')
  await tabTo(page, /^Start timed exam$/)
  await page.keyboard.press('Enter')

  // The player is loaded on first use; wait for its first item before typing.
  await expect(page.getByRole('radio', { name: /^A\./ })).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.getByRole('radio', { name: /^B\./ })).toBeChecked()
  await page.keyboard.press('f')
  await expect(page.getByRole('button', { name: /^Flag/ })).toHaveAttribute('aria-pressed', 'true')

  await page.keyboard.press('ArrowRight')
  // Moving to another item puts focus on its question (the lead-in heading of item 2). Checked by
  // id rather than text: two items may share a lead-in such as "Which statement is best supported?"
  await expect(page.locator('h2:focus')).toHaveAttribute('id', 'item-1-question')
  await page.keyboard.press('3')
  await expect(page.getByRole('radio', { name: /^C\./ })).toBeChecked()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('a')
  await expect(page.getByRole('radio', { name: /^A\./ })).toBeChecked()

  await tabTo(page, /^Review & submit$/)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/flagged/i).first()).toBeVisible()
  await tabTo(page, /^Submit quiz$/)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await tabTo(page, /^Submit quiz$/, 10)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible()
  // What the test controls: three answers given. "3 of 3" alone also matched Correct whenever
  // the drawn items happened to be keyed as answered (failed once after a bank version bump).
  await expect(fact(page, 'Answered')).toHaveText('3 of 3')
})

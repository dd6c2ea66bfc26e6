// Issue 16: the lab-values reference panel, one key (L) away in the player and the review. It
// opens from the key and from a labelled button, traps focus and gives it back, closes on Esc,
// passes axe in light, dark and high contrast, does not scroll sideways at 200% text, and keeps
// the iron thresholds back during a certificate exam.
import type { Page } from '@playwright/test'
import { callApi } from './api'
import { ALL_SECTIONS, expectNoViolations, nav, openApp, takeQuizByApi } from './a11y-screens'
import { expect, test } from './fixtures'
import { startQuiz } from './helpers'

const panel = (page: Page) => page.getByRole('dialog', { name: 'Lab reference values' })

async function expectFullPanel(page: Page): Promise<void> {
  const ranges = panel(page).getByRole('table', { name: /Laboratory reference ranges/ })
  await expect(ranges.getByRole('row', { name: /Ferritin/ })).toContainText('20–200 (women)')
  await expect(ranges.getByRole('row', { name: /TSAT/ })).toContainText('20–50')
  for (const test of ['Haemoglobin', 'CRP', 'eGFR']) {
    await expect(ranges.getByRole('rowheader', { name: new RegExp(`^${test}`) })).toBeVisible()
  }
  const adults = panel(page).getByRole('table', { name: /^Adults, not on dialysis/ })
  await expect(adults.getByRole('row', { name: /Ferritin ≤75 ng\/mL or TSAT <20%/ })).toContainText(
    'Iron therapy indicated'
  )
  for (const who of [/^Pregnancy/, /^Children/, /^Kidney failure on haemodialysis/]) {
    await expect(panel(page).getByRole('table', { name: who })).toBeVisible()
  }
  await expect(panel(page).getByRole('table', { name: /^Children/ })).toContainText(
    'Ferritin <50 ng/mL'
  )
  await expect(panel(page).getByRole('table', { name: /haemodialysis/ })).toContainText(
    'Ferritin <200 ng/mL and TSAT <20%'
  )
}

test('L and the Lab values button open the panel; focus stays in it and comes back; Esc closes', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await startQuiz(page, { items: 2 })
  const lead = page.locator('.lead-in')
  await expect(lead).toBeFocused()

  await page.keyboard.press('l')
  await expect(panel(page)).toBeVisible()
  // Focus starts on Close at the top, so the panel opens at its start, not scrolled to its end.
  const close = panel(page).getByRole('button', { name: 'Close' })
  await expect(close).toBeFocused()
  expect(await panel(page).evaluate((d) => d.scrollTop)).toBe(0)
  await expectFullPanel(page)
  for (const key of ['Tab', 'Shift+Tab', 'Tab']) {
    await page.keyboard.press(key)
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true)
  }
  // Option keys do nothing while the panel is open.
  await page.keyboard.press('a')
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  await expect(lead).toBeFocused()
  await expect(page.getByRole('radio', { name: /^A\./ })).not.toBeChecked()

  const button = page.getByRole('button', { name: /^Lab values/ })
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'L')
  await button.click()
  await expect(panel(page)).toBeVisible()
  await close.click()
  await expect(panel(page)).toHaveCount(0)
  await expect(button).toBeFocused()

  // The shortcut list names the key.
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts.getByRole('row', { name: /^L Lab reference values/ })).toBeVisible()
  await page.keyboard.press('Escape')

  // Typing in a field never opens it: the review's note box takes an "l".
  await callApi(app, 'quiz:suspend', {
    attemptId: (await callApi<{ attemptId: string }>(app, 'quiz:resumable'))!.attemptId
  })
  await takeQuizByApi(app, () => true, 3)
  await page.reload()
  await page
    .getByRole('button', { name: /^Review attempt of/ })
    .first()
    .click()
  await page.getByLabel('Your note on this item').fill('')
  await page.getByLabel('Your note on this item').press('l')
  await expect(panel(page)).toHaveCount(0)
  await page.getByRole('heading', { level: 1, name: 'Answer review' }).focus()
  await page.keyboard.press('l')
  await expect(panel(page)).toBeVisible()
  await expectFullPanel(page)
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
})

// expectNoViolations runs axe in light, dark and high contrast in turn.
test('the lab panel passes axe in the player and the review', async ({ app, page }) => {
  await takeQuizByApi(app, (i) => i % 2 === 0, 3)
  await openApp(page, app)
  await page
    .getByRole('button', { name: /^Review attempt of/ })
    .first()
    .click()
  await page.getByRole('button', { name: /^Lab values/ }).click()
  await expect(panel(page)).toBeVisible()
  await expectNoViolations(page, 'lab panel in the review')
  await page.keyboard.press('Escape')
  await nav(page, 'Home')
  await startQuiz(page, { items: 2 })
  await page.keyboard.press('l')
  await expect(panel(page)).toBeVisible()
  await expectNoViolations(page, 'lab panel in the player')
})

test('at 200% text the panel wraps instead of scrolling sideways', async ({ app, page }) => {
  await callApi(app, 'settings:save', { textScale: 200 })
  await openApp(page, app)
  await startQuiz(page, { items: 2 })
  await page.keyboard.press('l')
  await expect(panel(page)).toBeVisible()
  const [scroll, client, page_] = await panel(page).evaluate((d) => [
    d.scrollWidth,
    d.clientWidth,
    document.documentElement.scrollWidth <= innerWidth
  ])
  expect(scroll).toBeLessThanOrEqual(client as number)
  expect(page_).toBe(true)
})

test('during a certificate exam the panel shows the ranges and keeps the thresholds back', async ({
  app,
  page
}) => {
  await callApi(app, 'quiz:start', {
    mode: 'timed',
    exam: true,
    itemCount: 20,
    sections: ALL_SECTIONS,
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false
  })
  await openApp(page, app)
  await page.getByTestId('resume-quiz').first().click()
  await expect(page.getByTestId('options')).toBeVisible()
  await page.keyboard.press('l')
  await expect(
    panel(page).getByRole('table', { name: /Laboratory reference ranges/ })
  ).toBeVisible()
  await expect(panel(page).getByTestId('thresholds-withheld')).toBeVisible()
  await expect(panel(page).getByTestId('iron-thresholds')).toHaveCount(0)
})

test('a vignette with a lab table: named table, header cells, words for flags, axe clean, 200% text', async ({
  app,
  page
}) => {
  // Iron-status items always carry a lab table.
  await callApi(app, 'quiz:start', {
    mode: 'timed',
    itemCount: 3,
    sections: ['iron-status'],
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false
  })
  await openApp(page, app)
  await page.getByTestId('resume-quiz').first().click()
  const table = page.getByTestId('stem-labs').first()
  await expect(table).toBeVisible()
  // A caption names it; column and row headers are real header cells.
  expect(
    await table.evaluate((t: HTMLTableElement) => t.caption?.textContent?.length ?? 0)
  ).toBeGreaterThan(0)
  for (const col of ['Test', 'Result', 'Unit', 'Reference', 'Flag']) {
    await expect(table.getByRole('columnheader', { name: col })).toBeVisible()
  }
  await expect(table.getByRole('rowheader', { name: 'Ferritin' })).toBeVisible()
  const flags = await table.locator('td.flag').allTextContents()
  for (const f of flags) expect(['', 'Low', 'High']).toContain(f)
  await expectNoViolations(page, 'item with a lab table')

  await callApi(app, 'settings:save', { textScale: 200 })
  await page.reload()
  await page.getByTestId('resume-quiz').first().click()
  await expect(page.getByTestId('stem-labs').first()).toBeVisible()
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth])
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!)
})

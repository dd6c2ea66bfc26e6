// Display settings: 200% text without horizontal scrolling or clipped text on the key screens,
// themes that follow the system (live) unless chosen, reduced motion from the system or the
// setting, and a window title that names the screen and the app.
import type { Page } from '@playwright/test'
import { issueCertificateByApi, nav, openApp, settled } from './a11y-screens'
import { callApi } from './api'
import { expect, test } from './fixtures'
import { answerWith, startQuiz } from './helpers'

/** What overflows at this text size: the page sideways, or text cut off by overflow: hidden. */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > innerWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth}px in a ${innerWidth}px window`)
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el)
      if (el.closest('.visually-hidden') || el.offsetParent === null) continue
      const clipsX = /hidden|clip/.test(style.overflowX)
      const clipsY = /hidden|clip/.test(style.overflowY)
      if (!clipsX && !clipsY) continue
      if (!(el.textContent ?? '').trim()) continue
      const cutX = clipsX && el.scrollWidth > el.clientWidth + 1
      const cutY = clipsY && el.scrollHeight > el.clientHeight + 1
      if (cutX || cutY) {
        problems.push(
          `${el.tagName.toLowerCase()}.${el.className} clips its text ` +
            `(${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`
        )
      }
    }
    // Anything wider than the window, even if a parent hides it.
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
      const rect = el.getBoundingClientRect()
      if (rect.width > 0 && rect.right > innerWidth + 1 && !el.closest('.visually-hidden')) {
        problems.push(
          `${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(rect.right)}px`
        )
      }
    }
    return [...new Set(problems)].slice(0, 12)
  })
}

async function expectNoOverflow(page: Page, screen: string): Promise<void> {
  await settled(page)
  expect.soft(await overflowProblems(page), `${screen} at 200% text`).toEqual([])
}

test('200% text: nothing scrolls sideways or is clipped on the key screens', async ({
  app,
  page
}) => {
  await issueCertificateByApi(app)
  await callApi(app, 'settings:save', { textScale: 200 })
  await openApp(page, app)
  await expect(page.locator('html')).toHaveCSS('font-size', '32px')
  await expectNoOverflow(page, 'home (dashboard)')
  await nav(page, 'New quiz')
  await expectNoOverflow(page, 'setup')
  await startQuiz(page, { items: 3 })
  await answerWith(page, 'B')
  await page.getByTestId('flag').click()
  await page.getByRole('button', { name: 'Strike out option C' }).click()
  await expectNoOverflow(page, 'timed item')
  await page.keyboard.press('?')
  await expectNoOverflow(page, 'shortcuts dialog')
  await page.keyboard.press('Escape')
  await page.getByTestId('review-submit').click()
  await expectNoOverflow(page, 'pre-submit review')
  await page.getByTestId('submit-quiz').click()
  await page.getByTestId('confirm-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  await expectNoOverflow(page, 'results')
  await page.getByTestId('review-answers').click()
  await expectNoOverflow(page, 'item review')
  for (const screen of ['History', 'Certificates', 'Verify', 'Settings']) {
    await nav(page, screen)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoOverflow(page, screen)
  }
})

test('tutor feedback at 200% text', async ({ app, page }) => {
  await callApi(app, 'settings:save', { textScale: 200 })
  await openApp(page, app)
  await startQuiz(page, { mode: 'Tutor', items: 1 })
  await page.getByRole('radio', { name: /^A\./ }).check()
  await page.getByTestId('submit-answer').click()
  await expect(page.locator('.feedback')).toBeVisible()
  await expectNoOverflow(page, 'tutor feedback')
})

test('the theme follows the system, live, until one is chosen', async ({ app, page }) => {
  await openApp(page, app, 'light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast')
  await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  await nav(page, 'Settings')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  // Chosen themes are kept across launches: once main has saved the choice (the page applies it at
  // once, the save follows), a reload must bring it back.
  await expect
    .poll(async () => (await callApi<{ theme: string }>(app, 'settings:get')).theme)
    .toBe('dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(17, 22, 28)')
})

test('reduced motion: from the system, and from the setting either way', async ({ app, page }) => {
  const motion = (): Promise<string> =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--motion'))
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openApp(page, app)
  await expect.poll(async () => (await motion()).trim()).toMatch(/^0ms/)
  await expect(page.getByTestId('start-quiz')).toHaveCSS('transition-duration', /^0s/)

  await nav(page, 'Settings')
  // The setting applies once main has saved it: wait for the style, never read it once.
  // click, then wait for the state: check() reads it once, right after the click.
  await page.getByRole('radio', { name: 'Allow motion' }).click()
  await expect(page.getByRole('radio', { name: 'Allow motion' })).toBeChecked()
  await expect.poll(async () => (await motion()).trim()).toMatch(/^(150ms|0?\.15s)/)
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  // click, then wait for the state: check() reads it once, right after the click.
  await page.getByRole('radio', { name: 'Reduce motion' }).click()
  await expect(page.getByRole('radio', { name: 'Reduce motion' })).toBeChecked()
  await expect.poll(async () => (await motion()).trim()).toMatch(/^0ms/)
})

test('the window title names the screen and the app', async ({ app, page }) => {
  await openApp(page, app)
  await expect(page).toHaveTitle('RLS Casebook')
  const screens: [string, string][] = [
    ['New quiz', 'New quiz — RLS Casebook'],
    ['History', 'History — RLS Casebook'],
    ['Certificates', 'Certificates — RLS Casebook'],
    ['Verify', 'Verify a certificate — RLS Casebook'],
    ['Settings', 'Settings — RLS Casebook'],
    ['Home', 'RLS Casebook']
  ]
  for (const [label, title] of screens) {
    await nav(page, label)
    await expect(page).toHaveTitle(title)
  }
  await startQuiz(page, { items: 1 })
  await expect(page).toHaveTitle(/^Quiz — RLS Casebook$/)
  await answerWith(page, 'A')
  await page.getByTestId('review-submit').click()
  await page.getByTestId('submit-quiz').click()
  await page.getByTestId('confirm-submit').click()
  await expect(page).toHaveTitle('Results — RLS Casebook')
  await page.getByTestId('review-answers').click()
  await expect(page).toHaveTitle('Review — RLS Casebook')
})

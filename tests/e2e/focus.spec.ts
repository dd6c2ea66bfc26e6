// Keyboard and screen-reader behaviour beyond axe: the certificate journey without a mouse, a
// visible focus indicator on everything Tab reaches, dialogs that trap and give back focus, the
// skip link, the options as a radio group with announced flag and strike states, the timer's
// threshold-only announcements, and the time accommodations stated before a quiz starts.
import type { Page } from '@playwright/test'
import { answerAllByKeyboard, nav, openApp, PROFILE } from './a11y-screens'
import { callApi } from './api'
import { expect, test } from './fixtures'
import { answerWith, startQuiz } from './helpers'

/** The focused element's name as a keyboard user hears it: aria-label, label, or text. */
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

async function tabTo(page: Page, name: RegExp, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    if (name.test(await focusedName(page))) return
  }
  throw new Error(`Could not reach ${name} with ${key}; stuck at "${await focusedName(page)}"`)
}

/**
 * Whether the focused element shows the focus ring: its own outline or box-shadow, or (for a
 * native radio or checkbox inside a styled choice, or a visually hidden file input) the ring on
 * the box around it. Returns a description of what failed, or '' when visible.
 */
function focusProblem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'nothing focused'
    const describe = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    if (!el.matches(':focus-visible')) return `${describe} is focused but not :focus-visible`
    const shows = (node: Element): boolean => {
      const style = getComputedStyle(node)
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        !/rgba\(0, 0, 0, 0\)|transparent/.test(style.outlineColor)
      return outline || /0px 0px 0px [2-9]px/.test(style.boxShadow)
    }
    const rect = el.getBoundingClientRect()
    const candidates: Element[] = [el]
    for (let up = el.parentElement, i = 0; up && i < 4; up = up.parentElement, i++) {
      candidates.push(up)
    }
    const input = el as HTMLInputElement
    for (const label of input.labels ?? []) candidates.push(label)
    if (!candidates.some(shows)) return `${describe} has no focus ring`
    if (rect.width <= 1 && !candidates.slice(1).some(shows)) {
      return `${describe} is hidden and nothing around it shows focus`
    }
    // Not hidden behind the sticky quiz bar or anything else (WCAG 2.4.11).
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1)
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1)
    const top = document.elementFromPoint(x, y)
    if (rect.width > 1 && top && !el.contains(top) && !top.contains(el)) {
      const label = input.labels?.[0]
      if (!label?.contains(top)) return `${describe} is covered by ${top.tagName} ${top.className}`
    }
    return ''
  })
}

async function expectFocusVisibleThroughout(
  page: Page,
  screen: string,
  presses = 30
): Promise<void> {
  const problems: string[] = []
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab')
    const problem = await focusProblem(page)
    if (problem && problem !== 'nothing focused') problems.push(problem)
  }
  // And backwards, where a sticky bar is most likely to hide what scrolls up under it.
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Shift+Tab')
    const problem = await focusProblem(page)
    if (problem && problem !== 'nothing focused') problems.push(problem)
  }
  expect.soft([...new Set(problems)], `${screen}: focus not visible`).toEqual([])
}

test('the certificate journey without a mouse: set-up, timed exam, review, certificate', async ({
  app,
  page
}) => {
  await callApi(app, 'profile:save', PROFILE)
  await openApp(page, app)
  await tabTo(page, /^Start a quiz$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
  // The default set-up is a 20-item Certificate exam: it can earn a certificate.
  await expect(page.getByTestId('setup-eligibility')).toContainText('can earn a certificate')
  await tabTo(page, /^Start certificate exam$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('radiogroup').first()).toBeVisible()

  await answerAllByKeyboard(page, app)
  await tabTo(page, /^Submit quiz$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await tabTo(page, /^Submit quiz$/, 10)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused()
  await expect(page.getByTestId('verdict')).toHaveText(/Passed/)

  await tabTo(page, /^Get your certificate$/)
  await page.keyboard.press('Enter')
  // The course's evaluation: arrows choose within a radio group, Space chooses the first.
  await tabTo(page, /^Yes$/) // were the objectives met
  await page.keyboard.press('Space')
  await tabTo(page, /^1/)
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: /^5/ })).toBeChecked()
  await tabTo(page, /^Yes$/) // intend to change
  await page.keyboard.press('Space')
  await tabTo(page, /^Yes$/) // fair and balanced
  await page.keyboard.press('Space')
  await tabTo(page, /^None$/) // commercial bias
  await page.keyboard.press('Space')
  await tabTo(page, /^Issue my certificate$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /certificate has been issued/ })).toBeFocused()

  const download = page.waitForEvent('download')
  await tabTo(page, /^Save as PDF$/)
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  await tabTo(page, /^All certificates$/)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('certificate-item')).toHaveCount(1)
})

test('focus is always visible, on every screen Tab reaches', async ({ app, page }) => {
  await openApp(page, app)
  await expectFocusVisibleThroughout(page, 'home')
  await nav(page, 'New quiz')
  await expectFocusVisibleThroughout(page, 'setup', 45)
  await startQuiz(page, { items: 3 })
  await answerWith(page, 'B')
  await expectFocusVisibleThroughout(page, 'timed item')
  await page.getByTestId('review-submit').click()
  await expectFocusVisibleThroughout(page, 'pre-submit review', 15)
  await page.getByTestId('submit-quiz').click()
  await page.getByTestId('confirm-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  await expectFocusVisibleThroughout(page, 'results')
  await page.getByTestId('review-answers').click()
  await expectFocusVisibleThroughout(page, 'item review')
  await nav(page, 'Settings')
  await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible()
  await expectFocusVisibleThroughout(page, 'settings')
  await nav(page, 'Verify')
  await expectFocusVisibleThroughout(page, 'verify', 12)
})

test('the skip link is the first stop and moves focus to the main content', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  const box = await skip.boundingBox()
  expect(box && box.y >= 0 && box.height > 10).toBeTruthy()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  // The next Tab goes into the screen, past the header's navigation.
  await page.keyboard.press('Tab')
  expect(await focusedName(page)).toBe('Start a quiz')
})

test('dialogs trap focus and give it back: shortcuts and submit', async ({ app, page }) => {
  await openApp(page, app)
  await startQuiz(page, { items: 2 })
  const shortcuts = page.getByRole('button', { name: /^Shortcuts/ })
  await shortcuts.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(shortcuts).toBeFocused()

  // "?" from the item opens it too, and Close gives focus back to where it was.
  await page.getByRole('heading', { level: 2 }).first().focus()
  await page.keyboard.press('?')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused()

  await page.getByTestId('review-submit').click()
  const submit = page.getByTestId('submit-quiz')
  await submit.focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Submit your quiz?' })
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Keep working' })).toBeFocused()
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(confirm).toHaveCount(0)
  await expect(submit).toBeFocused()
})

test('screen readers: options are a radio group; flag and strike states are announced', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await startQuiz(page, { items: 2 })
  const group = page.getByRole('radiogroup', { name: await page.locator('.lead-in').innerText() })
  await expect(group.getByRole('radio')).toHaveCount(await group.getByRole('radio').count())
  expect(await group.getByRole('radio').count()).toBeGreaterThanOrEqual(4)

  const flag = page.getByTestId('flag')
  await expect(flag).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('f')
  await expect(flag).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('announce-polite')).toHaveText('Item 1 flagged.')

  await page.getByRole('radio', { name: /^C\./ }).focus()
  await page.keyboard.press('x')
  await expect(page.getByRole('radio', { name: /^C\..*\(struck out\)$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Restore option C' })).toBeVisible()
  await expect(page.getByTestId('announce-polite')).toHaveText('Option C struck out.')
  await page.keyboard.press('x')
  await expect(page.getByTestId('announce-polite')).toHaveText('Option C restored.')
  await expect(page.getByRole('button', { name: 'Strike out option C' })).toBeVisible()
})

test('the timer is silent while it ticks and speaks at one minute left', async ({ app, page }) => {
  await openApp(page, app)
  await startQuiz(page, { items: 1, secondsPerItem: 70 })
  const timer = page.getByRole('timer')
  const assertive = page.getByTestId('announce-assertive')
  // role="timer" is not a live region that speaks every second.
  expect(await timer.getAttribute('aria-live')).not.toBe('polite')
  expect(await timer.getAttribute('aria-live')).not.toBe('assertive')
  const first = await page.getByTestId('timer').innerText()
  await expect(page.getByTestId('timer')).not.toHaveText(first, { timeout: 5_000 })
  await expect(assertive).toHaveText('')
  await page.waitForTimeout(2_000)
  await expect(assertive).toHaveText('')
  // T asks for the time left, politely.
  await page.keyboard.press('t')
  await expect(page.getByTestId('announce-polite')).toHaveText(/left/)
  await expect(assertive).toHaveText('')
  // About ten seconds later the one-minute threshold is crossed and announced once.
  await expect(assertive).toHaveText('One minute left.', { timeout: 20_000 })
  await expect(timer).toContainText('Under 1 minute')
})

test('the set-up states the time accommodations and the warnings before the quiz', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await nav(page, 'New quiz')
  const accommodation = page.getByRole('group', { name: 'Time accommodation' })
  await expect(accommodation.getByRole('radio', { name: /×1\.5/ })).toBeVisible()
  await expect(accommodation.getByRole('radio', { name: /×2/ })).toBeVisible()
  const summary = page.getByRole('region', { name: 'Before you start' })
  await expect(summary).toContainText('×1.5 or ×2')
  await expect(summary).toContainText('warned at 5 minutes and 1 minute')
  await accommodation.getByRole('radio', { name: /×2/ }).check()
  // 20 items × 90 s × 2
  await expect(page.getByTestId('setup-total-time')).toContainText('1 h')
})

// Small steps shared by the end-to-end tests, written the way a learner uses the app.
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export interface QuickSetup {
  mode?: 'Certificate exam' | 'Timed exam' | 'Tutor'
  items?: number
  secondsPerItem?: number
  confidence?: boolean
}

/** From anywhere: open the set-up screen, choose the options, and start. */
export async function startQuiz(page: Page, setup: QuickSetup = {}): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'New quiz' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(setup.mode ?? 'Timed exam') }).check()
  await page.getByRole('radio', { name: 'Custom' }).check()
  await page.getByLabel(/Items \(1–/).fill(String(setup.items ?? 3))
  if (setup.secondsPerItem !== undefined) {
    await page.getByLabel(/Time per item/).fill(String(setup.secondsPerItem))
  }
  if (setup.confidence) await page.getByRole('checkbox', { name: /Rate my confidence/ }).check()
  await page
    .getByRole('button', { name: /^Start (certificate exam|timed exam|tutor quiz|quiz)/i })
    .click()
  // The set-up screen has radio groups too: wait for the first item's options. A quiz start on a
  // fresh server profiles every template first (seconds of CPU); beside the vitest tier on two
  // cores that has passed the 10 s default (bare runs U1 and .ci/run on 873ca00), so allow 30 s.
  await expect(page.getByRole('radio', { name: /^A\./ })).toBeVisible({ timeout: QUIZ_START_MS })
}

/** How long a quiz start may take on a fresh server under a loaded test machine. */
export const QUIZ_START_MS = 30_000

/**
 * Answers the current item with option `letter` by clicking its radio. The radio is checked only
 * once main has saved the answer, so wait for that rather than expecting an instant change.
 */
export async function answerWith(page: Page, letter: string): Promise<void> {
  const option = page.getByRole('radio', { name: new RegExp(`^${letter}\\.`) })
  await option.click()
  await expect(option).toBeChecked()
}

/**
 * Next, then wait until item `index` (0-based) is the one on screen: a click on an option while
 * the previous item is still being replaced can land on an element React is about to swap (a
 * bare-clone run lost one answer that way).
 */
export async function nextItem(page: Page, index: number): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(page.locator(`#item-${index}-question`)).toBeVisible()
}

/** Opens the pre-submit review and submits, confirming in the dialog. */
export async function submitQuiz(page: Page): Promise<void> {
  await page.getByTestId('review-submit').click()
  await page.getByRole('button', { name: 'Submit quiz' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Submit quiz' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    /result|score|passed|not passed/i
  )
}

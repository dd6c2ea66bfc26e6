// WCAG 2.2 AA, proven with axe on every screen in the light and dark themes (and the player in
// high contrast): each screen is reached the way a learner reaches it, then checked at rest.
// Assertions are soft so one run lists every screen's violations, not just the first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ALL_THEMES,
  expectNoViolations,
  issueCertificateByApi,
  nav,
  openApp,
  passTimedExamInPage,
  PROFILE,
  type Theme
} from './a11y-screens'
import { callApi } from './api'
import { expect, startApp, test } from './fixtures'
import { answerWith, startQuiz } from './helpers'
import type { Page } from '@playwright/test'

// Every screen in light and dark; the player's screens in high contrast too. One journey per
// test checks each screen in every theme in turn (expectNoViolations switches the system theme).
const LIGHT_DARK: readonly Theme[] = ['light', 'dark']
const check = (page: Page, screen: string, themes = LIGHT_DARK): Promise<void> =>
  expectNoViolations(page, screen, themes)

test.describe('axe in every theme', () => {
  test.describe.configure({ timeout: 240_000 })

  test('home, setup, timed item, shortcuts, pre-submit review, results, item review, dashboard', async ({
    app,
    page
  }) => {
    await openApp(page, app)
    await expect(page.getByTestId('start-quiz')).toBeVisible()
    await check(page, 'home (empty)', ALL_THEMES)

    await startQuiz(page, { items: 3 })
    await check(page, 'timed item')
    await answerWith(page, 'B')
    await page.getByTestId('flag').click()
    await expect(page.getByTestId('flag')).toHaveAttribute('aria-pressed', 'true')
    await page.getByRole('button', { name: 'Strike out option C' }).click()
    await expect(page.getByRole('button', { name: 'Restore option C' })).toBeVisible()
    await check(page, 'timed item with a flag and a struck option', ALL_THEMES)

    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await check(page, 'shortcuts dialog', ALL_THEMES)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByTestId('review-submit').click()
    await expect(page.getByTestId('submit-quiz')).toBeVisible()
    await check(page, 'pre-submit review', ALL_THEMES)
    await page.getByTestId('submit-quiz').click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(page, 'submit dialog', ALL_THEMES)
    await page.getByRole('dialog').getByRole('button', { name: 'Keep working' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByTestId('submit-quiz').click()
    await page.getByTestId('confirm-submit').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
    await expect(page.getByTestId('certificate-card')).toBeVisible()
    await expect(page.getByTestId('certificate-card').getByText(/qualify/)).toBeVisible()
    await check(page, 'results (not eligible)', ALL_THEMES)

    await page.getByTestId('review-answers').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Answer review' })).toBeVisible()
    await check(page, 'item review', ALL_THEMES)

    await nav(page, 'Home')
    await expect(page.getByTestId('dashboard')).toBeVisible()
    await check(page, 'home with history (dashboard)')

    await nav(page, 'History')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await check(page, 'history')

    await nav(page, 'New quiz')
    await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
    await check(page, 'quiz setup')
  })

  test('tutor feedback', async ({ app, page }) => {
    await openApp(page, app)
    await startQuiz(page, { mode: 'Tutor', items: 2, confidence: true })
    await check(page, 'tutor item with confidence')
    await page.getByRole('radio', { name: /^A\./ }).check()
    await page.getByTestId('submit-answer').click()
    await expect(page.getByRole('alert').filter({ hasText: /confidence/ })).toBeVisible()
    await check(page, 'tutor item, confidence missing')
    await page.getByRole('radio', { name: /^Sure/ }).check()
    await page.getByTestId('submit-answer').click()
    await expect(page.locator('.feedback')).toBeVisible()
    await check(page, 'tutor feedback')
  })

  test('certificates, verify, settings', async ({ app, page }) => {
    const { pdf } = await issueCertificateByApi(app)
    await openApp(page, app)

    await nav(page, 'Certificates')
    await expect(page.getByTestId('certificate-item')).toHaveCount(1)
    await check(page, 'certificates list')

    await nav(page, 'Verify')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Verify a certificate' })
    ).toBeVisible()
    await check(page, 'verify (empty)')
    await page.locator('#verify-file').setInputFiles(pdf)
    await expect(
      page.getByTestId('verify-result').or(page.getByText(/valid/i)).first()
    ).toBeVisible()
    await check(page, 'verify (valid result)')

    await nav(page, 'Settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible()
    await check(page, 'settings')
  })

  test('certificate offer and evaluation on the results screen', async ({ app, page }) => {
    await callApi(app, 'profile:save', PROFILE)
    await openApp(page, app)
    await passTimedExamInPage(page, app)
    await expect(page.getByRole('button', { name: 'Get your certificate' })).toBeVisible()
    await check(page, 'results (eligible, certificate offer)')
    await page.getByRole('button', { name: 'Get your certificate' }).click()
    await page.getByRole('button', { name: 'Issue my certificate' }).click()
    await expect(page.getByRole('alert').filter({ hasText: /answer every question/ })).toBeVisible()
    await check(page, 'evaluation form with errors')
  })

  test('data-recovery notice', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'rls-e2e-recover-'))
    writeFileSync(join(dir, 'casebook.json'), '{"this is": not json at all')
    const app = await startApp(dir)
    try {
      await openApp(page, app)
      await expect(
        page.getByRole('heading', { name: /could not be read and was recovered/ })
      ).toBeVisible()
      await check(page, 'data-recovery notice')
    } finally {
      await app.kill()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

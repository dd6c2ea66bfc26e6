// The screenshot set in docs/screenshots/{light,dark,text-200}/<screen>.png: every screen, reached
// the way a learner reaches it, at the 1280×860 window the app opens with (viewport only, so a
// long review page stays a few hundred kilobytes). Run by `npm run screenshots` only (the
// Playwright config leaves it out of `npm test`, which must not rewrite tracked files).
import type { Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EVALUATION, PROFILE, keyLetters, nav, openApp, settled, type Theme } from './a11y-screens'
import { callApi } from './api'
import { expect, startApp, test, type RunningApp } from './fixtures'
import { startQuiz } from './helpers'
import { DOCS_SHOTS_DIR } from './shots'

const ROOT =
  DOCS_SHOTS_DIR ?? fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url))
// A 256-colour palette (no dithering) keeps flat UI sharp at about half the bytes; without
// ImageMagick the screenshots stay full-colour. Not for the dark theme, where the palette left
// specks of the card colour on the near-black page.
const QUANTIZE = spawnSync('convert', ['-version']).status === 0

interface Variant {
  folder: 'light' | 'dark' | 'text-200' | 'high-contrast'
  theme: Theme
  textScale: number
}
const VARIANTS: Variant[] = [
  { folder: 'light', theme: 'light', textScale: 100 },
  { folder: 'dark', theme: 'dark', textScale: 100 },
  { folder: 'text-200', theme: 'light', textScale: 200 }
]
// Issue 16's lab tables and lab-values panel are shot in high contrast too.
const TABLE_VARIANTS: Variant[] = [
  ...VARIANTS,
  { folder: 'high-contrast', theme: 'high-contrast', textScale: 100 }
]

async function shoot(page: Page, variant: Variant, screen: string, fromTop = true): Promise<void> {
  const dir = join(ROOT, variant.folder)
  mkdirSync(dir, { recursive: true })
  // Focus rings from programmatic focus (headings on arrival) are not what a screenshot shows.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.mouse.move(0, 0)
  // Each screen as it first appears, not wherever focus last scrolled it.
  if (fromTop) await page.evaluate(() => window.scrollTo(0, 0))
  await settled(page)
  const path = join(dir, `${screen}.png`)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  if (QUANTIZE && variant.folder !== 'dark')
    spawnSync('convert', [path, '-colors', '256', '-dither', 'None', `PNG8:${path}`])
}

async function prepare(app: RunningApp, variant: Variant): Promise<void> {
  if (variant.textScale !== 100) {
    await callApi(app, 'settings:save', { textScale: variant.textScale })
  }
}

for (const variant of VARIANTS) {
  test.describe(`screenshots ${variant.folder}`, () => {
    test.describe.configure({ timeout: 180_000 })

    test('data-recovery notice', async ({ page }) => {
      const dir = mkdtempSync(join(tmpdir(), 'rls-e2e-shots-'))
      writeFileSync(join(dir, 'casebook.json'), '{"this is": not json at all')
      const app = await startApp(dir)
      try {
        await prepare(app, variant)
        await openApp(page, app, variant.theme)
        await expect(
          page.getByRole('heading', { name: /could not be read and was recovered/ })
        ).toBeVisible()
        await shoot(page, variant, 'recovery-notice')
      } finally {
        await app.kill()
        rmSync(dir, { recursive: true, force: true })
      }
    })

    test('every other screen', async ({ app, page }) => {
      await prepare(app, variant)
      await callApi(app, 'profile:save', PROFILE)
      await openApp(page, app, variant.theme)
      await expect(page.getByTestId('start-quiz')).toBeVisible()
      await shoot(page, variant, 'home')

      await nav(page, 'New quiz')
      await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
      await page.getByRole('radio', { name: /Certificate exam/ }).check()
      await page.getByRole('radio', { name: '20 items' }).check()
      await shoot(page, variant, 'setup')

      // A 20-item timed exam: item 1 answered, flagged and with a wrong option struck; item 7
      // answered wrongly, so the results and review show both kinds of answer.
      await page.getByTestId('start').click()
      await expect(page.getByRole('radiogroup').first()).toBeVisible()
      const peek = await callApi<{ attemptId: string }>(app, 'quiz:resumable')
      const keys = keyLetters(app, peek.attemptId)
      const wrong = (letter: string): string => (letter === 'A' ? 'B' : 'A')
      for (const [i, key] of keys.entries()) {
        await expect(page.getByRole('heading', { level: 1 })).toContainText(`Item ${i + 1} `)
        const letter = i === 6 ? wrong(key) : key
        await page.keyboard.press(letter.toLowerCase())
        await expect(page.getByRole('radio', { name: new RegExp(`^${letter}\\.`) })).toBeChecked()
        if (i === 0) {
          await page.getByTestId('flag').click()
          await page.getByRole('button', { name: `Strike out option ${wrong(key)}` }).click()
          await expect(
            page.getByRole('button', { name: `Restore option ${wrong(key)}` })
          ).toBeVisible()
          await shoot(page, variant, 'timed-item')
          await page.keyboard.press('?')
          await expect(page.getByRole('dialog')).toBeVisible()
          await shoot(page, variant, 'shortcuts-dialog')
          await page.keyboard.press('Escape')
          await expect(page.getByRole('dialog')).toHaveCount(0)
        }
        await page.keyboard.press('ArrowRight')
      }
      await expect(page.getByTestId('submit-quiz')).toBeVisible()
      await shoot(page, variant, 'pre-submit-review')
      await page.getByTestId('submit-quiz').click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await shoot(page, variant, 'submit-dialog')
      await page.getByTestId('confirm-submit').click()
      await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Get your certificate' })).toBeVisible()
      await shoot(page, variant, 'results')

      await page.getByRole('button', { name: 'Get your certificate' }).click()
      await expect(page.getByRole('button', { name: 'Issue my certificate' })).toBeVisible()
      await page.getByRole('button', { name: 'Issue my certificate' }).scrollIntoViewIfNeeded()
      await page.getByRole('heading', { name: 'Evaluate this activity' }).scrollIntoViewIfNeeded()
      await shoot(page, variant, 'certificate-evaluation', false)
      await page.getByRole('button', { name: 'Cancel' }).click()

      await page.getByTestId('review-answers').click()
      await expect(page.getByRole('heading', { level: 1, name: 'Answer review' })).toBeVisible()
      await shoot(page, variant, 'item-review')

      // The certificate for that attempt, issued through the API, then saved as a PDF to verify.
      const cert = await callApi<{ id: string }>(app, 'certificate:issue', {
        attemptId: peek.attemptId,
        evaluation: EVALUATION
      })
      const file = await callApi<{ filename: string; base64: string }>(app, 'certificate:pdf', {
        certificateId: cert.id,
        pageSize: 'A4'
      })
      const pdf = join(app.dataDir, file.filename)
      writeFileSync(pdf, Buffer.from(file.base64, 'base64'))

      await nav(page, 'Certificates')
      await expect(page.getByTestId('certificate-item')).toHaveCount(1)
      await shoot(page, variant, 'certificates')
      await nav(page, 'Verify')
      await page.locator('#verify-file').setInputFiles(pdf)
      await expect(page.getByText(/valid/i).first()).toBeVisible()
      await shoot(page, variant, 'verify')
      await nav(page, 'Settings')
      await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible()
      await shoot(page, variant, 'settings')

      // Tutor mode: the feedback after an answer.
      await startQuiz(page, { mode: 'Tutor', items: 2 })
      await page.getByRole('radio', { name: /^A\./ }).check()
      await page.getByTestId('submit-answer').click()
      await expect(page.locator('.feedback')).toBeVisible()
      await shoot(page, variant, 'tutor-feedback')
      await page.getByTestId('suspend').click()

      await nav(page, 'Home')
      await expect(page.getByTestId('dashboard')).toBeVisible()
      await shoot(page, variant, 'dashboard')
      await nav(page, 'History')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await shoot(page, variant, 'history')
    })
  })
}

for (const variant of TABLE_VARIANTS) {
  test(`screenshots ${variant.folder}: lab tables and the lab-values panel`, async ({
    app,
    page
  }) => {
    test.setTimeout(120_000)
    await prepare(app, variant)
    // Iron items: each vignette carries a lab table; a medications quiz shows a drug list.
    const start = (sections: string[], itemCount = 2) =>
      callApi<{ attemptId: string; step: number }>(app, 'quiz:start', {
        mode: 'timed',
        itemCount,
        sections,
        pool: 'all',
        secondsPerItem: 90,
        accommodation: 1,
        confidence: false
      })
    // The first item of the quiz that shows a table of this kind (not every template has one).
    const toTable = async (testId: string, items: number) => {
      await expect(page.getByRole('radiogroup').first()).toBeVisible()
      const table = page.getByTestId(testId)
      for (let i = 1; i < items && (await table.count()) === 0; i++) {
        await page.keyboard.press('ArrowRight')
        await expect(page.getByRole('heading', { level: 1 })).toContainText(`Item ${i + 1} `)
      }
      await expect(table.first()).toBeVisible()
    }
    const iron = await start(['iron-status'], 6)
    await openApp(page, app, variant.theme)
    await page.getByTestId('resume-quiz').first().click()
    await toTable('stem-labs', 6)
    // At 200% text the table is below the vignette: bring it into view (a no-op at 100%).
    await page.getByTestId('stem-labs').first().scrollIntoViewIfNeeded()
    await shoot(page, variant, 'item-lab-table', false)
    await page.keyboard.press('l')
    await expect(page.getByRole('dialog', { name: 'Lab reference values' })).toBeVisible()
    await shoot(page, variant, 'lab-values-panel')
    await page.keyboard.press('Escape')
    await callApi(app, 'quiz:submit', { attemptId: iron.attemptId, step: iron.step })
    await page.reload()

    await nav(page, 'History')
    await page
      .getByRole('button', { name: /^Review attempt of/ })
      .first()
      .click()
    await expect(page.getByTestId('stem-labs').first()).toBeVisible()
    // At 200% text the table is below the vignette: bring it into view (a no-op at 100%).
    await page.getByTestId('stem-labs').first().scrollIntoViewIfNeeded()
    await shoot(page, variant, 'review-lab-table', false)
  })
}

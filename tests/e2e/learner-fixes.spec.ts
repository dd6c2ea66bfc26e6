// Issue 16, the learner's side: one scoring rule, Review due that asks first and keeps a
// suspended exam in sight, confidence within reach of the keyboard, strike-out that deselects,
// navigator tiles readable without colour, the restore confirmation, and the fold at 1366×800.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { callApi } from './api'
import { ALL_SECTIONS, correctKeys, issueCertificateByApi, nav, openApp } from './a11y-screens'
import { expect, test, type RunningApp } from './fixtures'
import { answerWith, startQuiz } from './helpers'

interface View {
  attemptId: string
  step: number
}

/** A timed quiz through the API: `plan(i)` is right, wrong or null (left unanswered). */
async function quizByApi(
  app: RunningApp,
  itemCount: number,
  plan: (i: number) => boolean | null,
  submit = true
): Promise<string> {
  let view = await callApi<View>(app, 'quiz:start', {
    mode: 'timed',
    itemCount,
    sections: ALL_SECTIONS,
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false
  })
  const items = correctKeys(app, view.attemptId)
  for (let i = 0; i < items.length; i++) {
    const right = plan(i)
    if (right === null) continue
    view = await callApi<View>(app, 'quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: items[i]!.find((o) => o.correct === right)!.id
    })
  }
  if (submit) await callApi(app, 'quiz:submit', { attemptId: view.attemptId, step: view.step })
  return view.attemptId
}

/** Every review card due a day ago: the server is stopped, so the file is ours to edit. */
async function makeEverythingDue(app: RunningApp): Promise<RunningApp> {
  await app.kill()
  const file = join(app.dataDir, 'casebook.json')
  const data = JSON.parse(readFileSync(file, 'utf8'))
  const past = new Date(Date.now() - 86_400_000).toISOString()
  // casebook.json v2: the RLS course's data is under courses['rls-causes'].
  const cards = Object.values(data.courses['rls-causes'].reviewCards) as { due: string }[]
  for (const card of cards) card.due = past
  writeFileSync(file, JSON.stringify(data))
  return app.restart()
}

test('one scoring rule: an unanswered item counts as wrong on Results and on Home', async ({
  app,
  page
}) => {
  const attemptId = await quizByApi(app, 4, (i) => (i === 3 ? null : true))
  await openApp(page, app)
  const rule = 'Scores count every item presented: an unanswered item counts as wrong.'
  await expect(page.getByTestId('scoring-rule')).toHaveText(rule)
  await expect(page.getByTestId('items-tile')).toContainText('3 right (75%)')
  await expect(page.getByTestId('items-tile')).toContainText('1 unanswered')
  await expect(page.getByRole('button', { name: 'Retry incorrect (1)' })).toBeEnabled()
  await page
    .getByRole('button', { name: /^Review attempt of/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Back to results' }).click()
  await expect(page.getByTestId('score')).toHaveText('75%')
  await expect(page.getByTestId('scoring-rule')).toHaveText(rule)
  expect(attemptId).toBeTruthy()
})

test('Review due asks first, and a suspended timed exam stays on Home', async ({ app, page }) => {
  await quizByApi(app, 6, () => false)
  const exam = await quizByApi(app, 5, (i) => (i === 0 ? true : null), false)
  await callApi(app, 'quiz:suspend', { attemptId: exam })
  const restarted = await makeEverythingDue(app)
  try {
    await openApp(page, restarted)
    await expect(page.getByTestId('unfinished-attempt')).toHaveCount(1)
    await page.getByTestId('review-due').click()
    const dialog = page.getByRole('dialog', { name: 'Start a review quiz?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('review-keeps-exam')).toBeVisible()
    // Nothing has started yet: Cancel leaves everything as it was.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByTestId('unfinished-attempt')).toHaveCount(1)

    await page.getByTestId('review-due').click()
    await page.getByTestId('confirm-review').click()
    await expect(page.getByTestId('options')).toBeVisible()
    await page.getByTestId('suspend').click()
    const rows = page.getByTestId('unfinished-attempt')
    await expect(rows).toHaveCount(2)
    await expect(rows.filter({ hasText: 'Timed exam' })).toContainText('1 of 5 answered')
    await expect(rows.filter({ hasText: 'Tutor quiz' })).toBeVisible()
  } finally {
    await restarted.kill()
  }
})

test('tutor with confidence: Enter brings the rating into view; S/U/G rate; tiles show ✓/✗', async ({
  app,
  page
}) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await openApp(page, app)
  await startQuiz(page, { mode: 'Tutor', items: 3, confidence: true })
  await page.keyboard.press('a')
  await expect(page.getByRole('radio', { name: /^A\./ })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: /confidence/ })).toBeVisible()
  const sure = page.getByRole('radio', { name: 'Sure', exact: true })
  await expect(sure).toBeFocused()
  await expect(sure).toBeInViewport()
  await page.keyboard.press('u')
  await expect(page.getByRole('radio', { name: 'Unsure' })).toBeChecked()
  await page.keyboard.press('Enter')
  const outcome = page.locator('.outcome-title')
  await expect(outcome).toHaveText(/^(Correct|Incorrect)$/)
  const verdict = (await outcome.textContent()) === 'Correct' ? 'correct' : 'incorrect'
  const tile = page.getByTestId('nav-1')
  await expect(tile).toHaveAttribute('data-state', verdict)
  await expect(tile).toHaveAccessibleName(new RegExp(`^Item 1, answered A, ${verdict}`))
  await expect(tile.locator('.nav-mark')).toHaveText(verdict === 'correct' ? '✓' : '✗')
})

async function borderStyle(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((el) => getComputedStyle(el).borderTopStyle)
}

test('striking out the chosen option deselects it; tiles differ without colour', async ({
  app,
  page
}) => {
  await openApp(page, app)
  await startQuiz(page, { items: 3 })
  await expect(page.getByTestId('nav-1')).toHaveAttribute('data-state', 'unanswered')
  expect(await borderStyle(page, 'nav-1')).toBe('dashed')
  await answerWith(page, 'B')
  await expect(page.getByTestId('nav-1')).toHaveAttribute('data-state', 'answered')
  await expect(page.getByTestId('nav-1').locator('.nav-mark')).toHaveText('B')
  expect(await borderStyle(page, 'nav-1')).toBe('solid')

  await page.getByRole('button', { name: 'Strike out option B' }).click()
  await expect(page.getByRole('button', { name: 'Restore option B' })).toBeVisible()
  await expect(page.getByRole('radio', { name: /^B\./ })).not.toBeChecked()
  await expect(page.getByTestId('nav-1')).toHaveAttribute('data-state', 'unanswered')
  const peek = await callApi<{ responses: { optionId: string | null }[] }>(app, 'quiz:resumable')
  expect(peek.responses[0]!.optionId).toBeNull()
})

test('a typical item fits at 1366×800 and the quiz bar is one row at 800 px', async ({
  app,
  page
}) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await openApp(page, app)
  await startQuiz(page, { items: 20 })
  // "Typical": stem, lead-in and options up to 1,200 characters, about nine items in ten.
  let checked = 0
  for (let i = 0; i < 20; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Item ${i + 1} `)
    const m = await page.evaluate(() => {
      const options = [...document.querySelectorAll('[data-option]')]
      const text = [
        document.querySelector('.stem')?.textContent ?? '',
        document.querySelector('.lead-in')?.textContent ?? '',
        ...options.map((o) => o.querySelector('.option-text')?.textContent ?? '')
      ].join('')
      return { chars: text.length, bottom: options.at(-1)!.getBoundingClientRect().bottom }
    })
    if (m.chars <= 1200) {
      checked++
      expect(m.bottom, `item ${i + 1} (${m.chars} characters)`).toBeLessThanOrEqual(800)
    }
    await page.keyboard.press('ArrowRight')
  }
  expect(checked).toBeGreaterThan(0)

  await page.setViewportSize({ width: 800, height: 700 })
  const tops = await page
    .locator('.quiz-bar-inner > *')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)))
  const bar = await page.locator('.quiz-bar-inner').boundingBox()
  // Mode, progress, timer and actions side by side: one row, one bar height.
  expect(tops.length).toBe(4)
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20)
  expect(bar!.height).toBeLessThan(60)
})

test('items with lab tables keep every option above the fold at 1366×800', async ({
  app,
  page
}) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  // Iron items always carry a lab table.
  const quiz = async (sections: string[], itemCount: number) =>
    callApi<View>(app, 'quiz:start', {
      mode: 'timed',
      itemCount,
      sections,
      pool: 'all',
      secondsPerItem: 90,
      accommodation: 1,
      confidence: false
    })
  const measure = () =>
    page.evaluate(() => {
      const options = [...document.querySelectorAll('[data-option]')]
      // "Typical" as in the test above: vignette (tables included), lead-in and options up to
      // 1,200 characters. A seven-drug list under a long history is longer than that.
      const text = [
        document.querySelector('.stem')?.textContent ?? '',
        document.querySelector('.lead-in')?.textContent ?? '',
        ...options.map((o) => o.querySelector('.option-text')?.textContent ?? '')
      ].join('')
      return {
        tables: document.querySelectorAll('.stem table').length,
        rows: document.querySelectorAll('.stem tbody tr').length,
        chars: text.length,
        bottom: options.at(-1)!.getBoundingClientRect().bottom
      }
    })
  let typical = 0
  const walk = async (count: number): Promise<number> => {
    let withTables = 0
    for (let i = 0; i < count; i++) {
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`Item ${i + 1} `)
      const m = await measure()
      if (m.tables > 0) withTables++
      if (m.tables > 0 && m.chars <= 1200) {
        typical++
        expect(
          m.bottom,
          `item ${i + 1} (${m.tables} tables, ${m.rows} rows, ${m.chars} characters)`
        ).toBeLessThanOrEqual(800)
      }
      await page.keyboard.press('ArrowRight')
    }
    return withTables
  }
  const iron = await quiz(['iron-status'], 8)
  await openApp(page, app)
  await page.getByTestId('resume-quiz').first().click()
  expect(await walk(8)).toBe(8)
  await callApi(app, 'quiz:submit', {
    attemptId: iron.attemptId,
    step: (await callApi<View>(app, 'quiz:get', { attemptId: iron.attemptId })).step
  })
  // Every iron item has a table; the fold was measured on the typical ones among them.
  expect(typical).toBeGreaterThan(0)

  // At 800 px the quiz bar (now with "Lab values") is still one row above a table item.
  await page.setViewportSize({ width: 800, height: 700 })
  const tops = await page
    .locator('.quiz-bar-inner > *')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)))
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20)
})

test('restore: counts read right, and a confirmation stays on Home', async ({ app, page }) => {
  await issueCertificateByApi(app)
  const backup = await callApi<{ content: string }>(app, 'data:exportBackup')
  await openApp(page, app)
  await page.getByTestId('restore-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.content)
  })
  const dialog = page.getByRole('dialog', { name: /Replace your data/ })
  await expect(dialog).toContainText('1 submitted quiz (')
  await expect(dialog).toContainText(', 1 certificate.')
  await dialog.getByRole('button', { name: 'Replace my data' }).click()
  const notice = page.getByTestId('restore-notice')
  await expect(notice).toContainText('Backup restored.')
  await expect(notice).toContainText('1 submitted quiz, 1 certificate from the backup made')
  await expect(page.getByTestId('dashboard')).toBeVisible()
  await expect(notice).toBeVisible()
  // One date format (US English, "Dec 1, 2026, 9:36 AM") in the table and the notice alike.
  const dateCell = page
    .getByRole('table', { name: /Submitted quizzes/ })
    .locator('tbody td')
    .first()
  await expect(dateCell).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/)
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})

test('no mastery label runs into its bar or out of the chart', async ({ app, page }) => {
  await quizByApi(app, 24, (i) => i % 2 === 0)
  await openApp(page, app)
  await nav(page, 'Home')
  const overlaps = await page.getByTestId('mastery-chart').evaluate((figure) => {
    const svg = figure.querySelector('svg')!
    const width = svg.viewBox.baseVal.width
    const labels = [...svg.querySelectorAll<SVGTextElement>('.chart-label')]
    const bars = [...svg.querySelectorAll<SVGRectElement>('.chart-track')]
    return labels.flatMap((label, i) => {
      const box = label.getBBox()
      const bar = bars[i]!.getBBox()
      const problems: string[] = []
      if (box.x + box.width > width) problems.push(`${label.textContent} runs out`)
      if (box.y + box.height > bar.y + 0.5) problems.push(`${label.textContent} overlaps its bar`)
      return problems
    })
  })
  expect(overlaps).toEqual([])
})

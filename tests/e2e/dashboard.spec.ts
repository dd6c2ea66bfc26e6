// The dashboard after three quizzes taken through the real HTTP API (answers chosen per section,
// so one section is clearly weak), then looked at in the real page: charts, table alternatives,
// the review and custom-quiz shortcuts, exports, and a refused restore of a foreign file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { shotPath } from './shots'
import { expect, test, type RunningApp } from './fixtures'

interface Option {
  id: string
  correct: boolean
}
type Confidence = 'sure' | 'unsure' | 'guess'

interface View {
  attemptId: string
  step: number
}

async function api(app: RunningApp, channel: string, body: unknown): Promise<View> {
  const res = await fetch(`${app.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(body)
  })
  const result = (await res.json()) as { ok: boolean; value: View; error?: unknown }
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value
}

/** Medications are answered wrong (and "sure"), iron status half wrong, the rest right. */
function plan(section: string, index: number): { right: boolean; confidence: Confidence } {
  if (section === 'medications') return { right: false, confidence: 'sure' }
  if (section === 'iron-status') return { right: index % 2 === 0, confidence: 'unsure' }
  if (section === 'neurological') return { right: index % 3 !== 0, confidence: 'guess' }
  return { right: true, confidence: 'sure' }
}

async function takeQuiz(
  app: RunningApp,
  setup: { mode: 'timed' | 'tutor'; itemCount: number; confidence: boolean }
): Promise<void> {
  let view = await api(app, 'quiz:start', {
    ...setup,
    sections: ['medications', 'iron-status', 'neurological', 'genetics', 'lifestyle-sleep'],
    pool: 'all',
    secondsPerItem: 90,
    accommodation: setup.mode === 'tutor' ? 'untimed' : 1
  })
  const record = JSON.parse(
    readFileSync(join(app.dataDir, 'attempts', `${view.attemptId}.json`), 'utf8')
  )
  const items = record.events[0].items as { section: string; options: Option[] }[]
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      view = await api(app, 'quiz:visit', {
        attemptId: view.attemptId,
        step: view.step,
        itemIndex: i
      })
    }
    await new Promise((r) => setTimeout(r, 400)) // some real time on each item
    const p = plan(items[i]!.section, i)
    const option = items[i]!.options.find((o) => o.correct === p.right)!
    view = await api(app, 'quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: option.id,
      ...(setup.confidence ? { confidence: p.confidence } : {})
    })
  }
  await api(app, 'quiz:submit', { attemptId: view.attemptId, step: view.step })
}

test('dashboard after three quizzes shows where the learner is weak', async ({ app, page }) => {
  await app.open(page)
  // A new learner sees what to do first, not an empty dashboard.
  await expect(page.getByTestId('start-quiz')).toBeVisible()
  await expect(page.getByTestId('dashboard')).toHaveCount(0)

  await takeQuiz(app, { mode: 'timed', itemCount: 8, confidence: false })
  await takeQuiz(app, { mode: 'tutor', itemCount: 8, confidence: true })
  await takeQuiz(app, { mode: 'tutor', itemCount: 6, confidence: true })

  await page.reload()
  const dashboard = page.getByTestId('dashboard')
  await expect(dashboard).toBeVisible()
  await expect(page.getByTestId('start-quiz')).toBeVisible()

  await expect(page.getByTestId('mastery-chart').getByRole('img')).toBeVisible()
  await page.screenshot({ path: shotPath('dashboard.png'), fullPage: true })

  // Mastery: weakest first, and medications (always wrong) is at the top at 0 %.
  const mastery = page.getByTestId('mastery-chart')
  await expect(mastery.getByRole('img')).toBeVisible()
  await mastery.getByText('Show as table').click()
  const firstRow = mastery.locator('tbody tr').first()
  await expect(firstRow.locator('th')).toHaveText('Medications')
  await expect(firstRow.locator('td').last()).toHaveText('0%')

  await expect(page.getByTestId('trend-chart').locator('circle')).toHaveCount(3)
  const calibration = page.getByTestId('calibration-chart')
  await expect(calibration.getByRole('img')).toHaveAccessibleName(/Confidence calibration/)
  await expect(page.getByRole('button', { name: /^Review due \(0\)/ })).toBeDisabled()
  await expect(page.getByRole('button', { name: /Retry incorrect \(\d+\)/ })).toBeEnabled()
  await expect(
    page.getByRole('table', { name: /Submitted quizzes/ }).locator('tbody tr')
  ).toHaveCount(3)

  // Exports download real files.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/^rls-casebook-attempts-.*\.csv$/)
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 8 + 8 + 6)

  // A foreign file is refused with a clear message; the dashboard is unchanged.
  await page.getByTestId('restore-input').setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"not-a-backup"}')
  })
  await expect(page.getByText(/not an RLS Casebook backup/)).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // The weakest-sections shortcut opens set-up pre-filled.
  await page.getByRole('button', { name: 'Practice weakest sections' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
})

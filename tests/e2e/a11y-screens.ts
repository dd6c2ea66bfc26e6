// Ways to reach every screen, shared by the accessibility and screenshot specs: quizzes and
// certificates made through the real HTTP API where the page itself is not what is being tested,
// themes chosen the way a learner's computer would (prefers-color-scheme / prefers-contrast).
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { callApi } from './api'
import { expect, type RunningApp } from './fixtures'
import { QUIZ_START_MS } from './helpers'

export type Theme = 'light' | 'dark' | 'high-contrast'
export const ALL_SECTIONS = [
  'genetics',
  'dopamine-brain-iron',
  'iron-status',
  'systemic',
  'neurological',
  'medications',
  'lifestyle-sleep',
  'pitfalls-epidemiology'
]

/** The theme follows the system by default, so emulate the system before the page loads. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({
    colorScheme: theme === 'light' ? 'light' : 'dark',
    contrast: theme === 'high-contrast' ? 'more' : 'no-preference'
  })
}

/** Opens the app and waits for the theme the system asks for to be applied. */
export async function openApp(page: Page, app: RunningApp, theme: Theme = 'light'): Promise<void> {
  await useTheme(page, theme)
  await app.open(page)
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await expect(page.getByRole('banner')).toBeVisible()
}

/** Waits until no CSS transition or animation is running and the page has painted twice. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  )
}

/**
 * The axe rules whose outcome a theme can change. A theme only sets colour tokens (and a shadow)
 * in renderer/src/ui/tokens.css: names, roles, structure, focus order and target sizes are the
 * same in every theme, so after one full run the other themes need only the colour rules.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * axe with the WCAG 2.0–2.2 A/AA rules (or only `rules`); returns a readable list of what
 * failed.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Colours are measured at rest, after transitions end.
  await settled(page)
  const builder = new AxeBuilder({ page })
  const results = await (
    rules
      ? builder.withRules([...rules])
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  ).analyze()
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 6)
        .map(
          (n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`
        )
        .join('\n')
  )
}

export const ALL_THEMES: readonly Theme[] = ['light', 'dark', 'high-contrast']

/**
 * axe on the screen as it stands, in each theme in turn, then back to the first. The app follows
 * the system theme live (renderer/src/ui/display.ts), so one journey checks every theme: walking
 * the journey once per theme cost more than the axe runs themselves. Every rule runs in the first
 * theme, the colour rules in the others (COLOUR_RULES). Soft, so one run lists every screen's
 * violations in every theme.
 */
export async function expectNoViolations(
  page: Page,
  screen: string,
  themes: readonly Theme[] = ALL_THEMES
): Promise<void> {
  const html = page.locator('html')
  const start = await html.getAttribute('data-theme')
  for (const [i, theme] of themes.entries()) {
    await useTheme(page, theme)
    await expect(html).toHaveAttribute('data-theme', theme)
    const violations = await axeViolations(page, i === 0 ? undefined : COLOUR_RULES)
    expect
      .soft(violations, `${screen} (${theme}): axe violations\n${violations.join('\n')}`)
      .toEqual([])
  }
  if (start && start !== themes[themes.length - 1]) {
    await useTheme(page, start as Theme)
    await expect(html).toHaveAttribute('data-theme', start)
  }
}

export function nav(page: Page, label: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label }).click()
}

interface Option {
  id: string
  correct: boolean
}
interface View {
  attemptId: string
  step: number
}

/**
 * A submitted timed exam taken through the API: `right` decides per item whether the key is
 * chosen. 20 items over every section, so a passing one can earn a certificate.
 */
export async function takeQuizByApi(
  app: RunningApp,
  right: (index: number) => boolean = () => true,
  itemCount = 20
): Promise<string> {
  let view = await callApi<View>(app, 'quiz:start', {
    mode: 'timed',
    // A Certificate exam when it is long enough to be one; shorter ones are timed practice.
    ...(itemCount >= 20 ? { exam: true } : {}),
    itemCount,
    sections: ALL_SECTIONS,
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false
  })
  const items = correctKeys(app, view.attemptId)
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      view = await callApi<View>(app, 'quiz:visit', {
        attemptId: view.attemptId,
        step: view.step,
        itemIndex: i
      })
    }
    const option = items[i]!.find((o) => o.correct === right(i))!
    view = await callApi<View>(app, 'quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: option.id
    })
  }
  await callApi(app, 'quiz:submit', { attemptId: view.attemptId, step: view.step })
  return view.attemptId
}

/** Each item's options with which one is the key, read from the attempt file main wrote. */
export function correctKeys(app: RunningApp, attemptId: string): Option[][] {
  const record = JSON.parse(
    readFileSync(join(app.dataDir, 'attempts', `${attemptId}.json`), 'utf8')
  )
  return (record.events[0].items as { options: Option[] }[]).map((item) => item.options)
}

/** The letter (A–E) of the key of each item of an attempt. */
export function keyLetters(app: RunningApp, attemptId: string): string[] {
  return correctKeys(app, attemptId).map((options) => {
    const key = options.find((o) => o.correct)!
    return /^[A-E]$/.test(key.id) ? key.id : 'ABCDE'[options.indexOf(key)]!
  })
}

export const PROFILE = { fullName: 'Dr Ada Lovelace', credentials: 'MD', licenceId: 'GMC 1234567' }
export const EVALUATION = {
  objectivesMet: 'yes',
  relevance: 5,
  intentToChange: 'yes',
  balanced: 'yes',
  commercialBias: 'none'
}

/** A passed attempt, the profile and an issued certificate; returns the PDF's path. */
export async function issueCertificateByApi(
  app: RunningApp
): Promise<{ attemptId: string; pdf: string }> {
  const attemptId = await takeQuizByApi(app)
  await callApi(app, 'profile:save', PROFILE)
  const cert = await callApi<{ id: string }>(app, 'certificate:issue', {
    attemptId,
    evaluation: EVALUATION
  })
  const file = await callApi<{ filename: string; base64: string }>(app, 'certificate:pdf', {
    certificateId: cert.id,
    pageSize: 'A4'
  })
  const pdf = join(app.dataDir, file.filename)
  writeFileSync(pdf, Buffer.from(file.base64, 'base64'))
  return { attemptId, pdf }
}

/**
 * A 20-item timed exam over every section taken in the page with key presses only (the key of
 * each item read from the attempt file), reviewed and submitted: ends on the results screen.
 */
export async function passTimedExamInPage(page: Page, app: RunningApp): Promise<void> {
  await nav(page, 'New quiz')
  await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible()
  await page.getByRole('radio', { name: /Certificate exam/ }).check()
  await page.getByRole('radio', { name: '20 items' }).check()
  await page.getByTestId('start').click()
  await expect(page.getByRole('radiogroup').first()).toBeVisible({ timeout: QUIZ_START_MS })
  await answerAllByKeyboard(page, app)
  await page.getByTestId('submit-quiz').click()
  await page.getByTestId('confirm-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
}

/** From the first item: the key's letter, then → to the next; ends on the pre-submit review. */
export async function answerAllByKeyboard(page: Page, app: RunningApp): Promise<void> {
  const peek = await callApi<{ attemptId: string }>(app, 'quiz:resumable')
  const letters = keyLetters(app, peek.attemptId)
  for (const [i, letter] of letters.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Item ${i + 1}`)
    await page.keyboard.press(letter.toLowerCase())
    await expect(page.getByRole('radio', { name: new RegExp(`^${letter}\\.`) })).toBeChecked()
    await page.keyboard.press('ArrowRight')
  }
  await expect(page.getByTestId('submit-quiz')).toBeVisible()
}

// Renderer start and memory in headless Chromium. Start: navigation → the "Start a quiz" button
// (data-testid="start-quiz") present and enabled, timed inside the page from the navigation's
// time origin by a MutationObserver installed before any page script runs. Memory: the JS heap
// after forced GC, after the first and after the tenth quiz taken through the UI.
/* global document, window, MutationObserver -- READY_PROBE and the waits run in the page */
import { chromium } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

export async function launch(executablePath, extraArgs = []) {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

// Runs in the page before its own scripts: records when the known element is first interactive.
const READY_PROBE = () => {
  const check = () => {
    const el = document.querySelector('[data-testid="start-quiz"]')
    if (el && !el.disabled && window.__benchReadyAt === undefined) {
      window.__benchReadyAt = performance.now()
      return true
    }
    return false
  }
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

/** One cold load in a new context with the HTTP cache disabled; ms from navigation start. */
export async function coldLoad(browser, url) {
  const context = await browser.newContext()
  try {
    await context.addInitScript(READY_PROBE)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(url, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(() => window.__benchReadyAt, undefined, {
      timeout: 30_000
    })
    return Number(await handle.jsonValue())
  } finally {
    await context.close()
  }
}

/** Interleaved cold loads of the app and the baseline (order alternates), after one warm-up. */
export async function rendererStart(browser, appUrl, helloUrl, runs) {
  await coldLoad(browser, appUrl)
  await coldLoad(browser, helloUrl)
  const app = []
  const hello = []
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      app.push(await coldLoad(browser, appUrl))
      hello.push(await coldLoad(browser, helloUrl))
    } else {
      hello.push(await coldLoad(browser, helloUrl))
      app.push(await coldLoad(browser, appUrl))
    }
  }
  return { app, hello }
}

async function heapAfterGc(cdp) {
  // Several passes: one collection can leave garbage that only the next one frees (weak refs).
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value
}

/** Takes one short timed quiz through the UI, as tests/e2e/helpers.ts does, and goes home. */
async function takeQuiz(page, items) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'New quiz' }).click()
  await page.getByRole('heading', { level: 1, name: 'New quiz' }).waitFor()
  await page.getByRole('radio', { name: /Timed exam/ }).check()
  await page.getByRole('radio', { name: 'Custom' }).check()
  await page.getByLabel(/Items \(1–/).fill(String(items))
  await page.getByRole('button', { name: /^Start (timed exam|tutor quiz|quiz)/i }).click()
  await page.getByRole('radiogroup').first().waitFor()
  for (let i = 0; i < items; i++) {
    const option = page.getByRole('radio', { name: /^A\./ })
    await option.click()
    // Checked only once main has saved the answer.
    await page
      .getByRole('radio', { name: /^A\./, checked: true })
      .waitFor({ state: 'attached', timeout: 30_000 })
    if (i < items - 1) {
      await page.getByRole('button', { name: 'Next', exact: true }).click()
      // The next item is on screen once its A is unanswered again.
      await page
        .getByRole('radio', { name: /^A\./, checked: false })
        .waitFor({ state: 'attached', timeout: 30_000 })
    }
  }
  await page.getByTestId('review-submit').click()
  await page.getByRole('button', { name: 'Submit quiz' }).first().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Submit quiz' }).click()
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: /result|score|passed|not passed/i })
    .waitFor()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click()
  await page.getByTestId('start-quiz').waitFor()
}

/** JS heap after forced GC: after quiz 1 and after quiz `quizzes`, on the home screen both times. */
export async function rendererMemory(browser, pageUrl, quizzes, items) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(pageUrl)
    await page.getByTestId('start-quiz').waitFor()
    const heaps = []
    for (let q = 1; q <= quizzes; q++) {
      await takeQuiz(page, items).catch(async (error) => {
        await page.screenshot({ path: 'bench/memory-failure.png', fullPage: true })
        throw error
      })
      // Let the dashboard settle (its data loads after the screen shows).
      await page.waitForTimeout(500)
      heaps.push(await heapAfterGc(cdp))
    }
    return heaps
  } finally {
    await context.close()
  }
}

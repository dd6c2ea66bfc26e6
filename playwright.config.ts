// End-to-end tests drive the real app (the browser edition, built by electron-vite) in real
// Chromium: Debian's /usr/bin/chromium or CHROME_PATH. Each test starts its own server with a
// fresh data folder (see tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test'
import { existsSync } from 'node:fs'

const executablePath =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // No retries anywhere: a learner's or contributor's `npm test` has none, so CI has none either;
  // a test that needs one is fixed at its root (wait for state, assert on what the test controls).
  retries: 0,
  // The docs' screenshot set rewrites tracked files: only `npm run screenshots` runs it.
  testIgnore: process.env.RLS_SCREENSHOTS_DIR ? [] : ['**/screenshots.spec.ts'],
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    // A trace costs about 15% of the suite's CPU even when it is thrown away (measured on two
    // specs), so it is recorded only when asked: PW_TRACE=1 npx playwright test …
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  }
})

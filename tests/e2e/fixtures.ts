// Starts the real browser edition (out/main/serve.js) for each test, on a free port with a fresh
// data folder and a random token, and hands the test a page already pointed at it.
import { test as base, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface RunningApp {
  url: string
  token: string
  dataDir: string
  process: ChildProcess
  /** Opens the app in `page` with this launch's token. */
  open(page: Page): Promise<void>
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>
  /** Starts a new server process on the same data folder (after kill). */
  restart(): Promise<RunningApp>
}

const SERVE = fileURLToPath(new URL('../../out/main/serve.js', import.meta.url))
const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url))

/**
 * The browser edition serving another course: `entry` is that course's own serve file (run from
 * source with tsx; see tests/fixtures/courses/), over the built page in out/renderer.
 */
export function startCourseApp(entry: string, dataDir?: string): Promise<RunningApp> {
  return startApp(dataDir, ['--static-root', RENDERER], ['--import', 'tsx', entry])
}

// Data folders startApp made itself, removed when the worker exits (a test may kill the app and
// restart it on the same folder, so the kill cannot remove it).
const made: string[] = []
const madeDir = (dir: string): string => {
  if (made.length === 0)
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true })
    })
  made.push(dir)
  return dir
}

export async function startApp(
  dataDir?: string,
  extraArgs: string[] = [],
  entry: string[] = [SERVE]
): Promise<RunningApp> {
  const dir = dataDir ?? madeDir(mkdtempSync(join(tmpdir(), 'rls-e2e-')))
  // Hex, not base64url: a token starting with '--' would be read as a flag.
  const token = randomBytes(18).toString('hex')
  const child = spawn(
    process.execPath,
    [...entry, '--port', '0', '--data-dir', dir, '--token', token, '--no-open', ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Test aids: a fixed item draw (main/app/seed-source.ts), so every run of a test meets the
      // same items and a failure reproduces; and test-only course rules without a minimum working
      // time, so a certificate can be earned in the seconds a test takes (docs/RELIABILITY.md,
      // "Test flag"). The unit tests check the real minimum; neither is ever set for a learner.
      env: {
        ...process.env,
        RLS_CASEBOOK_TEST_SEED: 'e2e',
        RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM: '0',
        // And a credit rate of 6 ms of working time per credit, so a claim has credit to offer
        // after an exam answered in a second (main/web/serve.ts testCourse).
        RLS_CASEBOOK_TEST_MINUTES_PER_CREDIT: '0.0001'
      }
    }
  )
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /READY (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1] as string)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  const app: RunningApp = {
    url,
    token,
    dataDir: dir,
    process: child,
    open: async (page) => {
      await page.goto(`${url}#token=${token}`)
    },
    kill: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGKILL')
      }),
    restart: () => startApp(dir, extraArgs, entry)
  }
  return app
}

export const test = base.extend<{ app: RunningApp }>({
  app: async ({}, use) => {
    const app = await startApp()
    await use(app)
    await app.kill()
  }
})

export { expect } from '@playwright/test'

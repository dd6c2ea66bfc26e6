// The browser edition for one course: `serveCourse(course)` is what `npm run serve` runs with the
// RLS course (main/web/serve.ts), and what a fixture course's own entry runs with its course
// (tests/fixtures/courses/*/serve.ts). It parses `--port P --data-dir DIR --no-open` and opens
// the data folder (taking its lock), starts the loopback server, prints `READY <url>`, and
// suspends any running quiz on SIGINT/SIGTERM so no second of quiz time is lost. The token never
// goes into a command line: the browser is opened with a one-time launch code (launch-code.ts).
import { randomBytes } from 'node:crypto'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Course } from '../../questions/course/types'
import { rulesWithMinSeconds } from '../../questions/engine/course-rules'
import { createAppContext } from '../app/context'
import { fixedSeedsFromEnv, TEST_SEED_ENV } from '../app/seed-source'
import { resolveDataDir } from '../store/data-dir'
import { openInBrowser } from './open-browser'
import { givenToken, parseServeArgs, TOKEN_ENV } from './cli-args'
import { createLaunchCodes, launchUrl } from './launch-code'
import { startWebServer } from './server'

const PRINTED_CODE_TTL_MS = 15 * 60_000

export async function serveCourse(course: Course): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2))
  const dataDir = resolveDataDir({
    cliDataDir: args.dataDir,
    env: process.env,
    platform: process.platform,
    homedir: (await import('node:os')).homedir()
  })
  const given = givenToken(args, process.env)
  // Not passed on to the browser or anything else this process starts.
  delete process.env[TOKEN_ENV]
  if (given?.from === 'argv') {
    console.error(
      'Note: --token is visible to other users of this computer; use it for tests only.'
    )
  }
  const token = given?.token ?? randomBytes(24).toString('base64url')
  const launchCodes = createLaunchCodes()
  const here = dirname(fileURLToPath(import.meta.url))
  const staticRoot = args.staticRoot ?? resolve(here, '../renderer')
  const fixedSeeds = fixedSeedsFromEnv(process.env)
  if (fixedSeeds)
    console.log(`TEST AID: ${TEST_SEED_ENV} is set, so every launch draws the same items`)
  const context = await createAppContext({
    dataDir,
    edition: 'browser',
    course: testCourse(course, process.env.RLS_CASEBOOK_TEST_MINUTES_PER_CREDIT),
    ...(fixedSeeds ? { newSeed: fixedSeeds } : {}),
    courseRules: testCourseRules(course, process.env.RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM)
  })
  const server = await startWebServer({
    dispatch: context.dispatch,
    token,
    staticRoot,
    port: args.port,
    launchCodes,
    onLaunch: () => console.log('Page connected (its launch code is now spent).')
  })
  let closing = false
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return
    closing = true
    console.log(`${signal}: saving and stopping (a running quiz is suspended, not lost)`)
    await server.close()
    await context.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  console.log(`READY ${server.url}`)
  console.log(`Data folder: ${dataDir}`)
  // A printed address may wait while someone copies it; one handed to a browser is used at once.
  const printed = (): string => launchUrl(server.url, launchCodes.issue(PRINTED_CODE_TTL_MS))
  if (args.open) {
    const opened = await openInBrowser(launchUrl(server.url, launchCodes.issue()))
    if (!opened)
      console.log(`Open this address in a browser (once, within 15 minutes): ${printed()}`)
  } else if (!given) {
    console.log(`Page address (opens once, within 15 minutes): ${printed()}`)
  }
}

/**
 * End-to-end tests only: earning a certificate through the real page in seconds needs a lower
 * minimum working time. The rules then carry another id, so no attempt taken under them counts
 * under the real course rules, and the server says so on every start. Electron never reads it.
 */
function testCourseRules(course: Course, value: string | undefined) {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 600) {
    throw new Error('RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM must be a whole number of seconds.')
  }
  const rules = rulesWithMinSeconds(course.rules, seconds)
  console.log(`TEST COURSE RULES IN FORCE (${rules.id}): not for learners.`)
  return rules
}

/**
 * End-to-end tests only: claiming credit through the real page needs credit for the seconds a
 * test's exam takes. Such an exam runs under the test rules above (another rules id), so a claim
 * from it is refused by any provider's review; the server says so at start. Electron never reads it.
 */
function testCourse(course: Course, value: string | undefined): Course {
  if (value === undefined) return course
  const minutesPerCredit = Number(value)
  if (!Number.isFinite(minutesPerCredit) || minutesPerCredit <= 0 || minutesPerCredit > 600) {
    throw new Error('RLS_CASEBOOK_TEST_MINUTES_PER_CREDIT must be a positive number of minutes.')
  }
  console.log(`TEST CREDIT RATE IN FORCE (${minutesPerCredit} min per credit): not for learners.`)
  const provider = course.provider
  return { ...course, provider: { ...provider, credit: { ...provider.credit, minutesPerCredit } } }
}

/** Runs serveCourse as a process's entry point: a start-up failure is one line and exit 1. */
export function runServe(course: Course): void {
  serveCourse(course).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}

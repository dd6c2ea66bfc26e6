// Entry point of the browser edition: `npm run serve -- --port P --data-dir DIR --token T --no-open`.
// Opens the data folder (taking its lock), starts the loopback server, prints `READY <url>`, and
// suspends any running quiz on SIGINT/SIGTERM so no second of quiz time is lost.
import { randomBytes } from 'node:crypto'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppContext } from '../app/context'
import { fixedSeedsFromEnv, TEST_SEED_ENV } from '../app/seed-source'
import { resolveDataDir } from '../store/data-dir'
import { openInBrowser } from './open-browser'
import { parseServeArgs } from './cli-args'
import { startWebServer } from './server'

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2))
  const dataDir = resolveDataDir({
    cliDataDir: args.dataDir,
    env: process.env,
    platform: process.platform,
    homedir: (await import('node:os')).homedir()
  })
  // A token chosen by a launcher arrives in the environment (readable only by this user), never
  // in argv; --token is a test/debug aid.
  const token = args.token ?? takeEnvToken() ?? randomBytes(24).toString('base64url')
  const here = dirname(fileURLToPath(import.meta.url))
  const staticRoot = args.staticRoot ?? resolve(here, '../renderer')
  const fixedSeeds = fixedSeedsFromEnv(process.env)
  if (fixedSeeds)
    console.log(`TEST AID: ${TEST_SEED_ENV} is set, so every launch draws the same items`)
  const context = await createAppContext({
    dataDir,
    edition: 'browser',
    ...(fixedSeeds ? { newSeed: fixedSeeds } : {})
  })
  const server = await startWebServer({
    dispatch: context.dispatch,
    token,
    staticRoot,
    port: args.port
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
  const pageUrl = `${server.url}#token=${token}`
  if (args.open) {
    const opened = await openInBrowser(pageUrl)
    if (!opened) console.log(`Open this address in a browser: ${pageUrl}`)
  } else if (!args.token) {
    console.log(`Page address (with this launch's token): ${pageUrl}`)
  }
}

function takeEnvToken(): string | undefined {
  const token = process.env.RLS_CASEBOOK_TOKEN
  delete process.env.RLS_CASEBOOK_TOKEN // not passed on to the browser this process opens
  if (token === undefined) return undefined
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) throw new Error('RLS_CASEBOOK_TOKEN is malformed')
  return token
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})

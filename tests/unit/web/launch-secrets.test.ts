// Issue 17.2: no secret in any command line. The real launchers (`npm start`'s script falling
// back to the browser edition, and `npm run serve`) open the real Chromium under Xvfb; once the
// page has traded its launch code for the token, every process they started is read from /proc:
// no argv holds the token, and the launch code left in Chromium's argv is already worthless.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { descendants, type ProcessInfo } from './process-tree'

const ROOT = resolve(__dirname, '../../..')
const started: ChildProcess[] = []
const strays = new Set<number>()
const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

afterEach(() => {
  // Chromium is started detached (it outlives the launcher by design): end it by pid.
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  strays.clear()
  for (const child of started.splice(0)) child.kill('SIGKILL')
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
})

/** A private X display for Chromium's window; resolves to its DISPLAY value. */
async function startXvfb(): Promise<string> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x900x24'],
    {
      stdio: ['ignore', 'pipe', 'ignore']
    }
  )
  started.push(xvfb)
  const line = await firstLine(xvfb, /^\d+$/)
  return `:${line}`
}

function firstLine(child: ChildProcess, pattern: RegExp, seen: string[] = []): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      seen.push(line)
      if (pattern.test(line)) resolvePromise(line)
    })
    child.once('exit', (code) =>
      reject(new Error(`exited (${code}) before ${pattern}: ${seen.join(' / ')}`))
    )
  })
}

interface Launch {
  url: string
  tree: ProcessInfo[]
  output: string[]
}

async function launch(args: string[], env: Record<string, string>): Promise<Launch> {
  const display = await startXvfb()
  const home = tempDir('rls-launch-home-')
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...env,
      DISPLAY: display,
      // Chromium's profile goes to a fresh folder, not the user's.
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache')
    }
  })
  started.push(child)
  const output: string[] = []
  const ready = firstLine(child, /^READY /, output)
  const connected = firstLine(child, /^Page connected/, output)
  const url = (await ready).slice('READY '.length)
  await connected
  const tree = descendants(child.pid!)
  for (const p of tree) if (p.pid !== child.pid) strays.add(p.pid)
  return { url, tree, output }
}

const chromiumOf = (tree: ProcessInfo[]) => tree.filter((p) => /chrom/i.test(p.argv[0] ?? ''))

async function redeem(url: string, code: string): Promise<number> {
  const response = await fetch(`${url}launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code })
  })
  return response.status
}

describe.runIf(process.platform === 'linux')('secrets and command lines', () => {
  it('npm start (browser edition): no token in any argv; the launch code in Chromium’s is spent', async () => {
    const dataDir = tempDir('rls-launch-data-')
    const { url, tree, output } = await launch(['scripts/start.mjs', '--data-dir', dataDir], {
      RLS_CASEBOOK_EDITION: 'browser'
    })
    const browser = chromiumOf(tree)
    expect(browser.length).toBeGreaterThan(0)
    expect(tree.length).toBeGreaterThan(browser.length) // launcher, server, browser at least
    for (const p of tree) {
      const line = p.argv.join(' ')
      expect(line).not.toMatch(/--token|token=/)
    }
    const codes = browser.flatMap((p) => p.argv.join(' ').match(/#launch=([A-Za-z0-9_-]+)/g) ?? [])
    expect(codes.length).toBeGreaterThan(0)
    for (const found of new Set(codes)) {
      expect(await redeem(url, found.slice('#launch='.length))).toBe(401)
    }
    expect(output.join('\n')).not.toMatch(/token=/)
  }, 120_000)

  it('npm run serve with RLS_CASEBOOK_TOKEN: the token is in no argv and not in Chromium’s environment', async () => {
    const dataDir = tempDir('rls-launch-data-')
    const token = `env-token-${Date.now()}-abcdefghijklmnop`
    const { url, tree } = await launch(['scripts/serve.mjs', '--data-dir', dataDir], {
      RLS_CASEBOOK_TOKEN: token
    })
    const browser = chromiumOf(tree)
    expect(browser.length).toBeGreaterThan(0)
    for (const p of tree) expect(p.argv.join(' ')).not.toContain(token)
    for (const p of browser) expect(p.environ.join('\n')).not.toContain(token)
    // The server was handed that token, and it is the one the API accepts.
    const call = (auth: string) =>
      fetch(`${url}api/app:info`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${auth}` },
        body: '{}'
      })
    expect((await call(token)).status).toBe(200)
    expect((await call(`${token}x`)).status).toBe(401)
  }, 120_000)
})

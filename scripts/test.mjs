#!/usr/bin/env node
// `npm test`: every test. Makes sure the tools the tests drive are present first (a Chromium for
// the end-to-end tests; qpdf and pdftotext for certificate checks), then runs the bank's quality
// gates, the unit/integration suite, a build, and the end-to-end suite in real Chromium.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { summarize } from './test-summary.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const isRoot = process.getuid?.() === 0
const isDebian = existsSync('/etc/debian_version')
let aptUpdated = false

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv }
  })
  return result.status === 0
}

function has(binary) {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0
}

function aptInstall(packages) {
  if (!aptUpdated) {
    run('apt-get update', 'apt-get', ['update', '-qq'])
    aptUpdated = true
  }
  return run(
    `apt-get install ${packages.join(' ')}`,
    'apt-get',
    ['install', '-y', '-qq', ...packages],
    {
      DEBIAN_FRONTEND: 'noninteractive'
    }
  )
}

function ensureChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  if (isRoot && isDebian && aptInstall(['chromium']) && existsSync('/usr/bin/chromium')) {
    return '/usr/bin/chromium'
  }
  // Not Debian or not root: Playwright's own browser build, as on any developer laptop.
  run('playwright install chromium', 'npx', ['playwright', 'install', 'chromium'])
  return ''
}

function ensurePdfTools() {
  const missing = [
    ['qpdf', 'qpdf'],
    ['pdftotext', 'poppler-utils'],
    // Not a PDF tool: the launcher test (tests/unit/web/launch-secrets.test.ts) needs a display.
    ['Xvfb', 'xvfb']
  ].filter(([binary]) => !has(binary))
  if (missing.length && isRoot && isDebian) aptInstall(missing.map(([, pkg]) => pkg))
  for (const [binary] of missing) {
    if (!has(binary))
      console.warn(`Warning: ${binary} is missing; the tests that use it will fail.`)
  }
}

const chromePath = ensureChromium()
ensurePdfTools()
const env = chromePath ? { CHROME_PATH: chromePath } : {}

// The steps run as soon as what they need is done, side by side, because neither test suite keeps
// both cores busy on its own (vitest used about 57% of two cores and Playwright under one core:
// much of their time is spent waiting on child processes, servers and browsers). The vitest bank
// tests read the report bank:check caches; the end-to-end tests and vitest's launcher test run
// the built app (a launcher would rebuild a half-written build). Each step's output is kept whole
// and printed when the step ends, so two steps never interleave line by line.
const STEPS = {
  bank: ['Question bank quality gates', 'npm', ['run', '--silent', 'bank:check']],
  build: ['Build (electron-vite)', 'npx', ['electron-vite', 'build']],
  vitest: [
    'Unit and integration tests (vitest)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']
  ],
  e2e: ['End-to-end tests (Playwright, real Chromium)', 'npx', ['playwright', 'test']]
}
const NEEDS = { bank: [], build: [], vitest: ['bank', 'build'], e2e: ['build'] }

/** Runs one step with its output captured; prints it whole, with its time, when it ends. */
function runStep([label, command, args]) {
  return new Promise((done) => {
    const stepStarted = Date.now()
    console.log(`▶ ${label} (started)`)
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env }
    })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
    child.on('close', (code) => {
      const ok = code === 0
      const seconds = Math.round((Date.now() - stepStarted) / 1000)
      process.stdout.write(`\n──── ${label} ────\n`)
      process.stdout.write(Buffer.concat(output))
      console.log(`${ok ? '✔' : '✖'} ${label} (${seconds} s)`)
      done(ok)
    })
  })
}

const running = {}
/** A step starts once every step it needs has ended; a failed need does not stop it (a
 * contributor sees every failure in one run). Resolves to whether it and its needs passed. */
function schedule(name) {
  running[name] ??= Promise.all(NEEDS[name].map(schedule)).then(async (needsOk) => {
    const ok = await runStep(STEPS[name])
    return ok && needsOk.every(Boolean)
  })
  return running[name]
}

// A report left by an earlier run must never be counted as this run's.
for (const report of ['.tmp/vitest.json', '.tmp/playwright.json'])
  rmSync(resolve(root, report), { force: true })
const started = Date.now()
const results = await Promise.all(Object.keys(STEPS).map(schedule))
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`)
const line = summarize(root, readFileSync)
if (line) console.log(`\n${line}`)
process.exit(results.every(Boolean) ? 0 : 1)

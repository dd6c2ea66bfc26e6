#!/usr/bin/env node
// `npm test`: every test. Makes sure the tools the tests drive are present first (a Chromium for
// the end-to-end tests; qpdf and pdftotext for certificate checks), then runs the bank's quality
// gates, the unit/integration suite, a build, and the end-to-end suite in real Chromium.
import { spawnSync } from 'node:child_process'
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

const steps = [
  ['Question bank quality gates', 'npm', ['run', '--silent', 'bank:check']],
  [
    'Unit and integration tests (vitest)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']
  ],
  ['Build (electron-vite)', 'npx', ['electron-vite', 'build']],
  ['End-to-end tests (Playwright, real Chromium)', 'npx', ['playwright', 'test']]
]
// A report left by an earlier run must never be counted as this run's.
for (const report of ['.tmp/vitest.json', '.tmp/playwright.json'])
  rmSync(resolve(root, report), { force: true })
let failed = false
const started = Date.now()
for (const [label, command, args] of steps) {
  const stepStarted = Date.now()
  const ok = run(label, command, args, env)
  console.log(`${ok ? '✔' : '✖'} ${label} (${Math.round((Date.now() - stepStarted) / 1000)} s)`)
  if (!ok) failed = true
}
console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`)
const line = summarize(root, readFileSync)
if (line) console.log(`\n${line}`)
process.exit(failed ? 1 : 0)

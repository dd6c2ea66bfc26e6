#!/usr/bin/env node
// `npm start`: build (when there is no build yet or it is older than the sources, as `npm run
// serve` does), then open the Electron app. When the Electron runtime cannot be obtained
// (an offline machine: Electron ≥ 42 downloads its binary on first run) or there is no display,
// say so in one line and start the browser edition instead, opened in a Chromium app window.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { staleBuildReason } from './build-freshness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Rebuilding a current build would rewrite out/ under any server already running from it (the
// end-to-end tests run beside the launcher test, which starts this script).
const stale = process.env.RLS_CASEBOOK_REBUILD === '1' ? 'asked to' : staleBuildReason(root)
if (stale) {
  console.log(`Building first: ${stale}.`)
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const reason = electronUnavailableReason()
if (reason) {
  console.log(`Electron is not available (${reason}); starting the browser edition instead.`)
  const child = spawn(
    process.execPath,
    [resolve(root, 'out/main/serve.js'), ...process.argv.slice(2)],
    {
      stdio: 'inherit'
    }
  )
  forward(child)
} else {
  const electron = createRequire(import.meta.url)('electron')
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' })
  forward(child)
}

/** null when Electron can start here; otherwise a short human reason. */
function electronUnavailableReason() {
  if (process.env.RLS_CASEBOOK_EDITION === 'browser') return 'browser edition requested'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display'
  }
  // Ask Electron's own launcher for its version with a short time limit: on an offline machine
  // it tries to download the runtime and fails.
  const require = createRequire(import.meta.url)
  let cli
  try {
    cli = require.resolve('electron/cli.js')
  } catch {
    return 'the electron package is not installed'
  }
  const probe = spawnSync(process.execPath, [cli, '--version'], {
    cwd: root,
    timeout: 20_000,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
  })
  if (probe.status === 0 && /^v?\d+\./.test(probe.stdout.trim())) return null
  return 'its runtime could not be downloaded or started'
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

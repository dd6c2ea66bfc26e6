#!/usr/bin/env node
// `npm run screenshots`: rebuilds, then runs the specs that take the docs' screenshots with
// RLS_SCREENSHOTS_DIR pointing at docs/screenshots, the only way they are rewritten (npm test
// writes its screenshots under test-results/). Look at what changed before committing it.
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const env = { ...process.env, RLS_SCREENSHOTS_DIR: resolve(root, 'docs/screenshots') }
const run = (args) => spawnSync('npx', args, { cwd: root, stdio: 'inherit', env }).status === 0
const specs = ['screenshots.spec.ts', 'certificate.spec.ts', 'dashboard.spec.ts']
const ok =
  run(['electron-vite', 'build']) &&
  run(['playwright', 'test', ...specs.map((s) => `tests/e2e/${s}`)])
process.exit(ok ? 0 : 1)

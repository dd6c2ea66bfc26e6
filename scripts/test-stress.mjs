#!/usr/bin/env node
// npm run test:stress — the long variants of the reliability harnesses (issue #7).
// Runs the same vitest crash test as `npm test`, with 1,000 SIGKILLs instead of 100.
// CRASH_KILLS may be set to override the count.
import { spawnSync } from 'node:child_process'

const kills = process.env.CRASH_KILLS ?? '1000'
const started = Date.now()
const { status } = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/store/crash.test.ts'],
  { stdio: 'inherit', env: { ...process.env, CRASH_KILLS: kills } }
)
console.log(
  `test:stress: ${kills} kills, ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${status}`
)
process.exit(status ?? 1)

// Issue #7 §1: SIGKILL the store mid-write, many times, and prove no acknowledged answer is lost.
// CRASH_KILLS overrides the count (npm run test:stress runs 1,000).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForNode } from '../../bundle-for-node'
import { runCrashHarness } from './crash-harness'

const KILLS = Number(process.env.CRASH_KILLS ?? 100)
let work: string
let childScript: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'casebook-crash-'))
  childScript = path.join(work, 'crash-child.mjs')
  // Bundled once: `node --import tsx` costs ~0.5 s per spawn, a plain bundle a fraction of that.
  await bundleForNode(path.join(import.meta.dirname, 'crash-child.ts'), childScript)
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('crash harness', () => {
  it(
    `keeps every acknowledged answer across ${KILLS} SIGKILLs`,
    { timeout: KILLS * 2_000 },
    async () => {
      const result = await runCrashHarness({
        childScript,
        mode: 'durable',
        dataDir: path.join(work, 'durable'),
        kills: KILLS
      })
      console.log(
        `[crash] durable: ${JSON.stringify({ ...result, failures: result.failures.length })}`
      )
      expect(result.failures).toEqual([])
      expect(result.kills).toBe(KILLS)
      // The harness must actually have killed writers mid-flight, or it proves nothing.
      expect(result.ackedAnswers).toBeGreaterThan(KILLS)
    }
  )

  it(
    'detects loss or corruption with a naive in-place writer (the harness can fail)',
    { timeout: 60_000 },
    async () => {
      const result = await runCrashHarness({
        childScript,
        mode: 'naive',
        dataDir: path.join(work, 'naive'),
        kills: 30,
        stopOnFailure: true
      })
      console.log(`[crash] naive: kills=${result.kills} first failure: ${result.failures[0]}`)
      expect(result.failures.length).toBeGreaterThan(0)
    }
  )
})

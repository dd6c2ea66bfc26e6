// Start-up recovery only needs attempts that might still be running: submitted attempts listed
// in the history index are not read back, so start-up does not slow down as history grows.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppContext, type AppContext } from '../../../main/app/context'
import type { PlayerView } from '../../../questions/engine'
import { FakeClock } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

const dirs: string[] = []
const open: AppContext[] = []
afterEach(async () => {
  for (const ctx of open.splice(0)) await ctx.close()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function launch(dir: string): Promise<AppContext> {
  const ctx = await createAppContext({
    course: rlsCausesCourse,
    dataDir: dir,
    edition: 'browser',
    clock: new FakeClock(),
    tickMs: 3_600_000
  })
  open.push(ctx)
  return ctx
}

const setup = {
  mode: 'timed' as const,
  itemCount: 2,
  sections: ['medications' as const],
  pool: 'all' as const,
  secondsPerItem: 90,
  accommodation: 1 as const,
  confidence: false
}
const http = { transport: 'http' as const }

async function call(ctx: AppContext, channel: string, args: unknown): Promise<PlayerView> {
  const result = await ctx.dispatch(channel, args, http)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as PlayerView
}

describe('start-up recovery', () => {
  it('does not read attempts the history index lists as submitted', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rls-startup-'))
    dirs.push(dir)
    const first = await launch(dir)
    const done = await call(first, 'quiz:start', setup)
    await call(first, 'quiz:submit', { attemptId: done.attemptId, step: done.step })
    const running = await call(first, 'quiz:start', setup)
    await open.pop()!.close()

    // Damage the submitted attempt's file: reading it would quarantine it with a notice.
    const submittedFile = path.join(dir, 'attempts', `${done.attemptId}.json`)
    await writeFile(submittedFile, '{"not": "an attempt"}')

    const second = await launch(dir)
    expect(second.services.store.notices).toEqual([])
    expect(await readFile(submittedFile, 'utf8')).toBe('{"not": "an attempt"}')
    // The attempt that was running is still found and offered for resume.
    const resumable = await call(second, 'quiz:resumable', {})
    expect(resumable.attemptId).toBe(running.attemptId)
  })
})

// What the test knows for itself about a running attempt: the server's own record of the items it
// drew (the attempt's first event, in the test's data folder), so a test can answer right or
// wrong on purpose instead of hoping for whatever items the draw gave.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { RunningApp } from './fixtures'
import { resumable } from './api'

interface StoredAttempt {
  id: string
  checkpoint?: { elapsedMs: number }
  events: { type: string; items?: { options: { id: string; correct: boolean }[] }[] }[]
}

/** The running or suspended attempt's file, as main last wrote it. */
async function storedAttempt(app: RunningApp): Promise<StoredAttempt> {
  const peek = await resumable(app)
  if (!peek) throw new Error('no running attempt')
  // The RLS course's attempts are in attempts/, any other course's in courses/<id>/attempts/.
  const courses = await readdir(join(app.dataDir, 'courses')).catch(() => [] as string[])
  const dirs = [
    join(app.dataDir, 'attempts'),
    ...courses.map((c) => join(app.dataDir, 'courses', c, 'attempts'))
  ]
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!name.endsWith('.json')) continue
      const record = JSON.parse(await readFile(join(dir, name), 'utf8')) as StoredAttempt
      if (record.id === peek.attemptId) return record
    }
  }
  throw new Error(`attempt ${peek.attemptId} not found in ${dirs.join(', ')}`)
}

/** The key (option letter) of every item of the running or suspended attempt, in order. */
export async function attemptKeys(app: RunningApp): Promise<string[]> {
  const started = (await storedAttempt(app)).events.find((e) => e.type === 'started')
  return (started?.items ?? []).map((item) => {
    const key = item.options.find((o) => o.correct)
    if (!key) throw new Error('item without a key')
    return key.id
  })
}

/** The active time main has checkpointed to disk (what survives a crash). */
export async function checkpointedMs(app: RunningApp): Promise<number> {
  return (await storedAttempt(app)).checkpoint?.elapsedMs ?? 0
}

/** A letter that is not the key: the first other option. */
export function wrongLetter(key: string): string {
  return key === 'A' ? 'B' : 'A'
}

/** The value shown beside a term on a facts list (<dt>term</dt><dd>value</dd>). */
export function fact(page: Page, term: string): Locator {
  return page
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
}

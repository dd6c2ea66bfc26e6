// Schema v2: casebook.json keeps each course's data under courses[id] (migration 1). On real
// files: an old (v1) folder opens with nothing lost, the migration is idempotent, every point a
// crash can interrupt its first write at still opens intact, and two courses share a folder
// without seeing each other's data.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { attemptsDirFor, openDataStore } from '../../../main/store/data-store'
import { LEGACY_COURSE_ID, migrate, validateCasebookFile } from '../../../main/store/migrations'
import { tempDir } from './helpers'

// A v1 file as the app wrote it before data was namespaced by course: every section filled.
const V1 = {
  schemaVersion: 1,
  profile: { fullName: 'Ada Lovelace', credentials: 'MD' },
  settings: { theme: 'dark', textScale: 150, reducedMotion: 'on' },
  attempts: [{ id: 'att-1', scorePercent: 80, outcomes: [] }],
  certificates: [
    { id: 'cert-1', attemptId: 'att-1', fields: { course: { id: 'rls-casebook-causes' } } }
  ],
  reviewCards: { 'claim-m1': { due: '2026-03-01T00:00:00.000Z' } },
  usedItemIds: ['drug-hidden-in-list:a=1#00000001'],
  keysSeenAt: { 'drug-hidden-in-list:a=1#00000001': '2026-02-01T00:00:00.000Z' },
  flaggedItemIds: ['iron-values:f=12#00000002'],
  incorrectItemIds: ['iron-values:f=12#00000002'],
  notes: { 'iron-values:f=12#00000002': { text: 'ferritin < 75', updatedAt: '2026-02-02' } }
}
const ATTEMPT = { id: 'att-1', schemaVersion: 1, events: [{ type: 'started' }] }

async function oldFolder(): Promise<string> {
  const dir = await tempDir()
  await writeFile(path.join(dir, 'casebook.json'), JSON.stringify(V1, null, 2))
  const attempts = attemptsDirFor(dir, LEGACY_COURSE_ID)
  await import('node:fs/promises').then((fs) => fs.mkdir(attempts, { recursive: true }))
  await writeFile(path.join(attempts, 'att-1.json'), JSON.stringify(ATTEMPT))
  return dir
}

const onDisk = async (dir: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path.join(dir, 'casebook.json'), 'utf8')) as Record<string, unknown>

describe('casebook.json v1 → v2 (data namespaced by course)', () => {
  it('opens an old folder as the RLS course with nothing lost, and writes it namespaced', async () => {
    const dir = await oldFolder()
    const s = await openDataStore({ dataDir: dir })
    expect(s.notices).toEqual([])
    expect(s.data()).toEqual(V1)
    expect(await s.attempts.read('att-1')).toEqual(ATTEMPT)
    await s.update((d) => void d.usedItemIds.push('new-item'))
    await s.close()
    const { profile, settings, schemaVersion: _v, ...course } = V1
    expect(await onDisk(dir)).toEqual({
      schemaVersion: 2,
      profile,
      settings,
      courses: { [LEGACY_COURSE_ID]: { ...course, usedItemIds: [...V1.usedItemIds, 'new-item'] } }
    })
    // The old bytes are the backup: a way back to the version that wrote them.
    expect(JSON.parse(await readFile(path.join(dir, 'casebook.json.bak'), 'utf8'))).toEqual(V1)
  })

  it('is idempotent: a v2 file migrates to itself, and reopening changes nothing', async () => {
    const dir = await oldFolder()
    const first = await openDataStore({ dataDir: dir })
    await first.update(() => {})
    await first.close()
    const migrated = await onDisk(dir)
    expect(migrate(migrated)).toEqual(migrated)
    expect(validateCasebookFile(migrated)).toEqual(migrated)
    const second = await openDataStore({ dataDir: dir })
    expect(second.data()).toEqual(V1)
    await second.update(() => {})
    await second.close()
    expect(await onDisk(dir)).toEqual(migrated)
  })

  it('survives a crash at every point of its first write', async () => {
    // DurableJsonFile's write: keep the old file as .bak, write a temp file, rename it over.
    // A crash leaves one of these folders; each must open with all the old data.
    const states: Record<string, (dir: string) => Promise<void>> = {
      'before anything was written': async () => {},
      'after the backup copy': async (dir) => {
        await writeFile(path.join(dir, 'casebook.json.bak'), JSON.stringify(V1))
      },
      'during the temp file': async (dir) => {
        await writeFile(path.join(dir, 'casebook.json.bak'), JSON.stringify(V1))
        await writeFile(path.join(dir, `casebook.json.999.abcdef.tmp`), '{"schemaVersion":2,"cour')
      }
    }
    for (const [when, crash] of Object.entries(states)) {
      const dir = await oldFolder()
      await crash(dir)
      const s = await openDataStore({ dataDir: dir })
      expect(s.data(), when).toEqual(V1)
      await s.close()
      expect(
        (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
        when
      ).toEqual([])
    }
    // After the rename: the new file is complete, so it is what opens.
    const dir = await oldFolder()
    const s = await openDataStore({ dataDir: dir })
    await s.update(() => {})
    await s.close()
    const reopened = await openDataStore({ dataDir: dir })
    expect(reopened.data()).toEqual(V1)
    await reopened.close()
  })

  it('keeps two courses apart in one folder; profile and settings are the learner’s', async () => {
    const dir = await oldFolder()
    const other = await openDataStore({ dataDir: dir, courseId: 'fixture-arithmetic' })
    expect(other.data()).toMatchObject({
      profile: V1.profile,
      settings: V1.settings,
      attempts: [],
      usedItemIds: [],
      notes: {}
    })
    expect(await other.attempts.list()).toEqual([])
    await other.update((d) => void d.usedItemIds.push('arith-add:a=2;b=3#1'))
    await other.close()
    const rls = await openDataStore({ dataDir: dir })
    expect(rls.data()).toEqual(V1)
    await rls.close()
    const again = await openDataStore({ dataDir: dir, courseId: 'fixture-arithmetic' })
    expect(again.data().usedItemIds).toEqual(['arith-add:a=2;b=3#1'])
    await again.close()
    expect(Object.keys((await onDisk(dir)).courses as object).sort()).toEqual([
      'fixture-arithmetic',
      LEGACY_COURSE_ID
    ])
  })

  it('refuses a course id that could not be a folder key', async () => {
    const dir = await tempDir()
    await expect(openDataStore({ dataDir: dir, courseId: '../x' })).rejects.toThrow(/course id/)
  })
})

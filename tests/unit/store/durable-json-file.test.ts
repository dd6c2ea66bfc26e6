import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Low } from 'lowdb'
import { DurableJsonFile } from '../../../main/store/durable-json-file'
import type { RecoveryNotice } from '../../../preload/contract'
import type { Validator } from '../../../main/store/types'
import { tempDir } from './helpers'

interface Doc {
  seq: number
  notes?: string[]
}
const validate: Validator<Doc> = (raw) => {
  const v = raw as Doc
  if (typeof v !== 'object' || v === null || typeof v.seq !== 'number') throw new Error('no seq')
  return v
}
const fixedNow = () => new Date('2025-03-01T10:20:30.456Z')

async function setup() {
  const dir = await tempDir()
  const file = path.join(dir, 'doc.json')
  const notices: RecoveryNotice[] = []
  const open = () =>
    new DurableJsonFile<Doc>(file, { validate, onNotice: (n) => notices.push(n), now: fixedNow })
  return { dir, file, notices, open }
}

describe('DurableJsonFile', () => {
  it('returns null for a missing file and round-trips through lowdb', async () => {
    const { file, open } = await setup()
    const db = new Low(open(), { seq: 0 })
    await db.read()
    expect(db.data).toEqual({ seq: 0 })
    await db.update((d) => void (d.seq = 7))
    const again = new Low(open(), { seq: 0 })
    await again.read()
    expect(again.data).toEqual({ seq: 7 })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ seq: 7 })
  })

  it('keeps the previous good version as <name>.bak', async () => {
    const { file, open } = await setup()
    const a = open()
    await a.write({ seq: 1 })
    await a.write({ seq: 2 })
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual({ seq: 1 })
    await a.write({ seq: 3 })
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual({ seq: 2 })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ seq: 3 })
  })

  it('does not make an unvalidated file the backup', async () => {
    const { file, open } = await setup()
    await writeFile(file, 'garbage')
    await open().write({ seq: 1 }) // write without read: the old file was never checked
    await expect(stat(`${file}.bak`)).rejects.toThrow()
  })

  it('refuses to write data its own validator rejects', async () => {
    const { file, open } = await setup()
    await expect(open().write({} as Doc)).rejects.toThrow(/no seq/)
    await expect(stat(file)).rejects.toThrow()
  })

  it('removes stale temp files of a killed writer on read, and only its own', async () => {
    const { dir, file, open } = await setup()
    await writeFile(`${file}.4242.abcdef.tmp`, '{"seq":')
    await writeFile(path.join(dir, 'other.json.1.x.tmp'), '')
    await open().read()
    expect((await readdir(dir)).sort()).toEqual(['other.json.1.x.tmp'])
  })

  it('lands 1,000 unawaited writes in order, none lost, each resolving only once durable', async () => {
    const { file, open } = await setup()
    const f = open()
    const seen: number[] = []
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        f.write({ seq: i }).then(async () => {
          const onDisk = JSON.parse(await readFile(file, 'utf8')) as Doc
          seen.push(onDisk.seq)
          expect(onDisk.seq).toBeGreaterThanOrEqual(i) // never resolves before its state is on disk
        })
      )
    )
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ seq: 999 })
    expect(seen).toEqual([...seen].sort((a, b) => a - b)) // never goes backwards
  })

  it('quarantines a bad file, keeps its bytes, restores the backup and says so', async () => {
    const { dir, file, notices, open } = await setup()
    const w = open()
    await w.write({ seq: 1 })
    await w.write({ seq: 2 })
    const bad = Buffer.from('{"seq": 2, "notes": [')
    await writeFile(file, bad)
    expect(await open().read()).toEqual({ seq: 1 })
    expect(notices).toHaveLength(1)
    const n = notices[0]!
    expect(n).toMatchObject({ file, restoredFrom: 'backup', at: '2025-03-01T10:20:30.456Z' })
    expect(n.quarantinedTo).toBe(`${file}.corrupt-2025-03-01T10-20-30-456Z`)
    expect(n.reason).toMatch(/not valid JSON/)
    expect(await readFile(n.quarantinedTo)).toEqual(bad)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ seq: 1 }) // restored on disk too
    expect(await readdir(dir)).toContain('doc.json.bak')
  })

  it('starts empty when the backup is bad too, and never overwrites an earlier quarantine', async () => {
    const { file, notices, open } = await setup()
    await writeFile(`${file}.bak`, 'also bad')
    await writeFile(file, 'bad one')
    expect(await open().read()).toBeNull()
    await writeFile(file, 'bad two') // same timestamp: must get a new name
    expect(await open().read()).toBeNull()
    expect(notices.map((n) => n.restoredFrom)).toEqual(['empty', 'empty'])
    expect(notices[1]!.quarantinedTo).not.toBe(notices[0]!.quarantinedTo)
    expect(await readFile(notices[0]!.quarantinedTo, 'utf8')).toBe('bad one')
    expect(await readFile(notices[1]!.quarantinedTo, 'utf8')).toBe('bad two')
    await expect(stat(file)).rejects.toThrow() // defaults are not written over anything
  })

  it('sets aside 50 MB of junk without choking', async () => {
    const { file, notices, open } = await setup()
    const w = open()
    await w.write({ seq: 1 })
    await w.write({ seq: 2 })
    const junk = randomBytes(50 * 1024 * 1024)
    await writeFile(file, junk)
    expect(await open().read()).toEqual({ seq: 1 })
    const moved = await readFile(notices[0]!.quarantinedTo)
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(sha(moved)).toBe(sha(junk))
  })

  it('treats files over maxBytes as unreadable without parsing them', async () => {
    const { file, notices } = await setup()
    await writeFile(file, JSON.stringify({ seq: 1, notes: ['x'.repeat(2000)] }))
    const f = new DurableJsonFile<Doc>(file, {
      validate,
      maxBytes: 1000,
      onNotice: (n) => notices.push(n)
    })
    expect(await f.read()).toBeNull()
    expect(notices[0]!.reason).toMatch(/over the .* limit/)
  })
})

import { randomBytes } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InvalidAttemptIdError } from '../../../main/store/attempt-files'
import { openDataStore } from '../../../main/store/data-store'
import { corruptFixtures, tempDir } from './helpers'

const now = () => new Date('2025-06-01T08:00:00.000Z')

/** A store with two durable versions on disk, so casebook.json.bak holds the first. */
async function seeded() {
  const dataDir = await tempDir()
  const s = await openDataStore({ dataDir, now })
  await s.update((d) => void d.usedItemIds.push('first'))
  await s.update((d) => void d.usedItemIds.push('second'))
  await s.close()
  const file = path.join(dataDir, 'casebook.json')
  return { dataDir, file, good: await readFile(file, 'utf8') }
}

describe('openDataStore', () => {
  it('creates a private folder with defaults and persists updates across restarts', async () => {
    const dataDir = path.join(await tempDir(), 'nested', 'data')
    const s = await openDataStore({ dataDir })
    expect(s.data()).toMatchObject({ schemaVersion: 1, profile: null, usedItemIds: [] })
    expect(s.data().settings).toEqual({
      theme: 'system',
      textScale: 100,
      reducedMotion: 'system'
    })
    if (process.platform !== 'win32') expect((await stat(dataDir)).mode & 0o777).toBe(0o700)
    await s.update((d) => {
      d.profile = { fullName: 'Dr Ada', credentials: 'MD' }
      d.settings.theme = 'high-contrast'
    })
    await s.attempts.write('att-1', { answers: [{ item: 'q1', choice: 2 }] })
    await s.close()
    const again = await openDataStore({ dataDir })
    expect(again.data().profile).toEqual({ fullName: 'Dr Ada', credentials: 'MD' })
    expect(again.data().settings.theme).toBe('high-contrast')
    expect(await again.attempts.read('att-1')).toEqual({ answers: [{ item: 'q1', choice: 2 }] })
    expect(await again.attempts.list()).toEqual(['att-1'])
    expect(await again.attempts.read('nope')).toBeNull()
    expect(again.notices).toEqual([])
    await again.close()
  })

  it('data() is frozen; a throwing or invalid mutator rejects alone and changes nothing', async () => {
    const s = await openDataStore({ dataDir: await tempDir() })
    expect(() => (s.data().usedItemIds as string[]).push('x')).toThrow()
    const results = await Promise.allSettled([
      s.update((d) => void d.usedItemIds.push('a')),
      s.update(() => {
        throw new Error('boom')
      }),
      s.update((d) => void (d.settings.textScale = 500)), // out of range: schema rejects it
      s.update((d) => void d.usedItemIds.push('b'))
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled'])
    expect(s.data().usedItemIds).toEqual(['a', 'b'])
    expect(s.data().settings.textScale).toBe(100)
    await s.close()
    await expect(s.update(() => undefined)).rejects.toThrow(/closed/)
  })

  for (const fx of corruptFixtures('{"schemaVersion":1,"usedItemIds":["first","second"]}')) {
    it(`recovers from a corrupt casebook.json: ${fx.kind}`, async () => {
      const { dataDir, file } = await seeded()
      await writeFile(file, fx.bytes)
      const s = await openDataStore({ dataDir, now })
      expect(s.data().usedItemIds).toEqual(['first']) // the last good backup
      expect(s.notices).toHaveLength(1)
      const n = s.notices[0]!
      expect(n).toMatchObject({ file, restoredFrom: 'backup', at: now().toISOString() })
      expect(n.reason).toMatch(fx.reason)
      expect(path.dirname(n.quarantinedTo)).toBe(dataDir)
      expect(await readFile(n.quarantinedTo)).toEqual(fx.bytes) // original bytes, untouched
      await s.update((d) => void d.usedItemIds.push('after'))
      await s.close()
      expect(await readFile(n.quarantinedTo)).toEqual(fx.bytes) // still untouched after a write
    })
  }

  it('recovers from 50 MB of junk, and starts empty when there is no backup', async () => {
    const dataDir = await tempDir()
    const file = path.join(dataDir, 'casebook.json')
    const junk = randomBytes(50 * 1024 * 1024)
    await writeFile(file, junk)
    const s = await openDataStore({ dataDir, now })
    expect(s.data().usedItemIds).toEqual([])
    expect(s.notices[0]).toMatchObject({ restoredFrom: 'empty', file })
    expect((await readFile(s.notices[0]!.quarantinedTo)).equals(junk)).toBe(true)
    await expect(stat(file)).rejects.toThrow() // no defaults written over (or instead of) it
    await s.close()
  })

  it('refuses attempt ids that could escape the attempts folder', async () => {
    const dataDir = await tempDir()
    const s = await openDataStore({ dataDir })
    const bad = [
      '',
      '.',
      '..',
      '../x',
      '..\\x',
      'a/b',
      'a\\b',
      'C:x',
      '/etc/passwd',
      'a.json',
      '%2e%2e',
      'nul\0',
      ' a',
      'x'.repeat(65),
      'é',
      42,
      null,
      undefined
    ]
    for (const id of bad) {
      await expect(s.attempts.write(id as string, { a: 1 })).rejects.toBeInstanceOf(
        InvalidAttemptIdError
      )
      await expect(s.attempts.read(id as string)).rejects.toBeInstanceOf(InvalidAttemptIdError)
    }
    expect(await s.attempts.list()).toEqual([])
    expect((await readdir(dataDir)).sort()).toEqual(['attempts', 'casebook.lock'])
    await s.attempts.write('A_z-09'.padEnd(64, 'x'), { ok: true }) // longest legal id works
    await s.close()
  })

  it('lands 1,000 unawaited answers and updates in order, none lost', async () => {
    const dataDir = await tempDir()
    const s = await openDataStore({ dataDir })
    const answers: number[] = []
    const calls: Promise<void>[] = []
    for (let i = 0; i < 1000; i++) {
      answers.push(i)
      calls.push(s.attempts.write('live', { answers: [...answers] }))
      calls.push(s.update((d) => void d.usedItemIds.push(`item-${i}`)))
      if (i % 100 === 0) calls.push(s.attempts.write(`other-${i}`, { n: i }))
    }
    await Promise.all(calls)
    const expected = Array.from({ length: 1000 }, (_, i) => `item-${i}`)
    expect(s.data().usedItemIds).toEqual(expected)
    await s.close()
    const again = await openDataStore({ dataDir })
    expect(again.data().usedItemIds).toEqual(expected)
    expect(await again.attempts.read('live')).toEqual({
      answers: Array.from({ length: 1000 }, (_, i) => i)
    })
    expect((await again.attempts.list()).length).toBe(11)
    await again.close()
  })

  it('uses an injected attempt validator on write and read', async () => {
    const dataDir = await tempDir()
    const validateAttempt = (raw: unknown) => {
      const r = raw as { answers?: unknown }
      if (!Array.isArray(r?.answers)) throw new Error('answers must be an array')
      return r as { answers: number[] }
    }
    const s = await openDataStore({ dataDir, validateAttempt, now })
    await expect(s.attempts.write('a', { answers: 'x' } as never)).rejects.toThrow(/answers/)
    await s.attempts.write('a', { answers: [1] })
    await s.attempts.write('a', { answers: [1, 2] })
    await s.close()
    await writeFile(path.join(dataDir, 'attempts', 'a.json'), '{"answers": "oops"}')
    const again = await openDataStore({ dataDir, validateAttempt, now })
    expect(await again.attempts.read('a')).toEqual({ answers: [1] }) // its backup
    expect(again.notices[0]).toMatchObject({ restoredFrom: 'backup' })
    expect(again.notices[0]!.reason).toMatch(/answers must be an array/)
    await again.close()
  })

  it('removes stale temp files at open, in the data folder and the attempts folder', async () => {
    const dataDir = await tempDir()
    const s = await openDataStore({ dataDir })
    await s.attempts.write('a', { n: 1 })
    await s.close()
    await writeFile(path.join(dataDir, 'casebook.json.999.dead.tmp'), '{"schema')
    await writeFile(path.join(dataDir, 'casebook.lock.999.dead.tmp'), '')
    await writeFile(path.join(dataDir, 'attempts', 'a.json.999.dead.tmp'), '{')
    const again = await openDataStore({ dataDir })
    const all = [...(await readdir(dataDir)), ...(await readdir(path.join(dataDir, 'attempts')))]
    expect(all.filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(await again.attempts.read('a')).toEqual({ n: 1 })
    await again.close()
  })
})

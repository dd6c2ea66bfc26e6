import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDataStore } from '../../../main/store/data-store'
import {
  FutureVersionError,
  migrate,
  validateCasebook,
  validateCasebookFile
} from '../../../main/store/migrations'
import { CasebookSchema, createDefaultData } from '../../../main/store/schema'
import { tempDir } from './helpers'

// The prototype's file, before sections and percent pass marks existed.
const V0 = {
  schemaVersion: 0,
  history: [{ id: 'a1', scorePercent: 80 }],
  passMark: 0.8,
  usedItemIds: ['q1']
}

describe('schema and migrations', () => {
  it('defaults are a valid v1 document', () => {
    expect(CasebookSchema.parse(createDefaultData())).toEqual(createDefaultData())
  })

  it('migrates a v0 file on open, and the first write keeps the v0 bytes as the backup', async () => {
    const dataDir = await tempDir()
    const file = path.join(dataDir, 'casebook.json')
    await writeFile(file, JSON.stringify(V0))
    const s = await openDataStore({ dataDir })
    expect(s.notices).toEqual([])
    expect(s.data()).toMatchObject({
      schemaVersion: 1,
      attempts: [{ id: 'a1', scorePercent: 80 }],
      usedItemIds: ['q1'],
      settings: { theme: 'system' }
    })
    expect(s.data()).not.toHaveProperty('history')
    // The prototype's pass mark is a course rule now (issue #14): dropped, never read.
    expect(s.data().settings).not.toHaveProperty('passMarkPercent')
    await s.update((d) => void d.flaggedItemIds.push('q1'))
    await s.close()
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(2)
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual(V0) // a way back
  })

  it('refuses files from a newer version with a clear reason', () => {
    expect(() => migrate({ schemaVersion: 3 })).toThrow(FutureVersionError)
    expect(() => validateCasebookFile({ schemaVersion: 3 })).toThrow(/written by a newer version/)
    // A course's view is v1: a namespaced file is not one.
    expect(() => validateCasebook({ schemaVersion: 2 })).toThrow(/written by a newer version/)
  })

  it('rejects documents without a usable schemaVersion or with a broken step', () => {
    expect(() => migrate({})).toThrow(/schemaVersion/)
    expect(() => migrate({ schemaVersion: 1.5 })).toThrow(/schemaVersion/)
    expect(() => migrate('x')).toThrow(/JSON object/)
    expect(() => migrate({ schemaVersion: 0 }, { 0: (d) => d }, 1)).toThrow(/did not bump/)
    expect(() => migrate({ schemaVersion: 0 }, {}, 1)).toThrow(/no migration/)
  })

  it('validates sections: credentials enum, text scale range, permissive attempt records', () => {
    const ok = {
      schemaVersion: 1,
      profile: { credentials: 'PharmD' },
      attempts: [{ any: 'thing' }]
    }
    expect(validateCasebook(ok).profile).toEqual({ credentials: 'PharmD' })
    expect(() => validateCasebook({ schemaVersion: 1, profile: { credentials: 'Dr' } })).toThrow()
    expect(() => validateCasebook({ schemaVersion: 1, settings: { textScale: 250 } })).toThrow()
    expect(() => validateCasebook({ schemaVersion: 1, attempts: [1] })).toThrow()
  })

  it('does not let a __proto__ key pollute prototypes', () => {
    const raw = JSON.parse('{"schemaVersion":1,"reviewCards":{"__proto__":{"polluted":true}}}')
    const data = validateCasebook(raw)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(data.reviewCards)).toBe(Object.prototype)
  })
})

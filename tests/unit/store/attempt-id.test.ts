// Attempt ids name files: Windows device names are refused, and ids that differ only in case are
// one attempt (on NTFS/APFS/FAT they would be one file and overwrite each other).
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  attemptIdProblem,
  caseCollisions,
  InvalidAttemptIdError,
  isWindowsDeviceName
} from '../../../main/store/attempt-id'
import { createAppContext } from '../../../main/app/context'
import { openDataStore } from '../../../main/store/data-store'
import { tempDir } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

const DEVICES = ['CON', 'NUL', 'COM1', 'LPT1', 'AUX', 'PRN', 'COM9', 'LPT0']

describe('attempt id naming', () => {
  it('refuses Windows device names in any case, with or without an extension', () => {
    for (const name of DEVICES) {
      for (const spelling of [name, name.toLowerCase(), name[0] + name.slice(1).toLowerCase()]) {
        expect(attemptIdProblem(spelling)).toMatch(/reserved device name/)
        expect(isWindowsDeviceName(`${spelling}.json`)).toBe(true)
        expect(isWindowsDeviceName(`${spelling}.tar.gz`)).toBe(true)
      }
    }
    // Near misses are ordinary names.
    for (const ok of ['CONX', 'NULL', 'COM10', 'LPT', 'AUXILIARY', 'PRN_1', 'con-1', 'xCON']) {
      expect(attemptIdProblem(ok)).toBeNull()
    }
  })

  it('the store refuses them before any file is made', async () => {
    const dataDir = await tempDir()
    const s = await openDataStore({ dataDir })
    try {
      for (const id of [...DEVICES, 'con', 'Nul', 'cOm1', 'lpt1']) {
        await expect(s.attempts.write(id, { a: 1 })).rejects.toBeInstanceOf(InvalidAttemptIdError)
        await expect(s.attempts.read(id)).rejects.toThrow(/reserved device name/)
      }
      expect(await readdir(path.join(dataDir, 'attempts'))).toEqual([])
    } finally {
      await s.close()
    }
  })

  it('over the API, a device name is a bad request, not a failed read', async () => {
    const context = await createAppContext({
      course: rlsCausesCourse,
      dataDir: await tempDir(),
      edition: 'browser',
      tickMs: 2 ** 30
    })
    try {
      for (const attemptId of ['CON', 'nul', 'Com1']) {
        expect(
          await context.dispatch('quiz:get', { attemptId }, { transport: 'http' })
        ).toMatchObject({
          ok: false,
          error: { code: 'BAD_REQUEST' }
        })
      }
    } finally {
      await context.close()
    }
  })

  it('ids that differ only in case cannot make a second attempt, nor reach the first', async () => {
    const dataDir = await tempDir()
    const s = await openDataStore({ dataDir })
    try {
      await s.attempts.write('Quiz-A', { n: 1 })
      await expect(s.attempts.write('quiz-a', { n: 2 })).rejects.toThrow(
        /differs only in case from attempt Quiz-A/
      )
      await expect(s.attempts.write('QUIZ-A', { n: 3 })).rejects.toBeInstanceOf(
        InvalidAttemptIdError
      )
      // Not a second copy of it either (two owners of one file would lose answers).
      expect(await s.attempts.read('quiz-a')).toBeNull()
      await s.attempts.write('Quiz-A', { n: 4 }) // its own spelling still writes
      expect(await s.attempts.read('Quiz-A')).toEqual({ n: 4 })
      expect(await s.attempts.list()).toEqual(['Quiz-A'])
      const names = await readdir(path.join(dataDir, 'attempts'))
      expect(names.filter((n) => n.toLowerCase().startsWith('quiz-a'))).toEqual(
        names.filter((n) => n.startsWith('Quiz-A.json'))
      )
    } finally {
      await s.close()
    }
  })

  it('after a reopen, a file already on disk still owns its folded id', async () => {
    const dataDir = await tempDir()
    let s = await openDataStore({ dataDir })
    await s.attempts.write('Abc', { n: 1 })
    await s.close()
    // A case-twin written by an older version on a case-sensitive disk stays readable by its name.
    await writeFile(path.join(dataDir, 'attempts', 'abc.json'), JSON.stringify({ n: 2 }))
    s = await openDataStore({ dataDir })
    try {
      expect(await s.attempts.read('Abc')).toEqual({ n: 1 })
      expect(await s.attempts.read('abc')).toEqual({ n: 2 })
      await expect(s.attempts.write('ABC', { n: 3 })).rejects.toThrow(/differs only in case/)
    } finally {
      await s.close()
    }
  })

  it('caseCollisions names every id that an earlier one would overwrite', () => {
    expect(caseCollisions(['a', 'B', 'A', 'b', 'c', 'a'])).toEqual(['A', 'b'])
    expect(caseCollisions(['x', 'y'])).toEqual([])
  })
})

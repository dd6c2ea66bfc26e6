import { spawn, spawnSync } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDataStore } from '../../../main/store/data-store'
import { acquireDataLock, DataLockedError } from '../../../main/store/lock'
import { tempDir } from './helpers'

const MESSAGE =
  /^RLS Casebook is already running with this data folder \(process \d+\)\. Close it first, or start with a different --data-dir\.$/

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(r.stdout.toString())
}

const lockText = (pid: number, token = 'someone-else', host = hostname()) =>
  JSON.stringify({ pid, startedAt: new Date().toISOString(), hostname: host, token })

describe('data lock', () => {
  it('refuses a second opener of the same folder with a clear message, then allows it after close', async () => {
    const dataDir = await tempDir()
    const first = await openDataStore({ dataDir })
    const err = await openDataStore({ dataDir }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DataLockedError)
    expect((err as Error).message).toMatch(MESSAGE)
    expect((err as DataLockedError).pid).toBe(process.pid)
    await first.close()
    await expect(stat(path.join(dataDir, 'casebook.lock'))).rejects.toThrow() // released
    const second = await openDataStore({ dataDir })
    await second.close()
  })

  it('refuses when another live process holds the lock', async () => {
    const dataDir = await tempDir()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      await writeFile(path.join(dataDir, 'casebook.lock'), lockText(child.pid!))
      const err = await acquireDataLock(dataDir).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(DataLockedError)
      expect((err as Error).message).toContain(`(process ${child.pid})`)
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('takes over a stale lock whose process is gone', async () => {
    const dataDir = await tempDir()
    const file = path.join(dataDir, 'casebook.lock')
    await writeFile(file, lockText(deadPid()))
    const lock = await acquireDataLock(dataDir)
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('takes over an unreadable lock (cut short by a crash) and one left by an earlier process with our pid', async () => {
    const dataDir = await tempDir()
    const file = path.join(dataDir, 'casebook.lock')
    await writeFile(file, '')
    await (await acquireDataLock(dataDir)).release()
    await writeFile(file, lockText(process.pid, 'a-previous-run'))
    await (await acquireDataLock(dataDir)).release()
  })

  it('treats a lock from another computer (shared folder) as live', async () => {
    const dataDir = await tempDir()
    await writeFile(path.join(dataDir, 'casebook.lock'), lockText(deadPid(), 't', 'other-host'))
    await expect(acquireDataLock(dataDir)).rejects.toThrow(/on computer other-host/)
  })

  it('release never deletes a lock that is not ours', async () => {
    const dataDir = await tempDir()
    const file = path.join(dataDir, 'casebook.lock')
    const lock = await acquireDataLock(dataDir)
    await writeFile(file, lockText(1, 'usurper'))
    await lock.release()
    expect(JSON.parse(await readFile(file, 'utf8')).token).toBe('usurper')
  })
})

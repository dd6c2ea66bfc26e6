import { spawn, spawnSync } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDataStore } from '../../../main/store/data-store'
import { acquireDataLock, DataLockedError, judgeHolder, parseLock } from '../../../main/store/lock'
import { hostIdentity, processStartTime } from '../../../main/store/process-identity'
import { tempDir } from './helpers'

const MESSAGE =
  /^RLS Casebook is already running with this data folder \(process \d+\)\. Close it first, or start with a different --data-dir\.$/
const names = (file: string) =>
  new RegExp(`If it is not running, delete ${file} and start again\\.$`)

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(r.stdout.toString())
}

/** A lock as an older version wrote it: no start time, no boot id. */
const lockText = (pid: number, token = 'someone-else', host = hostname()) =>
  JSON.stringify({ pid, startedAt: new Date().toISOString(), hostname: host, token })

/** A lock as this version writes it, for process `pid` started at `processStart`. */
const fullLockText = (pid: number, fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    pid,
    startedAt: new Date().toISOString(),
    hostname: hostname(),
    token: 'someone-else',
    processStart: processStartTime(pid),
    ...hostIdentity(),
    ...fields
  })

const linux = process.platform === 'linux'

/** A live process unrelated to any lock, killed at the end of the test. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' })
  onTestFinished(() => void child.kill('SIGKILL'))
  return child.pid!
}

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

  it('refuses when another live process holds the lock (old format: names the file to remove)', async () => {
    const dataDir = await tempDir()
    const pid = liveProcess()
    const file = path.join(dataDir, 'casebook.lock')
    await writeFile(file, lockText(pid))
    const err = await acquireDataLock(dataDir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DataLockedError)
    expect((err as Error).message).toContain(`(process ${pid})`)
    // Without a start time, a live pid may be a reused one: the message says what to delete.
    expect((err as Error).message).toMatch(names(file))
  })

  it.runIf(linux)(
    'refuses, without suggesting deletion, when the holder is confirmed by its start time',
    async () => {
      const dataDir = await tempDir()
      const pid = liveProcess()
      await writeFile(path.join(dataDir, 'casebook.lock'), fullLockText(pid))
      const err = await acquireDataLock(dataDir).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(DataLockedError)
      expect((err as Error).message).toMatch(MESSAGE)
      expect((err as DataLockedError).uncertain).toBe(false)
    }
  )

  it.runIf(linux)(
    'takes over a lock whose pid now belongs to an unrelated process (pid reused)',
    async () => {
      const dataDir = await tempDir()
      const file = path.join(dataDir, 'casebook.lock')
      const pid = liveProcess() // alive, but started later than the lock's writer did
      const realStart = Number(processStartTime(pid))
      expect(realStart).toBeGreaterThan(0)
      await writeFile(file, fullLockText(pid, { processStart: String(realStart - 1) }))
      const lock = await acquireDataLock(dataDir)
      const now = parseLock(await readFile(file, 'utf8'))!
      expect(now.pid).toBe(process.pid)
      expect(now.processStart).toBe(processStartTime(process.pid))
      await lock.release()
    }
  )

  it.runIf(linux)(
    'takes over a lock written before this computer restarted, even with a live pid',
    async () => {
      const dataDir = await tempDir()
      const pid = liveProcess()
      await writeFile(
        path.join(dataDir, 'casebook.lock'),
        fullLockText(pid, { bootId: 'an-earlier-boot', processStart: processStartTime(pid) })
      )
      await (await acquireDataLock(dataDir)).release()
    }
  )

  it.runIf(linux)(
    'a renamed computer is still this one: its dead holder is recovered',
    async () => {
      const dataDir = await tempDir()
      await writeFile(
        path.join(dataDir, 'casebook.lock'),
        fullLockText(deadPid(), { hostname: 'old-name-of-this-computer' })
      )
      await (await acquireDataLock(dataDir)).release()
    }
  )

  it('judges each kind of holder', () => {
    const here = { bootId: 'b1', pidNamespace: 'pid:[1]', machineId: 'm1' }
    const base = { pid: deadPid(), startedAt: '', hostname: hostname(), token: 't', ...here }
    expect(judgeHolder(base, here)).toBe('stale')
    const elsewhere = { ...base, hostname: 'other', bootId: 'b2', machineId: 'm2' }
    expect(judgeHolder(elsewhere, here)).toBe('unknown')
    expect(judgeHolder({ ...elsewhere, machineId: 'm1' }, here)).toBe('stale') // rebooted since
    const container = { ...base, pidNamespace: 'pid:[2]', pid: process.pid }
    expect(judgeHolder(container, here)).toBe('unknown')
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
    const file = path.join(dataDir, 'casebook.lock')
    await writeFile(file, lockText(deadPid(), 't', 'other-host'))
    const err = await acquireDataLock(dataDir).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/on computer other-host/)
    expect((err as Error).message).toMatch(names(file))
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

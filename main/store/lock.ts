// One writer per data folder. The browser edition has no Electron single-instance lock, and two
// writers would silently overwrite each other's answers, so the folder itself carries the lock.
import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, rename, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { errorCode, fsyncDir, isLinkUnsupported, isNotFound, writeSynced } from './fs-util'
import { hostIdentity, processStartTime, type HostIdentity } from './process-identity'

export const LOCK_FILE_NAME = 'casebook.lock'

export interface LockInfo extends Partial<HostIdentity> {
  pid: number
  startedAt: string
  hostname: string
  token: string
  /** The holder's start time (see processStartTime), so a reused pid is not mistaken for it. */
  processStart?: string | null
}

export class DataLockedError extends Error {
  readonly code = 'DATA_LOCKED'
  constructor(
    readonly pid: number,
    readonly lockFile: string,
    host?: string,
    /** True when the holder could not be confirmed (other computer, no start time to compare). */
    readonly uncertain = true
  ) {
    const where = host && host !== hostname() ? ` on computer ${host}` : ''
    super(
      `RLS Casebook is already running with this data folder (process ${pid}${where}). ` +
        'Close it first, or start with a different --data-dir.' +
        (uncertain ? ` If it is not running, delete ${lockFile} and start again.` : '')
    )
    this.name = 'DataLockedError'
  }
}

/** live: certainly running; stale: certainly not; unknown: may be running (cannot be checked). */
export type HolderVerdict = 'live' | 'stale' | 'unknown'

export interface DataLock {
  readonly file: string
  release(): Promise<void>
}

/** Tokens of locks held by this process: our own pid in a lock file is only "alive" if listed. */
const heldTokens = new Set<string>()

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return errorCode(err) === 'EPERM' // exists, but belongs to another user
  }
}

export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  const file = path.join(path.resolve(dataDir), LOCK_FILE_NAME)
  const info: LockInfo = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    hostname: hostname(),
    token: randomBytes(12).toString('hex'),
    processStart: processStartTime(process.pid),
    ...hostIdentity()
  }
  const text = JSON.stringify(info)
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(file, text)) {
      await fsyncDir(path.dirname(file))
      return hold(file, info.token)
    }
    const holderText = await readText(file)
    if (holderText === null) continue // released meanwhile: try again
    const holder = parseLock(holderText)
    const verdict = holder ? judgeHolder(holder) : 'stale'
    if (holder && verdict !== 'stale') {
      throw new DataLockedError(holder.pid, file, holder.hostname, verdict === 'unknown')
    }
    // Stale (its process is gone, or the file is unreadable because a crash cut it short). Move it
    // aside and check that what we moved is what we judged stale: another starting instance may
    // have replaced it in between, in which case we put theirs back and give way.
    const aside = `${file}.stale-${randomBytes(6).toString('hex')}`
    try {
      await rename(file, aside)
    } catch (err) {
      if (isNotFound(err)) continue
      throw err
    }
    const moved = await readText(aside)
    if (moved !== holderText) {
      await link(aside, file).catch(() => undefined)
      await unlink(aside).catch(() => undefined)
      const other = moved === null ? null : parseLock(moved)
      throw new DataLockedError(other?.pid ?? 0, file, other?.hostname)
    }
    await unlink(aside)
  }
  throw new Error(`Could not take the data lock ${file}; another instance keeps starting.`)
}

/** Is the process named in a lock file still the one that wrote it? */
export function judgeHolder(holder: LockInfo, here: HostIdentity = hostIdentity()): HolderVerdict {
  const known = (a: string | null | undefined, b: string | null): a is string => !!a && !!b
  const samePidSpace =
    known(holder.bootId, here.bootId) &&
    holder.bootId === here.bootId &&
    known(holder.pidNamespace, here.pidNamespace) &&
    holder.pidNamespace === here.pidNamespace
  const sameComputer =
    holder.hostname === hostname() ||
    (known(holder.machineId, here.machineId) && holder.machineId === here.machineId)
  if (!samePidSpace) {
    // A lock written on another computer (shared folder) cannot be checked: assume it is live.
    if (!sameComputer) return 'unknown'
    // This computer, but an earlier boot: nothing from then is still running.
    if (known(holder.bootId, here.bootId) && holder.bootId !== here.bootId) return 'stale'
    // Same boot, another pid namespace (a container): its pids mean nothing here.
    if (known(holder.pidNamespace, here.pidNamespace)) return 'unknown'
  }
  if (holder.pid === process.pid) return heldTokens.has(holder.token) ? 'live' : 'stale'
  if (!isProcessAlive(holder.pid)) return 'stale'
  const startNow = processStartTime(holder.pid)
  if (holder.processStart && startNow !== null) {
    // Same pid, different start: the holder died and the pid went to an unrelated process.
    return startNow === holder.processStart ? 'live' : 'stale'
  }
  return 'unknown' // alive, but nothing to tell it from a reused pid
}

/** Creates the lock with its full content in one step (link of a synced temp), never half-written. */
async function tryCreate(file: string, text: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  await writeSynced(tmp, text)
  try {
    await link(tmp, file)
    return true
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false
    if (!isLinkUnsupported(err)) throw err
    return createExclusive(file, text) // no hard links here (FAT, some shares)
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

async function createExclusive(file: string, text: string): Promise<boolean> {
  try {
    const fh = await open(file, 'wx', 0o600)
    try {
      await fh.writeFile(text)
      await fh.sync()
    } finally {
      await fh.close()
    }
    return true
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false
    throw err
  }
}

function hold(file: string, token: string): DataLock {
  heldTokens.add(token)
  // A normal exit that skipped close() should not leave a lock that the next start must judge.
  const onExit = (): void => {
    try {
      if (parseLock(readFileSync(file, 'utf8'))?.token === token) unlinkSync(file)
    } catch {
      // nothing to clean up
    }
  }
  process.once('exit', onExit)
  let released = false
  return {
    file,
    async release() {
      if (released) return
      released = true
      process.removeListener('exit', onExit)
      heldTokens.delete(token)
      const current = await readText(file)
      if (current !== null && parseLock(current)?.token === token) await unlink(file)
    }
  }
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    if (isNotFound(err)) return null
    throw err
  }
}

export function parseLock(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>
    if (
      typeof v.pid === 'number' &&
      typeof v.token === 'string' &&
      typeof v.hostname === 'string'
    ) {
      const text = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null)
      return {
        pid: v.pid,
        token: v.token,
        hostname: v.hostname,
        startedAt: String(v.startedAt),
        processStart: text(v.processStart),
        bootId: text(v.bootId),
        pidNamespace: text(v.pidNamespace),
        machineId: text(v.machineId)
      }
    }
  } catch {
    // unreadable: treated as stale by the caller
  }
  return null
}

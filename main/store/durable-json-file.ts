// A lowdb Adapter that never leaves a half-written file behind and never writes defaults over a
// file it could not read. See docs/RELIABILITY.md for the guarantees and the tests behind them.
import type { Adapter } from 'lowdb'
import { link, lstat, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { decodeJson } from './decode'
import {
  fileStamp,
  fsyncDir,
  isLinkUnsupported,
  isNotFound,
  removeStaleTemps,
  renameRetry,
  tempPathFor,
  writeSynced
} from './fs-util'
import type { Validator } from './types'
import type { RecoveryNotice } from '../../preload/contract'

export interface DurableJsonFileOptions<T> {
  validate: Validator<T>
  onNotice?: (notice: RecoveryNotice) => void
  now?: () => Date
  /** Keep `<name>.bak`, the previous good version. Default true. */
  backup?: boolean
  /** Remove this file's stale `*.tmp` on read(). Off when a caller cleans a whole folder once. */
  cleanTempsOnRead?: boolean
  /** Files larger than this are not parsed (treated as corrupt). Default 64 MiB. */
  maxBytes?: number
  /** JSON.stringify indentation; 2 keeps the main file readable by a human. Default 0. */
  space?: number
  /**
   * Turns validated data into the file's text. Default JSON.stringify. A caller whose records
   * repeat a large unchanging part can cache that part's JSON (must give the same text).
   */
  serialize?: (data: T) => string
}

interface Op {
  kind: 'read' | 'write'
  text?: string
  waiters: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[]
}

export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string
  readonly backupFile: string
  private readonly dir: string
  private readonly opts: DurableJsonFileOptions<T>
  private readonly queue: Op[] = []
  private busy = false
  private idleWaiters: (() => void)[] = []
  /** True when the file on disk is one we validated or wrote, so it may become the backup. */
  private knownGood = false

  constructor(file: string, opts: DurableJsonFileOptions<T>) {
    this.file = path.resolve(file)
    this.backupFile = `${this.file}.bak`
    this.dir = path.dirname(this.file)
    this.opts = opts
  }

  read(): Promise<T | null> {
    return this.enqueue({ kind: 'read', waiters: [] }) as Promise<T | null>
  }

  /**
   * Resolves once `data` (or a newer state written after it) is durable. Writes land in call order;
   * a write still waiting in the queue is replaced by a newer one (group commit), so a burst of
   * calls costs one fsync rather than one each, and no reader ever sees an older state after a
   * newer one.
   */
  write(data: T): Promise<void> {
    let text: string
    try {
      const valid = this.opts.validate(data)
      text = this.opts.serialize
        ? this.opts.serialize(valid)
        : JSON.stringify(valid, null, this.opts.space ?? 0)
    } catch (err) {
      return Promise.reject(err)
    }
    const last = this.queue[this.queue.length - 1]
    if (last?.kind === 'write') {
      last.text = text
      return new Promise((resolve, reject) =>
        last.waiters.push({ resolve: () => resolve(), reject })
      )
    }
    return this.enqueue({ kind: 'write', text, waiters: [] }) as Promise<void>
  }

  /** Resolves when every queued read and write has finished. */
  idle(): Promise<void> {
    if (!this.busy && this.queue.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private enqueue(op: Op): Promise<unknown> {
    const done = new Promise((resolve, reject) => op.waiters.push({ resolve, reject }))
    this.queue.push(op)
    void this.pump()
    return done
  }

  private async pump(): Promise<void> {
    if (this.busy) return
    this.busy = true
    while (this.queue.length > 0) {
      const op = this.queue.shift() as Op
      try {
        const value = op.kind === 'read' ? await this.readNow() : await this.writeNow(op.text!)
        for (const w of op.waiters) w.resolve(value)
      } catch (err) {
        for (const w of op.waiters) w.reject(err)
      }
    }
    this.busy = false
    for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  private async readNow(): Promise<T | null> {
    if (this.opts.cleanTempsOnRead !== false) {
      await removeStaleTemps(this.dir, `${path.basename(this.file)}.`)
    }
    const result = await this.load(this.file)
    if (result === 'missing') return null
    if (result.ok) {
      this.knownGood = true
      return result.value
    }
    return this.recover(result.reason)
  }

  private async load(
    file: string
  ): Promise<'missing' | { ok: true; value: T; bytes: Buffer } | { ok: false; reason: string }> {
    const max = this.opts.maxBytes ?? 64 * 1024 * 1024
    let bytes: Buffer
    try {
      const { size } = await stat(file)
      if (size > max) return { ok: false, reason: `file is ${mb(size)}, over the ${mb(max)} limit` }
      bytes = await readFile(file)
    } catch (err) {
      if (isNotFound(err)) return 'missing'
      throw err
    }
    const decoded = decodeJson(bytes)
    if (!decoded.ok) return decoded
    try {
      return { ok: true, value: this.opts.validate(decoded.value), bytes }
    } catch (err) {
      return { ok: false, reason: `content is not valid: ${(err as Error).message}`.slice(0, 500) }
    }
  }

  /** Sets the bad file aside (never deleted, never overwritten) and restores the backup if good. */
  private async recover(reason: string): Promise<T | null> {
    const backup = this.opts.backup === false ? 'missing' : await this.load(this.backupFile)
    const restore = backup !== 'missing' && backup.ok ? backup : null
    const quarantinedTo = await this.quarantine(restore?.bytes)
    this.knownGood = restore !== null
    const notice: RecoveryNotice = {
      file: this.file,
      quarantinedTo,
      restoredFrom: restore ? 'backup' : 'empty',
      reason,
      at: (this.opts.now?.() ?? new Date()).toISOString()
    }
    this.opts.onNotice?.(notice)
    return restore ? restore.value : null
  }

  /**
   * Moves the bad file to `<name>.corrupt-<timestamp>`. When there is a replacement, the bad file
   * is hard-linked aside and the replacement renamed over it, so at no instant is the data file
   * missing (a crash mid-recovery must not look like "no data yet" on the next start).
   */
  private async quarantine(replacement?: Buffer): Promise<string> {
    const base = `${this.file}.corrupt-${fileStamp(this.opts.now?.() ?? new Date())}`
    for (let n = 0; ; n++) {
      const target = n === 0 ? base : `${base}-${n}`
      if (await exists(target)) continue
      if (replacement) {
        const tmp = tempPathFor(this.file)
        await writeSynced(tmp, replacement)
        try {
          await link(this.file, target)
        } catch (err) {
          if (!isLinkUnsupported(err)) throw err
          await renameRetry(this.file, target)
        }
        await renameRetry(tmp, this.file)
      } else {
        await renameRetry(this.file, target)
      }
      await fsyncDir(this.dir)
      return target
    }
  }

  private async writeNow(text: string): Promise<void> {
    const tmp = tempPathFor(this.file)
    await writeSynced(tmp, text)
    try {
      if (this.opts.backup !== false && this.knownGood) await this.refreshBackup()
      await renameRetry(tmp, this.file)
    } catch (err) {
      await unlink(tmp).catch(() => undefined)
      throw err
    }
    await fsyncDir(this.dir)
    this.knownGood = true
  }

  /** The current (known good) file becomes `<name>.bak`: a hard link is instant and atomic. */
  private async refreshBackup(): Promise<void> {
    const tmp = tempPathFor(this.backupFile)
    try {
      await link(this.file, tmp)
    } catch (err) {
      if (isNotFound(err)) return
      if (!isLinkUnsupported(err)) throw err
      await writeSynced(tmp, await readFile(this.file))
    }
    await renameRetry(tmp, this.backupFile)
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (err) {
    if (isNotFound(err)) return false
    throw err
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

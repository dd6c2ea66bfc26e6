// One durable file per attempt (attempts/<id>.json): recording an answer rewrites one small file,
// so its cost does not grow with the number of past attempts.
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { DurableJsonFile } from './durable-json-file'
import { fsyncDir, removeStaleTemps } from './fs-util'
import type { AttemptRepository, Validator } from './types'
import type { RecoveryNotice } from '../../preload/contract'
import {
  assertAttemptId,
  attemptIdKey,
  attemptIdProblem,
  InvalidAttemptIdError
} from './attempt-id'

export { ATTEMPT_ID_PATTERN, InvalidAttemptIdError, assertAttemptId } from './attempt-id'

export interface AttemptFiles<T> extends AttemptRepository<T> {
  readonly dir: string
  remove(id: string): Promise<void>
  /** Waits for every queued write to be durable. */
  idle(): Promise<void>
}

export interface AttemptFilesOptions<T> {
  dir: string
  validate: Validator<T>
  /** See DurableJsonFileOptions.serialize. */
  serialize?: (record: T) => string
  onNotice?: (notice: RecoveryNotice) => void
  now?: () => Date
}

export async function openAttemptFiles<T>(opts: AttemptFilesOptions<T>): Promise<AttemptFiles<T>> {
  const dir = path.resolve(opts.dir)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  // One sweep for the whole folder at open (caller holds the data lock), rather than one per file.
  await removeStaleTemps(dir)
  const files = new Map<string, DurableJsonFile<T>>()
  // Ids that differ only in case would be one file on NTFS/APFS: the first spelling owns it, and
  // its case twins can neither be written nor read. `owners` maps the folded id to that spelling.
  const owners = new Map<string, string>()
  const exact = new Set<string>()
  for (const id of await listIds(dir)) {
    exact.add(id)
    if (!owners.has(attemptIdKey(id))) owners.set(attemptIdKey(id), id)
  }
  /** The spelling whose file `id` means: itself if such a file exists, else its case-twin's. */
  const ownerOf = (id: string): string =>
    exact.has(id) ? id : (owners.get(attemptIdKey(id)) ?? id)
  const fileFor = (id: unknown): DurableJsonFile<T> => {
    assertAttemptId(id)
    let file = files.get(id)
    if (!file) {
      file = new DurableJsonFile<T>(path.join(dir, `${id}.json`), {
        validate: opts.validate,
        serialize: opts.serialize,
        onNotice: opts.onNotice,
        now: opts.now,
        cleanTempsOnRead: false
      })
      files.set(id, file)
    }
    return file
  }
  return {
    dir,
    // async so a bad id becomes a rejection; the write is still queued synchronously, in call order
    read: async (id) => {
      assertAttemptId(id)
      // A case twin of an existing attempt names no attempt of its own, on every file system
      // (on NTFS/APFS the OS would otherwise open the other's file and give it two owners).
      if (ownerOf(id) !== id) return null
      return fileFor(id).read()
    },
    write: async (id, record) => {
      assertAttemptId(id)
      const owner = ownerOf(id)
      if (owner !== id) {
        throw new InvalidAttemptIdError(id, `it differs only in case from attempt ${owner}`)
      }
      const file = fileFor(id)
      owners.set(attemptIdKey(id), id)
      exact.add(id)
      return file.write(record)
    },
    list: () => listIds(dir),
    async remove(id) {
      assertAttemptId(id)
      if (ownerOf(id) !== id) return
      const file = fileFor(id)
      await file.idle()
      files.delete(id)
      exact.delete(id)
      if (owners.get(attemptIdKey(id)) === id) owners.delete(attemptIdKey(id))
      const target = path.join(dir, `${id}.json`)
      await rm(target, { force: true })
      await rm(`${target}.bak`, { force: true })
      await fsyncDir(dir)
    },
    async idle() {
      await Promise.all([...files.values()].map((f) => f.idle()))
    }
  }
}

async function listIds(dir: string): Promise<string[]> {
  const names = await readdir(dir)
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .filter((id) => attemptIdProblem(id) === null)
    .sort()
}

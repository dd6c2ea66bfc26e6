// One durable file per attempt (attempts/<id>.json): recording an answer rewrites one small file,
// so its cost does not grow with the number of past attempts.
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { DurableJsonFile } from './durable-json-file'
import { removeStaleTemps } from './fs-util'
import type { AttemptRepository, RecoveryNotice, Validator } from './types'

/** Letters, digits, '_' and '-' only: no separators, dots or drive letters can reach the path. */
export const ATTEMPT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export class InvalidAttemptIdError extends Error {
  readonly code = 'INVALID_ATTEMPT_ID'
  constructor(id: unknown) {
    super(
      `Invalid attempt id ${JSON.stringify(String(id)).slice(0, 80)}: use 1-64 of A-Z a-z 0-9 _ -`
    )
    this.name = 'InvalidAttemptIdError'
  }
}

export function assertAttemptId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !ATTEMPT_ID_PATTERN.test(id)) throw new InvalidAttemptIdError(id)
}

export interface AttemptFiles<T> extends AttemptRepository<T> {
  readonly dir: string
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
    read: async (id) => fileFor(id).read(),
    write: async (id, record) => fileFor(id).write(record),
    async list() {
      const names = await readdir(dir)
      return names
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -'.json'.length))
        .filter((id) => ATTEMPT_ID_PATTERN.test(id))
        .sort()
    },
    async idle() {
      await Promise.all([...files.values()].map((f) => f.idle()))
    }
  }
}

// The one object the main process uses for persistence: casebook.json through lowdb and our
// durable adapter, one file per attempt, the folder lock, and the notices from start-up recovery.
import { Low } from 'lowdb'
import path from 'node:path'
import { openAttemptFiles } from './attempt-files'
import { CommitQueue } from './commit-queue'
import { DurableJsonFile } from './durable-json-file'
import { removeStaleTemps } from './fs-util'
import { acquireDataLock } from './lock'
import { ensurePrivateDir } from './private-dir'
import { LEGACY_COURSE_ID, validateCasebook, validateCasebookFile } from './migrations'
import {
  COURSE_ID_PATTERN,
  courseView,
  createDefaultFile,
  withCourseView,
  type CasebookData,
  type CasebookFile
} from './schema'
import type { AttemptRepository, Validator } from './types'
import type { RecoveryNotice } from '../../preload/contract'

export const CASEBOOK_FILE_NAME = 'casebook.json'
export const ATTEMPTS_DIR_NAME = 'attempts'
export const COURSES_DIR_NAME = 'courses'

/**
 * Where a course's attempt files live. The RLS course keeps `attempts/`, where every attempt was
 * written before data was namespaced by course, so an old folder needs no file moved; any other
 * course has `courses/<id>/attempts/`, so no course's start-up scan meets another's attempts.
 */
export function attemptsDirFor(dataDir: string, courseId: string): string {
  return courseId === LEGACY_COURSE_ID
    ? path.join(dataDir, ATTEMPTS_DIR_NAME)
    : path.join(dataDir, COURSES_DIR_NAME, courseId, ATTEMPTS_DIR_NAME)
}

/** Default attempt record: any JSON object. The quiz engine injects its own validator. */
export type AttemptRecord = Record<string, unknown>

export const validateAttemptRecord: Validator<AttemptRecord> = (raw) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('attempt record must be a JSON object')
  }
  return raw as AttemptRecord
}

export interface OpenDataStoreOptions<A> {
  dataDir: string
  /** The course whose namespace data() and update() see (default: the RLS course, see above). */
  courseId?: string
  now?: () => Date
  validateAttempt?: Validator<A>
  /** How attempt records become file text (default JSON.stringify). */
  serializeAttempt?: (record: A) => string
}

export interface DataStore<A = AttemptRecord> {
  readonly dataDir: string
  /** The last durably written state (deep-frozen: change it through update()). */
  data(): Readonly<CasebookData>
  /**
   * Applies `mutator` to a copy, validates, and resolves once the result is durable. Calls apply in
   * call order; a mutator that throws (or leaves invalid data) rejects alone and changes nothing.
   */
  update(mutator: (draft: CasebookData) => void): Promise<void>
  readonly attempts: AttemptRepository<A>
  /** What start-up recovery did (and attempt-file recoveries since), for the on-screen notice. */
  readonly notices: RecoveryNotice[]
  close(): Promise<void>
}

export async function openDataStore<A = AttemptRecord>(
  opts: OpenDataStoreOptions<A>
): Promise<DataStore<A>> {
  const dataDir = path.resolve(opts.dataDir)
  const courseId = opts.courseId ?? LEGACY_COURSE_ID
  if (!COURSE_ID_PATTERN.test(courseId)) throw new Error(`Unusable course id ${courseId}.`)
  const privacy = await ensurePrivateDir(dataDir)
  if (privacy.warning) console.warn(privacy.warning)
  const lock = await acquireDataLock(dataDir)
  const notices: RecoveryNotice[] = []
  const onNotice = (n: RecoveryNotice): void => void notices.push(n)
  let file: DurableJsonFile<CasebookFile>
  let db: Low<CasebookFile>
  let attempts: Awaited<ReturnType<typeof openAttemptFiles<A>>>
  try {
    await removeStaleTemps(dataDir) // safe: the lock proves no live writer owns them
    file = new DurableJsonFile(path.join(dataDir, CASEBOOK_FILE_NAME), {
      validate: validateCasebookFile,
      onNotice,
      now: opts.now,
      space: 2,
      cleanTempsOnRead: false
    })
    db = new Low(file, createDefaultFile())
    await db.read()
    attempts = await openAttemptFiles<A>({
      dir: attemptsDirFor(dataDir, courseId),
      validate: opts.validateAttempt ?? (validateAttemptRecord as unknown as Validator<A>),
      serialize: opts.serializeAttempt,
      onNotice,
      now: opts.now
    })
  } catch (err) {
    await lock.release()
    throw err
  }

  // The file holds every course; this store reads and writes one course's view of it.
  let committedFile = db.data
  let closed = false
  // Group commit: every update queued while a write is in flight goes out in the next single
  // write. Each mutator works on its own copy, so one that throws or leaves invalid data rejects
  // alone and changes nothing.
  const queue = new CommitQueue<Readonly<CasebookData>>(
    deepFreeze(courseView(committedFile, courseId)),
    {
      changed: (prev, next) => prev !== next,
      persist: async (next) => {
        const nextFile = withCourseView(committedFile, courseId, next as CasebookData)
        db.data = nextFile
        try {
          await db.write()
          committedFile = nextFile
        } catch (err) {
          db.data = committedFile
          throw err
        }
      },
      storeError: (cause) => (cause instanceof Error ? cause : new Error(String(cause)))
    }
  )
  const ensureOpen = (): void => {
    if (closed) throw new Error('The data store is closed.')
  }

  return {
    dataDir,
    data: () => queue.state,
    async update(mutator) {
      ensureOpen()
      await queue.run((current) => {
        const draft = structuredClone(current) as CasebookData
        mutator(draft)
        return { next: deepFreeze(validateCasebook(draft)), value: undefined }
      })
    },
    attempts: {
      read: async (id) => (ensureOpen(), attempts.read(id)),
      write: async (id, record) => (ensureOpen(), attempts.write(id, record)),
      list: async () => (ensureOpen(), attempts.list()),
      remove: async (id) => (ensureOpen(), attempts.remove(id))
    },
    notices,
    async close() {
      if (closed) return
      closed = true
      await queue.idle()
      await file.idle()
      await attempts.idle()
      await lock.release()
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

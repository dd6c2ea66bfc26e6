// data:export* — the learner's records as files: attempts CSV, xAPI statements, full backup. Each
// returns { filename, mimeType, content } and the page turns it into a download.
import type { CourseBank } from '../../questions/course/bank'
import { createHash } from 'node:crypto'
import type { AttemptRecord } from '../../questions/engine'
import { attemptsCsv, buildBackup, xapiStatements } from '../../questions/progress'
import type { ExportFile } from '../../preload/contract'
import type { DataStore } from '../store/data-store'
import { fileStamp } from '../store/fs-util'
import type { Clock } from './clock'

// Namespace for name-based (v5) statement ids: re-exporting the same attempt gives the same ids,
// so an LRS that receives a file twice recognises the duplicates.
const XAPI_NAMESPACE = '7c1e4c52-3b0e-4f55-9a59-2d7f0a6c1b3e'

/** RFC 4122 version-5 UUID (SHA-1, name-based). */
export function uuidV5(name: string, namespace = XAPI_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Every attempt file, oldest first; an unreadable one is skipped (the store quarantines it). */
export async function readAllAttempts(store: DataStore<AttemptRecord>): Promise<AttemptRecord[]> {
  const records: AttemptRecord[] = []
  for (const id of await store.attempts.list()) {
    const record = await store.attempts.read(id).catch(() => null)
    if (record) records.push(record)
  }
  const started = (r: AttemptRecord): string => {
    const first = r.events[0]
    return first?.type === 'started' ? first.at : ''
  }
  return records.sort((a, b) => started(a).localeCompare(started(b)) || a.id.localeCompare(b.id))
}

const isFinished = (r: AttemptRecord): boolean => r.events.some((e) => e.type === 'submitted')

/**
 * The attempts an export may hold: submitted ones only. An unfinished attempt's file holds its
 * items with their keys, so a backup or export taken mid-exam would be a copy of the answers.
 */
export async function exportableAttempts(
  store: DataStore<AttemptRecord>
): Promise<{ records: AttemptRecord[]; leftOut: number }> {
  const all = await readAllAttempts(store)
  const records = all.filter(isFinished)
  return { records, leftOut: all.length - records.length }
}

export function leftOutNote(leftOut: number): string | undefined {
  if (leftOut === 0) return undefined
  return (
    `${leftOut === 1 ? 'One unfinished quiz was' : `${leftOut} unfinished quizzes were`} left ` +
    'out: an export never holds the questions or keys of a quiz still open. Submit it and ' +
    'export again to include it.'
  )
}

const withNote = (file: ExportFile, leftOut: number): ExportFile => {
  const note = leftOutNote(leftOut)
  return note ? { ...file, note } : file
}

export interface ExportService {
  csv(): Promise<ExportFile>
  xapi(): Promise<ExportFile>
  backup(): Promise<ExportFile>
}

export function createExportService(deps: {
  store: DataStore<AttemptRecord>
  clock: Clock
  appVersion: string
  course: CourseBank
}): ExportService {
  const { store, clock, course } = deps
  const day = (): string => new Date(clock.wallMs()).toISOString().slice(0, 10)
  return {
    async csv() {
      const { records, leftOut } = await exportableAttempts(store)
      const file = {
        filename: `rls-casebook-attempts-${day()}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        content: attemptsCsv(records, course)
      }
      return withNote(file, leftOut)
    },
    async xapi() {
      const { records, leftOut } = await exportableAttempts(store)
      const statements = xapiStatements(records, store.data().profile, {
        courseId: course.id,
        statementId: (key) => uuidV5(key)
      })
      const file = {
        filename: `rls-casebook-xapi-${day()}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(statements, null, 2)
      }
      return withNote(file, leftOut)
    },
    async backup() {
      const now = new Date(clock.wallMs())
      const { records, leftOut } = await exportableAttempts(store)
      const file = buildBackup(store.data(), records, now, deps.appVersion, course)
      const backup = {
        filename: `rls-casebook-backup-${fileStamp(now)}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(file)
      }
      return withNote(backup, leftOut)
    }
  }
}

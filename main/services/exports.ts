// data:export* — the learner's records as files: attempts CSV, xAPI statements, full backup. Each
// returns { filename, mimeType, content } and the page turns it into a download.
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

export interface ExportService {
  csv(): Promise<ExportFile>
  xapi(): Promise<ExportFile>
  backup(): Promise<ExportFile>
}

export function createExportService(deps: {
  store: DataStore<AttemptRecord>
  clock: Clock
  appVersion: string
}): ExportService {
  const { store, clock } = deps
  const day = (): string => new Date(clock.wallMs()).toISOString().slice(0, 10)
  return {
    async csv() {
      return {
        filename: `rls-casebook-attempts-${day()}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        content: attemptsCsv(await readAllAttempts(store))
      }
    },
    async xapi() {
      const statements = xapiStatements(await readAllAttempts(store), store.data().profile, {
        statementId: (key) => uuidV5(key)
      })
      return {
        filename: `rls-casebook-xapi-${day()}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(statements, null, 2)
      }
    },
    async backup() {
      const now = new Date(clock.wallMs())
      const file = buildBackup(store.data(), await readAllAttempts(store), now, deps.appVersion)
      return {
        filename: `rls-casebook-backup-${fileStamp(now)}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(file)
      }
    }
  }
}

// data:inspectBackup and data:restoreBackup. The whole file is validated before anything changes
// (envelope, casebook through the store's own validator, every attempt log through the attempt
// validator, and every history entry backed by an attempt). Restore then keeps the current data as
// a backup file, writes the attempt files, and replaces casebook.json last.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { AttemptRecord } from '../../questions/engine'
import { buildBackup, parseBackupEnvelope } from '../../questions/progress'
import type { BackupSummary, RestoreResult } from '../../preload/contract'
import { ApiError } from '../api/errors'
import type { DataStore } from '../store/data-store'
import { fileStamp, fsyncDir, writeSynced } from '../store/fs-util'
import { validateCasebook } from '../store/migrations'
import type { CasebookData } from '../store/schema'
import { validateAttemptRecord } from './attempts-schema'
import type { AttemptService } from './attempts-types'
import type { Clock } from './clock'
import { readAllAttempts } from './exports'

export const BACKUPS_DIR_NAME = 'backups'

export interface ValidBackup {
  casebook: CasebookData
  attempts: AttemptRecord[]
  summary: BackupSummary
}

const invalid = (message: string): ApiError => new ApiError('INVALID_BACKUP', message)

/** Throws ApiError('INVALID_BACKUP') with a readable reason; returns the checked contents. */
export function validateBackup(text: string): ValidBackup {
  let envelope
  try {
    envelope = parseBackupEnvelope(text)
  } catch (error) {
    throw invalid((error as Error).message)
  }
  let casebook: CasebookData
  try {
    casebook = validateCasebook(envelope.casebook)
  } catch (error) {
    throw invalid(`This backup's course data is damaged: ${(error as Error).message}`)
  }
  const attempts: AttemptRecord[] = []
  const ids = new Set<string>()
  let unfinished = 0
  envelope.attempts.forEach((raw, index) => {
    let record: AttemptRecord
    try {
      record = validateAttemptRecord(raw)
    } catch (error) {
      throw invalid(`Attempt ${index + 1} in this backup is damaged: ${(error as Error).message}`)
    }
    if (ids.has(record.id)) throw invalid(`Attempt ${record.id} appears twice in this backup.`)
    ids.add(record.id)
    if (!record.events.some((e) => e.type === 'submitted')) unfinished++
    attempts.push(record)
  })
  for (const entry of casebook.attempts) {
    if (typeof entry.id !== 'string' || !ids.has(entry.id)) {
      throw invalid('This backup is incomplete: its history lists an attempt it does not contain.')
    }
  }
  const dates = casebook.attempts
    .map((a) => (typeof a.submittedAt === 'string' ? a.submittedAt : null))
    .filter((d): d is string => d !== null)
    .sort()
  return {
    casebook,
    attempts,
    summary: {
      exportedAt: envelope.exportedAt,
      appVersion: envelope.appVersion ?? null,
      learnerName: casebook.profile?.fullName?.trim() || null,
      submittedAttempts: casebook.attempts.length,
      unfinishedAttempts: unfinished,
      certificates: casebook.certificates.length,
      firstAttemptAt: dates[0] ?? null,
      lastAttemptAt: dates.at(-1) ?? null
    }
  }
}

export async function restoreBackup(
  deps: {
    store: DataStore<AttemptRecord>
    attempts: AttemptService
    clock: Clock
    appVersion: string
  },
  text: string
): Promise<RestoreResult> {
  const { store, attempts, clock } = deps
  const backup = validateBackup(text)
  // A quiz in progress lives in the attempt service's memory; replacing files under it would
  // lose answers, so the learner finishes (or submits) it first.
  if (await attempts.active()) {
    throw new ApiError(
      'CONFLICT',
      'A quiz is in progress. Resume and submit it first, then restore. Nothing was changed.'
    )
  }
  const now = new Date(clock.wallMs())
  const dir = path.join(store.dataDir, BACKUPS_DIR_NAME)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const savedTo = path.join(dir, `pre-restore-${fileStamp(now)}.json`)
  const previous = buildBackup(store.data(), await readAllAttempts(store), now, deps.appVersion)
  await writeSynced(savedTo, JSON.stringify(previous))
  await fsyncDir(dir)
  // Attempt files first, casebook last: if this stops halfway, the history still matches files.
  for (const record of backup.attempts) await store.attempts.write(record.id, record)
  await store.update((draft) => {
    for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key]
    Object.assign(draft, structuredClone(backup.casebook))
  })
  // Cached attempts may describe files the restore just replaced: read them again from disk.
  attempts.forgetIdle()
  // Unfinished attempts from the backup are loaded now, so "Resume" offers them.
  for (const record of backup.attempts) {
    if (!record.events.some((e) => e.type === 'submitted')) {
      await attempts.get(record.id).catch(() => undefined)
    }
  }
  return { ...backup.summary, previousDataSavedTo: savedTo }
}

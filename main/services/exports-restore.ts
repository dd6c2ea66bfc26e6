// data:inspectBackup and data:restoreBackup. Everything is checked before anything is written:
// the envelope (size, nesting depth), the casebook through the store's own validator, every attempt
// log through the attempt validator, every item re-derived from the question bank, every history
// entry backed by an attempt, and the exact data to be written is built and serialised. Only then
// is the current data kept as a file, the attempt files written and casebook.json replaced last;
// if a write fails, what was written is put back and the learner is told exactly that.
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { CourseBank } from '../../questions/course/bank'
import type { AttemptRecord, CourseRules } from '../../questions/engine'
import { describeMismatch, matchItemsToBank } from '../../questions/engine/bank-match'
import { buildBackup, parseBackupEnvelope } from '../../questions/progress'
import type { BackupSummary, RestoreResult } from '../../preload/contract'
import { ServiceError } from './service-error'
import type { DataStore } from '../store/data-store'
import { fileStamp, fsyncDir, writeSynced } from '../store/fs-util'
import { validateCasebook } from '../store/migrations'
import type { CasebookData } from '../store/schema'
import { serializeAttemptRecord, validateAttemptRecord } from './attempts-schema'
import type { AttemptService } from './attempts-types'
import type { Clock } from './clock'
import { readAllAttempts } from './exports'
import { mergeKnownKeys, writeRestore } from './exports-restore-write'

export const BACKUPS_DIR_NAME = 'backups'

export interface ValidBackup {
  casebook: CasebookData
  attempts: AttemptRecord[]
  summary: BackupSummary
}

const invalid = (message: string): ServiceError => new ServiceError('INVALID_BACKUP', message)

function checkAttempt(raw: unknown, index: number, course: CourseBank): AttemptRecord {
  let record: AttemptRecord
  try {
    record = validateAttemptRecord(raw)
  } catch (error) {
    throw invalid(`Attempt ${index + 1} in this backup is damaged: ${(error as Error).message}`)
  }
  const started = record.events[0]
  const items = started?.type === 'started' ? started.items : []
  const seeds = started?.type === 'started' ? (started.itemSeeds ?? []) : []
  // Items the bank regenerates differently were not made by this app: refuse the whole file.
  // Items of another bank version cannot be checked; they are kept (restored attempts never earn
  // a certificate anyway).
  const forged = matchItemsToBank(items, course, seeds).filter((m) => m.kind === 'differs')
  if (forged.length > 0) {
    throw invalid(
      `Attempt ${index + 1} in this backup does not match the question bank ` +
        `(${forged.slice(0, 3).map(describeMismatch).join('; ')}${forged.length > 3 ? '; …' : ''}). ` +
        'It was not recorded by RLS Casebook.'
    )
  }
  return record
}

/** Throws ServiceError('INVALID_BACKUP') with a readable reason; returns the checked contents. */
export function validateBackup(text: string, course: CourseBank): ValidBackup {
  let envelope
  try {
    envelope = parseBackupEnvelope(text)
  } catch (error) {
    throw invalid((error as Error).message)
  }
  // A backup names its course (older ones do not: they are the RLS course's, the only one then).
  if (envelope.course && envelope.course.id !== course.id) {
    throw invalid(
      `This backup belongs to another course (${envelope.course.id}), not ${course.id}. Nothing was changed.`
    )
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
    const record = checkAttempt(raw, index, course)
    // Compared without case: on a case-insensitive disk "Abc" and "abc" are one file.
    const key = record.id.toLowerCase()
    if (ids.has(key)) throw invalid(`Attempt ${record.id} appears twice in this backup.`)
    ids.add(key)
    if (!record.events.some((e) => e.type === 'submitted')) unfinished++
    attempts.push(record)
  })
  for (const entry of casebook.attempts) {
    if (typeof entry.id !== 'string' || !ids.has(entry.id.toLowerCase())) {
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

/**
 * The attempt files as restored: marked as coming from this backup and without any seal, so
 * however genuine, they stay in history and review but never earn a certificate here.
 */
function asRestored(record: AttemptRecord, at: string, exportedAt: string): AttemptRecord {
  const { mac: _mac, restored: _earlier, ...rest } = record
  return { ...rest, restored: { at, exportedAt } }
}

export async function restoreBackup(
  deps: {
    store: DataStore<AttemptRecord>
    attempts: AttemptService
    clock: Clock
    appVersion: string
    course: CourseBank
    rules?: CourseRules
  },
  text: string
): Promise<RestoreResult> {
  const { store, attempts, clock } = deps
  const backup = validateBackup(text, deps.course)
  // A quiz in progress lives in the attempt service's memory; replacing files under it would
  // lose answers, so the learner finishes (or submits) it first.
  if (await attempts.active()) {
    throw new ServiceError(
      'CONFLICT',
      'A quiz is in progress. Resume and submit it first, then restore. Nothing was changed.'
    )
  }
  const now = new Date(clock.wallMs())
  const at = now.toISOString()
  // Everything to be written is built (and serialised once, so nothing can fail later for a
  // reason that could have been found now) before the first write.
  const records = backup.attempts.map((r) => asRestored(r, at, backup.summary.exportedAt))
  for (const record of records) serializeAttemptRecord(record)
  const current = store.data()
  let casebook: CasebookData
  try {
    casebook = validateCasebook(
      JSON.parse(JSON.stringify(mergeKnownKeys(backup.casebook, current)))
    )
  } catch (error) {
    throw invalid(`This backup's course data is damaged: ${(error as Error).message}`)
  }
  const previousAttempts = await readAllAttempts(store)
  const dir = path.join(store.dataDir, BACKUPS_DIR_NAME)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const savedTo = path.join(dir, `pre-restore-${fileStamp(now)}.json`)
  const previous = buildBackup(current, previousAttempts, now, deps.appVersion, deps.course)
  await writeSynced(savedTo, JSON.stringify(previous))
  await fsyncDir(dir)
  const outcome = await writeRestore(store, records, casebook, previousAttempts)
  if (!outcome.ok) {
    if (outcome.rolledBack) {
      // Everything was put back: the kept copy would only be clutter.
      await rm(savedTo, { force: true }).catch(() => undefined)
      attempts.forgetIdle()
      throw new ServiceError(
        'RESTORE_FAILED',
        `The restore failed while writing (${outcome.cause}). What it had written was put ` +
          'back, so your data is as it was before.'
      )
    }
    attempts.forgetIdle()
    throw new ServiceError(
      'RESTORE_FAILED',
      `The restore failed while writing (${outcome.cause}) and could not be fully undone. ` +
        `Your data from before the restore is kept at ${savedTo}: restore that file to go back.`
    )
  }
  // Cached attempts may describe files the restore just replaced: read them again from disk.
  attempts.forgetIdle()
  // Unfinished attempts from the backup are loaded now, so "Resume" offers them.
  for (const record of records) {
    if (!record.events.some((e) => e.type === 'submitted')) {
      await attempts.get(record.id).catch(() => undefined)
    }
  }
  return { ...backup.summary, previousDataSavedTo: savedTo }
}

// The backup file: the whole casebook plus every attempt log, in one JSON document. Only the
// envelope is checked here; main validates the casebook and each attempt with the store's and
// the attempt service's own validators before anything is replaced.
import { z } from 'zod'

export const BACKUP_FORMAT = 'rls-casebook-backup'
export const BACKUP_VERSION = 1

export interface BackupFile<C = unknown, A = unknown> {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  exportedAt: string
  appVersion?: string
  /** The course the data belongs to (absent in backups made before courses were values: RLS). */
  course?: { id: string; version: string }
  casebook: C
  attempts: A[]
}

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(64).optional(),
  course: z.object({ id: z.string().min(1).max(200), version: z.string().max(100) }).optional(),
  casebook: z.record(z.string(), z.unknown()),
  attempts: z.array(z.unknown()).max(100_000)
})

export function buildBackup<C, A>(
  casebook: C,
  attempts: A[],
  exportedAt: Date,
  appVersion: string | undefined,
  course: { id: string; version: string }
): BackupFile<C, A> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(appVersion ? { appVersion } : {}),
    course: { id: course.id, version: course.version },
    casebook,
    attempts
  }
}

/** Deeper than any file the app writes (about 10 levels), far below what breaks a parser. */
export const MAX_BACKUP_DEPTH = 40

/**
 * The deepest nesting of arrays and objects in JSON text, found without parsing it, so a file
 * nested thousands of levels deep is refused before anything recursive ever touches it.
 */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth
      if (max > stopAbove) return max
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return max
}

/** Parses text into a backup envelope, or throws an Error that says, in words, what is wrong. */
export function parseBackupEnvelope(text: string): BackupFile {
  if (jsonDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    throw new Error(
      `This file is not a backup made by RLS Casebook: it is nested more than ${MAX_BACKUP_DEPTH} levels deep.`
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error('This file is not a backup: it is not valid JSON.')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('This file is not an RLS Casebook backup.')
  }
  const format = (raw as { format?: unknown }).format
  if (format !== BACKUP_FORMAT) {
    throw new Error('This file is not an RLS Casebook backup (its "format" field is missing).')
  }
  const version = (raw as { version?: unknown }).version
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new Error('This backup was made by a newer version of RLS Casebook. Update the app.')
  }
  const parsed = backupEnvelopeSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `This backup is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message ?? '?'}).`
    )
  }
  return parsed.data as BackupFile
}

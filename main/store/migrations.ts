// Ordered upgrades of casebook.json, applied on read. migrations[n] turns a version-n document into
// version n+1. Never edit a published migration: add the next one and bump CURRENT_SCHEMA_VERSION.
import { z } from 'zod'
import {
  CasebookFileSchema,
  CasebookSchema,
  CURRENT_SCHEMA_VERSION,
  VIEW_SCHEMA_VERSION,
  type CasebookData,
  type CasebookFile
} from './schema'
import type { Validator } from './types'

type Doc = Record<string, unknown>

export const migrations: Readonly<Record<number, (doc: Doc) => Doc>> = {
  // v0 was the prototype's file: { schemaVersion: 0, history: [...], passMark: 0.75 }, with the
  // pass mark as a fraction. v1 names the list `attempts` and keeps settings in their own section.
  0: (doc) => {
    const { history, passMark, ...rest } = doc
    const settings: Doc = {}
    if (typeof passMark === 'number') settings.passMarkPercent = Math.round(passMark * 100)
    return { ...rest, schemaVersion: 1, attempts: Array.isArray(history) ? history : [], settings }
  },
  // v1 held one course's data at the top level; v2 keeps it under courses[id]. Before courses were
  // values the app served one course, the RLS course (bank id `rls-causes`), so that is whose data
  // a v1 file holds. The learner's profile and settings stay at the top, shared by all courses.
  1: (doc) => {
    const { schemaVersion: _v, profile, settings, ...course } = doc
    return {
      schemaVersion: 2,
      ...(profile !== undefined ? { profile } : {}),
      ...(settings !== undefined ? { settings } : {}),
      courses: { [LEGACY_COURSE_ID]: course }
    }
  }
}

/** The one course there was before data was namespaced by course (see migration 1). */
export const LEGACY_COURSE_ID = 'rls-causes'

export class FutureVersionError extends Error {
  constructor(readonly found: number) {
    super(
      `written by a newer version of RLS Casebook (schemaVersion ${found}; this version reads up ` +
        `to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`
    )
    this.name = 'FutureVersionError'
  }
}

/** Brings any known older document up to CURRENT_SCHEMA_VERSION; refuses newer ones. */
export function migrate(raw: unknown, table = migrations, current = CURRENT_SCHEMA_VERSION): Doc {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`expected a JSON object, found ${Array.isArray(raw) ? 'an array' : typeof raw}`)
  }
  let doc = raw as Doc
  const found = doc.schemaVersion
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 0) {
    throw new Error('missing or invalid schemaVersion')
  }
  let version: number = found
  if (version > current) throw new FutureVersionError(version)
  while (version < current) {
    const step = table[version]
    if (!step) throw new Error(`no migration from schemaVersion ${version}`)
    doc = step(doc)
    if (doc.schemaVersion !== version + 1) throw new Error(`migration ${version} did not bump`)
    version = version + 1
  }
  return doc
}

/** The Validator used for casebook.json: migrate, then check the current (namespaced) shape. */
export const validateCasebookFile: Validator<CasebookFile> = (raw) => {
  const result = CasebookFileSchema.safeParse(migrate(raw))
  if (!result.success) throw new Error(z.prettifyError(result.error).slice(0, 400))
  return result.data
}

/**
 * The Validator of one course's view (the v1 shape): what services change through the store and
 * what a backup carries. Older view documents (v0) are brought up to it; a namespaced file is not
 * a view and is refused.
 */
export const validateCasebook: Validator<CasebookData> = (raw) => {
  const result = CasebookSchema.safeParse(migrate(raw, migrations, VIEW_SCHEMA_VERSION))
  if (!result.success) throw new Error(z.prettifyError(result.error).slice(0, 400))
  return result.data
}

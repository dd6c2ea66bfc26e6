// Shape of casebook.json. Sections the store does not own (attempt summaries, certificates, review
// cards) are permissive records here: their owners validate them at their own edges, and the store
// must never reject a whole file because another module added a field.
import { z } from 'zod'

/**
 * casebook.json's version. v2 keeps each course's data under `courses[courseId]` beside the
 * learner's profile and settings (which are the learner's, whatever the course); v1 held one
 * course's data at the top level. A course's view (`CasebookData`, what services read and what
 * backups carry) keeps the v1 shape, so readers did not change.
 */
export const CURRENT_SCHEMA_VERSION = 2
/** The version of a course's view (`CasebookData`) and of the casebook inside a backup. */
export const VIEW_SCHEMA_VERSION = 1

export const CREDENTIALS = ['MD', 'DO', 'NP', 'PA', 'RN', 'PharmD', 'other'] as const

export const ProfileSchema = z.object({
  fullName: z.string().max(200).optional(),
  credentials: z.enum(CREDENTIALS).optional(),
  credentialsOther: z.string().max(100).optional(),
  licenceId: z.string().max(100).optional(),
  /** US NPI (10 digits, checked by profile:save); claim files carry it. */
  npi: z.string().max(20).optional(),
  email: z.string().max(254).optional()
})

// Only the learner's display settings. Files written before issue #14 also held the pass mark and
// the certificate's minimum items; those are course rules now (questions/engine/course-rules.ts),
// and z.object drops the old keys on read, so the next write removes them: no version bump, and
// an older app reading the new file falls back to its own defaults.
export const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']).default('system'),
  textScale: z.number().int().min(100).max(200).default(100),
  reducedMotion: z.enum(['system', 'on', 'off']).default('system')
})

const PermissiveRecord = z.record(z.string(), z.unknown())
const IdList = z.array(z.string().max(1000)).default([])

export const CasebookSchema = z.object({
  // Required, no default: a JSON object without it is "the wrong shape", not an empty casebook.
  schemaVersion: z.literal(VIEW_SCHEMA_VERSION),
  profile: ProfileSchema.nullable().default(null),
  // prefault (not default) so the section's own defaults are applied when it is missing.
  settings: SettingsSchema.prefault({}),
  attempts: z.array(PermissiveRecord).default([]),
  certificates: z.array(PermissiveRecord).default([]),
  reviewCards: z.record(z.string(), PermissiveRecord).default({}),
  usedItemIds: IdList,
  /** Item id → when its key was last shown (review after submit, tutor feedback). */
  keysSeenAt: z.record(z.string().max(1000), z.string().max(40)).default({}),
  flaggedItemIds: IdList,
  incorrectItemIds: IdList,
  // The learner's own notes per item (keyed by the stable item id), shown again in every review.
  notes: z
    .record(
      z.string().max(1000),
      z.object({ text: z.string().max(2000), updatedAt: z.string().max(40) })
    )
    .default({})
})

/** What belongs to one course: everything in the view but the learner's profile and settings. */
export const CourseDataSchema = CasebookSchema.omit({
  schemaVersion: true,
  profile: true,
  settings: true
})

/** Course ids as data-folder keys: the shape the course type documents, nothing a path could abuse. */
export const COURSE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/

export const CasebookFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  profile: ProfileSchema.nullable().default(null),
  settings: SettingsSchema.prefault({}),
  courses: z.record(z.string().regex(COURSE_ID_PATTERN), CourseDataSchema).default({})
})

export type CasebookData = z.infer<typeof CasebookSchema>
export type CourseData = z.infer<typeof CourseDataSchema>
export type CasebookFile = z.infer<typeof CasebookFileSchema>
export type Profile = z.infer<typeof ProfileSchema>
export type Settings = z.infer<typeof SettingsSchema>
export type Credentials = (typeof CREDENTIALS)[number]

export function createDefaultData(): CasebookData {
  return CasebookSchema.parse({ schemaVersion: VIEW_SCHEMA_VERSION })
}

export function createDefaultFile(): CasebookFile {
  return CasebookFileSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION })
}

/** One course's view of the file: its own data with the learner's profile and settings. */
export function courseView(file: CasebookFile, courseId: string): CasebookData {
  const own = file.courses[courseId] ?? CourseDataSchema.parse({})
  return {
    schemaVersion: VIEW_SCHEMA_VERSION,
    profile: file.profile,
    settings: file.settings,
    ...own
  }
}

/** The file with this course's view written back into its namespace (other courses untouched). */
export function withCourseView(
  file: CasebookFile,
  courseId: string,
  view: CasebookData
): CasebookFile {
  const { schemaVersion: _v, profile, settings, ...own } = view
  return { ...file, profile, settings, courses: { ...file.courses, [courseId]: own } }
}

import { z } from 'zod'
import type { DashboardStats } from '../../questions/progress'
import { channel } from './define'

/** Everything the dashboard shows besides the attempts table (history:list gives that). */
export interface DashboardData {
  stats: DashboardStats
  reviewDue: number
  /** When the next concept comes due, if none is due now. */
  nextReviewAt: string | null
  pools: { incorrect: number; flagged: number }
  course: CourseProgress
}

/** Where the learner stands in the course, for the study plan. */
export interface CourseProgress {
  /** Concepts (claims) the learner has met in a submitted quiz, of all the bank tests. */
  conceptsSeen: number
  conceptsTotal: number
  /** Course sections with at least one item presented, of all sections. */
  sectionsSeen: number
  sectionsTotal: number
}

/** Per item of a submitted attempt, for the review: time on screen and the concept's history. */
export interface ReviewItemHistory {
  /** Active time the item was on screen, ms. */
  ms: number
  /** The learner's own note on this item (kept across attempts by item), or null. */
  note: string | null
  /** Every answer given, in order: ['B', 'D'] means B first, then changed to D. */
  answers: string[]
  /** The concept's spaced-review card; null when it has none yet. */
  concept: {
    claim: string
    reviews: number
    lapses: number
    lastReviewedAt: string | null
    dueAt: string
  } | null
}

/** The learner's note on one item of a submitted attempt. */
export interface NoteView {
  attemptId: string
  itemIndex: number
  text: string
  /** Null once the note was removed (saved empty). */
  updatedAt: string | null
}

/** One reviewed item matching a search, with where the words were found. */
export interface SearchHit {
  attemptId: string
  itemIndex: number
  submittedAt: string
  question: string
  excerpt: string
  note: string | null
  correct: boolean
}

/** A file for the page to offer as a download. */
export interface ExportFile {
  filename: string
  mimeType: string
  content: string
  /** What the file leaves out and why (e.g. a quiz still open), to show beside "Saved". */
  note?: string
}

/** What a backup holds, shown before the learner confirms a restore. */
export interface BackupSummary {
  exportedAt: string
  appVersion: string | null
  learnerName: string | null
  submittedAttempts: number
  unfinishedAttempts: number
  certificates: number
  firstAttemptAt: string | null
  lastAttemptAt: string | null
}

export interface RestoreResult extends BackupSummary {
  /** Where the data replaced by the restore was kept. */
  previousDataSavedTo: string
}

// A backup of a few hundred attempts is well under this; the HTTP transport's limit applies too.
const backupText = z
  .string()
  .min(1)
  .max(8 * 1024 * 1024)

const attemptIdArg = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

export const progressChannels = {
  /** Keeps (or, with empty text, removes) the learner's note on an item of a submitted quiz. */
  'notes:save': channel<NoteView>()(
    z.strictObject({
      attemptId: attemptIdArg,
      itemIndex: z.number().int().min(0).max(199),
      text: z.string().max(2000, 'A note can be at most 2,000 characters.')
    })
  ),
  /** Reviewed items (of submitted quizzes) whose text or note holds every word of the query. */
  'notes:search': channel<SearchHit[]>()(
    z.strictObject({ query: z.string().trim().min(2).max(200) })
  ),
  /** Dashboard figures: scores over time, mastery by section, calibration of confidence, and what is due for review. */
  'progress:dashboard': channel<DashboardData>()(z.strictObject({})),
  /** How many concepts the spaced-review schedule says are due now. */
  'progress:reviewDue': channel<{ count: number }>()(z.strictObject({})),
  /** Time per item and each item's concept history, for a submitted attempt's review. */
  'progress:itemHistory': channel<ReviewItemHistory[]>()(
    z.strictObject({ attemptId: attemptIdArg })
  ),
  /** The learner's attempts as a CSV file (one row per item presented, answered or not). */
  'data:exportCsv': channel<ExportFile>()(z.strictObject({})),
  /** The learner's attempts as xAPI statements (JSON), for a learning record store. */
  'data:exportXapi': channel<ExportFile>()(z.strictObject({})),
  /** A complete backup of the learner's data as one JSON file, for data:restoreBackup. */
  'data:exportBackup': channel<ExportFile>()(z.strictObject({})),
  /** Validates a backup and says what it holds; changes nothing. */
  'data:inspectBackup': channel<BackupSummary>()(z.strictObject({ content: backupText })),
  /** Replaces all data with the backup's, after the learner confirmed. */
  'data:restoreBackup': channel<RestoreResult>()(
    z.strictObject({ content: backupText, confirm: z.literal(true) })
  )
}

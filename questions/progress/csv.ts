// Attempts as CSV (RFC 4180): one row per item presented, answered or not (an unanswered item
// counts as wrong, as everywhere else), with the question in words beside the internal id so a
// learner or a CE provider can read the file. Opens in any spreadsheet.
import { foldAttempt, type AttemptRecord } from '../engine'
import type { CourseBank } from '../course/bank'
import type { Item } from '../item'
import { outcomesOf } from './outcomes'

export const CSV_COLUMNS = [
  'attempt_id',
  'submitted_at',
  'mode',
  'item_number',
  'item_id',
  'question_type',
  'question',
  'section',
  'claims',
  'answered',
  'chosen',
  'correct_option',
  'correct',
  'confidence',
  'seconds',
  'course_id',
  'bank_version'
] as const

/** Long enough to recognise the case, short enough for a spreadsheet cell. */
export const STEM_EXCERPT_CHARS = 120

/** The first words of the vignette, cut at a word boundary, then the lead-in. */
export function questionExcerpt(item: Pick<Item, 'stem' | 'question'>): string {
  const stem = item.stem.replace(/\s+/g, ' ').trim()
  let excerpt = stem
  if (stem.length > STEM_EXCERPT_CHARS) {
    const cut = stem.slice(0, STEM_EXCERPT_CHARS)
    const space = cut.lastIndexOf(' ')
    excerpt = `${(space > 40 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`
  }
  return `${excerpt} ${item.question.trim()}`
}

/**
 * Quotes a field when it holds a comma, quote or line break, doubling inner quotes. A field a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' so it stays text.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Submitted attempts only, oldest first; `seconds` is the item's on-screen active time. */
export function attemptsCsv(
  records: readonly AttemptRecord[],
  course: Pick<CourseBank, 'id' | 'templates'>
): string {
  const templateTitles = new Map(course.templates.map((t) => [t.id, t.title]))
  const rows: string[] = [CSV_COLUMNS.join(',')]
  const states = records
    .map((record) => ({ record, state: foldAttempt(record) }))
    .filter(({ state }) => state.status === 'submitted')
    .sort((a, b) => (a.state.submittedAt ?? '').localeCompare(b.state.submittedAt ?? ''))
  for (const { record, state } of states) {
    for (const o of outcomesOf(record)) {
      const item = state.items[o.index]!
      const key = item.options.find((opt) => opt.correct)?.id ?? null
      rows.push(
        [
          state.id,
          state.submittedAt,
          state.config.mode,
          o.index + 1,
          o.itemId,
          templateTitles.get(item.template) ?? item.template,
          questionExcerpt(item),
          o.section,
          o.claims.join(' '),
          o.chosen !== null,
          o.chosen,
          key,
          o.correct,
          o.confidence,
          Math.round(o.ms / 100) / 10,
          // Items written before they carried a course id are the course's own (itemBelongsTo).
          item.courseId ?? course.id,
          item.bankVersion
        ]
          .map(csvField)
          .join(',')
      )
    }
  }
  return rows.join('\r\n') + '\r\n'
}

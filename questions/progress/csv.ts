// Attempts as CSV (RFC 4180): one row per answered item. Opens in any spreadsheet.
import { foldAttempt, type AttemptRecord } from '../engine'
import { outcomesOf } from './outcomes'

export const CSV_COLUMNS = [
  'attempt_id',
  'submitted_at',
  'mode',
  'item_number',
  'item_id',
  'section',
  'claims',
  'chosen',
  'correct_option',
  'correct',
  'confidence',
  'seconds'
] as const

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
export function attemptsCsv(records: readonly AttemptRecord[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')]
  const states = records
    .map((record) => ({ record, state: foldAttempt(record) }))
    .filter(({ state }) => state.status === 'submitted')
    .sort((a, b) => (a.state.submittedAt ?? '').localeCompare(b.state.submittedAt ?? ''))
  for (const { record, state } of states) {
    for (const o of outcomesOf(record)) {
      if (o.chosen === null) continue
      const key = state.items[o.index]!.options.find((opt) => opt.correct)?.id ?? null
      rows.push(
        [
          state.id,
          state.submittedAt,
          state.config.mode,
          o.index + 1,
          o.itemId,
          o.section,
          o.claims.join(' '),
          o.chosen,
          key,
          o.correct,
          o.confidence,
          Math.round(o.ms / 100) / 10
        ]
          .map(csvField)
          .join(',')
      )
    }
  }
  return rows.join('\r\n') + '\r\n'
}

// Whether this installation can vouch for an attempt, and the course's limit on suspending a
// certificate exam. Checked when a certificate is asked for: the file is read again from disk,
// its seal verified, and every item re-derived from the bank.
import type { CourseBank } from '../../questions/course/bank'
import type { AttemptRecord, CourseRules, SuspendReason } from '../../questions/engine'
import { describeMismatch, matchItemsToBank } from '../../questions/engine/bank-match'
import { AttemptError } from './attempts-errors'
import type { Live } from './attempts-live'
import type { AttemptSeal } from './attempts-seal'

export interface Provenance {
  /** True when the log is sealed by this installation and every item matches the bank. */
  vouched: boolean
  /** Why not, in the learner's words (empty when vouched). */
  reasons: string[]
}

export const RESTORED_REASON =
  'This attempt was restored from a backup. Restored attempts stay in your history and review, ' +
  'but only an exam taken in this installation earns a certificate.'
export const UNSEALED_REASON =
  'This attempt could not be authenticated as recorded by this installation (its file was ' +
  'changed outside the app, or it was made elsewhere), so it cannot earn a certificate.'

export function vouchFor(
  record: AttemptRecord | null,
  seal: AttemptSeal | null,
  course: CourseBank,
  checkItems = true
): Provenance {
  if (record === null) return { vouched: false, reasons: ['There is no such attempt.'] }
  const reasons: string[] = []
  if (record.restored !== undefined) reasons.push(RESTORED_REASON)
  else if (seal === null || !seal.verify(record)) reasons.push(UNSEALED_REASON)
  const started = record.events[0]
  const items = started?.type === 'started' ? started.items : []
  const seeds = started?.type === 'started' ? (started.itemSeeds ?? []) : []
  const mismatches = checkItems ? matchItemsToBank(items, course, seeds) : []
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 3).map(describeMismatch).join('; ')
    const more = mismatches.length > 3 ? ` and ${mismatches.length - 3} more` : ''
    reasons.push(`Its questions could not be checked against the question bank (${shown}${more}).`)
  }
  return { vouched: reasons.length === 0, reasons }
}

/** The Suspend button is refused once a certificate exam has used the course's suspensions. */
export function suspensionLimitError(
  live: Live,
  reason: SuspendReason,
  rules: CourseRules | undefined
): AttemptError | null {
  if (reason !== 'user' || !rules || live.state.config.exam === undefined) return null
  if (live.state.suspensionCount < rules.maxSuspensions) return null
  return new AttemptError(
    'SUSPEND_LIMIT',
    `This certificate exam has used its ${rules.maxSuspensions} suspensions. Keep going, or ` +
      'submit it; another suspension would stop it counting toward a certificate.'
  )
}

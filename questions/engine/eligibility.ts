// Certificate eligibility (issue #5 §2). Every failed rule yields its own reason so the learner
// is told exactly what to do differently, and the certificate service can refuse with it.
import { sectionById } from '../content/sections'
import type { SectionId } from '../item'
import type { AttemptSummary } from './scoring'
import { ALL_SECTIONS } from './types'

export interface EligibilityRules {
  /** Course setting, default 20. */
  minItems: number
  /**
   * Course setting, default 75. Used only for attempts that carry no pass mark of their own: an
   * attempt is judged against the mark it was started under, so changing the setting later never
   * turns a recorded pass into a fail or the reverse.
   */
  passMarkPercent: number
  allSections: readonly SectionId[]
}

export const DEFAULT_ELIGIBILITY_RULES: EligibilityRules = {
  minItems: 20,
  passMarkPercent: 75,
  allSections: ALL_SECTIONS
}

export interface Eligibility {
  eligible: boolean
  reasons: string[]
}

export function certificateEligibility(
  summary: AttemptSummary,
  rules: EligibilityRules = DEFAULT_ELIGIBILITY_RULES
): Eligibility {
  const reasons: string[] = []
  if (summary.status !== 'submitted' || summary.submittedAt === null) {
    reasons.push('The attempt has not been submitted yet.')
  }
  if (summary.mode !== 'timed') {
    reasons.push(
      'Only a Timed exam counts toward a certificate; this was a Tutor (practice) session.'
    )
  }
  if (summary.untimed || summary.timeLimitMs === null) {
    reasons.push('The attempt was taken untimed; a certificate needs a timed attempt.')
  }
  if (summary.itemCount < rules.minItems) {
    reasons.push(
      `The attempt had ${summary.itemCount} items; a certificate needs at least ${rules.minItems}.`
    )
  }
  const covered = new Set(summary.sectionsCovered)
  const missing = rules.allSections.filter((s) => !covered.has(s))
  if (missing.length > 0) {
    const titles = missing.map((id) => sectionById.get(id)?.title ?? id)
    reasons.push(`The attempt did not cover every section (missing: ${titles.join('; ')}).`)
  }
  const mark = Number.isFinite(summary.passMarkPercent)
    ? summary.passMarkPercent
    : rules.passMarkPercent
  const passed = summary.itemCount > 0 && summary.correct * 100 >= mark * summary.itemCount
  if (!passed) {
    reasons.push(`The score was ${summary.scorePercent}%, below the pass mark of ${mark}%.`)
  }
  return { eligible: reasons.length === 0, reasons }
}

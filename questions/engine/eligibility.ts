// Certificate eligibility (issue #5 §2, #14). Every failed rule yields its own reason so the
// learner is told exactly what to do differently, and the certificate service can refuse with it.
// The rules are the course's (course-rules.ts), never the learner's data; whether main can vouch
// for the attempt log itself (its seal, its items) is checked by main and added to these reasons.
import { sectionTitle } from '../course/bank'
import type { CourseSection } from '../course/types'
import type { CourseRules } from './course-rules'
import type { AttemptSummary } from './scoring'

export interface Eligibility {
  eligible: boolean
  reasons: string[]
}

const minutes = (ms: number): string => {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

export function certificateEligibility(
  summary: AttemptSummary,
  course: { rules: CourseRules; sections: readonly CourseSection[] }
): Eligibility {
  const rules = course.rules
  const reasons: string[] = []
  if (summary.status !== 'submitted' || summary.submittedAt === null) {
    reasons.push('The attempt has not been submitted yet.')
  }
  if (summary.mode !== 'timed') {
    reasons.push(
      'Only a Certificate exam counts toward a certificate; this was a Tutor (practice) session.'
    )
  } else if (summary.examRulesId === null || summary.examRulesId === undefined) {
    reasons.push(
      'Only a Certificate exam counts toward a certificate; this was a timed practice quiz.'
    )
  } else if (summary.examRulesId !== rules.id) {
    reasons.push('This exam was taken under other course rules than the ones this app applies.')
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
  const missing = rules.requiredSections.filter((s) => !covered.has(s))
  if (missing.length > 0) {
    const titles = missing.map((id) => sectionTitle(course, id))
    reasons.push(`The attempt did not cover every section (missing: ${titles.join('; ')}).`)
  }
  if (summary.examRulesId === rules.id) reasons.push(...examReasons(summary, rules))
  // The course's pass mark, whatever the attempt recorded: a log cannot lower it.
  const mark = Math.max(rules.passMarkPercent, summary.passMarkPercent ?? 0)
  const passed = summary.itemCount > 0 && summary.correct * 100 >= mark * summary.itemCount
  if (!passed) {
    reasons.push(`The score was ${summary.scorePercent}%, below the pass mark of ${mark}%.`)
  }
  return { eligible: reasons.length === 0, reasons }
}

/** The rules only a certificate exam has: the course's timing, a minimum time, few suspensions. */
function examReasons(summary: AttemptSummary, rules: CourseRules): string[] {
  const reasons: string[] = []
  if (summary.secondsPerItem !== rules.secondsPerItem) {
    reasons.push(`The exam did not use the course's ${rules.secondsPerItem} s per item.`)
  }
  if (!(rules.accommodations as readonly unknown[]).includes(summary.accommodation)) {
    reasons.push('The exam used a time accommodation the course does not offer.')
  }
  const minMs = rules.minSecondsPerItem * 1000 * summary.itemCount
  if (summary.elapsedMs < minMs) {
    reasons.push(
      `The exam took ${minutes(summary.elapsedMs)} of working time; a certificate needs at ` +
        `least ${minutes(minMs)} (${rules.minSecondsPerItem} s per item).`
    )
  }
  const count = summary.suspensionCount ?? 0
  if (count > rules.maxSuspensions) {
    reasons.push(
      `The exam was suspended ${count} times; a certificate allows at most ${rules.maxSuspensions}.`
    )
  }
  const suspended = summary.suspendedMs ?? 0
  if (suspended > rules.maxSuspendedMs) {
    reasons.push(
      `The exam spent ${minutes(suspended)} suspended; a certificate allows at most ` +
        `${minutes(rules.maxSuspendedMs)} in all.`
    )
  }
  return reasons
}

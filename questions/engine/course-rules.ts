// The shape of a course's certificate-exam rules. The rules themselves are part of the course
// value (course.rules; the RLS course's are questions/content/course-rules.ts), shipped with the
// app and never read from the learner's data: a restored backup or an edited settings file cannot
// lower the pass mark or the minimum length.
import type { SectionId } from '../item'
import type { Accommodation } from './types'

export interface CourseRules {
  /** Names this set of rules; recorded in every certificate exam started under it. */
  id: string
  passMarkPercent: number
  /** A certificate exam has at least this many items. */
  minItems: number
  requiredSections: readonly SectionId[]
  /** The exam's time per item; the learner does not choose it. */
  secondsPerItem: number
  /** Time accommodations a learner may take in a certificate exam (recorded on the attempt). */
  accommodations: readonly Exclude<Accommodation, 'untimed'>[]
  /** Working time below this per item makes an attempt ineligible (a race through it). */
  minSecondsPerItem: number
  /** Suspensions a certificate exam may have, however they happened (button, crash, sleep…). */
  maxSuspensions: number
  /** Total wall-clock time a certificate exam may spend suspended. */
  maxSuspendedMs: number
  /** An item whose key the learner saw (review, tutor feedback) this recently is not drawn. */
  keyExposureWindowDays: number
}

/**
 * A test-only variant of a course's rules: the same rules with another minimum time, under a
 * different id so an attempt started under it is never judged by the real rules. Only the browser
 * edition's RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM reaches this (docs/RELIABILITY.md, "Test flag").
 */
export function rulesWithMinSeconds(rules: CourseRules, minSecondsPerItem: number): CourseRules {
  return Object.freeze({
    ...rules,
    id: `${rules.id}+test-min-seconds-${minSecondsPerItem}`,
    minSecondsPerItem
  })
}

/** The certificate rule in words, with this course's numbers. */
export function certificateRuleText(rules: CourseRules): string {
  // Test rules without a minimum time (end-to-end runs) simply have no such clause.
  const minTime =
    rules.minSecondsPerItem > 0
      ? `, at least ${rules.minSecondsPerItem} s of working time per item`
      : ''
  const extra = rules.accommodations.filter((a) => a !== 1).map((a) => `×${a}`)
  const accommodations = extra.length > 0 ? ` (${extra.join(' or ')} if you need it)` : ''
  return (
    `A certificate needs a submitted Certificate exam of at least ${rules.minItems} items ` +
    `covering every section, at ${rules.secondsPerItem} s per item${accommodations}, ` +
    `with a score of at least ${rules.passMarkPercent}%${minTime}, and no more than ` +
    `${rules.maxSuspensions} suspensions (${Math.round(rules.maxSuspendedMs / 60_000)} min in all).`
  )
}

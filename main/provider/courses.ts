// The courses this provider tool can review: each with the bank fingerprints of the versions it
// knows. Only the version the code generates can be re-derived item by item; an older version
// is known (its fingerprint is recorded) but its items need the tool release of that version.
import type { BankFingerprint } from '../../questions/bank-fingerprint'
import { FINGERPRINTS } from '../../questions/bank-fingerprint'
import { rlsCausesCourse } from '../../questions/content/course'
import type { Course } from '../../questions/course/types'

export interface KnownCourse {
  course: Course
  fingerprints: readonly BankFingerprint[]
}

export const KNOWN_COURSES: readonly KnownCourse[] = [
  { course: rlsCausesCourse, fingerprints: FINGERPRINTS }
]

/** The course for a claim's id, version and fingerprint, or the reason there is none. */
export function courseFor(
  known: readonly KnownCourse[],
  claimed: { id: string; version: string; bankFingerprint: string }
): { course: Course } | { reason: string } {
  const entry = known.find((k) => k.course.id === claimed.id)
  if (!entry) return { reason: `The course "${claimed.id}" is not one this provider offers.` }
  const print = entry.fingerprints.find((f) => f.version === claimed.version)
  if (!print) {
    return { reason: `Course version ${claimed.version} is not a known version of the bank.` }
  }
  if (print.fingerprint !== claimed.bankFingerprint) {
    return {
      reason:
        `The bank fingerprint ${claimed.bankFingerprint} is not that of version ` +
        `${claimed.version} (${print.fingerprint}).`
    }
  }
  if (claimed.version !== entry.course.version) {
    return {
      reason:
        `Course version ${claimed.version} is known, but this provider tool re-derives items ` +
        `of version ${entry.course.version} only; review it with the release for ${claimed.version}.`
    }
  }
  return { course: entry.course }
}

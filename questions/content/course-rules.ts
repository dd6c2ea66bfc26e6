// The RLS course's certificate-exam rules (course.rules of rlsCausesCourse). Constants of the
// course: settings hold display choices only.
import { rulesWithMinSeconds, type CourseRules } from '../engine/course-rules'
import { sectionIds } from './sections'

export const COURSE_RULES: CourseRules = Object.freeze({
  id: 'rls-causes-certificate-1',
  passMarkPercent: 75,
  minItems: 20,
  requiredSections: sectionIds,
  secondsPerItem: 90,
  accommodations: [1, 1.5, 2],
  minSecondsPerItem: 20,
  maxSuspensions: 3,
  maxSuspendedMs: 30 * 60_000,
  keyExposureWindowDays: 180
} satisfies CourseRules)

/** The RLS rules with another minimum time, for tests (see rulesWithMinSeconds). */
export function courseRulesWithMinSeconds(minSecondsPerItem: number): CourseRules {
  return rulesWithMinSeconds(COURSE_RULES, minSecondsPerItem)
}

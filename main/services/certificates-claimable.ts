// Attempts that have earned a certificate not yet claimed: submitted, passed, meeting every rule
// (seal and items included) and without a certificate. The Certificates screen lists them with
// "Claim", so it never says "No certificates yet" while one is waiting.
import {
  certificateEligibility,
  type AttemptSummary,
  type CourseRules
} from '../../questions/engine'
import type { CourseSection } from '../../questions/course/types'
import type { ClaimableView, EligibilityView } from '../../preload/contract/certificate'

export interface ClaimableOptions {
  history: () => readonly AttemptSummary[]
  rules: CourseRules
  sections: readonly CourseSection[]
  hasCertificate: (attemptId: string) => boolean
  eligibility: (attemptId: string) => Promise<EligibilityView>
}

export async function claimableAttempts(o: ClaimableOptions): Promise<ClaimableView[]> {
  const out: ClaimableView[] = []
  for (const summary of o.history()) {
    if (summary.status !== 'submitted' || !summary.passed || o.hasCertificate(summary.id)) continue
    // The cheap rule check first; only a candidate pays for re-reading and vouching its file.
    if (!certificateEligibility(summary, { rules: o.rules, sections: o.sections }).eligible)
      continue
    if (!(await o.eligibility(summary.id)).eligible) continue
    out.push({
      attemptId: summary.id,
      submittedAt: summary.submittedAt ?? summary.startedAt,
      scorePercent: summary.scorePercent,
      itemCount: summary.itemCount
    })
  }
  return out.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}

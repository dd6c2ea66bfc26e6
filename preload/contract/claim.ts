// claim:* (issue 15 §3): the learner claims credit for a passed certificate exam and exports a
// signed claim file for the course's provider. main checks everything (eligibility, the course's
// evaluation, the attestation, the hours rule); the page only offers what main would accept.
import { z } from 'zod'
import type { CreditDesignation, EvaluationQuestion } from '../../questions/course/types'
import { evaluationInput } from './certificate'
import { channel } from './define'
import type { ExportFile } from './progress'

const attemptId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** Everything the claim screen shows and offers, for one attempt. */
export interface ClaimPrepareView {
  attemptId: string
  /** Whether a claim can be made at all (the certificate rules, the seal, the course's dates). */
  eligible: boolean
  /** Why not, in the learner's words (empty when eligible). */
  reasons: string[]
  provider: {
    name: string
    /** Where to send the claim file. */
    contact: string
    accredited: boolean
    accreditationStatement: string
  }
  credit: CreditDesignation
  /** Active (working) time of the attempt, whole minutes rounded down. */
  activeMinutes: number
  /** Every credit value that may be claimed (the hours rule), smallest first; [] when none. */
  creditChoices: number[]
  /** The statement the learner attests to. */
  attestation: string
  /** True when the attempt's certificate holds an evaluation complete for this course. */
  evaluationComplete: boolean
  /** The course's questions, for an evaluation still to be given with the claim. */
  evaluation: readonly EvaluationQuestion[]
  profileComplete: boolean
}

export const claimChannels = {
  /** What a claim for this attempt would be: eligibility, the provider, the credit the rule allows. */
  'claim:prepare': channel<ClaimPrepareView>()(z.strictObject({ attemptId })),
  /**
   * Builds, signs and returns the claim file (JSON, `.rlsclaim.json`). Refused with INELIGIBLE,
   * PROFILE_INCOMPLETE, EVALUATION_INCOMPLETE, ATTESTATION_REQUIRED or CREDITS_NOT_ALLOWED. The
   * evaluation is the one given with the certificate unless one is sent here.
   */
  'claim:export': channel<ExportFile & { claimId: string }>()(
    z.strictObject({
      attemptId,
      credits: z.number().finite().min(0).max(1000),
      attested: z.boolean(),
      evaluation: evaluationInput.optional()
    })
  )
}

// Claiming credit (issue 15 §3): after a passing certificate exam and the course's evaluation, the
// learner attests and claims credit within the hours rule, and gets a claim file signed with this
// installation's key to send to the course's provider. Plain functions over injected deps; every
// rule is enforced here, whatever the page offers.
import { randomBytes } from 'node:crypto'
import type { SigningKey } from '../certificate/keys'
import { CLAIM_FILE_SUFFIX } from '../claim/format'
import { checkEvaluation, type EvaluationAnswers } from '../../questions/course/evaluation'
import { creditChoices } from '../../questions/course/credit'
import type { Course } from '../../questions/course/types'
import type { AttemptRecord, AttemptSummary } from '../../questions/engine'
import type { ClaimPrepareView } from '../../preload/contract/claim'
import type { EligibilityView, Evaluation } from '../../preload/contract/certificate'
import type { ExportFile } from '../../preload/contract/progress'
import { ServiceError } from './service-error'
import type { Profile } from '../store/schema'
import { buildSignedClaim } from './claims-build'
import type { Clock } from './clock'
import { credentialsText, isProfileComplete } from './settings'

export interface ClaimServiceDeps {
  course: Pick<Course, 'id' | 'provider'>
  /** The certificate rules, the seal and the items (certificates.eligibility). */
  eligibility(attemptId: string): Promise<EligibilityView>
  summary(attemptId: string): Promise<AttemptSummary>
  /** The sealed record as stored (the attempt store's reader). */
  readAttempt(attemptId: string): Promise<AttemptRecord | null>
  /** The evaluation given with the attempt's certificate, if it has one. */
  storedEvaluation(attemptId: string): Evaluation | null
  profile(): Profile | null
  /** main/certificate/keys.ts loadOrCreateSigningKey for the data folder. */
  signingKey(): Promise<SigningKey>
  clock: Clock
  newClaimId?(): string
}

export interface ClaimRequest {
  attemptId: string
  credits: number
  attested: boolean
  evaluation?: Evaluation
}

export function createClaimService(d: ClaimServiceDeps) {
  const provider = d.course.provider
  const newClaimId = d.newClaimId ?? (() => randomBytes(16).toString('base64url'))

  /** The course's dates bound when the exam was submitted (UTC calendar date, as ISO sorts). */
  function dateReason(summary: AttemptSummary): string | null {
    const day = (summary.submittedAt ?? '').slice(0, 10)
    if (day >= provider.releaseDate && day <= provider.expiryDate) return null
    return (
      `Credit for this edition of the course can be claimed for exams submitted from ` +
      `${provider.releaseDate} to ${provider.expiryDate}; this one was submitted on ${day}.`
    )
  }

  function completeEvaluation(attemptId: string, given?: Evaluation): EvaluationAnswers | null {
    const answers = given ?? d.storedEvaluation(attemptId)
    if (!answers) return null
    const check = checkEvaluation(provider.evaluation, answers)
    return check.ok ? check.answers : null
  }

  async function prepare(attemptId: string): Promise<ClaimPrepareView> {
    const check = await d.eligibility(attemptId)
    const summary = await d.summary(attemptId)
    const late = check.eligible ? dateReason(summary) : null
    const reasons = [...check.reasons, ...(late ? [late] : [])]
    return {
      attemptId,
      eligible: reasons.length === 0,
      reasons,
      provider: {
        name: provider.name,
        contact: provider.contact,
        accredited: provider.accredited,
        accreditationStatement: provider.accreditationStatement
      },
      credit: { ...provider.credit },
      activeMinutes: Math.floor(summary.elapsedMs / 60_000),
      creditChoices: reasons.length === 0 ? creditChoices(provider.credit, summary.elapsedMs) : [],
      attestation: provider.attestation,
      evaluationComplete: completeEvaluation(attemptId) !== null,
      evaluation: provider.evaluation,
      profileComplete: isProfileComplete(d.profile())
    }
  }

  async function exportClaim(request: ClaimRequest): Promise<ExportFile & { claimId: string }> {
    const { attemptId } = request
    const view = await prepare(attemptId)
    if (!view.eligible) {
      throw new ServiceError('INELIGIBLE', `No claim for this attempt: ${view.reasons.join(' ')}`)
    }
    const profile = d.profile()
    if (!profile || !isProfileComplete(profile)) {
      throw new ServiceError(
        'PROFILE_INCOMPLETE',
        'Add your full name and credentials in Settings: the provider needs them on the claim.'
      )
    }
    const evaluation = completeEvaluation(attemptId, request.evaluation)
    if (!evaluation) {
      const given = request.evaluation ?? d.storedEvaluation(attemptId) ?? {}
      const check = checkEvaluation(provider.evaluation, given)
      const detail = check.ok ? '' : ` ${check.problems.map((p) => p.message).join(' ')}`
      throw new ServiceError(
        'EVALUATION_INCOMPLETE',
        `A claim needs the course's evaluation, complete.${detail}`
      )
    }
    if (!request.attested) {
      throw new ServiceError(
        'ATTESTATION_REQUIRED',
        `A claim needs your attestation: "${provider.attestation}"`
      )
    }
    // The value offered, not the number sent: 0.75 arrives as 0.75 but 0.1 + 0.2 would not.
    const credits = view.creditChoices.find((c) => Math.abs(c - request.credits) < 1e-9)
    if (credits === undefined) throw new ServiceError('CREDITS_NOT_ALLOWED', creditRefusal(view))
    const [record, summary, key] = await Promise.all([
      d.readAttempt(attemptId),
      d.summary(attemptId),
      d.signingKey()
    ])
    if (!record) throw new ServiceError('NOT_FOUND', 'There is no such attempt.')
    const now = new Date(d.clock.wallMs()).toISOString()
    const file = buildSignedClaim({
      claimId: newClaimId(),
      createdAt: now,
      course: d.course,
      record,
      summary,
      evaluation,
      attestation: { text: provider.attestation, attestedAt: now },
      credits: { claimed: credits, type: provider.credit.type },
      learner: {
        fullName: profile.fullName!.trim(),
        credentials: credentialsText(profile),
        licenceId: profile.licenceId?.trim() || null,
        npi: profile.npi || null
      },
      key
    })
    return {
      filename: `RLS-Casebook-claim-${summary.submittedAt!.slice(0, 10)}-${attemptId.slice(0, 8)}${CLAIM_FILE_SUFFIX}`,
      mimeType: 'application/json',
      content: `${JSON.stringify(file, null, 2)}\n`,
      claimId: file.claim.claimId
    }
  }

  return { prepare, exportClaim }
}

function creditRefusal(view: ClaimPrepareView): string {
  const { maxCredits, increment } = view.credit
  const most = view.creditChoices.at(-1)
  if (most === undefined) {
    return (
      `The exam's working time (${view.activeMinutes} min) is less than the smallest claim ` +
      `(${increment} at ${view.credit.minutesPerCredit} min per credit), so nothing can be claimed.`
    )
  }
  return (
    `Claim a multiple of ${increment}, at most ${most} (the course allows ${maxCredits}, and ` +
    `the exam's ${view.activeMinutes} min of working time allow ${most}).`
  )
}

export type ClaimService = ReturnType<typeof createClaimService>

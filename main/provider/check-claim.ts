// One claim file, judged on its own (review.ts adds the ledger and the rest of the batch). In
// order: it parses as format v1; its signature verifies with the installation key it names; the
// course, version and bank fingerprint are known; every item is re-generated from its id and the
// log re-folded (replay.ts); then every rule at once: the course's certificate rules, the log's
// times, the dates, the evaluation, the attestation and the credit. A failing stage stops the
// ones that depend on it; otherwise every reason is reported.
import { verify as edVerify } from 'node:crypto'
import { certificateEligibility } from '../../questions/engine'
import { suspensionTotals } from '../../questions/engine/suspensions'
import type { Course } from '../../questions/course/types'
import { canonicalJsonBytes } from '../certificate/canonical'
import { tryFromBase64Url } from '../certificate/encoding'
import { fingerprintOf, publicKeyFromRaw } from '../certificate/keys'
import { claimFileSchema, type Claim } from '../claim/format'
import { attestationReasons, creditReasons, dateReasons, evaluationReasons } from './claim-checks'
import { courseFor, type KnownCourse } from './courses'
import { replayClaim } from './replay'
import { timeReasons } from './time-checks'

/** What the provider established itself, from the events (never from the claim's word). */
export interface Established {
  courseTitle: string
  bankVersion: string
  itemCount: number
  correct: number
  scorePercent: number
  passMarkPercent: number
  activeMs: number
  accommodation: 1 | 1.5 | 2
  suspensions: { count: number; totalMs: number }
  startedAt: string
  submittedAt: string
  credits: number
  /** The items' estimated seconds, summed (the certificate's estimated hours). */
  estimatedSeconds: number
  objectives: string[]
}

export type ClaimVerdict =
  | { accepted: true; claim: Claim; established: Established }
  | { accepted: false; claim: Claim | null; reasons: string[] }

export function checkClaimText(text: string, known: readonly KnownCourse[]): ClaimVerdict {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refuse(null, ['The file is not JSON.'])
  }
  const parsed = claimFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse(null, [
      `Not a claim file of format version 1: ${issue?.path.join('.') || '(root)'}: ${issue?.message}.`
    ])
  }
  const { claim, signature } = parsed.data
  // The signature covers the claim as written (the schema strips nothing it was not given, but
  // verifying the raw object makes sure of it).
  if (!signatureValid((raw as { claim: unknown }).claim, claim.installation.publicKey, signature)) {
    return refuse(claim, [
      'The signature does not verify with the installation key the claim names: the file was ' +
        'changed after it was signed, or signed by another key.'
    ])
  }
  if (claim.installation.fingerprint !== fingerprintOf(claim.installation.publicKey)) {
    return refuse(claim, ['The installation fingerprint is not that of its key.'])
  }
  const found = courseFor(known, claim.course)
  if ('reason' in found) return refuse(claim, [found.reason])
  return judge(claim, found.course)
}

function judge(claim: Claim, course: Course): ClaimVerdict {
  const replay = replayClaim(claim, course)
  if (!replay.ok) return refuse(claim, replay.reasons)
  const { state, summary, events } = replay.value
  const reasons = [
    ...certificateEligibility(summary, course).reasons,
    ...timeReasons(claim, events, state),
    ...dateReasons(course.provider, state.submittedAt),
    ...evaluationReasons(course.provider.evaluation, claim.evaluation),
    ...attestationReasons(course.provider, claim),
    ...creditReasons(course.provider, claim, summary.elapsedMs)
  ]
  if (reasons.length > 0) return refuse(claim, reasons)
  const totals = suspensionTotals(events)
  return {
    accepted: true,
    claim,
    established: {
      courseTitle: course.title,
      bankVersion: course.version,
      itemCount: summary.itemCount,
      correct: summary.correct,
      scorePercent: summary.scorePercent,
      passMarkPercent: Math.max(course.rules.passMarkPercent, summary.passMarkPercent),
      activeMs: summary.elapsedMs,
      accommodation: summary.accommodation === 'untimed' ? 1 : summary.accommodation,
      suspensions: {
        count: Math.max(totals.count, summary.suspensionCount),
        totalMs: totals.totalMs
      },
      startedAt: summary.startedAt,
      submittedAt: summary.submittedAt!,
      credits: claim.credits.claimed,
      estimatedSeconds: summary.estimatedSeconds,
      objectives: [...course.objectives]
    }
  }
}

function signatureValid(claim: unknown, publicKey: string, signature: string): boolean {
  const sig = tryFromBase64Url(signature)
  if (!sig || sig.length !== 64) return false
  try {
    return edVerify(null, canonicalJsonBytes(claim), publicKeyFromRaw(publicKey), sig)
  } catch {
    return false
  }
}

const refuse = (claim: Claim | null, reasons: string[]): ClaimVerdict => ({
  accepted: false,
  claim,
  reasons
})

// Builds and signs one claim file (main/claim/format.ts) from a sealed attempt record. A plain
// function over plain values, so the claim service, the provider's end-to-end tests and the bench
// make claims exactly the same way. The claim is validated with the format's own schema before it
// is signed and again as a file, so nothing that the provider's reader would refuse leaves here.
import { canonicalJson, canonicalJsonBytes } from '../certificate/canonical'
import { toBase64Url } from '../certificate/encoding'
import type { SigningKey } from '../certificate/keys'
import {
  CLAIM_FORMAT,
  CLAIM_FORMAT_VERSION,
  claimFileSchema,
  claimSchema,
  type Claim,
  type ClaimFile
} from '../claim/format'
import { FINGERPRINTS } from '../../questions/bank-fingerprint'
import type { EvaluationAnswers } from '../../questions/course/evaluation'
import type { Course } from '../../questions/course/types'
import type { AttemptRecord, AttemptSummary } from '../../questions/engine'

export interface ClaimInput {
  claimId: string
  /** When the claim is made (ISO). */
  createdAt: string
  course: Pick<Course, 'id'>
  /** The sealed attempt as stored (item snapshots included; the claim keeps only their ids). */
  record: AttemptRecord
  /** Its summary (timings), as the attempt service folds it from the same log. */
  summary: Pick<AttemptSummary, 'elapsedMs' | 'startedAt' | 'submittedAt' | 'bankVersion'>
  /** Already checked against the course (questions/course/evaluation.ts). */
  evaluation: EvaluationAnswers
  attestation: { text: string; attestedAt: string }
  /** Already checked with the hours rule (questions/course/credit.ts). */
  credits: { claimed: number; type: string | null }
  learner: Claim['learner']
  key: Pick<SigningKey, 'publicKey' | 'fingerprint' | 'sign'>
}

/** The bank fingerprint recorded for a bank version, or null when this build does not know it. */
export function bankFingerprintOf(version: string): string | null {
  return FINGERPRINTS.find((f) => f.version === version)?.fingerprint ?? null
}

/** The attempt's own events, except that `started` carries item ids instead of snapshots. */
export function claimEvents(record: AttemptRecord): Claim['attempt']['events'] {
  return record.events.map((event) =>
    event.type === 'started' ? { ...event, items: event.items.map((item) => item.id) } : event
  ) as Claim['attempt']['events']
}

/** Throws (with the schema's first complaint) when the input cannot make a valid claim. */
export function buildSignedClaim(input: ClaimInput): ClaimFile {
  const started = input.record.events[0]
  if (started?.type !== 'started') throw new Error('the attempt log has no started event')
  const rulesId = started.config.exam?.rulesId
  if (!rulesId) throw new Error('the attempt is not a certificate exam')
  if (input.summary.submittedAt === null) throw new Error('the attempt is not submitted')
  const bankFingerprint = bankFingerprintOf(input.summary.bankVersion)
  if (bankFingerprint === null) {
    throw new Error(`no fingerprint is recorded for question bank ${input.summary.bankVersion}`)
  }
  const claim: Claim = {
    format: CLAIM_FORMAT,
    formatVersion: CLAIM_FORMAT_VERSION,
    // Random per export: the provider's review refuses a second claim for the same attempt.
    claimId: input.claimId,
    // When the learner made the claim (also the attestation's time).
    createdAt: input.createdAt,
    course: {
      // The course's stable id (questions/course/types.ts Course.id).
      id: input.course.id,
      // The bank version the attempt's items came from (vouched equal to this build's BANK).
      version: input.summary.bankVersion,
      // What that bank version generates (questions/bank-fingerprint.ts): the provider's build
      // must generate the same items, or it cannot re-score the claim.
      bankFingerprint
    },
    attempt: {
      id: input.record.id,
      // The certificate rules the exam was started under (config.exam.rulesId).
      rulesId,
      // The log as sealed, `started` with item ids: the provider re-generates and re-scores.
      events: claimEvents(input.record),
      // Working time as the app measured it (capped at the limit); the hours rule's input.
      activeMs: input.summary.elapsedMs,
      startedAt: input.summary.startedAt,
      submittedAt: input.summary.submittedAt
    },
    // The course's evaluation, by question id, checked complete against the course.
    evaluation: input.evaluation,
    // The course's attestation text as the learner ticked it, and when.
    attestation: input.attestation,
    // Within the hours rule; type null for an unaccredited course (a record of time only).
    credits: input.credits,
    // From the profile: name and credentials as on the certificate, licence ID and NPI or null.
    learner: input.learner,
    // The key that signs the file (this installation's certificate key) and its fingerprint.
    installation: { publicKey: input.key.publicKey, fingerprint: input.key.fingerprint }
  }
  const parsed = claimSchema.safeParse(claim)
  if (!parsed.success) throw new Error(`invalid claim: ${firstIssue(parsed.error.issues)}`)
  // The schema strips keys it does not know; what is signed must be exactly what is checked.
  if (canonicalJson(parsed.data) !== canonicalJson(claim)) {
    throw new Error('invalid claim: it holds fields the claim format does not define')
  }
  const signature = toBase64Url(input.key.sign(canonicalJsonBytes(claim)))
  return claimFileSchema.parse({ claim, signature })
}

function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0]
  return issue ? `${issue.path.map(String).join('.') || 'claim'}: ${issue.message}` : 'unknown'
}

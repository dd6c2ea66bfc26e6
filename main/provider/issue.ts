// `provider issue`: a certificate for every claim the review accepted, signed with the PROVIDER's
// key in the app's certificate design (with the provider as issuer, its statements and the credit
// awarded in the signed fields), the refusals with their reasons, and the roster of awarded
// credit. Each claim file must be byte-for-byte the one reviewed, and the ledger is consulted
// again: an award is written to the ledger BEFORE its PDF, so a crash can leave an award without
// its PDF (reported by the next run with the certificate id) but never credit given twice.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalJson } from '../certificate/canonical'
import { estimateHours } from '../certificate/fields'
import { writeDurably } from '../certificate/keys'
import type { CertificateInput } from '../certificate/sign'
import type { ProviderBlock } from '../../questions/course/types'
import { claimFileSchema } from '../claim/format'
import { appendToLedger, type Ledger } from './ledger'
import {
  ledgerKeyOf,
  sha256,
  type AcceptedClaim,
  type RefusedClaim,
  type ReviewResult
} from './review'
import { rosterCsv, type RosterRow } from './roster'

export interface IssueDeps {
  /** Fingerprint of the provider key the renderer signs with (checked against the review). */
  keyFingerprint: string
  provider: ProviderBlock
  providerDir: string
  ledger: Ledger
  now: () => Date
  newId: () => string
  /** Signs and renders one certificate with the provider's key (render-pool.ts, or in-thread). */
  render: (input: CertificateInput, pageSize: 'A4' | 'Letter') => Promise<Uint8Array>
  /** How many certificates are rendered at once (the pool's size). */
  parallel?: number
  pageSize?: 'A4' | 'Letter'
}

export interface IssueResult {
  issued: { certificateId: string; claimId: string; file: string; credits: number }[]
  refused: RefusedClaim[]
  rosterFile: string
  refusalsFile: string
}

interface Prepared {
  accepted: AcceptedClaim
  input: CertificateInput
}

export async function issueCertificates(
  review: ReviewResult,
  outDir: string,
  deps: IssueDeps
): Promise<IssueResult> {
  if (review.providerFingerprint !== deps.keyFingerprint) {
    throw new Error("This review was made with another provider's folder.")
  }
  const certDir = path.join(outDir, 'certificates')
  await fs.mkdir(certDir, { recursive: true })
  const refused: RefusedClaim[] = [...review.refused]
  const issued: IssueResult['issued'] = []
  const roster: RosterRow[] = []
  let ledger = deps.ledger
  const window = Math.max(1, (deps.parallel ?? 1) * 2)
  for (let start = 0; start < review.accepted.length; start += window) {
    // Checked, rendered in parallel, then awarded in order: ledger first (one write for the
    // window), then the PDFs.
    const prepared: Prepared[] = []
    for (const accepted of review.accepted.slice(start, start + window)) {
      const problem = (await changedSinceReview(accepted)) ?? ledger.seen(keyOf(accepted))
      if (problem) refused.push(refusal(accepted, problem))
      else {
        const input = certificateInput(
          accepted,
          deps.provider,
          deps.newId(),
          deps.now().toISOString()
        )
        prepared.push({ accepted, input })
      }
    }
    const rendered = await Promise.all(
      prepared.map(({ input }) =>
        deps.render(input, deps.pageSize ?? 'A4').then(
          (pdf) => ({ pdf }),
          (err: Error) => ({ error: err.message })
        )
      )
    )
    const awards: { p: Prepared; pdf: Uint8Array }[] = []
    rendered.forEach((r, i) => {
      const p = prepared[i]!
      // E.g. statements too long for the QR code: nothing is awarded, and the claim can be
      // issued again once provider.json is fixed.
      if ('error' in r)
        refused.push(refusal(p.accepted, `No certificate could be made: ${r.error}.`))
      else awards.push({ p, pdf: r.pdf })
    })
    if (awards.length === 0) continue
    ledger = await appendToLedger(
      deps.providerDir,
      ledger,
      awards.map(({ p }) => ({
        ...keyOf(p.accepted),
        certificateId: p.input.certificateId,
        awardedAt: p.input.issuedAt,
        credits: p.input.issuer!.credits
      }))
    )
    await Promise.all(
      awards.map(async ({ p, pdf }) => {
        const file = path.join(certDir, `${p.input.certificateId}.pdf`)
        await writeDurably(file, pdf, 0o644)
        issued.push({
          certificateId: p.input.certificateId,
          claimId: p.accepted.claim.claimId,
          file,
          credits: p.input.issuer!.credits
        })
        roster.push(rosterRow(p.accepted, deps.provider, p.input.certificateId, p.input.issuedAt))
      })
    )
  }
  const order = new Map(review.accepted.map((a, i) => [a.claim.claimId, i]))
  issued.sort((a, b) => order.get(a.claimId)! - order.get(b.claimId)!)
  roster.sort((a, b) => order.get(a.claimId)! - order.get(b.claimId)!)
  const rosterFile = path.join(outDir, 'roster.csv')
  await writeDurably(rosterFile, rosterCsv(roster), 0o644)
  const refusalsFile = path.join(outDir, 'refusals.json')
  await writeDurably(refusalsFile, `${JSON.stringify(refused, null, 2)}\n`, 0o644)
  return { issued, refused, rosterFile, refusalsFile }
}

const keyOf = (a: AcceptedClaim) => ledgerKeyOf(a.claim)

async function changedSinceReview(a: AcceptedClaim): Promise<string | null> {
  let text: string
  try {
    text = await fs.readFile(a.file, 'utf8')
  } catch {
    return 'The claim file is gone since the review.'
  }
  if (sha256(text) !== a.sha256) return 'The claim file changed since the review.'
  // The review's copy of the claim must be the file's (a hand-edited review.json is not).
  const parsed = claimFileSchema.safeParse(JSON.parse(text))
  if (
    !parsed.success ||
    canonicalJson(parsed.data.claim) !== canonicalJson(a.claim) ||
    a.established.credits !== a.claim.credits.claimed
  ) {
    return 'The review does not match the claim file.'
  }
  return null
}

function refusal(a: AcceptedClaim, reason: string): RefusedClaim {
  return {
    file: a.file,
    claimId: a.claim.claimId,
    attemptId: a.claim.attempt.id,
    learner: `${a.claim.learner.fullName}, ${a.claim.learner.credentials}`,
    reasons: [reason]
  }
}

/** The learner's licence and NPI, as one printed line. */
function licenceLine(learner: AcceptedClaim['claim']['learner']): string | undefined {
  const parts = [learner.licenceId, learner.npi ? `NPI ${learner.npi}` : null].filter(
    (p): p is string => !!p
  )
  return parts.length > 0 ? parts.join(' · ') : undefined
}

export function certificateInput(
  a: AcceptedClaim,
  provider: ProviderBlock,
  certificateId: string,
  issuedAt: string
): CertificateInput {
  const e = a.established
  const licence = licenceLine(a.claim.learner)
  return {
    certificateId,
    course: { id: a.claim.course.id, title: e.courseTitle, bankVersion: e.bankVersion },
    learner: {
      fullName: a.claim.learner.fullName,
      credentials: a.claim.learner.credentials,
      ...(licence ? { licenceId: licence } : {})
    },
    completedAt: e.submittedAt.slice(0, 10),
    attemptId: a.claim.attempt.id,
    scorePercent: e.scorePercent,
    passMarkPercent: e.passMarkPercent,
    itemCount: e.itemCount,
    correct: e.correct,
    timeUsedSeconds: Math.round(e.activeMs / 1000),
    timeAccommodation: e.accommodation,
    suspensions: {
      count: e.suspensions.count,
      totalSeconds: Math.round(e.suspensions.totalMs / 1000)
    },
    estimatedHours: estimateHours([e.estimatedSeconds]),
    objectives: e.objectives,
    issuedAt,
    issuer: {
      provider: provider.name,
      accreditationStatement: provider.accreditationStatement,
      creditStatement: provider.credit.statement,
      credits: e.credits,
      creditType: provider.credit.type,
      claimId: a.claim.claimId
    }
  }
}

function rosterRow(
  a: AcceptedClaim,
  provider: ProviderBlock,
  certificateId: string,
  issuedAt: string
): RosterRow {
  const { learner, course } = a.claim
  return {
    learnerName: learner.fullName,
    credentials: learner.credentials,
    licenceId: learner.licenceId,
    npi: learner.npi,
    courseId: course.id,
    courseVersion: course.version,
    courseTitle: a.established.courseTitle,
    activityStarted: a.established.startedAt.slice(0, 10),
    activityCompleted: a.established.submittedAt.slice(0, 10),
    credits: a.established.credits,
    creditType: provider.credit.type,
    certificateId,
    claimId: a.claim.claimId,
    attemptId: a.claim.attempt.id,
    issuedAt,
    installationFingerprint: a.claim.installation.fingerprint
  }
}

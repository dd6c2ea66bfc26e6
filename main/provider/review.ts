// `provider review CLAIMS_DIR`: every claim file in the folder judged (check-claim.ts), then
// against the ledger of credit already awarded and against the rest of the batch: one attempt
// earns credit once, whichever installation key signed it and whatever its claim id.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { printable } from '../../preload/contract/clean-text'
import { CLAIM_FILE_SUFFIX, type Claim } from '../claim/format'
import { checkClaimText, type Established } from './check-claim'
import type { KnownCourse } from './courses'
import { learnerKeyOf, type Ledger, type LedgerKey } from './ledger'

/** No claim the app writes comes near this; a larger file is refused unread. */
export const MAX_CLAIM_BYTES = 16 * 1024 * 1024

export interface AcceptedClaim {
  file: string
  sha256: string
  claim: Claim
  established: Established
}

export interface RefusedClaim {
  file: string
  claimId: string | null
  attemptId: string | null
  learner: string | null
  reasons: string[]
}

export interface ReviewResult {
  format: 'rls-casebook-review'
  version: 1
  reviewedAt: string
  providerFingerprint: string
  accepted: AcceptedClaim[]
  refused: RefusedClaim[]
}

export interface ReviewDeps {
  known: readonly KnownCourse[]
  ledger: Ledger
  providerFingerprint: string
  now: () => Date
}

export async function claimFilesIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir)
  return names
    .filter((n) => n.endsWith(CLAIM_FILE_SUFFIX))
    .sort()
    .map((n) => path.join(dir, n))
}

export async function reviewClaimsDir(dir: string, deps: ReviewDeps): Promise<ReviewResult> {
  const files = await claimFilesIn(dir)
  const read = await Promise.all(
    files.map(async (file) => {
      const { size } = await fs.stat(file)
      return { file, text: size > MAX_CLAIM_BYTES ? null : await fs.readFile(file, 'utf8') }
    })
  )
  return reviewClaims(read, deps)
}

export function reviewClaims(
  files: readonly { file: string; text: string | null }[],
  deps: ReviewDeps
): ReviewResult {
  const accepted: AcceptedClaim[] = []
  const refused: RefusedClaim[] = []
  const refuse = (file: string, claim: Claim | null, reasons: string[]): void => {
    refused.push({
      file,
      claimId: claim?.claimId ?? null,
      attemptId: claim?.attempt.id ?? null,
      learner: claim ? `${claim.learner.fullName}, ${claim.learner.credentials}` : null,
      reasons
    })
  }
  for (const { file, text } of files) {
    if (text === null) {
      refuse(file, null, [`The file is larger than any claim (${MAX_CLAIM_BYTES} bytes).`])
      continue
    }
    const verdict = checkClaimText(text, deps.known)
    if (!verdict.accepted) {
      refuse(file, verdict.claim, verdict.reasons)
      continue
    }
    const { claim } = verdict
    const seen = deps.ledger.seen(ledgerKeyOf(claim))
    if (seen) refuse(file, claim, [seen])
    else accepted.push({ file, sha256: sha256(text), claim, established: verdict.established })
  }
  return {
    format: 'rls-casebook-review',
    version: 1,
    reviewedAt: deps.now().toISOString(),
    providerFingerprint: deps.providerFingerprint,
    ...withinBatch(accepted, refused)
  }
}

/**
 * One attempt, one award. Several files for one attempt from one installation: the first (by file
 * name) stands and the others are refused as copies. The same attempt signed by two or more
 * installation keys: all are refused, since at most one of them is the learner's own.
 */
function withinBatch(
  accepted: AcceptedClaim[],
  refused: RefusedClaim[]
): { accepted: AcceptedClaim[]; refused: RefusedClaim[] } {
  const keysOf = new Map<string, Set<string>>()
  for (const a of accepted) {
    const keys = keysOf.get(a.claim.attempt.id) ?? new Set()
    keys.add(a.claim.installation.publicKey)
    keysOf.set(a.claim.attempt.id, keys)
  }
  const kept: AcceptedClaim[] = []
  const firstOf = new Map<string, AcceptedClaim>()
  const claimIds = new Map<string, AcceptedClaim>()
  const learners = new Map<string, AcceptedClaim>()
  const out = [...refused]
  const drop = (a: AcceptedClaim, reason: string): void => {
    out.push({
      file: a.file,
      claimId: a.claim.claimId,
      attemptId: a.claim.attempt.id,
      learner: `${a.claim.learner.fullName}, ${a.claim.learner.credentials}`,
      reasons: [reason]
    })
  }
  for (const a of accepted) {
    const keys = keysOf.get(a.claim.attempt.id)!.size
    const first = firstOf.get(a.claim.attempt.id)
    const sameClaim = claimIds.get(a.claim.claimId)
    const key = learnerKeyOf(a.claim.learner)
    const learner = key === null ? null : `${a.claim.course.id}|${key}`
    if (keys > 1) {
      drop(a, `The same attempt is claimed by ${keys} different installation keys in this batch.`)
    } else if (first) {
      drop(a, `A copy of the claim in ${path.basename(first.file)} (the same attempt).`)
    } else if (sameClaim) {
      drop(a, `The same claim id as ${path.basename(sameClaim.file)}.`)
    } else if (learner && learners.has(learner)) {
      drop(
        a,
        `The same learner (${learnerKeyOf(a.claim.learner)}) as ${path.basename(learners.get(learner)!.file)}: credit is awarded once per learner.`
      )
    } else {
      firstOf.set(a.claim.attempt.id, a)
      claimIds.set(a.claim.claimId, a)
      if (learner) learners.set(learner, a)
      kept.push(a)
    }
  }
  return { accepted: kept, refused: out.sort((x, y) => x.file.localeCompare(y.file)) }
}

export function ledgerKeyOf(claim: Claim): LedgerKey {
  return {
    installationKey: claim.installation.publicKey,
    attemptId: claim.attempt.id,
    claimId: claim.claimId,
    courseId: claim.course.id,
    learnerKey: learnerKeyOf(claim.learner)
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The human summary printed after a review. Every string from a claim is escaped (printable):
 * a learner name cannot carry a line break or an ESC sequence that would forge a verdict line.
 */
export function reviewSummary(r: ReviewResult): string {
  const p = printable
  const lines = [
    `Reviewed ${r.accepted.length + r.refused.length} claim(s): ` +
      `${r.accepted.length} accepted, ${r.refused.length} refused.`
  ]
  for (const a of r.accepted) {
    lines.push(
      `  ACCEPTED ${p(path.basename(a.file))}: ${p(a.claim.learner.fullName)}, ` +
        `${a.established.correct}/${a.established.itemCount} correct, ${a.established.credits} credit(s)`
    )
  }
  for (const f of r.refused) {
    lines.push(`  REFUSED  ${p(path.basename(f.file))}${f.learner ? ` (${p(f.learner)})` : ''}:`)
    for (const reason of f.reasons) lines.push(`           - ${p(reason)}`)
  }
  return lines.join('\n')
}

// The provider's ledger of awarded credit (<provider folder>/ledger.json): one entry per issued
// certificate, keyed by the installation key and the attempt id, with the claim id. `review`
// refuses a claim whose attempt or claim id is already in it, from the same installation (a
// replay) or from another one (the same attempt re-signed by a second key); `issue` appends.
// Written durably (temp, fsync, rename), so a crash leaves the old ledger or the new one.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { writeDurably } from '../certificate/keys'

export const LEDGER_FILE = 'ledger.json'

const entrySchema = z.strictObject({
  installationKey: z.string(),
  attemptId: z.string(),
  claimId: z.string(),
  certificateId: z.string(),
  awardedAt: z.string(),
  credits: z.number(),
  courseId: z.string(),
  /** The learner's NPI or licence id as compared (learnerKey below), or null when none given. */
  learnerKey: z.string().nullable()
})
const ledgerSchema = z.strictObject({ version: z.literal(1), entries: z.array(entrySchema) })

export type LedgerEntry = z.output<typeof entrySchema>

export interface Ledger {
  entries: readonly LedgerEntry[]
  /** Why this claim was already awarded, or null. */
  seen(claim: LedgerKey): string | null
}

export interface LedgerKey {
  installationKey: string
  attemptId: string
  claimId: string
  courseId: string
  learnerKey: string | null
}

/**
 * Who the learner is, as far as a claim can say: the NPI, else the licence id, normalised. A
 * learner earns credit for an activity once; a second attempt, however honest, earns no more.
 */
export function learnerKeyOf(learner: {
  npi: string | null
  licenceId: string | null
}): string | null {
  if (learner.npi) return `npi:${learner.npi}`
  const licence = learner.licenceId?.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return licence ? `licence:${licence}` : null
}

export function ledgerOf(entries: readonly LedgerEntry[]): Ledger {
  const byAttempt = new Map(entries.map((e) => [e.attemptId, e]))
  const byClaim = new Map(entries.map((e) => [e.claimId, e]))
  const byLearner = new Map(
    entries.filter((e) => e.learnerKey !== null).map((e) => [`${e.courseId}|${e.learnerKey}`, e])
  )
  return {
    entries,
    seen({ installationKey, attemptId, claimId, courseId, learnerKey }) {
      const a = byAttempt.get(attemptId)
      if (a && a.installationKey === installationKey) {
        return `This attempt was already awarded credit (certificate ${a.certificateId}): a replayed claim.`
      }
      if (a) {
        return (
          `This attempt was already awarded credit (certificate ${a.certificateId}) on a claim ` +
          'signed by another installation: the same attempt cannot earn credit twice.'
        )
      }
      const c = byClaim.get(claimId)
      if (c) return `This claim id was already awarded credit (certificate ${c.certificateId}).`
      const l = learnerKey === null ? undefined : byLearner.get(`${courseId}|${learnerKey}`)
      if (l) {
        return (
          `This learner (${learnerKey}) was already awarded credit for this course ` +
          `(certificate ${l.certificateId}); credit is awarded once per learner.`
        )
      }
      return null
    }
  }
}

export async function readLedger(dir: string): Promise<Ledger> {
  let text: string
  try {
    text = await fs.readFile(path.join(dir, LEDGER_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return ledgerOf([])
    throw err
  }
  // A damaged ledger stops the run: going on without it would award credit twice.
  const parsed = ledgerSchema.safeParse(JSON.parse(text))
  if (!parsed.success)
    throw new Error(`${LEDGER_FILE} is damaged: ${parsed.error.issues[0]?.message}`)
  return ledgerOf(parsed.data.entries)
}

/** Writes `current` plus `added` (current as read from `dir` by this run: one writer at a time). */
export async function appendToLedger(
  dir: string,
  current: Ledger,
  added: readonly LedgerEntry[]
): Promise<Ledger> {
  const entries = [...current.entries, ...added]
  await writeDurably(
    path.join(dir, LEDGER_FILE),
    `${JSON.stringify({ version: 1, entries }, null, 1)}\n`,
    0o600
  )
  return ledgerOf(entries)
}

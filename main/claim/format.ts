// The claim file (format rls-casebook-claim, version 1): what a learner sends an accredited
// provider to claim credit for a passed certificate exam. Written by main/services (learner side),
// read by main/provider (the provider's `review`). Versioned; the JSON schema for outsiders is
// docs/claim.schema.json and the meaning of each field is in docs/PROVIDER.md.
//
// The file is { claim, signature }: `signature` is Ed25519 (the installation's certificate key,
// main/certificate/keys.ts) over canonicalJson(claim), and `claim.installation.publicKey` is the
// raw public key it verifies with. The event log is the attempt's own, except that the `started`
// event's `items` holds item ids instead of snapshots: the provider re-generates every item from
// its id and the bank version, so nothing in the claim can change what an item said or keyed.
import { z } from 'zod'
import { eventSchemaWith } from '../services/attempts-schema'

export const CLAIM_FORMAT = 'rls-casebook-claim'
export const CLAIM_FORMAT_VERSION = 1
export const CLAIM_FILE_SUFFIX = '.rlsclaim.json'

const iso = z.string().min(1).max(40)
const b64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(200)
const line = z.string().min(1).max(300)

export const claimEventSchema = eventSchemaWith(
  z.array(z.string().min(1).max(1000)).min(1).max(200)
)

export const claimSchema = z.strictObject({
  format: z.literal(CLAIM_FORMAT),
  formatVersion: z.literal(CLAIM_FORMAT_VERSION),
  /** Random id of this claim (a replayed file has the same one). */
  claimId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  createdAt: iso,
  course: z.strictObject({
    id: line,
    /** Bank version the items came from. */
    version: line,
    /** questions/bank-fingerprint.ts for that version. */
    bankFingerprint: z.string().regex(/^[0-9a-f]{16}$/)
  }),
  attempt: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    /** The course rules the exam was started under (config.exam.rulesId). */
    rulesId: line,
    events: z.array(claimEventSchema).min(2).max(100_000),
    /** Active (working) time and wall-clock time, as the app measured them. Re-checked. */
    activeMs: z.number().finite().min(0).max(1e10),
    startedAt: iso,
    submittedAt: iso
  }),
  /** Answers to the course's evaluation questions, by question id. */
  evaluation: z.record(z.string().max(100), z.union([z.string().max(2000), z.number().finite()])),
  attestation: z.strictObject({ text: z.string().min(1).max(2000), attestedAt: iso }),
  credits: z.strictObject({
    claimed: z.number().finite().min(0).max(1000),
    /** The course's credit type, or null for a record of time only. */
    type: z.string().max(200).nullable()
  }),
  learner: z.strictObject({
    fullName: line,
    credentials: line,
    licenceId: z.string().max(100).nullable(),
    npi: z
      .string()
      .regex(/^\d{10}$/)
      .nullable()
  }),
  installation: z.strictObject({
    /** Raw 32-byte Ed25519 public key, base64url. */
    publicKey: b64url,
    /** Its fingerprint as printed on the installation's certificates. */
    fingerprint: line
  })
})
export type Claim = z.output<typeof claimSchema>

export const claimFileSchema = z.strictObject({ claim: claimSchema, signature: b64url })
export type ClaimFile = z.output<typeof claimFileSchema>

// What a certificate says. Everything in SignedFields is covered by the Ed25519 signature;
// verificationCode is derived FROM the signature, so it cannot be inside what is signed — it is
// recomputed on verification instead (see sign.ts). The UI gets the full CertificateFields.
import { z } from 'zod'
import { unsafeTextMessage } from '../../preload/contract/clean-text'

export { canonicalJson, canonicalJsonBytes } from './canonical'

/** Printed on every certificate. Deliberately never claims accredited credit (issue #5 §4). */
export const HONESTY_STATEMENT =
  'This certificate documents completion of a self-assessment activity. ' +
  'It does not itself confer accredited continuing medical education credit.'
export const FORBIDDEN_PHRASE = 'AMA PRA Category 1 Credit'

export interface CertificateCourse {
  id: string
  title: string
  bankVersion: string
}

export interface CertificateLearner {
  fullName: string
  /** As chosen in the profile: MD, DO, NP, PA, RN, PharmD or free text for "other". */
  credentials: string
  licenceId?: string
}

/** The signed payload. Dates are ISO 8601 strings so the canonical form is unambiguous. */
export interface SignedFields {
  certificateId: string
  course: CertificateCourse
  learner: CertificateLearner
  /** ISO date (YYYY-MM-DD) the attempt was submitted. */
  completedAt: string
  attemptId: string
  scorePercent: number
  passMarkPercent: number
  itemCount: number
  correct: number
  timeUsedSeconds: number
  /** The time accommodation the exam was taken with (1 = standard time; 1.5 or 2 = extended). */
  timeAccommodation: 1 | 1.5 | 2
  /** How often the attempt was suspended, and for how long in all (wall clock). */
  suspensions: CertificateSuspensions
  estimatedHours: number
  objectives: string[]
  /** ISO timestamp the certificate was issued. */
  issuedAt: string
  /** Fingerprint of the signing public key, as printed (see keys.ts). */
  keyFingerprint: string
  /**
   * Present only on a certificate an accredited provider issued after reviewing the learner's
   * claim (main/provider/): then the key is the provider's, not the installation's.
   */
  issuer?: CertificateIssuer
  /**
   * Digest of the page as issued, for each paper size (reader/page-digest.ts): what binds the
   * printed page to this signature. Not printed (it describes the page itself).
   */
  pages: CertificatePages
}

export interface CertificateIssuer {
  /** The provider's name, as in its provider block. */
  provider: string
  accreditationStatement: string
  creditStatement: string
  /** Credit awarded by the provider; creditType null means a record of time only. */
  credits: number
  creditType: string | null
  /** The claim file the award answers (the provider's roster and ledger name it too). */
  claimId: string
}

export interface CertificateSuspensions {
  count: number
  totalSeconds: number
}

export interface CertificatePages {
  A4: string
  Letter: string
}

/** The fields the page shows: everything signed except the page digests (which describe it). */
export type PrintedFields = Omit<SignedFields, 'pages'>

export interface CertificateFields extends SignedFields {
  /** 10 Crockford base32 characters as XXXXX-XXXXX, derived from the printed fields (sign.ts). */
  verificationCode: string
}

/** Estimated study time from the items' estimated seconds: nearest 0.25 h, at least 0.25 h. */
export function estimateHours(itemEstimatedSeconds: readonly number[]): number {
  const seconds = itemEstimatedSeconds.reduce((sum, s) => sum + Math.max(0, s), 0)
  const quarters = Math.round(seconds / 900)
  return Math.max(1, quarters) / 4
}

/** Every signed string is clean text: no controls, bidi overrides or zero-width characters. */
const text = z
  .string()
  .min(1)
  .max(500)
  .superRefine((value, ctx) => {
    const problem = unsafeTextMessage(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
/** The provider's statements: longer than a field, but they must still fit the page and QR. */
const statement = z
  .string()
  .min(1)
  .max(600)
  .superRefine((value, ctx) => {
    const problem = unsafeTextMessage(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
const digest = z.string().regex(/^[0-9a-f]{64}$/)
const signedFieldsSchema = z.strictObject({
  certificateId: z.uuid(),
  course: z.strictObject({ id: text, title: text, bankVersion: text }),
  learner: z.strictObject({
    fullName: text,
    credentials: text,
    licenceId: text.optional()
  }),
  completedAt: z.iso.date(),
  attemptId: text,
  scorePercent: z.number().min(0).max(100),
  passMarkPercent: z.number().min(0).max(100),
  itemCount: z.number().int().min(1),
  correct: z.number().int().min(0),
  timeUsedSeconds: z.number().min(0),
  timeAccommodation: z.union([z.literal(1), z.literal(1.5), z.literal(2)]),
  suspensions: z.strictObject({
    count: z.number().int().min(0),
    totalSeconds: z.number().int().min(0)
  }),
  estimatedHours: z.number().min(0.25).multipleOf(0.25),
  objectives: z.array(text).max(40),
  issuedAt: z.iso.datetime({ offset: true }),
  keyFingerprint: text,
  issuer: z
    .strictObject({
      provider: text,
      accreditationStatement: statement,
      creditStatement: statement,
      credits: z.number().positive().max(100),
      creditType: text.nullable(),
      claimId: text
    })
    .optional(),
  pages: z.strictObject({ A4: digest, Letter: digest })
})

const printedFieldsSchema = signedFieldsSchema.omit({ pages: true })

/** Validates a parsed payload; throws an Error naming the first problem. */
export function parseSignedFields(raw: unknown): SignedFields {
  return parseWith(signedFieldsSchema, raw) as SignedFields
}

/** The same checks for the fields before the page digests exist (issuing). */
export function parsePrintedFields(raw: unknown): PrintedFields {
  return parseWith(printedFieldsSchema, raw) as PrintedFields
}

function parseWith(schema: z.ZodType<PrintedFields>, raw: unknown): PrintedFields {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`certificate payload: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`)
  }
  if (result.data.correct > result.data.itemCount) {
    throw new Error('certificate payload: correct exceeds itemCount')
  }
  return result.data
}

/** Drops verificationCode (and anything else unsigned) so exactly the signed keys remain. */
export function signedPart<T extends object>(fields: T): Omit<T, 'verificationCode'> {
  const { verificationCode: _ignored, ...rest } = fields as T & { verificationCode?: string }
  return rest
}

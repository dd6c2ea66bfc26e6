// profile:*, settings:* and certificate:* (issue #5): the learner profile a certificate is issued
// to, display and course settings, eligibility, the evaluation, issuing, history and verification.
// The page's project cannot import main/, so the shapes are declared here; main/services/settings.ts
// and certificates.ts hold compile-time checks that they equal main's own (store schema, signed
// fields), so the two can never drift apart.
import { z } from 'zod'
import type { CourseRules } from '../../questions/engine'
import type { EvaluationQuestion } from '../../questions/course/types'
import { unsafeTextMessage } from './clean-text'
import { channel } from './define'

export const CREDENTIALS = ['MD', 'DO', 'NP', 'PA', 'RN', 'PharmD', 'other'] as const

/** What the certificate says (main/certificate/fields.ts CertificateFields). */
export interface CertificateFields {
  certificateId: string
  course: { id: string; title: string; bankVersion: string }
  learner: { fullName: string; credentials: string; licenceId?: string }
  completedAt: string
  attemptId: string
  scorePercent: number
  passMarkPercent: number
  itemCount: number
  correct: number
  timeUsedSeconds: number
  timeAccommodation: 1 | 1.5 | 2
  suspensions: { count: number; totalSeconds: number }
  estimatedHours: number
  objectives: string[]
  issuedAt: string
  keyFingerprint: string
  /** Only on a certificate an accredited provider issued (main/provider/). */
  issuer?: {
    provider: string
    accreditationStatement: string
    creditStatement: string
    credits: number
    creditType: string | null
    claimId: string
  }
  pages: { A4: string; Letter: string }
  verificationCode: string
}

/** casebook.json settings (main/store/schema.ts): the learner's display choices only. */
export interface Settings {
  theme: 'system' | 'light' | 'dark' | 'high-contrast'
  textScale: number
  reducedMotion: 'system' | 'on' | 'off'
}

/** No control, bidi-override or zero-width characters: this text is signed and shown (clean-text.ts). */
const cleanText = <T extends z.ZodString>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const problem = unsafeTextMessage(value)
    if (problem) ctx.addIssue({ code: 'custom', message: `This ${problem}` })
  })
const optionalCleanText = (max: number) => cleanText(z.string().trim().max(max)).optional()

/** Empty strings mean "not given": the form sends what the fields hold. */
export const profileInput = z
  .strictObject({
    fullName: cleanText(
      z
        .string()
        .trim()
        .min(1, 'Enter your full name as it should appear on the certificate.')
        .max(120, 'Use at most 120 characters.')
    ),
    credentials: z.enum(CREDENTIALS, 'Choose your credentials.'),
    credentialsOther: optionalCleanText(60),
    licenceId: optionalCleanText(60),
    /** US National Provider Identifier: optional, 10 digits; travels in claim files. */
    npi: z
      .union([
        z.literal(''),
        z
          .string()
          .trim()
          .regex(/^\d{10}$/, 'An NPI is 10 digits.')
      ])
      .optional(),
    email: z
      .union([z.literal(''), z.email('Enter a valid email address, or leave it empty.').max(254)])
      .optional()
  })
  .superRefine((p, ctx) => {
    if (p.credentials === 'other' && !p.credentialsOther) {
      ctx.addIssue({
        code: 'custom',
        path: ['credentialsOther'],
        message: 'Say which credentials, e.g. "MBBS" or "DNP".'
      })
    }
  })
export type ProfileInput = z.input<typeof profileInput>

export interface ProfileView {
  fullName: string
  credentials: (typeof CREDENTIALS)[number] | null
  credentialsOther: string
  licenceId: string
  npi: string
  email: string
  /** Complete enough to issue a certificate to. */
  complete: boolean
  /** Characters of the name no certificate font can print (shown as "?"): warn the learner. */
  unprintable: string[]
}

/** Course settings are set by the CE provider and shown read-only; display settings are the learner's. */
export const displaySettingsInput = z.strictObject({
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']).optional(),
  textScale: z.number().int().min(100).max(200).optional(),
  reducedMotion: z.enum(['system', 'on', 'off']).optional()
})

export type SettingsView = Settings & {
  /** The certificate rule in words, with the course's numbers. */
  certificateRule: string
  /** The course's rules, shipped with the app; read-only. */
  course: CourseRules
}

const attemptId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const certificateId = z.uuid()

/**
 * Answers to the course's evaluation questions, by question id (questions/course/evaluation.ts
 * checks them against the course in main: required answered, choices from the list, lengths).
 * The shape is generic because the questions are the course's data, not this contract's.
 */
export const evaluationInput = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,99}$/),
    z.union([z.string().max(2000), z.number().finite()])
  )
  .refine((answers) => Object.keys(answers).length <= 50, 'At most 50 answers.')
export type Evaluation = z.output<typeof evaluationInput>

export interface EligibilityView {
  eligible: boolean
  reasons: string[]
  rule: string
  profileComplete: boolean
  /** Set when this attempt already has a certificate (one per attempt). */
  certificateId: string | null
  /** The course's evaluation questions, asked before the certificate is issued. */
  evaluation: readonly EvaluationQuestion[]
}

/** A passed attempt that meets every certificate rule and has no certificate yet. */
export interface ClaimableView {
  attemptId: string
  submittedAt: string
  scorePercent: number
  itemCount: number
}

export interface CertificateView {
  id: string
  attemptId: string
  issuedAt: string
  fields: CertificateFields
  evaluation: Evaluation
}

export type VerifyStatus = 'valid' | 'altered' | 'foreign-key' | 'unreadable'

/** One check the verifier made, in the order made (main/certificate/verify.ts). */
export interface VerifyCheck {
  check: 'file' | 'signature' | 'page' | 'qr' | 'key'
  passed: boolean
  detail: string
}

export interface VerifyView {
  status: VerifyStatus
  fields?: CertificateFields
  message: string
  checks: VerifyCheck[]
  /** The key(s) the certificate was checked against: this installation's, or a provider's. */
  trusted: { kind: 'installation' | 'provider'; fingerprints: string[] }
}

/** About 6 MB of PDF; certificates are ~50–200 KB. Below the HTTP edition's 8 MB body limit. */
export const MAX_VERIFY_BASE64 = 8_000_000

export const certificateChannels = {
  /** The learner's profile as printed on certificates (name, credentials, licence, email). */
  'profile:get': channel<ProfileView>()(z.strictObject({})),
  /** Saves the profile after validation; INVALID_ARGS names the field that is wrong. */
  'profile:save': channel<ProfileView>()(profileInput),
  /** Display settings (theme, text size, motion) and the course rules (read-only here). */
  'settings:get': channel<SettingsView>()(z.strictObject({})),
  /** Saves display settings; the course rules cannot be changed through this channel. */
  'settings:save': channel<SettingsView>()(displaySettingsInput),
  /** Whether an attempt meets every certificate rule, and if not, each reason in the learner's terms. */
  'certificate:eligibility': channel<EligibilityView>()(z.strictObject({ attemptId })),
  /** Refuses with INELIGIBLE or PROFILE_INCOMPLETE; a second call returns the first certificate. */
  'certificate:issue': channel<CertificateView>()(
    z.strictObject({ attemptId, evaluation: evaluationInput })
  ),
  /** Every certificate issued on this installation, newest first. */
  'certificate:list': channel<CertificateView[]>()(z.strictObject({})),
  /** Passed attempts that meet every certificate rule and have no certificate yet, newest first. */
  'certificate:claimable': channel<ClaimableView[]>()(z.strictObject({})),
  /**
   * Rendered only from the signed payload of the stored envelope, after checking its signature;
   * refused with CERTIFICATE_ALTERED when the record's fields disagree with it.
   */
  'certificate:pdf': channel<{ filename: string; base64: string }>()(
    z.strictObject({ certificateId, pageSize: z.enum(['A4', 'Letter']) })
  ),
  /** Verifies a certificate PDF (base64) offline against this installation's keys or a provider's key: signature, signer and content; the verdict names what it checked and which key. */
  'certificate:verify': channel<VerifyView>()(
    z.strictObject({
      pdfBase64: z
        .string()
        .min(1)
        .max(MAX_VERIFY_BASE64, 'The file is too large to be a certificate (6 MB at most).'),
      /**
       * A provider's published public key (SPKI PEM, or raw base64url): when given, the
       * certificate is valid only if that key signed it; this installation's keys do not count.
       */
      providerKey: z.string().trim().min(1).max(2000).optional()
    })
  )
}

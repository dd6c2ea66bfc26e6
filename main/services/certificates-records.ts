// How an issued certificate is kept in casebook.json (`certificates`, a permissive section the
// store does not validate): the signed fields and envelope (so the PDF can be re-rendered exactly),
// the profile as it was at issue time, and the learner's evaluation. Validated here, at its owner.
import { z } from 'zod'
import type { CertificateFields } from '../certificate/fields'
import { readEnvelopeFields } from '../certificate/sign'
import type { CertificateView, Evaluation } from '../../preload/contract/certificate'
import type { CertificateFields as ContractFields } from '../../preload/contract/certificate'
import { sectionTitle } from '../../questions/course/bank'
import type { CourseSection } from '../../questions/course/types'
import { ProfileSchema, type Profile } from '../store/schema'

/** Course-level objectives printed on every certificate (short: they travel in the QR code). */
const storedRecord = z.object({
  id: z.string(),
  attemptId: z.string(),
  issuedAt: z.string(),
  fields: z.record(z.string(), z.unknown()),
  envelope: z.string(),
  profile: ProfileSchema,
  // Any answers by id: records issued before the evaluation came from the course hold the old
  // fixed questions (relevance, intentToChange…, no objectivesMet) and must still load.
  evaluation: z.record(z.string().max(100), z.union([z.string().max(2000), z.number()]))
})

// The contract restates the fields for the page; this fails to compile if they ever differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameFields: Same<CertificateFields, ContractFields> = true
void sameFields

export interface StoredCertificate {
  id: string
  attemptId: string
  issuedAt: string
  /** What the envelope's payload says (the signed data); the list shows these. */
  fields: CertificateFields
  /** The record's own copy, as stored: certificate:pdf refuses when it disagrees with `fields`. */
  storedFields: unknown
  envelope: string
  /** The profile at issue time (email included, which the certificate does not print). */
  profile: Profile
  evaluation: Evaluation
}

/**
 * Null for a record that does not parse or whose envelope does not decode (a damaged or foreign
 * entry is skipped, not fatal). The fields come from the envelope, never from the stored copy.
 */
export function parseStored(raw: unknown): StoredCertificate | null {
  const result = storedRecord.safeParse(raw)
  if (!result.success) return null
  const fields = readEnvelopeFields(result.data.envelope)
  return fields ? { ...result.data, fields, storedFields: result.data.fields } : null
}

export function toView(c: StoredCertificate): CertificateView {
  return {
    id: c.id,
    attemptId: c.attemptId,
    issuedAt: c.issuedAt,
    fields: c.fields,
    evaluation: c.evaluation
  }
}

/** The engine names missing sections by id; the learner reads their titles. */
export function readableReason(
  reason: string,
  course: { sections: readonly CourseSection[] }
): string {
  return reason.replace(/\(missing: ([^)]*)\)/, (_, list: string) => {
    const titles = list.split(', ').map((id) => sectionTitle(course, id))
    return `(missing: ${titles.join('; ')})`
  })
}

/** The submission's calendar date where the learner is, not in UTC. */
export function localDate(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

// Letters NFKD does not decompose into an ASCII base letter.
const LETTERS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe'
}

/** ASCII-only, so every file system and mail client accepts the name. */
export function pdfFilename(fields: CertificateFields): string {
  const name = fields.learner.fullName
    .replace(/[ŁłØøĐđßÆæŒœ]/g, (c) => LETTERS[c] ?? '')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return `RLS-Casebook-certificate-${name || 'learner'}-${fields.completedAt}-${fields.verificationCode}.pdf`
}

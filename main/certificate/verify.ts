// Offline verification of a certificate PDF: find the envelope in the metadata, check the Ed25519
// signature with the embedded public key, then whether that key is one this installation trusts.
// What the signature protects is the payload; the page text itself is not bound cryptographically,
// so the verdict lists the signed fields for the reader to compare with the printed page, and the
// copies of the ID and code kept in the metadata must agree with the signed payload.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import type { CertificateFields } from './fields'
import { METADATA_KEY } from './pdf'
import { ENVELOPE_PATTERN, verifyEnvelope } from './sign'

export type VerifyStatus = 'valid' | 'altered' | 'foreign-key' | 'unreadable'

export interface VerifyResult {
  status: VerifyStatus
  fields?: CertificateFields
  message: string
}

export interface PdfEnvelopes {
  /** Distinct envelopes found, primary carrier (custom Info key) first. */
  envelopes: string[]
  subject: string | null
  title: string | null
}

export async function verifyCertificatePdf(
  pdfBytes: Uint8Array,
  knownKeys: readonly string[]
): Promise<VerifyResult> {
  const head = Buffer.from(pdfBytes.subarray(0, 1024)).toString('latin1')
  if (!head.includes('%PDF-')) return { status: 'unreadable', message: 'This file is not a PDF.' }
  const found = await readCertificateMetadata(pdfBytes)
  const [envelope, ...others] = found.envelopes
  if (!envelope) {
    return { status: 'unreadable', message: 'This PDF carries no RLS Casebook certificate data.' }
  }
  const verdict = verifyEnvelope(envelope, knownKeys)
  if (!verdict.fields || verdict.status === 'altered' || verdict.status === 'unreadable') {
    return verdict
  }
  if (others.length > 0) {
    return {
      status: 'altered',
      fields: verdict.fields,
      message: 'The PDF holds two different copies of the signed data.'
    }
  }
  const f = verdict.fields
  const subjectOk =
    found.subject === null ||
    (found.subject.includes(f.certificateId) && found.subject.includes(f.verificationCode))
  const titleOk = found.title === null || found.title.includes(f.learner.fullName)
  if (!subjectOk || !titleOk) {
    return {
      status: 'altered',
      fields: f,
      message: 'The document information does not match the signed certificate data.'
    }
  }
  return verdict
}

/** Reads envelope copies and the descriptive metadata; falls back to a raw scan of the bytes. */
export async function readCertificateMetadata(pdfBytes: Uint8Array): Promise<PdfEnvelopes> {
  let info: PDFDict | null = null
  try {
    const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false, ignoreEncryption: true })
    const ref = doc.context.trailerInfo.Info
    const obj = ref ? doc.context.lookup(ref) : undefined
    info = obj instanceof PDFDict ? obj : null
  } catch {
    info = null
  }
  if (!info) {
    // A PDF that pdf-lib cannot parse may still carry the envelope as a literal string.
    const text = Buffer.from(pdfBytes).toString('latin1')
    const all = text.match(new RegExp(ENVELOPE_PATTERN.source, 'g')) ?? []
    return { envelopes: [...new Set(all)], subject: null, title: null }
  }
  const read = (key: string): string | null => {
    const value = info!.get(PDFName.of(key))
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null
  }
  const candidates = [read(METADATA_KEY), read('Keywords')]
    .map((v) => (v ? ENVELOPE_PATTERN.exec(v)?.[0] : undefined))
    .filter((v): v is string => Boolean(v))
  return { envelopes: [...new Set(candidates)], subject: read('Subject'), title: read('Title') }
}

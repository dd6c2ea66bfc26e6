// Offline verification of a certificate PDF. It reads the file with the bounded reader (never a
// full PDF parser: issue #17), then checks, in order: the file has one readable page; the Ed25519
// signature over the envelope in /Info; the page is exactly the page that was signed (its digest is
// in the signed data); the QR code drawn on the page is the same envelope; and the key is one this
// installation trusts. The verdict lists every check it made. verifyCertificatePdf runs all of it
// in a worker thread with memory and time limits, so a hostile file cannot stall the app.
import type { CertificateFields } from './fields'
import { DEFAULT_LIMITS, type ReaderLimits } from './reader/document'
import { inspectCertificatePdf, type InspectedCertificate } from './reader/inspect'
import { ReadError } from './reader/objects'
import { drawsQrOf } from './reader/qr-stream'
import { verifyEnvelope } from './sign'
import { runVerifyWorker, type WorkerLimits } from './worker-run'

export type VerifyStatus = 'valid' | 'altered' | 'foreign-key' | 'unreadable'
export type CheckName = 'file' | 'signature' | 'page' | 'qr' | 'key'

export interface VerifyCheck {
  check: CheckName
  passed: boolean
  detail: string
}

export interface VerifyResult {
  status: VerifyStatus
  fields?: CertificateFields
  message: string
  checks: VerifyCheck[]
}

/**
 * Whose keys count: this installation's (its own and its trusted *.pub files), or one accredited
 * provider's published key (then the learner's own installation key does not count).
 */
export type TrustKind = 'installation' | 'provider'

export interface VerifyOptions {
  limits?: ReaderLimits
  worker?: Partial<WorkerLimits>
  trust?: TrustKind
}

/** Verifies in a worker thread (memory and time limited); the caller's thread stays free. */
export async function verifyCertificatePdf(
  pdfBytes: Uint8Array,
  knownKeys: readonly string[],
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const limits = options.limits ?? DEFAULT_LIMITS
  if (pdfBytes.length > limits.maxFileBytes) {
    return unreadable(`The file is too large to be a certificate (${pdfBytes.length} bytes).`, [])
  }
  // A cheap, bounded look at the first kilobyte: something that is not a PDF at all (most junk a
  // page can send) needs no worker.
  if (!Buffer.from(pdfBytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    return unreadable('This file cannot be read as a certificate PDF: not a PDF.', [
      { check: 'file', passed: false, detail: 'Not a PDF.' }
    ])
  }
  return runVerifyWorker(
    { bytes: pdfBytes, keys: [...knownKeys], limits, trust: options.trust ?? 'installation' },
    options.worker
  )
}

/** The checks themselves, on this thread: for the worker, and for tests of the logic alone. */
export function verifyCertificateBytes(
  pdfBytes: Uint8Array,
  knownKeys: readonly string[],
  limits: ReaderLimits = DEFAULT_LIMITS,
  trust: TrustKind = 'installation'
): VerifyResult {
  let found: InspectedCertificate
  try {
    found = inspectCertificatePdf(pdfBytes, limits)
  } catch (err) {
    if (!(err instanceof ReadError) && !(err instanceof RangeError)) throw err
    const reason = err instanceof RangeError ? 'its structure is too deep' : err.message
    return unreadable(`This file cannot be read as a certificate PDF: ${reason}.`, [
      { check: 'file', passed: false, detail: `No readable certificate page: ${reason}.` }
    ])
  }
  const checks: VerifyCheck[] = [
    { check: 'file', passed: true, detail: 'A PDF with a readable page.' }
  ]
  const fail = (check: CheckName, detail: string, fields?: CertificateFields): VerifyResult => ({
    status: 'altered',
    ...(fields ? { fields } : {}),
    message: `The file was changed since it was issued: ${detail}`,
    checks: [...checks, { check, passed: false, detail }]
  })
  const [envelope, ...others] = found.envelopes
  if (!envelope) return unreadable('This PDF carries no RLS Casebook certificate data.', checks)
  const verdict = verifyEnvelope(envelope, knownKeys)
  if (verdict.status === 'unreadable') return unreadable(verdict.message, checks)
  if (verdict.status === 'altered' || !verdict.fields) return fail('signature', verdict.message)
  const f = verdict.fields
  if (others.length > 0)
    return fail('signature', 'the PDF holds two different copies of the signed data.', f)
  const subjectOk =
    found.subject === null ||
    (found.subject.includes(f.certificateId) && found.subject.includes(f.verificationCode))
  const titleOk = found.title === null || found.title.includes(f.learner.fullName)
  if (!subjectOk || !titleOk)
    return fail('signature', 'the document information does not match the signed data.', f)
  checks.push({
    check: 'signature',
    passed: true,
    detail: 'The Ed25519 signature matches the signed data.'
  })

  const page = found.page
  if (page.problem) return fail('page', `${page.problem}.`, f)
  if (page.digest !== f.pages.A4 && page.digest !== f.pages.Letter)
    return fail(
      'page',
      'the page is not the page that was signed: its text or drawing was changed.',
      f
    )
  checks.push({
    check: 'page',
    passed: true,
    detail: 'The page (text, fonts and drawing) is exactly the signed page.'
  })

  if (!page.qr) return fail('qr', 'the page has no QR code.', f)
  if (!drawsQrOf(page.qr, envelope))
    return fail(
      'qr',
      'the QR code on the page does not hold the signed data in the document information.',
      f
    )
  checks.push({
    check: 'qr',
    passed: true,
    detail: 'The QR code on the page holds the same signed data.'
  })

  if (verdict.status === 'foreign-key') {
    const detail =
      trust === 'provider'
        ? `The signing key (fingerprint ${f.keyFingerprint}) is not the provider's key you gave.`
        : `The signing key (fingerprint ${f.keyFingerprint}) is not one this installation trusts.`
    return {
      status: 'foreign-key',
      fields: f,
      message:
        trust === 'provider'
          ? 'Not issued by that provider: the signature, page and QR code agree, but another key ' +
            "signed it (a learner's own installation, or another provider)."
          : 'Not issued by this installation: the signature, page and QR code agree, but the key ' +
            'is unknown here. Whoever holds that key could have signed anything.',
      checks: [...checks, { check: 'key', passed: false, detail }]
    }
  }
  return {
    status: 'valid',
    fields: f,
    message:
      trust === 'provider'
        ? `Valid: issued by the provider holding key ${f.keyFingerprint}, and the page is ` +
          'exactly what was signed.'
        : 'Valid: issued by this installation, and the page is exactly what was signed.',
    checks: [
      ...checks,
      {
        check: 'key',
        passed: true,
        detail:
          trust === 'provider'
            ? "The signing key is the provider's published key."
            : 'The signing key belongs to this installation.'
      }
    ]
  }
}

export function unreadable(message: string, checks: VerifyCheck[]): VerifyResult {
  return { status: 'unreadable', message, checks }
}

export { DEFAULT_LIMITS }

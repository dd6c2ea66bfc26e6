// Signing and the envelope: RLSC2.<b64url(payload)>.<b64url(signature)>.<b64url(public key)>.
// The payload is the canonical JSON of SignedFields; the envelope is what the QR code and the PDF
// metadata carry, so anyone holding the PDF can check it offline without this app's data folder.
// Version 2 (issue #14) signs the page digests too, so the printed page is bound to the signature;
// version-1 envelopes (which were not) are recognised and refused with that reason.
import { createHash, verify as edVerify } from 'node:crypto'
import { canonicalJson } from './canonical'
import { crockfordBase32, toBase64Url, tryFromBase64Url } from './encoding'
import { parsePrintedFields, parseSignedFields, signedPart } from './fields'
import type { CertificateFields, CertificatePages, PrintedFields, SignedFields } from './fields'
import { fingerprintOf, publicKeyFromRaw } from './keys'
import type { SigningKey } from './keys'

export const ENVELOPE_PREFIX = 'RLSC2'
const LEGACY_PREFIX = 'RLSC1'

export interface SignedCertificate {
  fields: CertificateFields
  /** Canonical JSON string that was signed (UTF-8 bytes of it, exactly). */
  payload: string
  /** Ed25519 signature over the payload, base64url. */
  signature: string
  /** Raw 32-byte public key, base64url. */
  publicKey: string
  envelope: string
}

/** Byte-mode capacity of the largest QR code (version 40, level L) is 2953; keep a margin. */
export const MAX_ENVELOPE_LENGTH = 2900

export type CertificateInput = Omit<PrintedFields, 'keyFingerprint'> & { keyFingerprint?: string }

/** The printed fields with this key's fingerprint and their verification code, validated. */
export function prepareCertificate(
  input: CertificateInput,
  key: Pick<SigningKey, 'fingerprint'>
): PrintedFields & { verificationCode: string } {
  if (input.keyFingerprint !== undefined && input.keyFingerprint !== key.fingerprint) {
    throw new Error('keyFingerprint does not belong to the signing key')
  }
  // Validate before signing so an invalid certificate can never be issued (or verify later).
  const { pages: _none, ...rest } = signedPart({
    ...input,
    keyFingerprint: key.fingerprint
  } as Partial<CertificateFields>)
  const printed = parsePrintedFields(rest)
  return { ...printed, verificationCode: verificationCodeFor(printed) }
}

/** Signs the printed fields together with the digests of the pages rendered from them. */
export function signCertificate(
  input: (CertificateInput | CertificateFields) & { pages: CertificatePages },
  key: SigningKey
): SignedCertificate {
  const printed = prepareCertificate(input as CertificateInput, key)
  const signed = parseSignedFields({ ...signedPart(printed), pages: input.pages })
  const payload = canonicalJson(signed)
  const signature = toBase64Url(key.sign(new TextEncoder().encode(payload)))
  const fields = { ...signed, verificationCode: printed.verificationCode }
  const envelope = encodeEnvelope(payload, signature, key.publicKey)
  if (envelope.length > MAX_ENVELOPE_LENGTH) {
    throw new Error(`certificate data too long for a QR code (${envelope.length} characters)`)
  }
  return { fields, payload, signature, publicKey: key.publicKey, envelope }
}

/**
 * 50 bits of SHA-256 of the printed fields' canonical JSON, Crockford base32, XXXXX-XXXXX. It is
 * printed on the page, so it cannot depend on the page digests or the signature over them.
 */
export function verificationCodeFor(printed: PrintedFields): string {
  const { pages: _ignored, ...rest } = signedPart(printed as Partial<SignedFields>)
  const bytes = new TextEncoder().encode(canonicalJson(rest))
  const code = crockfordBase32(createHash('sha256').update(bytes).digest(), 10)
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

export function encodeEnvelope(payload: string, signature: string, publicKey: string): string {
  const body = toBase64Url(new TextEncoder().encode(payload))
  return [ENVELOPE_PREFIX, body, signature, publicKey].join('.')
}

export interface DecodedEnvelope {
  payloadBytes: Uint8Array
  signature: Uint8Array
  publicKey: string
}

/** Null when the text is not an envelope at all; throws EnvelopeError when it is but is damaged. */
export function decodeEnvelope(envelope: string): DecodedEnvelope | null {
  const parts = envelope.trim().split('.')
  if (parts[0] === LEGACY_PREFIX) throw new LegacyEnvelopeError()
  if (parts[0] !== ENVELOPE_PREFIX) return null
  if (parts.length !== 4) throw new EnvelopeError('envelope does not have four parts')
  const [, body, sig, pub] = parts as [string, string, string, string]
  const payloadBytes = tryFromBase64Url(body)
  const signature = tryFromBase64Url(sig)
  const publicKey = tryFromBase64Url(pub)
  if (!payloadBytes || !signature || !publicKey)
    throw new EnvelopeError('envelope is not base64url')
  if (signature.length !== 64) throw new EnvelopeError('signature has the wrong length')
  if (publicKey.length !== 32) throw new EnvelopeError('public key has the wrong length')
  return { payloadBytes, signature, publicKey: pub }
}

export class EnvelopeError extends Error {}
class LegacyEnvelopeError extends Error {}

export type EnvelopeVerdict =
  | { status: 'valid' | 'foreign-key'; fields: CertificateFields; message: string }
  | { status: 'altered' | 'unreadable'; fields?: CertificateFields; message: string }

/** Checks an envelope string. A damaged but recognisable envelope counts as altered. */
export function verifyEnvelope(envelope: string, knownKeys: readonly string[]): EnvelopeVerdict {
  let decoded: DecodedEnvelope | null
  try {
    decoded = decodeEnvelope(envelope)
  } catch (err) {
    if (err instanceof LegacyEnvelopeError) {
      return {
        status: 'unreadable',
        message:
          'This certificate was made by an earlier version of RLS Casebook that did not bind the ' +
          'printed page to its signature, so its page cannot be vouched for. Ask the issuer for a ' +
          'new copy.'
      }
    }
    return { status: 'altered', message: `The signed data is damaged: ${(err as Error).message}.` }
  }
  if (!decoded) return { status: 'unreadable', message: 'No RLS Casebook certificate data found.' }
  let ok = false
  try {
    ok = edVerify(
      null,
      decoded.payloadBytes,
      publicKeyFromRaw(decoded.publicKey),
      decoded.signature
    )
  } catch {
    ok = false
  }
  if (!ok)
    return { status: 'altered', message: 'The signature does not match the certificate data.' }
  let signed: SignedFields
  let payload: string
  try {
    payload = new TextDecoder('utf-8', { fatal: true }).decode(decoded.payloadBytes)
    signed = parseSignedFields(JSON.parse(payload))
  } catch (err) {
    return {
      status: 'unreadable',
      message: `Signed, but not a certificate: ${(err as Error).message}`
    }
  }
  const fields = { ...signed, verificationCode: verificationCodeFor(signed) }
  if (
    canonicalJson(signed) !== payload ||
    signed.keyFingerprint !== fingerprintOf(decoded.publicKey)
  ) {
    return { status: 'altered', fields, message: 'The signed data is inconsistent.' }
  }
  if (!knownKeys.includes(decoded.publicKey)) {
    return {
      status: 'foreign-key',
      fields,
      message: `Signature is intact, but key ${signed.keyFingerprint} belongs to another installation.`
    }
  }
  return { status: 'valid', fields, message: 'Valid: signed by this installation and unaltered.' }
}

/** The fields an envelope's payload states, without judging the signature (null if none). */
export function readEnvelopeFields(envelope: string): CertificateFields | null {
  try {
    const decoded = decodeEnvelope(envelope)
    if (!decoded) return null
    const signed = parseSignedFields(JSON.parse(new TextDecoder().decode(decoded.payloadBytes)))
    return { ...signed, verificationCode: verificationCodeFor(signed) }
  } catch {
    return null
  }
}

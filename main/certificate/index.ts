// Entry point for the rest of main: issue (sign + render) and verify certificates.
import { loadCertificateFonts } from './fonts'
import { openFont } from './fontkit-adapter'
import { loadOrCreateSigningKey, type SigningKey } from './keys'
import { renderIssuedPdf, type RenderOptions } from './pdf'
import { prepareCertificate, signCertificate } from './sign'
import type { CertificateInput, SignedCertificate } from './sign'
import { unsupportedCharacters } from './text'

export * from './fields'
export { knownPublicKeys, loadOrCreateSigningKey, fingerprintOf } from './keys'
export type { SigningKey } from './keys'
export {
  prepareCertificate,
  signCertificate,
  verifyEnvelope,
  verificationCodeFor,
  ENVELOPE_PREFIX
} from './sign'
export type { CertificateInput, SignedCertificate, EnvelopeVerdict } from './sign'
export { pageDigests, renderCertificatePdf, renderIssuedPdf, METADATA_KEY } from './pdf'
export type { RenderOptions } from './pdf'
export { loadCertificateFonts, FONT_FILES } from './fonts'
export type { CertificateFonts } from './fonts'
export { verifyCertificatePdf, verifyCertificateBytes } from './verify'
export type { VerifyResult, VerifyStatus, VerifyCheck } from './verify'

export interface IssuedCertificate {
  signed: SignedCertificate
  pdf: Uint8Array
}

/**
 * Signs the fields with this installation's key (created on first use) and renders the PDF. The
 * page is rendered first on both paper sizes, so the signature covers the digests of the pages
 * that will be printed (the QR code, which carries the signature, is drawn on top afterwards).
 */
export async function issueCertificate(
  dataDir: string,
  input: CertificateInput,
  pageSize: 'A4' | 'Letter' = 'A4'
): Promise<IssuedCertificate> {
  return issueCertificateWithKey(await loadOrCreateSigningKey(dataDir), input, { pageSize })
}

/** The same with a given key (the provider's, main/provider/issue.ts) and optionally fonts. */
export function issueCertificateWithKey(
  key: SigningKey,
  input: CertificateInput,
  options: RenderOptions
): Promise<IssuedCertificate> {
  const printed = prepareCertificate(input, key)
  return renderIssuedPdf(printed, (pages) => signCertificate({ ...printed, pages }, key), options)
}

/** Characters of `text` that no certificate font can draw (printed as "?"): warn before issuing. */
export async function unprintableCharacters(text: string): Promise<string[]> {
  const fonts = await loadCertificateFonts()
  return unsupportedCharacters(text, [openFont(fonts.regular), openFont(fonts.cjk)])
}

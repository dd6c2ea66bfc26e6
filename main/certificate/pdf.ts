// Renders the certificate: one landscape page, embedded subset fonts, the envelope both in a QR
// code and in the document metadata. Layout lives in layout.ts; this file sets up the document.
import { PDFDocument, PDFName, PDFString, PageSizes } from 'pdf-lib'
import type { PDFPage } from 'pdf-lib'
import { openFont, pdfLibFontkit } from './fontkit-adapter'
import type { CertificateFields, CertificatePages, PrintedFields } from './fields'
import { loadCertificateFonts } from './fonts'
import type { CertificateFonts } from './fonts'
import { drawCertificatePage } from './layout'
import { addQrStream, type QrPlacement } from './qr'
import { METADATA_KEY, inspectCertificatePdf } from './reader/inspect'
import { drawsQrOf } from './reader/qr-stream'
import type { Face } from './text'

/** Custom document-information key holding the envelope (also copied into /Keywords). */
export { METADATA_KEY }

export interface RenderOptions {
  pageSize: 'A4' | 'Letter'
  /** Font bytes; defaults to loadCertificateFonts() (from the npm font packages). */
  fonts?: CertificateFonts
}

type PageSize = RenderOptions['pageSize']
type Printed = PrintedFields & { verificationCode: string }

/**
 * Renders the certificate from verified, signed fields: the page body, then the QR code, then the
 * metadata. Before returning it reads its own output back with the verifier's reader: a page whose
 * digest is not the signed one (a renderer that changed since issue) is never handed out.
 */
export async function renderCertificatePdf(
  fields: CertificateFields,
  envelope: string,
  options: RenderOptions
): Promise<Uint8Array> {
  return finish(await renderBody(fields, options), fields, envelope, options.pageSize)
}

/**
 * Issuing in one go: the requested size's body is rendered once, its digest taken, the other
 * size's digest computed, `sign` called with both, and the same document finished with the QR code.
 */
export async function renderIssuedPdf<T extends { fields: CertificateFields; envelope: string }>(
  printed: Printed,
  sign: (pages: CertificatePages) => T,
  options: RenderOptions
): Promise<{ signed: T; pdf: Uint8Array }> {
  const body = await renderBody(printed, options)
  const own = inspectCertificatePdf(await body.doc.save({ useObjectStreams: false })).page.digest
  const otherSize: PageSize = options.pageSize === 'A4' ? 'Letter' : 'A4'
  const other = await digestOf(printed, otherSize, options.fonts)
  const signed = sign({
    [options.pageSize]: own,
    [otherSize]: other
  } as unknown as CertificatePages)
  return { signed, pdf: await finish(body, signed.fields, signed.envelope, options.pageSize) }
}

async function finish(
  { doc, page, qr }: Awaited<ReturnType<typeof renderBody>>,
  fields: CertificateFields,
  envelope: string,
  pageSize: PageSize
): Promise<Uint8Array> {
  addQrStream(doc, page, envelope, qr)
  setMetadata(doc, fields, envelope)
  const pdf = await doc.save({ useObjectStreams: false })
  const back = inspectCertificatePdf(pdf)
  if (
    back.page.digest !== fields.pages[pageSize] ||
    back.page.problem !== null ||
    !back.page.qr ||
    !drawsQrOf(back.page.qr, envelope) ||
    back.envelopes.join() !== envelope
  ) {
    throw new Error(
      'This version of RLS Casebook draws the page differently from the signed certificate, so it ' +
        'cannot print a faithful copy.'
    )
  }
  return pdf
}

/** The signed page digests: the body rendered on each paper size and read back by the reader. */
export async function pageDigests(
  printed: Printed,
  fonts?: CertificateFonts
): Promise<CertificatePages> {
  return {
    A4: await digestOf(printed, 'A4', fonts),
    Letter: await digestOf(printed, 'Letter', fonts)
  }
}

async function digestOf(printed: Printed, pageSize: PageSize, fonts?: CertificateFonts) {
  const { doc } = await renderBody(printed, { pageSize, fonts })
  return inspectCertificatePdf(await doc.save({ useObjectStreams: false })).page.digest
}

async function renderBody(
  fields: Printed,
  options: RenderOptions
): Promise<{ doc: PDFDocument; page: PDFPage; qr: QrPlacement }> {
  const fonts = options.fonts ?? (await loadCertificateFonts())
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(pdfLibFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0])

  // Fixed subset names (pdf-lib would add a random suffix), so the same fields always give the
  // same page, and the same page digest.
  const embed = async (bytes: Uint8Array, tag: string, name: string): Promise<Face> => ({
    pdf: await doc.embedFont(bytes, { subset: true, customName: `${tag}+${name}` }),
    glyphs: openFont(bytes)
  })
  const [regular, italic, semibold, bold] = await Promise.all([
    embed(fonts.regular, 'RLSCAA', 'NotoSerif-Regular'),
    embed(fonts.italic, 'RLSCAB', 'NotoSerif-Italic'),
    embed(fonts.semibold, 'RLSCAC', 'NotoSerif-SemiBold'),
    embed(fonts.bold, 'RLSCAD', 'NotoSerif-Bold')
  ])
  // The 8 MB CJK faces are embedded (as small subsets) only if some text needs them; the bold one
  // backs the semibold/bold serif so a CJK name has the same weight as a Latin one.
  const { heavy, light } = printedTexts(fields)
  if (needsFallback(light, regular, fonts.cjk)) {
    regular.fallback = italic.fallback = await embed(fonts.cjk, 'RLSCAE', 'NotoSansSC-Regular')
  }
  if (needsFallback(heavy, bold, fonts.cjkBold)) {
    semibold.fallback = bold.fallback = await embed(fonts.cjkBold, 'RLSCAF', 'NotoSansSC-Bold')
  }

  const [w, h] = options.pageSize === 'A4' ? PageSizes.A4 : PageSizes.Letter
  const page = doc.addPage([h, w]) // landscape
  const qr = drawCertificatePage(page, fields, { regular, italic, semibold, bold })
  return { doc, page, qr }
}

/** Learner- or course-supplied strings that reach the page, by the weight they are set in. */
function printedTexts(f: Printed): { heavy: string[]; light: string[] } {
  const i = f.issuer
  return {
    heavy: [f.learner.fullName, f.course.title].concat(
      i ? [i.provider.toUpperCase(), i.creditType ?? ''] : []
    ),
    light: [f.learner.credentials, f.learner.licenceId ?? '']
      .concat(f.objectives)
      .concat(i ? [i.accreditationStatement, i.creditStatement] : [])
  }
}

function needsFallback(texts: string[], primary: Face, fallbackBytes: Uint8Array): boolean {
  const fallback = openFont(fallbackBytes)
  return texts.some((t) =>
    [...t.normalize('NFC')].some((ch) => {
      const cp = ch.codePointAt(0)!
      return !primary.glyphs.hasGlyphForCodePoint(cp) && fallback.hasGlyphForCodePoint(cp)
    })
  )
}

function setMetadata(doc: PDFDocument, f: Printed, envelope: string): void {
  const issued = new Date(f.issuedAt)
  doc.setTitle(`Certificate of Completion — ${f.learner.fullName}`)
  doc.setAuthor(f.issuer ? f.issuer.provider : 'RLS Casebook')
  doc.setSubject(
    `${f.course.title || 'RLS Casebook'}. Certificate ${f.certificateId}, ` +
      `verification code ${f.verificationCode}.`
  )
  doc.setKeywords(['RLS Casebook', 'certificate', f.certificateId, f.verificationCode, envelope])
  doc.setCreator('RLS Casebook')
  doc.setProducer('RLS Casebook certificate generator (pdf-lib)')
  doc.setCreationDate(issued)
  doc.setModificationDate(issued)
  // A dedicated key is the primary carrier; /Keywords is the fallback if a tool drops it.
  const info = doc.context.lookup(doc.context.trailerInfo.Info)
  if (info && 'set' in info) {
    ;(info as { set(k: PDFName, v: PDFString): void }).set(
      PDFName.of(METADATA_KEY),
      PDFString.of(envelope)
    )
  }
}

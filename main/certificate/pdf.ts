// Renders the certificate: one landscape page, embedded subset fonts, the envelope both in a QR
// code and in the document metadata. Layout lives in layout.ts; this file sets up the document.
import { PDFDocument, PDFName, PDFString, PageSizes } from 'pdf-lib'
import { openFont, pdfLibFontkit } from './fontkit-adapter'
import { COURSE_TITLE } from './fields'
import type { CertificateFields } from './fields'
import { loadCertificateFonts } from './fonts'
import type { CertificateFonts } from './fonts'
import { drawCertificatePage } from './layout'
import type { Face } from './text'

/** Custom document-information key holding the envelope (also copied into /Keywords). */
export const METADATA_KEY = 'RLSCasebookCertificate'

export interface RenderOptions {
  pageSize: 'A4' | 'Letter'
  /** Font bytes; defaults to loadCertificateFonts() (from the npm font packages). */
  fonts?: CertificateFonts
}

export async function renderCertificatePdf(
  fields: CertificateFields,
  envelope: string,
  options: RenderOptions
): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadCertificateFonts())
  const doc = await PDFDocument.create()
  doc.registerFontkit(pdfLibFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0])

  const embed = async (bytes: Uint8Array): Promise<Face> => ({
    pdf: await doc.embedFont(bytes, { subset: true }),
    glyphs: openFont(bytes)
  })
  const [regular, italic, semibold, bold] = await Promise.all([
    embed(fonts.regular),
    embed(fonts.italic),
    embed(fonts.semibold),
    embed(fonts.bold)
  ])
  // The 8 MB CJK faces are embedded (as small subsets) only if some text needs them; the bold one
  // backs the semibold/bold serif so a CJK name has the same weight as a Latin one.
  const { heavy, light } = printedTexts(fields)
  if (needsFallback(light, regular, fonts.cjk)) {
    regular.fallback = italic.fallback = await embed(fonts.cjk)
  }
  if (needsFallback(heavy, bold, fonts.cjkBold)) {
    semibold.fallback = bold.fallback = await embed(fonts.cjkBold)
  }

  const [w, h] = options.pageSize === 'A4' ? PageSizes.A4 : PageSizes.Letter
  const page = doc.addPage([h, w]) // landscape
  drawCertificatePage(page, fields, envelope, { regular, italic, semibold, bold })

  setMetadata(doc, fields, envelope)
  return doc.save({ useObjectStreams: false })
}

/** Learner- or course-supplied strings that reach the page, by the weight they are set in. */
function printedTexts(f: CertificateFields): { heavy: string[]; light: string[] } {
  return {
    heavy: [f.learner.fullName, f.course.title],
    light: [f.learner.credentials, f.learner.licenceId ?? ''].concat(f.objectives)
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

function setMetadata(doc: PDFDocument, f: CertificateFields, envelope: string): void {
  const issued = new Date(f.issuedAt)
  doc.setTitle(`Certificate of Completion — ${f.learner.fullName}`)
  doc.setAuthor('RLS Casebook')
  doc.setSubject(
    `${f.course.title || COURSE_TITLE}. Certificate ${f.certificateId}, ` +
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

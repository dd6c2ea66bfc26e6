// Issue #14 §3, "the printed page is not bound to the signature": every forgery the red team made
// is made again here, on a genuine certificate, with the attacker's own tool (pdf-lib). Each file
// is a well-formed PDF (qpdf --check) that shows the forgery (pdftotext), and each is now refused.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  StandardFonts,
  decodePDFRawStream,
  rgb
} from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import type { SignedCertificate } from '../../../main/certificate/sign'
import { verifyCertificateBytes, verifyCertificatePdf } from '../../../main/certificate/verify'
import type { VerifyResult } from '../../../main/certificate/verify'
import { cleanupTempDirs, issueSample, pdfText, reembed, tempDir, tool, writePdf } from './helpers'

let key: SigningKey
let fonts: CertificateFonts
let a: { signed: SignedCertificate; pdf: Uint8Array }
let b: { signed: SignedCertificate; pdf: Uint8Array }
beforeAll(async () => {
  key = await loadOrCreateSigningKey(tempDir())
  fonts = await loadCertificateFonts()
  a = await issueSample(key, fonts)
  b = await issueSample(key, fonts, {
    learner: { fullName: 'Mallory Forger', credentials: 'MD' },
    scorePercent: 100,
    correct: 30
  })
})
afterAll(cleanupTempDirs)

const verify = (bytes: Uint8Array): VerifyResult => verifyCertificateBytes(bytes, [key.publicKey])
const failedCheck = (r: VerifyResult) => r.checks.find((c) => !c.passed)?.check

/** A forgery must be a PDF that other tools accept, or the test proves nothing. */
function expectWellFormed(bytes: Uint8Array): void {
  const check = tool('qpdf', ['--check', writePdf(bytes)])
  expect(check.status, check.stdout + check.stderr).toBe(0)
}

async function editStream(
  pdf: Uint8Array,
  index: number,
  edit: (decoded: Uint8Array) => Uint8Array
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const contents = doc.getPage(0).node.Contents() as PDFArray
  const ref = contents.get(index) as PDFRef
  const raw = doc.context.lookup(ref) as PDFRawStream
  const decoded = decodePDFRawStream(raw).decode()
  doc.context.assign(ref, doc.context.flateStream(edit(decoded)))
  return doc.save({ useObjectStreams: false })
}

const append = (ops: string) => (decoded: Uint8Array) =>
  Buffer.concat([Buffer.from(decoded), Buffer.from(`\n${ops}\n`)])

const WHITE_BOX = 'q 1 1 1 rg 250 330 340 40 re f Q'

describe('the page is what is signed', () => {
  it('refuses a white box and "Mallory Forger" drawn over the name', async () => {
    const doc = await PDFDocument.load(a.pdf, { updateMetadata: false })
    const page = doc.getPage(0)
    const font = await doc.embedFont(StandardFonts.HelveticaBold)
    page.drawRectangle({ x: 250, y: 330, width: 340, height: 40, color: rgb(1, 1, 1) })
    page.drawText('Mallory Forger', { x: 330, y: 342, size: 28, font })
    const forged = await doc.save({ useObjectStreams: false })
    expectWellFormed(forged)
    expect(pdfText(forged)).toContain('Mallory Forger')

    const result = await verifyCertificatePdf(forged, [key.publicKey])
    expect(result.status).toBe('altered')
    expect(failedCheck(result)).toBe('page')
  })

  it('refuses the same white box written into the signed page stream itself', async () => {
    const forged = await editStream(a.pdf, 0, append(WHITE_BOX))
    expectWellFormed(forged)
    const result = verify(forged)
    expect(result).toMatchObject({ status: 'altered', message: /not the page that was signed/ })
    expect(failedCheck(result)).toBe('page')
  })

  it('refuses a white box written into the QR code stream', async () => {
    const forged = await editStream(a.pdf, 1, append(WHITE_BOX))
    expectWellFormed(forged)
    const result = verify(forged)
    expect(result).toMatchObject({ status: 'altered', message: /QR code stream draws something/ })
  })

  it('refuses an annotation (a stamp or text box) laid over the page', async () => {
    const doc = await PDFDocument.load(a.pdf, { updateMetadata: false })
    const annot = doc.context.obj({
      Type: 'Annot',
      Subtype: 'FreeText',
      Rect: [250, 330, 590, 370],
      Contents: 'Mallory Forger',
      DA: '/Helv 28 Tf 0 g'
    })
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]))
    const forged = await doc.save({ useObjectStreams: false })
    expectWellFormed(forged)
    expect(verify(forged)).toMatchObject({ status: 'altered', message: /annotation/ })
  })

  it('refuses a page whose fonts were swapped (same text codes, other glyph shapes)', async () => {
    const doc = await PDFDocument.load(a.pdf, { updateMetadata: false })
    const descriptors = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.has(PDFName.of('FontFile2')))
    expect(descriptors.length).toBeGreaterThanOrEqual(2)
    const [first, second] = descriptors as [PDFDict, PDFDict]
    const file = first.get(PDFName.of('FontFile2'))!
    first.set(PDFName.of('FontFile2'), second.get(PDFName.of('FontFile2'))!)
    second.set(PDFName.of('FontFile2'), file)
    const forged = await doc.save({ useObjectStreams: false })
    expectWellFormed(forged)
    expect(failedCheck(verify(forged))).toBe('page')
  })

  it("refuses A's page and QR code with B's envelope in every metadata copy", async () => {
    // The forger copies all of B's document information: envelope, /Keywords, /Title, /Subject.
    const doc = await PDFDocument.load(await reembed(a.pdf, b.signed.envelope), {
      updateMetadata: false
    })
    const bDoc = await PDFDocument.load(b.pdf, { updateMetadata: false })
    doc.setTitle(bDoc.getTitle()!)
    doc.setSubject(bDoc.getSubject()!)
    const forged = await doc.save({ useObjectStreams: false })
    expectWellFormed(forged)
    expect(pdfText(forged)).toContain('Ada Okafor')
    const result = verify(forged)
    // B's signature is genuine, so the signature check passes; the page is not B's page.
    expect(result.status).toBe('altered')
    expect(result.checks.map((c) => [c.check, c.passed])).toEqual([
      ['file', true],
      ['signature', true],
      ['page', false]
    ])
  })

  it("refuses A's page with B's QR code (and A's envelope in the metadata)", async () => {
    const doc = await PDFDocument.load(b.pdf)
    const bQr = decodePDFRawStream(
      doc.context.lookup((doc.getPage(0).node.Contents() as PDFArray).get(1)) as PDFRawStream
    ).decode()
    const forged = await editStream(a.pdf, 1, () => bQr)
    expectWellFormed(forged)
    const result = verify(forged)
    expect(result).toMatchObject({
      status: 'altered',
      message: /QR code on the page does not hold/
    })
    expect(failedCheck(result)).toBe('qr')
  })

  it('refuses a genuine page whose QR code was removed', async () => {
    const doc = await PDFDocument.load(a.pdf, { updateMetadata: false })
    const contents = doc.getPage(0).node.Contents() as PDFArray
    contents.remove(1)
    const forged = await doc.save({ useObjectStreams: false })
    expect(verify(forged)).toMatchObject({ status: 'altered', message: /no QR code/ })
  })

  it('refuses a second page added to the certificate', async () => {
    const doc = await PDFDocument.load(a.pdf, { updateMetadata: false })
    doc.addPage().drawText('Also completed: everything else.')
    expect(verify(await doc.save({ useObjectStreams: false }))).toMatchObject({
      status: 'altered',
      message: /more than one page/
    })
  })
})

describe('a file without a parseable page is unreadable', () => {
  const envelopeOnly = () =>
    [
      `%PDF-1.4\n${a.signed.envelope}\n%%EOF\n`,
      `%PDF-1.4\n1 0 obj\n<< /RLSCasebookCertificate (${a.signed.envelope}) >>\nendobj\n` +
        `trailer\n<< /Info 1 0 R >>\n%%EOF\n`
    ].map((text) => new TextEncoder().encode(text))

  it('refuses a file holding only "%PDF-1.4" and an envelope', () => {
    for (const bytes of envelopeOnly()) {
      const result = verify(bytes)
      expect(result.status).toBe('unreadable')
      expect(result.fields).toBeUndefined()
      expect(result.checks).toEqual([expect.objectContaining({ check: 'file', passed: false })])
    }
  })

  it('refuses a genuine certificate truncated to half, or by its last 200 bytes', () => {
    for (const bytes of [a.pdf.slice(0, a.pdf.length / 2), a.pdf.slice(0, a.pdf.length - 200)]) {
      const result = verify(bytes)
      expect(result).toMatchObject({ status: 'unreadable', message: /cannot be read/ })
      expect(result.fields).toBeUndefined()
    }
  })
})

// The page design: a calm double frame, centred headings in Noto Serif, a row of results, the
// learning objectives on the left and the verification block (IDs, fingerprint, QR) on the right.
// All positions derive from the page width/height so A4 and US Letter share one layout.
import { rgb } from 'pdf-lib'
import type { PDFPage } from 'pdf-lib'
import { HONESTY_STATEMENT } from './fields'
import type { CertificateIssuer, PrintedFields } from './fields'

type PrintedCertificate = PrintedFields & { verificationCode: string }
import { formatDate, formatHours, formatPercent, formatSuspensions, formatTimeUsed } from './format'
import type { QrPlacement } from './qr'
import { Typesetter } from './text'
import type { Face } from './text'

export interface Faces {
  regular: Face
  italic: Face
  semibold: Face
  bold: Face
}

const NAVY = rgb(0.11, 0.2, 0.33)
const GOLD = rgb(0.66, 0.53, 0.27)
const INK = rgb(0.13, 0.13, 0.15)
const MUTED = rgb(0.38, 0.4, 0.44)

/** Draws everything but the QR code (see qr.ts); returns where the QR code goes. */
export function drawCertificatePage(
  page: PDFPage,
  f: PrintedCertificate,
  faces: Faces
): QrPlacement {
  const { width: W, height: H } = page.getSize()
  const t = new Typesetter(page)
  const cx = W / 2

  // Frame: a navy outer rule and a fine gold inner rule.
  page.drawRectangle({
    x: 22,
    y: 22,
    width: W - 44,
    height: H - 44,
    borderColor: NAVY,
    borderWidth: 2.2
  })
  page.drawRectangle({
    x: 29,
    y: 29,
    width: W - 58,
    height: H - 58,
    borderColor: GOLD,
    borderWidth: 0.7
  })
  for (const [x, y] of [
    [29, 29],
    [W - 29, 29],
    [29, H - 29],
    [W - 29, H - 29]
  ] as const) {
    page.drawSquare({ x: x - 3.5, y: y - 3.5, size: 7, color: GOLD, rotate: undefined })
  }

  let y = H - 66
  // A provider-issued certificate names the provider who reviewed the claim and awards credit.
  const issuer = f.issuer
  const kicker = issuer
    ? `${issuer.provider.toUpperCase()}  ·  CONTINUING EDUCATION`
    : 'RLS CASEBOOK  ·  SELF-ASSESSMENT'
  t.draw(kicker, {
    x: cx,
    y,
    size: t.fit(kicker, faces.semibold, 8.5, W - 200 - 1.6 * kicker.length, 6),
    face: faces.semibold,
    color: GOLD,
    align: 'center',
    tracking: 1.6
  })
  y -= 40
  t.draw('Certificate of Completion', {
    x: cx,
    y,
    size: 34,
    face: faces.semibold,
    color: NAVY,
    align: 'center'
  })
  y -= 14
  page.drawLine({ start: { x: cx - 70, y }, end: { x: cx + 70, y }, thickness: 0.8, color: GOLD })
  y -= 22
  t.draw('This is to certify that', {
    x: cx,
    y,
    size: 12,
    face: faces.italic,
    color: MUTED,
    align: 'center'
  })

  y -= 35
  const name = f.learner.fullName
  const nameSize = t.fit(name, faces.bold, 28, W - 200, 16)
  t.draw(name, { x: cx, y, size: nameSize, face: faces.bold, color: INK, align: 'center' })
  y -= 19
  const cred = [
    f.learner.credentials,
    f.learner.licenceId ? `Licence / board ID ${f.learner.licenceId}` : ''
  ]
    .filter(Boolean)
    .join('   ·   ')
  t.draw(cred, {
    x: cx,
    y,
    size: t.fit(cred, faces.regular, 12, W - 200, 8),
    face: faces.regular,
    color: INK,
    align: 'center'
  })

  y -= 24
  t.draw(issuer ? 'has completed the activity' : 'has completed the self-assessment activity', {
    x: cx,
    y,
    size: 12,
    face: faces.italic,
    color: MUTED,
    align: 'center'
  })
  y -= 23
  const course = f.course.title
  t.draw(course, {
    x: cx,
    y,
    size: t.fit(course, faces.semibold, 17, W - 160, 10),
    face: faces.semibold,
    color: NAVY,
    align: 'center'
  })
  y -= 16
  // Dates come from this computer's clock, which the learner controls: the page says so.
  const sub =
    `Question bank version ${f.course.bankVersion}   ·   ` +
    `Completed ${formatDate(f.completedAt)} ` +
    (issuer ? "(as recorded by the learner's computer)" : '(as recorded by this computer)')
  t.draw(sub, { x: cx, y, size: 10.5, face: faces.regular, color: INK, align: 'center' })

  y -= 40
  drawResults(page, t, faces, f, y, W)

  // Lower zone: objectives and identifiers on the left, the QR code on the right.
  const bottom = 60
  const top = y - 32
  const qr = Math.min(top - bottom - 12, 160)
  const qx = W - 62 - qr
  t.draw('SIGNED CERTIFICATE DATA', {
    x: qx + qr / 2,
    y: bottom + qr + 5,
    size: 6.5,
    face: faces.semibold,
    color: MUTED,
    align: 'center',
    tracking: 0.8
  })
  const idsTop = drawIdentifiers(page, t, faces, f, 62, bottom, qx - 30)
  drawObjectives(t, faces, f.objectives, 62, idsTop + 10, top, qx - 30 - 62)

  if (issuer) drawStatements(t, faces, issuer, cx, W - 120)
  else {
    t.draw(HONESTY_STATEMENT, {
      x: cx,
      y: 42,
      size: 8.5,
      face: faces.italic,
      color: MUTED,
      align: 'center'
    })
  }
  return { x: qx, y: bottom, width: qr }
}

/** The provider's accreditation and credit statements, in full, below the identifiers. */
function drawStatements(
  t: Typesetter,
  faces: Faces,
  issuer: CertificateIssuer,
  cx: number,
  width: number
): void {
  const text = `${issuer.accreditationStatement} ${issuer.creditStatement}`
  // Three lines fit between the identifiers and the frame; smaller type before cutting anything.
  for (const size of [7, 6.5, 6, 5.5, 5]) {
    const lines = t.wrap(text, faces.italic, size, width)
    if (lines.length <= 3 || size === 5) {
      lines.slice(0, 3).forEach((line, i) => {
        t.draw(line, {
          x: cx,
          y: 49 - i * (size + 1.5),
          size,
          face: faces.italic,
          color: MUTED,
          align: 'center'
        })
      })
      return
    }
  }
}

function drawResults(
  page: PDFPage,
  t: Typesetter,
  faces: Faces,
  f: PrintedCertificate,
  y: number,
  W: number
): void {
  const cells: [string, string][] = [
    ['SCORE', formatPercent(f.scorePercent)],
    ['PASS MARK', formatPercent(f.passMarkPercent)],
    ['ITEMS', `${f.correct} of ${f.itemCount} correct`],
    ['TIME USED', formatTimeUsed(f.timeUsedSeconds, f.timeAccommodation)],
    ['SUSPENSIONS (TOTAL)', formatSuspensions(f.suspensions)],
    f.issuer
      ? ['CREDIT AWARDED', creditText(f.issuer)]
      : ['ESTIMATED TIME', formatHours(f.estimatedHours)]
  ]
  const left = 70
  const cell = (W - 2 * left) / cells.length
  page.drawLine({
    start: { x: left, y: y + 26 },
    end: { x: W - left, y: y + 26 },
    thickness: 0.5,
    color: GOLD
  })
  page.drawLine({
    start: { x: left, y: y - 14 },
    end: { x: W - left, y: y - 14 },
    thickness: 0.5,
    color: GOLD
  })
  cells.forEach(([label, value], i) => {
    const x = left + cell * i + cell / 2
    t.draw(label, {
      x,
      y: y + 12,
      size: 7,
      face: faces.semibold,
      color: MUTED,
      align: 'center',
      tracking: 1
    })
    // Installation certificates keep their old minimum so their pages re-render identically.
    const size = t.fit(value, faces.semibold, 12.5, cell - 8, f.issuer ? 6 : 8)
    t.draw(value, { x, y: y - 4, size, face: faces.semibold, color: NAVY, align: 'center' })
  })
}

function drawObjectives(
  t: Typesetter,
  faces: Faces,
  objectives: string[],
  x: number,
  bottom: number,
  top: number,
  width: number
): void {
  t.draw('LEARNING OBJECTIVES', {
    x,
    y: top - 8,
    size: 7.5,
    face: faces.semibold,
    color: MUTED,
    tracking: 1
  })
  const avail = top - 20 - bottom
  // Shrink the list until it fits; a long list ends with a count rather than running off the page.
  for (const size of [9.5, 9, 8.5, 8, 7.5, 7]) {
    const lead = size * 1.28
    const blocks = objectives.map((o) => t.wrap(o, faces.regular, size, width - 10))
    const lines = blocks.reduce((n, b) => n + b.length, 0)
    if (size + (lines - 1) * lead + (blocks.length - 1) * 2 <= avail || size === 7) {
      let y = top - 20 - size
      for (const [i, block] of blocks.entries()) {
        const remaining = blocks.length - i
        if (y - (block.length - 1) * lead < bottom) {
          t.draw(`… and ${remaining} more (in the signed certificate data)`, {
            x,
            y,
            size,
            face: faces.italic,
            color: MUTED
          })
          return
        }
        t.draw('•', { x, y, size, face: faces.regular, color: GOLD })
        for (const line of block) {
          t.draw(line, { x: x + 10, y, size, face: faces.regular, color: INK })
          y -= lead
        }
        y -= 2
      }
      return
    }
  }
}

/** Certificate ID, verification code, issue date and key fingerprint; returns the block's top. */
function drawIdentifiers(
  page: PDFPage,
  t: Typesetter,
  faces: Faces,
  f: PrintedCertificate,
  x: number,
  bottom: number,
  right: number
): number {
  const label = (text: string, lx: number, ly: number) =>
    t.draw(text, { x: lx, y: ly, size: 6.5, face: faces.semibold, color: MUTED, tracking: 0.8 })
  const value = (text: string, vx: number, vy: number, size: number, face = faces.regular) =>
    t.draw(text, { x: vx, y: vy, size, face, color: INK })
  // Row 2 (bottom): the fingerprint of the key that signed this certificate.
  label(
    f.issuer ? 'PROVIDER KEY FINGERPRINT (SHA-256)' : 'SIGNING KEY FINGERPRINT (SHA-256)',
    x,
    bottom + 10
  )
  value(f.keyFingerprint, x, bottom, 8)
  // Row 1: ID, code and issue date in three columns spread over the available width.
  const y = bottom + 34
  const cols = [x, x + (right - x) * 0.5, x + (right - x) * 0.78]
  label('CERTIFICATE ID', cols[0]!, y + 12)
  value(f.certificateId, cols[0]!, y, 8.5)
  label('VERIFICATION CODE', cols[1]!, y + 12)
  value(f.verificationCode, cols[1]!, y - 1, 11.5, faces.semibold)
  label(f.issuer ? 'ISSUED BY THE PROVIDER' : 'ISSUED (THIS COMPUTER)', cols[2]!, y + 12)
  value(formatDate(f.issuedAt), cols[2]!, y, 8.5)
  const top = y + 22
  page.drawLine({ start: { x, y: top }, end: { x: right, y: top }, thickness: 0.5, color: GOLD })
  return top
}

/** "0.5 AMA PRA Category 1 Credits™", or hours when the provider designates no credit type. */
export function creditText(issuer: Pick<CertificateIssuer, 'credits' | 'creditType'>): string {
  return issuer.creditType === null
    ? formatHours(issuer.credits)
    : `${issuer.credits} ${issuer.creditType}`
}

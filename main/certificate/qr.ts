// The QR code is drawn as vector rectangles (one per horizontal run of dark modules), so it stays
// sharp at any print resolution and needs no raster image. It goes into a content stream of its
// own, after the page body: the body is covered by the signed page digest, and the verifier
// re-encodes the envelope and compares this drawing with it (reader/qr-stream.ts).
import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor } from 'pdf-lib'
import type { PDFDocument, PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'
import { qrRects } from './reader/qr-stream'

export interface QrMatrix {
  size: number
  isDark(row: number, col: number): boolean
}

export interface QrPlacement {
  x: number
  y: number
  width: number
}

export function qrMatrix(text: string): QrMatrix {
  // Level L: the envelope is long (~1.9 kB) and a certificate is printed clean, so capacity wins.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' })
  return { size: modules.size, isDark: (r, c) => Boolean(modules.get(r, c)) }
}

/** Adds the code as the page's second content stream, bottom-left corner at (x, y). */
export function addQrStream(doc: PDFDocument, page: PDFPage, text: string, at: QrPlacement): void {
  // Slight overlap (0.02 pt, in qrRects) stops hairline gaps between rows in some viewers.
  const ops = [pushGraphicsState(), setFillingColor(rgb(0, 0, 0))]
  for (const r of qrRects(text, at.x, at.y, at.width)) ops.push(rectangle(r.x, r.y, r.w, r.h))
  ops.push(fill(), popGraphicsState())
  page.node.addContentStream(doc.context.register(doc.context.contentStream(ops)))
}

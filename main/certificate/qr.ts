// The QR code is drawn as vector rectangles (one per horizontal run of dark modules), so it stays
// sharp at any print resolution and needs no raster image. It goes into a content stream of its
// own, after the page body: the body is covered by the signed page digest, and the verifier
// re-encodes the envelope and compares this drawing with it (reader/qr-stream.ts).
import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor } from 'pdf-lib'
import type { PDFDocument, PDFPage } from 'pdf-lib'
import { qrRects } from './reader/qr-stream'

export { qrMatrix, type QrMatrix } from './qr-matrix'

export interface QrPlacement {
  x: number
  y: number
  width: number
}

/** Adds the code as the page's second content stream, bottom-left corner at (x, y). */
export function addQrStream(doc: PDFDocument, page: PDFPage, text: string, at: QrPlacement): void {
  // Slight overlap (0.02 pt, in qrRects) stops hairline gaps between rows in some viewers.
  const ops = [pushGraphicsState(), setFillingColor(rgb(0, 0, 0))]
  for (const r of qrRects(text, at.x, at.y, at.width)) ops.push(rectangle(r.x, r.y, r.w, r.h))
  ops.push(fill(), popGraphicsState())
  page.node.addContentStream(doc.context.register(doc.context.contentStream(ops)))
}

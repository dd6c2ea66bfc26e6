// The QR code is drawn as vector rectangles (one per horizontal run of dark modules), so it stays
// sharp at any print resolution and needs no raster image.
import { fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingColor } from 'pdf-lib'
import type { PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'

export interface QrMatrix {
  size: number
  isDark(row: number, col: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  // Level L: the envelope is long (~1.5 kB) and a certificate is printed clean, so capacity wins.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' })
  return { size: modules.size, isDark: (r, c) => Boolean(modules.get(r, c)) }
}

/** Draws the code with its bottom-left corner at (x, y), `width` points wide (quiet zone outside). */
export function drawQr(page: PDFPage, matrix: QrMatrix, x: number, y: number, width: number): void {
  const m = width / matrix.size
  const ops = [pushGraphicsState(), setFillingColor(rgb(0, 0, 0))]
  for (let r = 0; r < matrix.size; r++) {
    let c = 0
    while (c < matrix.size) {
      if (!matrix.isDark(r, c)) {
        c++
        continue
      }
      const start = c
      while (c < matrix.size && matrix.isDark(r, c)) c++
      // Slight overlap (0.02 pt) stops hairline gaps between rows in some viewers.
      ops.push(rectangle(x + start * m, y + width - (r + 1) * m, (c - start) * m, m + 0.02))
    }
  }
  ops.push(fill(), popGraphicsState())
  page.pushOperators(...ops)
}

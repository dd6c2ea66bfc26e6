// The QR code's modules for a text. Kept apart from qr.ts (which draws with pdf-lib) so the
// verifier's worker can re-encode an envelope without loading pdf-lib.
import QRCode from 'qrcode'

export interface QrMatrix {
  size: number
  isDark(row: number, col: number): boolean
}

// Encoding a ~2 kB code takes tens of milliseconds (mask selection); rendering draws it and then
// reads its own output back, which needs it again: the last one is kept.
let last: { text: string; matrix: QrMatrix } | null = null

export function qrMatrix(text: string): QrMatrix {
  if (last?.text === text) return last.matrix
  // Level L: the envelope is long (~1.9 kB) and a certificate is printed clean, so capacity wins.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' })
  const matrix = {
    size: modules.size,
    isDark: (r: number, c: number) => Boolean(modules.get(r, c))
  }
  last = { text, matrix }
  return matrix
}

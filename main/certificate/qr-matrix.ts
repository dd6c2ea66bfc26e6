// The QR code's modules for a text. Kept apart from qr.ts (which draws with pdf-lib) so the
// verifier's worker can re-encode an envelope without loading pdf-lib.
import QRCode from 'qrcode'

export interface QrMatrix {
  size: number
  isDark(row: number, col: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  // Level L: the envelope is long (~1.9 kB) and a certificate is printed clean, so capacity wins.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' })
  return { size: modules.size, isDark: (r, c) => Boolean(modules.get(r, c)) }
}

// The QR code's content stream, read back. The issuer draws it as black rectangles (one per run of
// dark modules) in a stream of its own; here the rectangles are parsed, the envelope the verifier
// holds is encoded again, and the two drawings must agree module for module. That is a decode with
// no room for doubt: any extra mark, missing module or different payload fails, and nothing but
// q, rg (black), re, f and Q is allowed in the stream — no white box, no text, no image.
import { qrMatrix } from '../qr-matrix'
import { ReadError } from './objects'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

const MAX_RECTS = 40_000
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/

/** The rectangles of a stream in the issuer's QR form; null if it draws anything else. */
export function parseQrStream(content: Uint8Array): Rect[] | null {
  const text = Buffer.from(content).toString('latin1')
  const tokens = text.split(/[\0\t\n\f\r ]+/).filter(Boolean)
  const expectPrefix = ['q', '0', '0', '0', 'rg']
  if (tokens.length > MAX_RECTS * 5 + 8) throw new ReadError('the QR drawing is too large')
  if (expectPrefix.some((t, i) => tokens[i] !== t)) return null
  if (tokens.at(-2) !== 'f' || tokens.at(-1) !== 'Q') return null
  const body = tokens.slice(expectPrefix.length, -2)
  if (body.length === 0 || body.length % 5 !== 0) return null
  const rects: Rect[] = []
  for (let i = 0; i < body.length; i += 5) {
    const [x, y, w, h, op] = body.slice(i, i + 5)
    if (op !== 're' || ![x, y, w, h].every((n) => NUMBER.test(n!))) return null
    rects.push({ x: Number(x), y: Number(y), w: Number(w), h: Number(h) })
  }
  return rects
}

/** Where the drawn code sits (bottom-left corner and width), from its rectangles. */
export function qrBounds(rects: Rect[]): { x: number; y: number; width: number } {
  const minX = Math.min(...rects.map((r) => r.x))
  const maxX = Math.max(...rects.map((r) => r.x + r.w))
  const minY = Math.min(...rects.map((r) => r.y))
  return { x: minX, y: minY, width: maxX - minX }
}

/** The rectangles drawQr (qr.ts) makes for `text` at a position: the same arithmetic. */
export function qrRects(text: string, x: number, y: number, width: number): Rect[] {
  const matrix = qrMatrix(text)
  const m = width / matrix.size
  const out: Rect[] = []
  for (let r = 0; r < matrix.size; r++) {
    let c = 0
    while (c < matrix.size) {
      if (!matrix.isDark(r, c)) {
        c++
        continue
      }
      const start = c
      while (c < matrix.size && matrix.isDark(r, c)) c++
      out.push({ x: x + start * m, y: y + width - (r + 1) * m, w: (c - start) * m, h: m + 0.02 })
    }
  }
  return out
}

/** True when the drawn rectangles are exactly the QR code of `envelope` (to 0.01 pt). */
export function drawsQrOf(rects: Rect[], envelope: string): boolean {
  const { x, y, width } = qrBounds(rects)
  const expected = qrRects(envelope, x, y, width)
  const close = (a: number, b: number) => Math.abs(a - b) < 0.01
  return (
    expected.length === rects.length &&
    expected.every((e, i) => {
      const r = rects[i]!
      return close(e.x, r.x) && close(e.y, r.y) && close(e.w, r.w) && close(e.h, r.h)
    })
  )
}

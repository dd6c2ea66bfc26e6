// Text drawing with per-character font fallback. Names can be in any script; the serif face covers
// Latin/Greek/Cyrillic and the CJK face covers Chinese/Japanese ideographs and kana. A character
// neither face has is drawn as "?" and reported, never silently dropped or drawn as a blank box.
import { popGraphicsState, pushGraphicsState, rgb, setCharacterSpacing } from 'pdf-lib'
import type { PDFFont, PDFPage, RGB } from 'pdf-lib'
import type { FontkitFont } from 'fontkit'

export interface Face {
  pdf: PDFFont
  glyphs: FontkitFont
  /** Used per character when this face lacks a glyph (a CJK face of matching weight). */
  fallback?: Face | null
}

export interface TextOptions {
  x: number
  y: number
  size: number
  face: Face
  color?: RGB
  align?: 'left' | 'center' | 'right'
  /** Extra space between characters, in points (for small-caps style labels). */
  tracking?: number
}

interface Run {
  text: string
  face: Face
}

// Wrapping and fitting measure the same strings many times, and every certificate of a batch
// measures the same labels and statements; shaping (fontkit layout) is the costliest part of
// rendering and width scales linearly with size, so widths are cached at size 1 per font face
// (its parsed fontkit font, shared by every document), across pages.
const unitWidths = new WeakMap<FontkitFont, Map<string, number>>()
const MAX_CACHED_WIDTHS = 20_000

function unitWidth(face: Face, text: string): number {
  let cache = unitWidths.get(face.glyphs)
  if (!cache) unitWidths.set(face.glyphs, (cache = new Map()))
  let w = cache.get(text)
  if (w === undefined) {
    if (cache.size >= MAX_CACHED_WIDTHS) cache.clear() // names differ per page: stay bounded
    cache.set(text, (w = face.pdf.widthOfTextAtSize(text, 1)))
  }
  return w
}

export class Typesetter {
  readonly missing = new Set<string>()

  constructor(private readonly page: PDFPage) {}

  width(text: string, face: Face, size: number, tracking = 0): number {
    const runs = this.runs(text, face)
    const glyphs = runs.reduce((n, r) => n + [...r.text].length, 0)
    const w = runs.reduce((sum, r) => sum + unitWidth(r.face, r.text) * size, 0)
    return w + tracking * Math.max(0, glyphs - 1)
  }

  draw(text: string, o: TextOptions): number {
    const tracking = o.tracking ?? 0
    const total = this.width(text, o.face, o.size, tracking)
    let x = o.align === 'center' ? o.x - total / 2 : o.align === 'right' ? o.x - total : o.x
    if (tracking) this.page.pushOperators(pushGraphicsState(), setCharacterSpacing(tracking))
    for (const run of this.runs(text, o.face)) {
      const color = o.color ?? rgb(0.1, 0.1, 0.1)
      this.page.drawText(run.text, { x, y: o.y, size: o.size, font: run.face.pdf, color })
      x += unitWidth(run.face, run.text) * o.size + tracking * [...run.text].length
    }
    if (tracking) this.page.pushOperators(popGraphicsState())
    return total
  }

  /** Largest size ≤ `size` (down to `min`) at which the text fits in maxWidth. */
  fit(text: string, face: Face, size: number, maxWidth: number, min: number): number {
    let s = size
    while (s > min && this.width(text, face, s) > maxWidth) s -= 0.5
    return s
  }

  /** Greedy word wrap; a single over-long word is broken by characters (CJK has no spaces). */
  wrap(text: string, face: Face, size: number, maxWidth: number): string[] {
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (this.width(candidate, face, size) <= maxWidth) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      line = ''
      for (const ch of word) {
        if (line && this.width(line + ch, face, size) > maxWidth) {
          lines.push(line)
          line = ''
        }
        line += ch
      }
    }
    if (line) lines.push(line)
    return lines
  }

  private runs(text: string, primary: Face): Run[] {
    const runs: Run[] = []
    for (let ch of text.normalize('NFC')) {
      if (/\p{Cc}/u.test(ch)) ch = ' ' // a stray tab or newline must not break the layout
      const cp = ch.codePointAt(0)!
      let face = primary
      if (!primary.glyphs.hasGlyphForCodePoint(cp)) {
        if (primary.fallback?.glyphs.hasGlyphForCodePoint(cp)) face = primary.fallback
        else {
          this.missing.add(ch)
          ch = '?'
        }
      }
      const last = runs[runs.length - 1]
      if (last && last.face === face) last.text += ch
      else runs.push({ text: ch, face })
    }
    return runs
  }
}

/** Characters that no certificate font can draw (the UI can warn before issuing). */
export function unsupportedCharacters(text: string, faces: FontkitFont[]): string[] {
  const out = new Set<string>()
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!
    if (!faces.some((f) => f.hasGlyphForCodePoint(cp))) out.add(ch)
  }
  return [...out]
}

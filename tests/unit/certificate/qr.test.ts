// The QR code a scanner sees: poppler rasterises the real PDF and jsQR (an independent decoder)
// reads the picture. The verifier compares the drawing with the envelope exactly; this proves the
// drawing is also what a phone camera reads.
import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import { inspectCertificatePdf } from '../../../main/certificate/reader/inspect'
import { drawsQrOf, qrBounds } from '../../../main/certificate/reader/qr-stream'
import { cleanupTempDirs, issueSample, tempDir, tool, writePdf } from './helpers'

let key: SigningKey
let fonts: CertificateFonts
beforeAll(async () => {
  key = await loadOrCreateSigningKey(tempDir())
  fonts = await loadCertificateFonts()
})
afterAll(cleanupTempDirs)

/** Rasterises the QR area at `dpi` with pdftoppm and decodes it with jsQR. */
function scan(pdf: Uint8Array, dpi: number): string | null {
  const page = inspectCertificatePdf(pdf).page
  const { x, y, width } = qrBounds(page.qr!)
  const scale = dpi / 72
  const margin = 12
  const pageHeight = page.mediaBox[3]!
  const file = writePdf(pdf)
  const out = `${file}-qr`
  const crop = [
    ['-x', Math.floor((x - margin) * scale)],
    ['-y', Math.floor((pageHeight - y - width - margin) * scale)],
    ['-W', Math.ceil((width + 2 * margin) * scale)],
    ['-H', Math.ceil((width + 2 * margin) * scale)]
  ].flatMap(([k, v]) => [String(k), String(v)])
  const r = tool('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', ...crop, file, out])
  expect(r.status, r.stderr).toBe(0)
  const { width: w, height: h, pixels } = readPgm(readFileSync(`${out}.pgm`))
  const rgba = new Uint8ClampedArray(w * h * 4)
  for (let i = 0; i < w * h; i++) rgba.fill(pixels[i]!, i * 4, i * 4 + 3).fill(255, i * 4 + 3)
  return jsQR(rgba, w, h)?.data ?? null
}

function readPgm(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a binary PGM')
  const [, w, h] = header.map(Number) as [number, number, number]
  return { width: w, height: h, pixels: buf.subarray(header[0].length) }
}

describe('the QR code on the page', () => {
  it.each(['A4', 'Letter'] as const)(
    'decodes (poppler at 150 dpi, then jsQR) to exactly the envelope in /Info on %s',
    async (pageSize) => {
      const { signed, pdf } = await issueSample(key, fonts, {}, pageSize)
      expect(inspectCertificatePdf(pdf).envelopes).toEqual([signed.envelope])
      expect(scan(pdf, 150)).toBe(signed.envelope)
    }
  )

  it("is compared module for module: another envelope's drawing does not pass", async () => {
    const a = await issueSample(key, fonts)
    const b = await issueSample(key, fonts)
    const rects = inspectCertificatePdf(a.pdf).page.qr!
    expect(drawsQrOf(rects, a.signed.envelope)).toBe(true)
    expect(drawsQrOf(rects, b.signed.envelope)).toBe(false)
    // One module more or less is a different drawing.
    expect(drawsQrOf(rects.slice(1), a.signed.envelope)).toBe(false)
    expect(drawsQrOf([...rects, { ...rects[0]!, x: rects[0]!.x + 1 }], a.signed.envelope)).toBe(
      false
    )
  })
})

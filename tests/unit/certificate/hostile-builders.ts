// Hostile PDFs of issue #17 §1, built from scratch so the tests need no fixture files: each is a
// syntactically plausible PDF whose cost to a naive full parser is out of all proportion to its
// size. Shared by hostile-pdf.test.ts and scripts/bench (the figures in docs/RELIABILITY.md).
import { randomBytes } from 'node:crypto'
import { createDeflate } from 'node:zlib'

const enc = (s: string) => Buffer.from(s, 'latin1')

/** Objects 1..n (bodies without "N 0 obj"), a classic xref table, a trailer with /Root 1 0 R. */
export function classicPdf(bodies: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
  const offsets: number[] = []
  let pos = parts[0]!.length
  bodies.forEach((body, i) => {
    const chunk = Buffer.concat([enc(`${i + 1} 0 obj\n`), Buffer.from(body), enc('\nendobj\n')])
    offsets.push(pos)
    parts.push(chunk)
    pos += chunk.length
  })
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  parts.push(
    enc(
      `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${rows}` +
        `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\n` +
        `startxref\n${pos}\n%%EOF\n`
    )
  )
  return Buffer.concat(parts)
}

/** Deflates `repeat` copies of `block` between `head` and `tail` without holding the input. */
export function deflateRepeated(head: string, block: string, repeat: number, tail: string) {
  return new Promise<Buffer>((resolve, reject) => {
    const d = createDeflate({ level: 9 })
    const out: Buffer[] = []
    d.on('data', (c: Buffer) => out.push(c))
    d.on('end', () => resolve(Buffer.concat(out)))
    d.on('error', reject)
    const chunk = enc(block)
    d.write(head)
    for (let i = 0; i < repeat; i++) d.write(chunk)
    d.end(tail)
  })
}

/**
 * The red team's 292 KB file: the catalog lives in an object stream that inflates to one array of
 * `elements` zeros (150 million by default, 300 MB). A parser that expands object streams eagerly
 * builds that array; the bounded reader stops at its decoded-length cap.
 */
export async function objStmBomb(elements = 150_000_000): Promise<Buffer> {
  const perBlock = 262_144
  const data = await deflateRepeated('1 0 [', '0 '.repeat(perBlock), elements / perBlock, ']')
  const head = enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
  const stm = Buffer.concat([
    enc(
      `2 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`
    ),
    data,
    enc('\nendstream\nendobj\n')
  ])
  const stmOffset = head.length
  const xrefOffset = stmOffset + stm.length
  // Entries: 0 free; 1 in object stream 2 at index 0; 2 and 3 at their offsets (W = [1 4 2]).
  const row = (type: number, a: number, b: number) => {
    const r = Buffer.alloc(7)
    r.writeUInt8(type, 0)
    r.writeUInt32BE(a, 1)
    r.writeUInt16BE(b, 5)
    return r
  }
  const rows = Buffer.concat([
    row(0, 0, 65535),
    row(2, 2, 0),
    row(1, stmOffset, 0),
    row(1, xrefOffset, 0)
  ])
  const xref = Buffer.concat([
    enc(
      `3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n`
    ),
    rows,
    enc(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`)
  ])
  return Buffer.concat([head, stm, xref])
}

/** A catalog nested `depth` arrays deep (a recursive parser overflows its stack). */
export function deepNesting(depth = 200_000): Buffer {
  return classicPdf([`<< /Type /Catalog /Pages ${'['.repeat(depth)}${']'.repeat(depth)} >>`])
}

/** "%PDF-1.4" and then `bytes` of random junk. */
export function junk(bytes = 1_000_000): Buffer {
  return Buffer.concat([enc('%PDF-1.4\n'), randomBytes(bytes)])
}

/** A file of `bytes` bytes (zeros after the header): too large to be a certificate. */
export function large(bytes = 50_000_000): Buffer {
  const b = Buffer.alloc(bytes)
  b.write('%PDF-1.4\n', 'latin1')
  return b
}

/** A cross-reference table of `entries` rows (each object a tiny dictionary). */
export function manyObjects(entries = 120_000): Buffer {
  return classicPdf(
    Array.from({ length: entries }, (_, i) => (i === 0 ? '<< /Type /Catalog >>' : '<< >>'))
  )
}

/** Two cross-reference sections whose /Prev point at each other. */
export function prevLoop(): Buffer {
  const head = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'
  const pad = (n: number) => String(n).padStart(10, '0')
  const section = (prev: number, rows: string) =>
    `xref\n${rows}trailer\n<< /Size 2 /Root 1 0 R /Prev ${pad(prev)} >>\n`
  const rowsA = `0 2\n0000000000 65535 f \n${pad(9)} 00000 n \n`
  const rowsB = '0 1\n0000000000 65535 f \n'
  const offA = head.length
  const offB = offA + section(0, rowsA).length
  return enc(head + section(offB, rowsA) + section(offA, rowsB) + `startxref\n${offB}\n%%EOF\n`)
}

/** A page whose content stream is a flate bomb (`mb` megabytes of drawing operators). */
export async function contentBomb(mb = 300): Promise<Buffer> {
  const data = await deflateRepeated('', '0 0 m\n'.repeat(174_763), mb, '')
  return classicPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    Buffer.concat([
      enc(`<< /Filter /FlateDecode /Length ${data.length} >>\nstream\n`),
      data,
      enc('\nendstream')
    ])
  ])
}

/** A stream whose /Length is itself (a resolver without a guard recurses forever). */
export function selfLength(): Buffer {
  return classicPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 4 0 R >>\nstream\nq Q\nendstream'
  ])
}

// The page digest: SHA-256 over everything that decides how the certificate's page looks, except
// the QR code (which carries the signature and so cannot be inside what is signed). That is the
// page box, the first content stream (all text, rules and labels), and the page's resources
// resolved in full — fonts with their programs, widths and ToUnicode maps — so neither an edited
// drawing nor a swapped glyph shape keeps the digest. Streams count by their decoded bytes, so a
// tool that recompresses (qpdf) keeps it; the form is canonical (sorted keys, normalised numbers).
import { createHash, type Hash } from 'node:crypto'
import type { PdfDocumentReader } from './document'
import { PdfName, PdfRef, PdfStream, PdfString, ReadError } from './objects'
import type { PdfValue } from './objects'

const DIGEST_VERSION = 'RLSC-page-1'
/** Dictionary keys that describe the encoding of a stream, not what it shows. */
const ENCODING_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL'])
const MAX_OBJECTS = 2_000

export function pageDigest(
  doc: PdfDocumentReader,
  mediaBox: number[],
  body: PdfStream,
  resources: PdfValue | undefined
): string {
  const h = createHash('sha256')
  h.update(`${DIGEST_VERSION}\nbox ${mediaBox.map(num).join(' ')}\ncontent `)
  h.update(sha256(doc.decoded(body)))
  h.update('\nresources ')
  const state = { objects: 0 }
  canonical(doc, resources ?? null, h, state, [], 0)
  return h.digest('hex')
}

function canonical(
  doc: PdfDocumentReader,
  v: PdfValue,
  h: Hash,
  state: { objects: number },
  path: number[],
  depth: number
): void {
  if (depth > doc.limits.maxDepth) throw new ReadError('resources nested too deeply')
  if (v instanceof PdfRef) {
    if (path.includes(v.num)) {
      h.update(`@${path.length - path.indexOf(v.num)}`) // a back-reference, written by distance
      return
    }
    if (++state.objects > MAX_OBJECTS) throw new ReadError('the page uses too many objects')
    canonical(doc, doc.get(v.num), h, state, [...path, v.num], depth + 1)
    return
  }
  if (v === null || typeof v === 'boolean') h.update(String(v))
  else if (typeof v === 'number') h.update(num(v))
  else if (v instanceof PdfName) h.update(`/${JSON.stringify(v.name)}`)
  else if (v instanceof PdfString) h.update(`<${Buffer.from(v.bytes).toString('hex')}>`)
  else if (Array.isArray(v)) {
    h.update('[')
    for (const item of v) {
      canonical(doc, item, h, state, path, depth + 1)
      h.update(' ')
    }
    h.update(']')
  } else if (v instanceof PdfStream) {
    h.update('stream')
    canonicalDict(doc, v.dict, h, state, path, depth, ENCODING_KEYS)
    h.update(sha256(doc.decoded(v)))
  } else canonicalDict(doc, v, h, state, path, depth, new Set())
}

function canonicalDict(
  doc: PdfDocumentReader,
  d: Map<string, PdfValue>,
  h: Hash,
  state: { objects: number },
  path: number[],
  depth: number,
  skip: Set<string>
): void {
  h.update('<<')
  for (const key of [...d.keys()].filter((k) => !skip.has(k)).sort()) {
    h.update(`${JSON.stringify(key)}:`)
    canonical(doc, d.get(key)!, h, state, path, depth + 1)
    h.update(' ')
  }
  h.update('>>')
}

/** One spelling per number: 0.5, .5 and 0.50 hash alike. */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6)
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

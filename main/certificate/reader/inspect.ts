// What a certificate PDF holds, read with the bounded reader: the envelope copies and descriptive
// entries of /Info, and its one page — the digest of what it shows and the QR drawing on top.
// Throws ReadError when there is no parseable page (the verdict is "unreadable"); a page that is
// there but built differently from the issuer's (an extra drawing, an annotation, a second page)
// is reported in `page.problem` (the verdict is "altered").
import { PdfDocumentReader, DEFAULT_LIMITS, type ReaderLimits } from './document'
import { PdfName, PdfRef, PdfStream, PdfString, ReadError, decodeTextString } from './objects'
import type { PdfDict, PdfValue } from './objects'
import { pageDigest } from './page-digest'
import { parseQrStream, type Rect } from './qr-stream'

export const METADATA_KEY = 'RLSCasebookCertificate'
/** Matches any envelope version inside other text. */
const ANY_ENVELOPE = /RLSC\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/

export interface InspectedPage {
  mediaBox: number[]
  digest: string
  /** The QR drawing's rectangles; null when the page has only its body stream. */
  qr: Rect[] | null
  problem: string | null
}

export interface InspectedCertificate {
  /** Distinct envelopes found in /Info, the dedicated key first. */
  envelopes: string[]
  subject: string | null
  title: string | null
  page: InspectedPage
}

// Keys a viewer could use to show something else than the page's own content are not accepted.
const CATALOG_KEYS = new Set([
  'Type',
  'Pages',
  'Metadata',
  'PageLayout',
  'PageMode',
  'Lang',
  'MarkInfo',
  'Version',
  'ViewerPreferences'
])
const PAGES_KEYS = new Set(['Type', 'Kids', 'Count'])
// pdf-lib writes an empty /Annots; any annotation at all (a FreeText box, a stamp) is refused.
const PAGE_KEYS = new Set(['Type', 'Parent', 'MediaBox', 'Resources', 'Contents', 'Annots'])

export function inspectCertificatePdf(
  bytes: Uint8Array,
  limits: ReaderLimits = DEFAULT_LIMITS
): InspectedCertificate {
  const doc = new PdfDocumentReader(bytes, limits)
  const info = doc.trailer.has('Info') ? doc.dict(doc.trailer.get('Info'), '/Info') : new Map()
  const text = (key: string): string | null => {
    const v = doc.resolve(info.get(key))
    return v instanceof PdfString ? decodeTextString(v) : null
  }
  const envelopes = [text(METADATA_KEY), text('Keywords')]
    .map((v) => (v ? ANY_ENVELOPE.exec(v)?.[0] : undefined))
    .filter((v): v is string => Boolean(v))
  return {
    envelopes: [...new Set(envelopes)],
    subject: text('Subject'),
    title: text('Title'),
    page: readPage(doc)
  }
}

function readPage(doc: PdfDocumentReader): InspectedPage {
  const catalog = doc.dict(doc.trailer.get('Root'), 'the document catalog')
  const pages = doc.dict(catalog.get('Pages'), 'the page tree')
  const kids = doc.resolve(pages.get('Kids'))
  if (!Array.isArray(kids) || kids.length === 0) throw new ReadError('the document has no page')
  const page = doc.dict(kids[0], 'the page')
  const type = page.get('Type')
  if (!(type instanceof PdfName) || type.name !== 'Page')
    throw new ReadError('the document has no page')
  const box = doc.resolve(page.get('MediaBox'))
  if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === 'number'))
    throw new ReadError('the page has no size')
  const mediaBox = box as number[]
  const contents = contentStreams(doc, page.get('Contents'))
  if (contents.length === 0) throw new ReadError('the page has no content')
  const digest = pageDigest(doc, mediaBox, contents[0]!, page.get('Resources'))
  const problem =
    extraKeys(catalog, CATALOG_KEYS, 'the document') ??
    extraKeys(pages, PAGES_KEYS, 'the page tree') ??
    extraKeys(page, PAGE_KEYS, 'the page') ??
    (annotations(doc, page) > 0 ? 'something was placed over the page (an annotation)' : null) ??
    (kids.length !== 1 ? 'the document has more than one page' : null) ??
    (contents.length > 2 ? 'something was drawn over the page (an extra content stream)' : null)
  if (contents.length < 2) return { mediaBox, digest, qr: null, problem }
  const qr = parseQrStream(doc.decoded(contents[1]!))
  return {
    mediaBox,
    digest,
    qr,
    problem: problem ?? (qr ? null : 'the QR code stream draws something other than a QR code')
  }
}

function contentStreams(doc: PdfDocumentReader, v: PdfValue | undefined): PdfStream[] {
  const list = doc.resolve(v)
  const items = Array.isArray(list) ? list : list === undefined ? [] : [v!]
  if (items.length > 16) throw new ReadError('the page has too many content streams')
  return items.map((item) => {
    const s = item instanceof PdfRef ? doc.get(item.num) : item
    if (!(s instanceof PdfStream)) throw new ReadError('page content is not a stream')
    return s
  })
}

function annotations(doc: PdfDocumentReader, page: PdfDict): number {
  const list = doc.resolve(page.get('Annots'))
  if (list === undefined) return 0
  return Array.isArray(list) ? list.length : 1
}

function extraKeys(d: PdfDict, allowed: Set<string>, what: string): string | null {
  const extra = [...d.keys()].filter((k) => !allowed.has(k))
  return extra.length ? `${what} has entries a certificate never has (${extra.join(', ')})` : null
}

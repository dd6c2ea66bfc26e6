// Stream decoding with a ceiling: zlib stops at maxOutputLength, so a flate bomb (a few hundred
// kilobytes that inflate to gigabytes) costs at most the cap, never the heap. Only the filters a
// certificate uses are accepted (none, FlateDecode with or without a PNG predictor).
import { inflateSync } from 'node:zlib'
import { PdfName, ReadError } from './objects'
import type { PdfDict, PdfValue } from './objects'

export interface DecodeBudget {
  /** Largest decoded size of one stream. */
  maxStreamBytes: number
  /** Decoded bytes left for the whole file (shared by every stream). */
  remaining: number
}

export function decodeStream(
  dict: PdfDict,
  raw: Uint8Array,
  budget: DecodeBudget,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined
): Uint8Array {
  const filter = resolve(dict.get('Filter'))
  const filters = filter === undefined || filter === null ? [] : [filter].flat()
  const parms = resolve(dict.get('DecodeParms'))
  if (filters.length > 1) throw new ReadError('chained stream filters are not supported')
  let data = raw
  if (filters.length === 1) {
    const f = filters[0]
    if (!(f instanceof PdfName) || f.name !== 'FlateDecode')
      throw new ReadError(`stream filter ${f instanceof PdfName ? f.name : '?'} is not supported`)
    const limit = Math.min(budget.maxStreamBytes, budget.remaining)
    try {
      data = new Uint8Array(inflateSync(raw, { maxOutputLength: Math.max(1, limit) }))
    } catch (err) {
      const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      throw new ReadError(tooBig ? 'a stream decodes to more than the limit' : 'corrupt stream')
    }
    const p = Array.isArray(parms) ? parms[0] : parms
    if (p instanceof Map) data = unpredict(data, p, resolve)
  }
  budget.remaining -= data.length
  if (budget.remaining < 0) throw new ReadError('the streams decode to more than the limit')
  return data
}

/** PNG predictors (10–15), as xref streams written by qpdf and others use them. */
function unpredict(
  data: Uint8Array,
  parms: PdfDict,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined
): Uint8Array {
  const num = (k: string, d: number) => {
    const v = resolve(parms.get(k))
    return typeof v === 'number' ? v : d
  }
  const predictor = num('Predictor', 1)
  if (predictor === 1) return data
  if (predictor < 10) throw new ReadError('TIFF predictors are not supported')
  const colors = num('Colors', 1)
  const bpc = num('BitsPerComponent', 8)
  const columns = num('Columns', 1)
  if (bpc !== 8 || colors < 1 || colors > 4 || columns < 1 || columns > 4096)
    throw new ReadError('unsupported predictor parameters')
  const bpp = colors
  const rowLen = colors * columns
  const rows = Math.floor(data.length / (rowLen + 1))
  const out = new Uint8Array(rows * rowLen)
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)]!
    const src = r * (rowLen + 1) + 1
    const dst = r * rowLen
    for (let i = 0; i < rowLen; i++) {
      const x = data[src + i]!
      const a = i >= bpp ? out[dst + i - bpp]! : 0
      const b = r > 0 ? out[dst - rowLen + i]! : 0
      const c = r > 0 && i >= bpp ? out[dst - rowLen + i - bpp]! : 0
      let v: number
      if (type === 0) v = x
      else if (type === 1) v = x + a
      else if (type === 2) v = x + b
      else if (type === 3) v = x + ((a + b) >> 1)
      else if (type === 4) v = x + paeth(a, b, c)
      else throw new ReadError('bad PNG predictor row')
      out[dst + i] = v & 0xff
    }
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

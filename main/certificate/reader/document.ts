// A bounded, lazy PDF reader: the trailer, the cross-reference sections it chains to, and only the
// objects someone asks for. Unlike a full parser it never expands the whole document, so a file's
// cost is capped by the limits below, whatever it declares. Strict where leniency would let a
// verifier and a viewer see different pages: every xref offset must land on the object it names,
// and a stream must end where its /Length says.
import { Lexer, PdfName, PdfRef, PdfStream, ReadError, latin1 } from './objects'
import type { ParseLimits, PdfDict, PdfValue } from './objects'
import { decodeStream, type DecodeBudget } from './streams'

export interface ReaderLimits extends ParseLimits {
  maxFileBytes: number
  /** Cross-reference entries over all sections. */
  maxObjects: number
  maxXrefSections: number
  maxStreamBytes: number
  maxDecodedBytes: number
  /** Objects in one object stream. */
  maxObjStmObjects: number
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxFileBytes: 6_000_000,
  maxObjects: 20_000,
  maxXrefSections: 16,
  maxStreamBytes: 4_000_000,
  maxDecodedBytes: 16_000_000,
  maxObjStmObjects: 5_000,
  maxDepth: 40,
  maxItems: 50_000,
  maxStringBytes: 64_000
}

type Entry =
  { kind: 'offset'; offset: number; gen: number } | { kind: 'objstm'; stm: number; index: number }

export class PdfDocumentReader {
  readonly trailer: PdfDict
  private readonly xref = new Map<number, Entry>()
  private readonly cache = new Map<number, PdfValue>()
  private readonly objStms = new Map<number, { nums: number[]; offsets: number[]; lexer: Lexer }>()
  private readonly budget: DecodeBudget
  private readonly loading = new Set<number>()

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: ReaderLimits = DEFAULT_LIMITS
  ) {
    if (bytes.length > limits.maxFileBytes) throw new ReadError('the file is too large')
    if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) throw new ReadError('not a PDF')
    this.budget = { maxStreamBytes: limits.maxStreamBytes, remaining: limits.maxDecodedBytes }
    const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)))
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
    if (!m) throw new ReadError('no cross-reference table at the end of the file')
    let offset: number | null = Number(m[1])
    let trailer: PdfDict | null = null
    const seen = new Set<number>()
    while (offset !== null) {
      if (seen.has(offset) || seen.size >= limits.maxXrefSections)
        throw new ReadError('cross-reference sections loop or are too many')
      seen.add(offset)
      const section = this.readXrefSection(offset)
      trailer ??= section
      if (section.has('XRefStm'))
        throw new ReadError('hybrid cross-reference files are not supported')
      const prev = section.get('Prev')
      offset = typeof prev === 'number' ? prev : null
    }
    this.trailer = trailer!
    if (this.trailer.has('Encrypt')) throw new ReadError('the file is encrypted')
  }

  /** Resolves a reference (or returns the value itself); cycles and missing objects throw. */
  resolve = (v: PdfValue | undefined): PdfValue | undefined =>
    v instanceof PdfRef ? this.get(v.num) : v

  get(num: number): PdfValue {
    if (this.cache.has(num)) return this.cache.get(num)!
    const entry = this.xref.get(num)
    if (!entry) throw new ReadError(`object ${num} is missing`)
    if (this.loading.has(num)) throw new ReadError('objects refer to themselves')
    this.loading.add(num)
    try {
      const value =
        entry.kind === 'offset' ? this.readAt(num, entry.offset) : this.readFromStm(num, entry)
      this.cache.set(num, value)
      return value
    } finally {
      this.loading.delete(num)
    }
  }

  dict(v: PdfValue | undefined, what: string): PdfDict {
    const d = this.resolve(v)
    if (d instanceof PdfStream) return d.dict
    if (!(d instanceof Map)) throw new ReadError(`${what} is not a dictionary`)
    return d
  }

  decoded(stream: PdfStream): Uint8Array {
    return decodeStream(stream.dict, stream.raw, this.budget, this.resolve)
  }

  private lexer(pos: number, bytes = this.bytes): Lexer {
    return new Lexer(bytes, pos, this.limits)
  }

  private readXrefSection(offset: number): PdfDict {
    if (offset >= this.bytes.length) throw new ReadError('startxref points outside the file')
    const lx = this.lexer(offset)
    if (lx.word() !== 'xref') {
      lx.pos = offset
      return this.readXrefStream(offset)
    }
    for (;;) {
      const save = lx.pos
      const first = lx.word()
      if (first === 'trailer') break
      const count = Number(lx.word())
      if (!/^\d+$/.test(first) || !Number.isInteger(count)) {
        lx.pos = save
        throw new ReadError('damaged cross-reference table')
      }
      for (let i = 0; i < count; i++) {
        const off = Number(lx.word())
        const gen = Number(lx.word())
        const type = lx.word()
        if (type === 'n') this.addEntry(Number(first) + i, { kind: 'offset', offset: off, gen })
        else if (type === 'f') this.addEntry(Number(first) + i, null)
        else throw new ReadError('damaged cross-reference entry')
      }
    }
    const trailer = lx.value()
    if (!(trailer instanceof Map)) throw new ReadError('the trailer is not a dictionary')
    return trailer
  }

  private readXrefStream(offset: number): PdfDict {
    const lx = this.lexer(offset)
    const num = Number(lx.word())
    lx.word()
    lx.expectWord('obj')
    const stream = this.streamAt(lx)
    const type = stream.dict.get('Type')
    if (!(type instanceof PdfName) || type.name !== 'XRef')
      throw new ReadError('no cross-reference at startxref')
    void num
    const w = stream.dict.get('W')
    const size = stream.dict.get('Size')
    if (
      !Array.isArray(w) ||
      w.length !== 3 ||
      !w.every((n) => typeof n === 'number' && n >= 0 && n <= 8)
    )
      throw new ReadError('bad /W in cross-reference stream')
    if (typeof size !== 'number') throw new ReadError('bad /Size in cross-reference stream')
    const idx = stream.dict.get('Index') ?? [0, size]
    if (!Array.isArray(idx) || idx.length % 2 || !idx.every((n) => typeof n === 'number'))
      throw new ReadError('bad /Index in cross-reference stream')
    const data = this.decoded(stream)
    const [w0, w1, w2] = w as [number, number, number]
    const rowLen = w0 + w1 + w2
    let pos = 0
    const field = (width: number, dflt: number) => {
      let v = 0
      for (let i = 0; i < width; i++) v = v * 256 + data[pos++]!
      return width === 0 ? dflt : v
    }
    for (let i = 0; i < idx.length; i += 2) {
      const [start, count] = [idx[i] as number, idx[i + 1] as number]
      for (let k = 0; k < count; k++) {
        if (pos + rowLen > data.length) throw new ReadError('cross-reference stream is short')
        const [t, a, b] = [field(w0, 1), field(w1, 0), field(w2, 0)]
        if (t === 1) this.addEntry(start + k, { kind: 'offset', offset: a, gen: b })
        else if (t === 2) this.addEntry(start + k, { kind: 'objstm', stm: a, index: b })
        else this.addEntry(start + k, null)
      }
    }
    return stream.dict
  }

  /** The newest section is read first, so an entry already present wins over older ones. */
  private readonly decided = new Set<number>()
  private addEntry(num: number, entry: Entry | null): void {
    if (this.decided.size >= this.limits.maxObjects) throw new ReadError('too many objects')
    if (this.decided.has(num)) return
    this.decided.add(num)
    if (entry) this.xref.set(num, entry)
  }

  private readAt(num: number, offset: number): PdfValue {
    if (offset >= this.bytes.length) throw new ReadError(`object ${num} lies outside the file`)
    const lx = this.lexer(offset)
    if (Number(lx.word()) !== num)
      throw new ReadError(`the cross-reference for object ${num} is wrong`)
    lx.word()
    lx.expectWord('obj')
    const save = lx.pos
    const v = lx.value()
    const next = lx.word()
    if (next === 'stream' && v instanceof Map) {
      lx.pos = save
      return this.streamAt(lx)
    }
    if (next !== 'endobj') throw new ReadError(`object ${num} is not terminated`)
    return v
  }

  private streamAt(lx: Lexer): PdfStream {
    const dict = lx.value()
    if (!(dict instanceof Map)) throw new ReadError('stream without a dictionary')
    lx.expectWord('stream')
    let start = lx.pos
    if (this.bytes[start] === 0x0d) start++
    if (this.bytes[start] === 0x0a) start++
    const length = this.resolve(dict.get('Length'))
    if (typeof length !== 'number' || length < 0 || start + length > this.bytes.length)
      throw new ReadError('stream length is wrong')
    lx.pos = start + length
    if (lx.word() !== 'endstream') throw new ReadError('stream does not end at its length')
    return new PdfStream(dict, this.bytes.subarray(start, start + length))
  }

  private readFromStm(num: number, entry: { stm: number; index: number }): PdfValue {
    let stm = this.objStms.get(entry.stm)
    if (!stm) {
      const s = this.get(entry.stm)
      if (!(s instanceof PdfStream)) throw new ReadError('object stream is not a stream')
      const n = s.dict.get('N')
      const first = s.dict.get('First')
      if (typeof n !== 'number' || typeof first !== 'number' || n > this.limits.maxObjStmObjects)
        throw new ReadError('bad object stream')
      const data = this.decoded(s)
      const head = this.lexer(0, data)
      const offsets: number[] = []
      const nums: number[] = []
      for (let i = 0; i < n; i++) {
        const objNum = Number(head.word())
        const off = Number(head.word())
        if (!Number.isInteger(objNum) || !Number.isInteger(off))
          throw new ReadError('bad object stream')
        nums.push(objNum)
        offsets.push(first + off)
      }
      stm = { nums, offsets, lexer: this.lexer(0, data) }
      this.objStms.set(entry.stm, stm)
    }
    const at = stm.offsets[entry.index]
    if (at === undefined || stm.nums[entry.index] !== num)
      throw new ReadError(`object ${num} is missing from its object stream`)
    stm.lexer.pos = at
    return stm.lexer.value()
  }
}

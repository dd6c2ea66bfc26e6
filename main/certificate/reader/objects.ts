// The PDF object syntax, parsed with hard limits. A verifier reads files from anyone, so nothing
// here trusts a size, a count or a depth the file declares: nesting, array/dict sizes and string
// lengths are capped, and every failure is a ReadError (the verdict becomes "unreadable").

export class ReadError extends Error {
  override name = 'ReadError'
}

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number
  ) {}
}
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}
export type PdfDict = Map<string, PdfValue>
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The encoded bytes exactly as they are in the file. */
    readonly raw: Uint8Array
  ) {}
}
export type PdfValue =
  null | boolean | number | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict | PdfStream

export interface ParseLimits {
  maxDepth: number
  /** Elements of one array, entries of one dictionary. */
  maxItems: number
  maxStringBytes: number
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20])
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25])
const isRegular = (b: number | undefined) => b !== undefined && !WHITE.has(b) && !DELIM.has(b)

/** A cursor over bytes that reads one PDF value at a time. */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
    private readonly limits: ParseLimits
  ) {}

  skipSpace(): void {
    const b = this.bytes
    while (this.pos < b.length) {
      if (WHITE.has(b[this.pos]!)) this.pos++
      else if (b[this.pos] === 0x25) while (this.pos < b.length && !isEol(b[this.pos]!)) this.pos++
      else break
    }
  }

  /** A bare keyword or number token (regular characters), or '' at a delimiter. */
  word(): string {
    this.skipSpace()
    const start = this.pos
    while (isRegular(this.bytes[this.pos])) this.pos++
    if (this.pos - start > 255) throw new ReadError('token too long')
    return latin1(this.bytes.subarray(start, this.pos))
  }

  expectWord(word: string): void {
    const at = this.pos
    if (this.word() !== word) throw new ReadError(`expected "${word}" at byte ${at}`)
  }

  value(depth = 0): PdfValue {
    if (depth > this.limits.maxDepth) throw new ReadError('objects nested too deeply')
    this.skipSpace()
    const b = this.bytes[this.pos]
    if (b === undefined) throw new ReadError('unexpected end of data')
    if (b === 0x2f) return this.name()
    if (b === 0x28) return this.literalString()
    if (b === 0x5b) return this.array(depth)
    if (b === 0x3c) return this.bytes[this.pos + 1] === 0x3c ? this.dict(depth) : this.hexString()
    const word = this.word()
    if (word === 'true' || word === 'false') return word === 'true'
    if (word === 'null') return null
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new ReadError(`unexpected "${word}"`)
    const num = Number(word)
    // "N G R" is a reference; look ahead without consuming when it is not.
    if (/^\d+$/.test(word)) {
      const save = this.pos
      const gen = this.word()
      if (/^\d+$/.test(gen) && this.word() === 'R') return new PdfRef(num, Number(gen))
      this.pos = save
    }
    return num
  }

  private name(): PdfName {
    this.pos++
    const start = this.pos
    while (isRegular(this.bytes[this.pos])) this.pos++
    if (this.pos - start > 127) throw new ReadError('name too long')
    const raw = latin1(this.bytes.subarray(start, this.pos))
    return new PdfName(raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => chr(parseInt(h, 16))))
  }

  private array(depth: number): PdfValue[] {
    this.pos++
    const out: PdfValue[] = []
    for (;;) {
      this.skipSpace()
      if (this.bytes[this.pos] === 0x5d) {
        this.pos++
        return out
      }
      if (out.length >= this.limits.maxItems) throw new ReadError('array too long')
      out.push(this.value(depth + 1))
    }
  }

  private dict(depth: number): PdfDict {
    this.pos += 2
    const out: PdfDict = new Map()
    for (;;) {
      this.skipSpace()
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2
        return out
      }
      const key = this.value(depth + 1)
      if (!(key instanceof PdfName)) throw new ReadError('dictionary key is not a name')
      if (out.size >= this.limits.maxItems) throw new ReadError('dictionary too large')
      out.set(key.name, this.value(depth + 1))
    }
  }

  private hexString(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos)
    if (end < 0) throw new ReadError('unterminated hex string')
    const hex = latin1(this.bytes.subarray(this.pos + 1, end)).replace(/\s+/g, '')
    if (!/^[0-9A-Fa-f]*$/.test(hex)) throw new ReadError('bad hex string')
    if (hex.length / 2 > this.limits.maxStringBytes) throw new ReadError('string too long')
    this.pos = end + 1
    return new PdfString(new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')))
  }

  private literalString(): PdfString {
    const b = this.bytes
    const out: number[] = []
    let level = 1
    this.pos++
    while (this.pos < b.length) {
      if (out.length > this.limits.maxStringBytes) throw new ReadError('string too long')
      const c = b[this.pos++]!
      if (c === 0x5c) {
        const e = b[this.pos++]
        if (e === undefined) break
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 }
        if (simple[e] !== undefined) out.push(simple[e])
        else if (e >= 0x30 && e <= 0x37) {
          let code = e - 0x30
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++)
            code = code * 8 + (b[this.pos++]! - 0x30)
          out.push(code & 0xff)
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++
        } else if (e !== 0x0a) out.push(e)
        continue
      }
      if (c === 0x28) level++
      if (c === 0x29 && --level === 0) return new PdfString(new Uint8Array(out))
      out.push(c)
    }
    throw new ReadError('unterminated string')
  }
}

const isEol = (b: number) => b === 0x0a || b === 0x0d
export const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')
const chr = (code: number) => String.fromCharCode(code)

/** Text of a PDF text string: UTF-16BE with a BOM, UTF-8 with a BOM, else PDFDocEncoding≈latin1. */
export function decodeTextString(s: PdfString): string {
  const b = s.bytes
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2))
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return new TextDecoder().decode(b.subarray(3))
  return latin1(b)
}

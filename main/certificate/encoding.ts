// Strict encodings. Base64url is decoded strictly (re-encoding must give back the same text):
// Node's decoder ignores stray characters and padding bits, so a changed character in an
// envelope could otherwise decode to the same bytes and go unnoticed.

const BASE64URL = /^[A-Za-z0-9_-]*$/

export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url')
}

export function fromBase64Url(text: string): Uint8Array {
  const bytes = tryFromBase64Url(text)
  if (!bytes) throw new Error('invalid base64url')
  return bytes
}

export function tryFromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null
  const bytes = new Uint8Array(Buffer.from(text, 'base64url'))
  return toBase64Url(bytes) === text ? bytes : null
}

// Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The first `length` base32 digits of `bytes` (5 bits each, most significant first). */
export function crockfordBase32(bytes: Uint8Array, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) {
    let value = 0
    for (let b = 0; b < 5; b++) {
      const bit = i * 5 + b
      value = (value << 1) | ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1)
    }
    out += CROCKFORD[value]
  }
  return out
}

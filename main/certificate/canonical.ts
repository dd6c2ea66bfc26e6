// Canonical JSON: the exact bytes that get signed. Two installations (or a later version of this
// app) must serialise the same fields to the same string, otherwise a valid certificate would
// verify as altered. Rules: object keys sorted recursively by UTF-16 code unit (as RFC 8785),
// no whitespace, strings and numbers as JSON.stringify writes them, UTF-8 when turned into bytes.

export function canonicalJson(value: unknown): string {
  return serialise(value, '$')
}

export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value))
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      // JSON.stringify escapes lone surrogates (well-formed JSON.stringify), so output is valid UTF-8.
      return JSON.stringify(value)
    case 'number':
      // NaN/Infinity have no JSON form; silently writing null would change what was signed.
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: non-finite number at ${path}`)
      return JSON.stringify(Object.is(value, -0) ? 0 : value)
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialise(item, `${path}[${i}]`)).join(',')}]`
      }
      if (!isPlainObject(value)) {
        throw new TypeError(`canonicalJson: only plain objects can be signed (at ${path})`)
      }
      return serialiseObject(value as Record<string, unknown>, path)
    default:
      throw new TypeError(`canonicalJson: cannot serialise ${typeof value} at ${path}`)
  }
}

function serialiseObject(obj: Record<string, unknown>, path: string): string {
  // Keys whose value is undefined are left out, as JSON.stringify does: an optional field that is
  // absent and one that is explicitly undefined must sign identically.
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort(compareCodeUnits)
  const parts = keys.map((k) => `${JSON.stringify(k)}:${serialise(obj[k], `${path}.${k}`)}`)
  return `{${parts.join(',')}}`
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, canonicalJsonBytes } from '../../../main/certificate/canonical'

describe('canonicalJson', () => {
  it('sorts keys recursively and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } }
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}')
  })

  it('sorts by UTF-16 code unit, keeps array order and escapes like JSON', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe(
      '{"10":4,"9":5,"Z":3,"z":2,"é":1}'
    )
    expect(canonicalJson(['b', 'a', 'quote " and \n'])).toBe('["b","a","quote \\" and \\n"]')
  })

  it('encodes non-ASCII as UTF-8 bytes, not escapes', () => {
    const bytes = canonicalJsonBytes({ name: 'Zoë 李小龍' })
    expect(Buffer.from(bytes).toString('utf8')).toBe('{"name":"Zoë 李小龍"}')
    expect(bytes.length).toBe(Buffer.byteLength('{"name":"Zoë 李小龍"}'))
  })

  it('writes numbers in their shortest form and -0 as 0', () => {
    expect(canonicalJson([1, 1.5, 86.7, -0, 1e21, 0.000001])).toBe('[1,1.5,86.7,0,1e+21,0.000001]')
  })

  it('omits undefined properties but refuses values JSON cannot hold faithfully', () => {
    expect(canonicalJson({ a: 1, licenceId: undefined })).toBe('{"a":1}')
    expect(() => canonicalJson({ a: NaN })).toThrow(/non-finite/)
    expect(() => canonicalJson([undefined])).toThrow()
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/)
    expect(() => canonicalJson({ m: new Map() })).toThrow(/plain objects/)
    expect(() => canonicalJson({ n: 1n })).toThrow()
  })

  it('is independent of key insertion order and stable through a parse round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        expect(text).not.toMatch(/[\n\t]/)
      }),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(dict))
      })
    )
  })
})

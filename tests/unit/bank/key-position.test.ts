// The key-position figure: per letter, pooled over option counts (questions/check/cue-checks.ts).
import { describe, expect, it } from 'vitest'
import { keyPositionBias, keyPositionDeviation } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'

/** Items that carry only what the figure reads: n options, the key at `key`. */
function items(n: number, keys: readonly number[]): Item[] {
  return keys.map(
    (key) =>
      ({
        options: Array.from({ length: n }, (_, i) => ({ correct: i === key }))
      }) as unknown as Item
  )
}
const cycle = (n: number, count: number) => Array.from({ length: count }, (_, i) => i % n)

describe('key position', () => {
  it('is 0 for keys spread evenly, over four- and five-option items together', () => {
    expect(keyPositionDeviation([...items(4, cycle(4, 400)), ...items(5, cycle(5, 500))])).toBe(0)
  })

  it('catches a key that is always A', () => {
    expect(keyPositionDeviation(items(4, new Array(400).fill(0)))).toBe(3)
  })

  it('pools letters over option counts', () => {
    const skewed = [
      ...items(4, [...new Array(150).fill(0), ...cycle(4, 250)]),
      ...items(5, cycle(5, 500))
    ]
    // A: 150 forced + 63 of the 250 cycled + 100 of the five-option items, against 100 + 100.
    const a = 150 + Math.ceil(250 / 4) + 100
    const expectedA = 400 / 4 + 500 / 5
    expect(keyPositionDeviation(skewed)).toBeCloseTo((a - expectedA) / expectedA, 6)
  })

  it('does not judge a letter expected too rarely (E in a handful of five-option items)', () => {
    expect(
      keyPositionDeviation([...items(4, cycle(4, 800)), ...items(5, [4, 4, 4, 4, 4])])
    ).toBeLessThan(0.05)
  })

  it('does not fail a deviation a fair draw gives (E 125 times where 100 are expected)', () => {
    const fair = [
      ...items(4, cycle(4, 500)),
      ...items(5, [...new Array(125).fill(4), ...cycle(4, 375)])
    ]
    expect(keyPositionDeviation(fair)).toBeCloseTo(0.25, 6)
    expect(keyPositionBias(fair)).toBe(0)
    // The same share in a cell four times the size is a bias, and it is caught.
    const biased = [
      ...items(4, cycle(4, 2000)),
      ...items(5, [...new Array(500).fill(4), ...cycle(4, 1500)])
    ]
    expect(keyPositionBias(biased)).toBeCloseTo(0.25, 6)
  })
})

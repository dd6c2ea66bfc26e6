// The length-rank score the statement templates search with (kit/statements.ts lengthRankMiss)
// and the length-rank pick they draw from (kit/choices.ts byLengthRank).
import { describe, expect, it } from 'vitest'
import { createRng } from '../../../questions/rng'
import { byLengthRank } from '../../../questions/templates/kit/choices'
import { lengthRankMiss } from '../../../questions/templates/kit/statements'

describe('lengthRankMiss', () => {
  it('is 0 when the key has the wanted rank and no length is shared at an extreme', () => {
    // key 20; one longer (30), two shorter (10, 15): rank "one longer" reached
    expect(lengthRankMiss(20, [30, 10, 15], 1)).toBe(0)
  })
  it('counts the rank error', () => {
    expect(lengthRankMiss(20, [30, 10, 15], 3)).toBe(2)
  })
  it('counts a distractor as long as the key', () => {
    expect(lengthRankMiss(20, [20, 10, 30], 1)).toBe(1)
  })
  it('counts two options tied at the longest or at the shortest length', () => {
    expect(lengthRankMiss(20, [30, 30, 10], 2)).toBe(1)
    expect(lengthRankMiss(20, [30, 10, 10], 1)).toBe(1)
    expect(lengthRankMiss(20, [30, 30, 10, 10], 2)).toBe(2)
  })
  it('does not count a tie among middle distractors', () => {
    expect(lengthRankMiss(40, [10, 20, 20, 50], 1)).toBe(0)
  })
})

describe('byLengthRank', () => {
  it('never returns more than `count` distractors, whatever the adjusted target', () => {
    const pool = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']
    for (let s = 0; s < 30; s++) {
      for (const shift of [-3, -1, 0, 1, 5]) {
        const out = byLengthRank(
          createRng(s),
          4,
          pool,
          2,
          (t) => t.length,
          (w) => w + shift
        )
        expect(out.length, `seed ${s} shift ${shift}`).toBe(2)
      }
    }
  })
})

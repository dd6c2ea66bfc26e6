// The length-rank score two statement templates search with (kit/statements.ts lengthRankMiss).
import { describe, expect, it } from 'vitest'
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

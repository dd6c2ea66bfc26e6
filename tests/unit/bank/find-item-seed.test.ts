// The seed an attempt records is only a hint for finding its items again: a right hint costs one
// generation, a wrong or forged one falls back to the search, and either way the answer is the
// bank's own item.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { rlsCausesCourse } from '../../../questions/content/course'
import { matchItemsToBank } from '../../../questions/engine/bank-match'
import { baseId, findItemById, findItemWithSeed, seedOf } from '../../../questions/find-item'

const items = assembleQuiz({ course: rlsCausesCourse, count: 6, seed: 'seed-hint' })
const seeds = items.map(seedOf)

describe('finding an item from its recorded seed', () => {
  it('returns the bank item for a right hint, the same as the full search', () => {
    expect(seeds.every((s) => s !== null)).toBe(true)
    const item = items[0]!
    expect(findItemWithSeed(item.id, seeds[0], rlsCausesCourse)).toEqual(item)
    expect(findItemById(item.id, rlsCausesCourse)).toEqual(item)
  })

  it('a changed decision suffix with a right hint resolves to the vignette’s item, as the search does', () => {
    const item = items[1]!
    const forgedId = `${baseId(item.id)}#00000000`
    const viaHint = findItemWithSeed(forgedId, seeds[1], rlsCausesCourse)
    expect(viaHint).toEqual(item)
    expect(findItemById(forgedId, rlsCausesCourse)).toEqual(viaHint)
  })

  it('a wrong hint falls back to the search', () => {
    const item = items[2]!
    const wrong = ((seeds[2] as number) + 1) % 4096
    expect(findItemWithSeed(item.id, wrong, rlsCausesCourse)).toEqual(item)
    expect(findItemWithSeed(item.id, -5, rlsCausesCourse)).toEqual(item)
  })

  it('a snapshot whose key was changed is caught with or without the hints', () => {
    const forged = items.map((i, n) =>
      n === 3 ? { ...i, options: i.options.map((o) => ({ ...o, correct: !o.correct })) } : i
    )
    expect(matchItemsToBank(forged, rlsCausesCourse, seeds)).toEqual([
      expect.objectContaining({ index: 3, kind: 'differs' })
    ])
    expect(matchItemsToBank(items, rlsCausesCourse, seeds)).toEqual([])
  })
})

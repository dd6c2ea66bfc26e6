// Read-through 23 (bank 2.18.11, seeds 731057/748213): iron-recheck-after-oral-course's option
// sets gave their key away — F2#7's key was the union of two foils (IV iron + a source search),
// and in F2#16 two stopping foils read as synonyms beside "the key plus pramipexole". From 2.18.12
// each arm crosses two choices, so every option shares one half with exactly two others.
import { describe, expect, it } from 'vitest'
import { itemParam, templateItems } from './helpers'

const SEEDS = 300
const codesOf = (item: { options: readonly { code: string }[] }) =>
  item.options.map((o) => o.code).sort()

describe('read 23: iron-recheck-after-oral-course crosses two choices in its option sets', () => {
  const items = templateItems('iron-recheck-after-oral-course', SEEDS)

  it('anaemia arm: {IV iron, more tablets} × {search, recheck only} (F2#7)', () => {
    const arm = items.filter((i) => itemParam(i, 'arm') === 'treat-and-investigate-source')
    expect(arm.length).toBeGreaterThan(0)
    for (const item of arm)
      expect(codesOf(item), item.id).toEqual(
        [
          'double-and-investigate',
          'double-oral-dose',
          'iv-iron-only',
          'treat-and-investigate-source'
        ].sort()
      )
  })

  it('still-low arm: {keep iron, stop iron} × {pramipexole, none} (F2#16)', () => {
    const arm = items.filter((i) => itemParam(i, 'arm') === 'iron-indicated')
    expect(arm.length).toBeGreaterThan(0)
    for (const item of arm) {
      expect(codesOf(item), item.id).toEqual(
        ['agonist-instead', 'iron-indicated', 'iron-not-indicated', 'iron-plus-agonist'].sort()
      )
      // Two options name pramipexole, two do not: neither half marks the key.
      expect(item.options.filter((o) => /pramipexole/.test(o.text))).toHaveLength(2)
    }
  })

  it('the new foils explain why each half is wrong', () => {
    for (const item of items)
      for (const o of item.options) {
        if (o.code === 'double-and-investigate') expect(o.rationale).toMatch(/intravenously/)
        if (o.code === 'agonist-instead') expect(o.rationale).toMatch(/augmentation/)
      }
  })
})

// Feedback that names a drug class before the item that keys it (read 20, P3): the rules in
// check/spoilers.ts, the ordering in order-items.ts, and the quiz-spoiler gate.
import { describe, expect, it } from 'vitest'
import { orderNoAdjacentFamily } from '../../../questions/assemble'
import {
  adjacentClassKeys,
  keyedClass,
  MAX_SPOILED_SHARE,
  namedClasses,
  spoiledItems,
  spoilerProblems,
  spoils
} from '../../../questions/check/spoilers'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { keyersBeforeNamers } from '../../../questions/order-items'
import { createRng } from '../../../questions/rng'

function firstItem(template: string, ok: (i: Item) => boolean): Item {
  const t = rlsCausesCourse.templates.find((x) => x.id === template)
  if (!t) throw new Error(`no template ${template}`)
  for (let s = 0; s < 500; s++) {
    const i = generateItem(t, s, rlsCausesCourse)
    if (ok(i)) return i
  }
  throw new Error(`no item of ${template} found`)
}

// A real item keying a sedating antihistamine, and a real one whose feedback names one.
const keyer = firstItem(
  'trigger-seasonal-antihistamine',
  (i) => keyedClass(i) === 'h1-antihistamine'
)
const namer = firstItem('trigger-otc-bag-review', (i) => namedClasses(i).has('h1-antihistamine'))
const bystander = firstItem('knowledge-genetics', (i) => namedClasses(i).size === 0)

describe('spoiler rules', () => {
  it('reads the class a drug item keys, and none for a statement item', () => {
    expect(keyedClass(keyer)).toBe('h1-antihistamine')
    expect(keyedClass(bystander)).toBeUndefined()
  })
  it('an item naming a class spoils a later item keying it, not the other way round', () => {
    expect(keyedClass(namer)).not.toBe('h1-antihistamine')
    expect(spoils(namer, keyer)).toBe(true)
    expect(spoiledItems([namer, keyer])).toBe(1)
    expect(spoiledItems([keyer, namer])).toBe(0)
  })
  it('never counts the class an item keys itself as named', () => {
    expect(namedClasses(keyer).has('h1-antihistamine')).toBe(false)
  })
  it('reads a stored snapshot without options or explanation without throwing', () => {
    expect(namedClasses({} as Item).size).toBe(0)
    expect(keyedClass({} as Item)).toBeUndefined()
  })
})

describe('ordering: keyers before namers', () => {
  it('moves the keyer ahead of the namer and keeps the rest in order', () => {
    expect(keyersBeforeNamers([namer, bystander, keyer])).toEqual([bystander, keyer, namer])
  })
  it('where two items each name the class the other keys, the earlier one goes first', () => {
    const ssri = firstItem('trigger-ssri-after-delivery', (i) => keyedClass(i) === 'ssri')
    const x = { ...keyer, explanation: `${keyer.explanation} Sertraline is not the cause here.` }
    const y = { ...ssri, explanation: `${ssri.explanation} Diphenhydramine is not taken.` }
    expect(spoils(x, y) && spoils(y, x)).toBe(true)
    expect(keyersBeforeNamers([y, x])).toEqual([y, x])
    expect(keyersBeforeNamers([x, y])).toEqual([x, y])
  })
  it('orderNoAdjacentFamily serves the keyer first under every seed', () => {
    for (let s = 0; s < 20; s++) {
      const out = orderNoAdjacentFamily([namer, keyer, bystander], createRng(s))
      expect(out.indexOf(keyer), `seed ${s}`).toBeLessThan(out.indexOf(namer))
    }
  })
})

describe('adjacent keys of one class', () => {
  it('counts neighbours that key one drug class, not others', () => {
    const second = firstItem(
      'trigger-ward-night-sedation',
      (i) => keyedClass(i) === 'h1-antihistamine'
    )
    expect(adjacentClassKeys([keyer, second, bystander])).toBe(1)
    expect(adjacentClassKeys([keyer, bystander, second])).toBe(0)
    expect(adjacentClassKeys([bystander, bystander])).toBe(0)
  })
})

describe('quiz-spoiler gate', () => {
  it(`fails when more than ${100 * MAX_SPOILED_SHARE}% of items are spoiled`, () => {
    const quiz = [namer, keyer, bystander, bystander]
    expect(spoilerProblems([quiz]).problems.map((p) => p.check)).toEqual(['quiz-spoiler'])
    expect(spoilerProblems([quiz]).figure).toEqual({ spoiled: 1, items: 4, adjacent: 0 })
  })
  it('passes when the keyer comes first', () => {
    const quiz = [keyer, namer, bystander, bystander]
    expect(spoilerProblems([quiz]).problems).toEqual([])
  })
})

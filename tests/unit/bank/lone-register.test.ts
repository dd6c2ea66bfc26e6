// The per-item lone-register gate (questions/check/lone-register.ts, read 9 P1/P2) and the read-9
// words of the register lists: each assertion is an item read 9 scored MAJOR, or its repaired form.
import { describe, expect, it } from 'vitest'
import { isHedged, isUnqualified } from '../../../questions/check/cue-checks'
import {
  checkLoneRegister,
  loneRegisterOfKey,
  oddFormOfKey,
  registerBalance
} from '../../../questions/check/lone-register'
import type { Item } from '../../../questions/item'
import { optionsItem } from './helpers'

/** optionsItem with a rationale per option (the gate reads foil rationales). */
function withRationales(
  texts: readonly string[],
  key: number,
  rationales: readonly string[]
): Item {
  const item = optionsItem(texts, key)
  item.options.forEach((o, i) => (o.rationale = rationales[i]!))
  return item
}

describe('register words read 9 named', () => {
  it('counts negated absolutes as hedges, not as absolutes', () => {
    expect(isHedged('The risk is raised, though it is far from certain that he will get RLS')).toBe(
      false // "will" still counts: one hedge, one absolute
    )
    expect(registerBalance('far from certain')).toBe(1)
    expect(registerBalance('Deficiency is not excluded here')).toBe(1)
    expect(registerBalance('It is not always present')).toBe(1)
    expect(isUnqualified('The risk is far from certain')).toBe(true)
  })

  it('reads "leading, well-supported" and "try a few weeks" as measured, "for good" and "stricter" as absolute', () => {
    expect(isHedged('Low brain iron is a leading, well-supported mechanism')).toBe(true)
    expect(isHedged('Try a few weeks without caffeine after midday')).toBe(true)
    expect(isUnqualified('Advise giving up coffee and tea for good')).toBe(false)
    expect(isUnqualified('Advise a stricter ban that also takes in chocolate')).toBe(false)
  })
})

describe('loneRegisterOfKey', () => {
  it('flags the one measured key among absolute foils (91237 #6)', () => {
    const item = optionsItem(
      [
        'The low TSAT proves absolute iron deficiency here',
        'A ferritin over 100 excludes iron deficiency here',
        'Deficiency is not excluded; its cause must be sought',
        'This TSAT must wait for anaemia before it counts'
      ],
      2
    )
    expect(loneRegisterOfKey(item)).toBe('lone-measured-key')
  })

  it('flags the one hedged key among plain foils (91237 #4)', () => {
    const item = optionsItem(
      [
        'Start low-dose pramipexole in the evening',
        'Try a few weeks without caffeine after midday',
        'Book a sleep study before cutting down',
        'Advise giving up coffee and tea for good'
      ],
      1
    )
    expect(loneRegisterOfKey(item)).toBe('lone-hedged-key')
  })

  it('passes an item with a foil in the key register, and a lone hedged foil', () => {
    const shared = optionsItem(
      [
        'Try a few weeks without caffeine after midday',
        'Try a few weeks of an evening walk instead',
        'Advise giving up coffee for good',
        'Start pramipexole tonight'
      ],
      0
    )
    expect(loneRegisterOfKey(shared)).toBeNull()
    const foilStandsOut = optionsItem(
      ['Try a few weeks of an evening walk instead', 'Stop the sertraline', 'Start pramipexole'],
      1
    )
    expect(loneRegisterOfKey(foilStandsOut)).toBeNull()
  })
})

describe('checkLoneRegister', () => {
  const texts = [
    'Replace iron and trace the cause of loss',
    'Treat with iron, orally or intravenously',
    'Start a dopamine agonist and leave iron',
    'Do not start iron; look at other factors'
  ]
  const rationale = (s: string) => `${s} — a rationale long enough for the structure gate.`

  it('fails a foil whose rationale calls it incomplete (91237 #3)', () => {
    const item = withRationales(texts, 0, [
      rationale('Correct'),
      rationale('Incomplete: iron is needed, but the anaemia needs a source search'),
      rationale('Incorrect'),
      rationale('Incorrect')
    ])
    const problems = checkLoneRegister(item)
    expect(problems.map((p) => p.check)).toEqual(['partial-foil'])
    expect(problems[0]!.message).toContain('"Treat with iron, orally or intravenously"')
  })

  it('passes the same options once no foil is called partly right', () => {
    const item = withRationales(
      texts,
      0,
      texts.map(() => rationale('Incorrect'))
    )
    expect(checkLoneRegister(item)).toEqual([])
  })
})

describe('oddFormOfKey', () => {
  it('finds the phrase every foil shares and the key lacks (104729 #3)', () => {
    const item = optionsItem(
      [
        'The atorvastatin in the medicine list',
        'The lisinopril in the medicine list',
        'The levothyroxine in the medicine list',
        'The duloxetine named in the referral letter'
      ],
      3
    )
    expect(oddFormOfKey(item)).toBe('in the medicine')
    expect(checkLoneRegister(item).map((p) => p.check)).toEqual(['odd-form-key'])
  })

  it('passes one frame for every option, and a foil that is the odd one out', () => {
    const frame = ['atorvastatin', 'lisinopril', 'levothyroxine', 'duloxetine'].map(
      (d) => `The ${d} in the medicine list`
    )
    expect(oddFormOfKey(optionsItem(frame, 3))).toBeNull()
    const foilOdd = [...frame.slice(0, 3), 'The duloxetine named in the referral letter']
    expect(oddFormOfKey(optionsItem(foilOdd, 0))).toBeNull()
  })
})

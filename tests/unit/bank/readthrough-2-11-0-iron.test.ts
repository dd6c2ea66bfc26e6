// Read-through 6 (bank 2.11.0) and the middle-length strategy in the iron, lifestyle and
// augmentation templates: each finding as a property of every item the template produces (300
// seeds), not of the items the reader saw (docs/question-bank.md, "mI: middle-length and read 6
// fixes").
import { describe, expect, it } from 'vitest'
import { HEDGES, cueFigures } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'
import { createRng } from '../../../questions/rng'
import { formText, formsByRank } from '../../../questions/templates/iron-cases/forms-by-rank'
import { templateItems, itemParam } from './helpers'

const SEEDS = 300
const items = (id: string, seeds = SEEDS): Item[] => templateItems(id, seeds)
const keyOf = (item: Item) => item.options.find((o) => o.correct)!
const foils = (item: Item) => item.options.filter((o) => !o.correct)
const hedged = (text: string) => new RegExp(HEDGES.source, 'i').test(text)

describe('middle-length: the key lands at every length rank', () => {
  const owed = [
    'iron-sampling-conditions',
    'iron-child-threshold',
    'iron-recheck-after-oral-course',
    'iron-before-drug-treatment',
    'lifestyle-caffeine-trial'
  ]
  for (const id of owed) {
    it(`${id}: "neither longest nor shortest" scores within 5 points of chance`, () => {
      // At the gate's own 1,000 seeds: a length-rank figure needs them to sit within a point.
      const f = cueFigures(items(id, 1000))
      expect(f.scores['middle-length'], id).toBeLessThanOrEqual(f.chance + 5)
      expect(f.scores.longest, id).toBeLessThanOrEqual(f.chance + 5)
      expect(f.scores.shortest, id).toBeLessThanOrEqual(f.chance + 5)
    })
  }

  it('formsByRank reaches every rank, never ties the key and never makes it 1.25× every option', () => {
    const forms = (c: string) =>
      ({
        k: ['Keep the oral iron going', 'Keep the same oral iron going for three more months'],
        a: ['Stop the iron now', 'Stop the iron now and review other measures'],
        b: ['Give IV iron instead', 'Give further iron intravenously from now on'],
        c: ['Add an agonist', 'Add a dopamine agonist for the evenings instead']
      })[c] ?? []
    const codes = ['k', 'a', 'b', 'c']
    const ranks = [0, 0, 0, 0]
    for (let s = 0; s < 400; s++) {
      const choice = formsByRank(createRng(s), 'k', codes, forms)
      const lengths = codes.map((c) => formText(choice, codes, c, forms).length)
      const key = lengths[0]!
      expect(lengths.slice(1)).not.toContain(key)
      expect(lengths.slice(1).every((l) => key >= 1.25 * l)).toBe(false)
      ranks[lengths.filter((l) => l < key).length]! += 1
    }
    for (const r of ranks) expect(r).toBeGreaterThan(60)
  })
})

describe('iron-missed-in-referral-letter: one kind of option per item (98731 #0, #2)', () => {
  it('the ferritin arm offers only results from the letter', () => {
    const arm = items('iron-missed-in-referral-letter').filter(
      (i) => itemParam(i, 'arm') === 'ferritin'
    )
    expect(arm.length).toBeGreaterThan(100)
    for (const item of arm)
      for (const o of item.options) expect(o.text, item.id).toMatch(/ in the letter$/)
  })

  it('the drug arm offers only medicines, always with the co-started drug', () => {
    const arm = items('iron-missed-in-referral-letter').filter(
      (i) => itemParam(i, 'arm') === 'drug'
    )
    expect(arm.length).toBeGreaterThan(100)
    for (const item of arm) {
      const meds = item.facts.medications as string[]
      const named = (text: string) => meds.filter((m) => text.includes(m))
      // Every option names one medicine on the list, one of them the other recent start.
      for (const o of item.options) expect(named(o.text), `${item.id} ${o.text}`).toHaveLength(1)
      expect(
        item.options.some((o) => /losartan|metformin|lisinopril/.test(o.text)),
        item.id
      ).toBe(true)
      expect(keyOf(item).code).toBe('the-antidepressant')
      expect(keyOf(item).text).toContain(meds[0]!)
    }
  })
})

describe('iron-decision, low-TSAT arm: no defensible source-search foil (98731 #6)', () => {
  it('"seek the source" is not a foil when only the TSAT qualifies; the key says look for the cause', () => {
    const arm = items('iron-decision').filter(
      (i) => itemParam(i, 'band') === 'tsat-low-high-ferritin'
    )
    expect(arm.length).toBeGreaterThan(20)
    for (const item of arm) {
      expect(
        foils(item).map((o) => o.code),
        item.id
      ).not.toContain('treat-and-investigate-source')
      expect(keyOf(item).rationale, item.id).toMatch(/look for the cause/)
      expect(item.explanation, item.id).toMatch(/look for the cause/)
    }
  })
})

describe('iron-inflammation-ckd, zone: no two foils say the same thing (98731 #18)', () => {
  it('never offers both "no deficiency above 100" conclusions', () => {
    const zone = items('iron-inflammation-ckd').filter((i) => itemParam(i, 'variant') === 'zone')
    expect(zone.length).toBeGreaterThan(80)
    for (const item of zone) {
      const noDeficiency = item.options.filter((o) =>
        /no (iron )?deficiency|deficiency is (unlikely|improbable)/i.test(o.text)
      )
      expect(noDeficiency.length, item.id).toBeLessThanOrEqual(1)
    }
  })
})

describe('lifestyle: a foil as measured as the key but wrong (83267 #3, #16)', () => {
  // 2.17.7: "measured" takes in a false statement that denies ("Studies have not yet looked at
  // coffee as a cause of RLS"), the caffeine keys' own register (read 14, 139201 #12).
  it('lifestyle-counselling: every alcohol or caffeine item offers a hedged or denying false statement', () => {
    const talk = items('lifestyle-counselling').filter((i) => itemParam(i, 'topic') !== 'osa')
    expect(talk.length).toBeGreaterThan(150)
    for (const item of talk)
      expect(
        foils(item).some((o) => hedged(o.text) || /\b(not|no)\b/.test(o.text)),
        item.id
      ).toBe(true)
  })

  it('lifestyle-counselling: the explanation does not open with the key rationale', () => {
    for (const item of items('lifestyle-counselling')) {
      const why = keyOf(item).rationale.replace(/^Correct: /, '')
      expect(item.explanation.toLowerCase().startsWith(why.slice(0, 40).toLowerCase())).toBe(false)
    }
  })

  it('lifestyle-alcohol-intake: every moderate-drinker item offers a measured wrong plan', () => {
    const moderate = items('lifestyle-alcohol-intake').filter(
      (i) => itemParam(i, 'arm') === 'moderate'
    )
    expect(moderate.length).toBeGreaterThan(100)
    for (const item of moderate)
      expect(
        foils(item).some((o) => ['moderate-protects', 'trial-then-treat'].includes(o.code)),
        item.id
      ).toBe(true)
  })
})

describe('MINORs: half-right and cueing options', () => {
  it('recheck-after-oral: no option offers iron "by mouth or intravenously" (P5)', () => {
    for (const item of items('iron-recheck-after-oral-course'))
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/by mouth or intraven/i)
  })

  it('caffeine-trial: no foil joins the decaf trial to another step (P5)', () => {
    for (const item of items('lifestyle-caffeine-trial'))
      for (const o of foils(item)) expect(o.text, item.id).not.toMatch(/decaf/i)
  })

  it('augmentation-next-step: the stem does not end on iron, and a second option deals with iron', () => {
    for (const item of items('augmentation-next-step')) {
      expect(item.stem.trim(), item.id).not.toMatch(/(iron studies|ferritin)[^.]*\.$/i)
      const iron = item.options.filter((o) => /iron|ferritin/i.test(o.text))
      expect(iron.length, item.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('sleep-apnoea: where iron is unmeasured, the key is not the only "tests first" option', () => {
    for (const item of items('lifestyle-sleep-apnoea-and-rls')) {
      if (itemParam(item, 'arm') !== 'no-osa') continue
      const tests = item.options.filter((o) => /check|repeat|arrange|sleep study/i.test(o.text))
      expect(tests.length, item.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('before-drug-treatment: at most one "confirm the diagnosis" test is offered (P5)', () => {
    for (const item of items('iron-before-drug-treatment'))
      expect(
        item.options.filter((o) => /polysomnography|nerve conduction/i.test(o.text)).length,
        item.id
      ).toBeLessThanOrEqual(1)
  })
})

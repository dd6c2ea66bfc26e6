// Read-through 7 (bank 2.12.0) in the lifestyle, situation and augmentation templates (helper r8C,
// docs/question-bank.md "Read 7 fixes: r8C"). Each finding is checked as a property of every item
// a template gives over 300 or more seeds, not of the two exported items.
import { describe, expect, it } from 'vitest'
import { HEDGES } from '../../../questions/check/cue-checks'
import { loneCueFigures, standOutOption } from '../../../questions/check/lone-cues'
import type { Item } from '../../../questions/item'
import { templateItems, itemParam } from './helpers'

const SEEDS = 400
const items = (id: string, seeds = SEEDS): Item[] => templateItems(id, seeds)
const keyOf = (item: Item) => item.options.find((o) => o.correct)!
const foils = (item: Item) => item.options.filter((o) => !o.correct)
const hedged = (text: string) => new RegExp(HEDGES.source, 'i').test(text)
/** The absolute markers read 7 named (P1 c). */
const ABSOLUTE_MARKERS = /\b(defer|only|alone|always|never|proves?|every|at once|can wait)\b/i
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean)

describe('P1: lifestyle-counselling keys the teaching the patient asks about (85093 #16)', () => {
  const osa = () => items('lifestyle-counselling').filter((i) => itemParam(i, 'topic') === 'osa')

  it('sleep apnoea: the key answers the question in the stem', () => {
    expect(osa().length).toBeGreaterThan(100)
    for (const item of osa()) {
      const expected = /matters while the RLS/.test(item.stem)
        ? 'address-osa-alongside'
        : 'osa-not-a-cause'
      expect(keyOf(item).code, item.id).toBe(expected)
    }
  })

  it('sleep apnoea: every foil is as hedged as the key, with no absolute marker and no stopgap sedative', () => {
    for (const item of osa()) {
      expect(hedged(keyOf(item).text), item.id).toBe(true)
      for (const o of foils(item)) {
        expect(hedged(o.text), `${item.id}: ${o.text}`).toBe(true)
        expect(o.text, item.id).not.toMatch(ABSOLUTE_MARKERS)
        expect(o.text, item.id).not.toMatch(/antihistamine/i)
      }
    }
  })

  it('alcohol: the cohort finding is keyed only when the patient asks whether a drink helps', () => {
    const alcohol = items('lifestyle-counselling').filter(
      (i) => itemParam(i, 'topic') === 'alcohol'
    )
    expect(alcohol.length).toBeGreaterThan(100)
    let asked = 0
    for (const item of alcohol) {
      const asksHelp = /relaxes the legs/.test(item.stem)
      if (asksHelp) asked++
      // Read 20 (F1#21): that ask now keys the patient-facing answer, not the cohort finding.
      expect(keyOf(item).code === 'alcohol-drink-not-remedy', item.id).toBe(asksHelp)
    }
    expect(asked).toBeGreaterThan(20)
  })
})

describe('P5: foils that share an action or do not fit the stem', () => {
  it('alcohol-intake: at most one foil makes RLS care wait on the drinking (85093 #39)', () => {
    const WAITS = ['treat-after-abstinence', 'refer-before-treating', 'trial-then-treat']
    for (const item of items('lifestyle-alcohol-intake'))
      expect(foils(item).filter((o) => WAITS.includes(o.code)).length, item.id).toBeLessThanOrEqual(
        1
      )
  })

  it('alcohol-intake: a moderate drinker is not told there is "no general-health case"', () => {
    for (const item of items('lifestyle-alcohol-intake'))
      for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/no general-health/)
  })

  it('caffeine-trial: once the coffee has stopped, no option is about cutting it down first (85093 #25)', () => {
    const tried = items('lifestyle-caffeine-trial').filter((i) => itemParam(i, 'arm') === 'tried')
    expect(tried.length).toBeGreaterThan(100)
    for (const item of tried)
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/cutting down the coffee/i)
  })

  for (const id of ['lifestyle-caffeine-trial', 'lifestyle-sleep-apnoea-and-rls']) {
    it(`${id}: no lone hedged option (a foil in 44% and 16% of items before)`, () => {
      const all = items(id, 1000)
      const f = loneCueFigures(all)['lone-hedged']
      expect(f.withStandOut, id).toBeLessThan(5)
      expect(all.filter((i) => standOutOption(i, 'lone-hedged') >= 0).length).toBeLessThan(50)
    })
  }
})

describe('P7: repetition across templates', () => {
  /** The drinking sentence with its numbers taken out. */
  const drinking = (item: Item) =>
    sentences(item.stem)
      .filter((s) => /(drinks?|has) .*\b(evenings|nights|times) a week/.test(s))
      .map((s) => s.replace(/\d+/g, 'N').replace(/\b(She|He|she|he|her|his)\b/g, 'P'))

  it('lifestyle-counselling and lifestyle-alcohol-intake share no drinking sentence, and each has several', () => {
    const counselling = new Set(
      items('lifestyle-counselling')
        .filter((i) => itemParam(i, 'topic') === 'alcohol')
        .flatMap(drinking)
    )
    const intake = new Set(
      items('lifestyle-alcohol-intake')
        .filter((i) => itemParam(i, 'arm') === 'moderate')
        .flatMap(drinking)
    )
    expect(counselling.size).toBeGreaterThanOrEqual(3)
    expect(intake.size).toBeGreaterThanOrEqual(2)
    const frame = (s: string) => s.replace(/^P (has|drinks) /, '').split(' on ')[0] ?? s
    const shared = [...counselling].filter((s) => [...intake].some((t) => frame(t) === frame(s)))
    expect(shared).toEqual([])
    for (const s of [...counselling, ...intake]) expect(s).not.toMatch(/glass of wine with dinner/)
  })

  // Across templates, "check ferritin/TSAT and the drug list" was the key whenever it was offered.
  const IRON_AND_DRUGS = /\b(re)?check\b[^.]*\b(iron|ferritin)\b[^.]*\bdrug list\b/i
  for (const id of [
    'lifestyle-caffeine-trial',
    'lifestyle-sleep-apnoea-and-rls',
    'lifestyle-alcohol-intake'
  ]) {
    it(`${id}: the iron-and-drug-list step is offered as a foil where iron is already known`, () => {
      const all = items(id)
      const asFoil = all.filter((i) => foils(i).some((o) => IRON_AND_DRUGS.test(o.text)))
      expect(asFoil.length, id).toBeGreaterThan(all.length / 20)
      for (const item of asFoil) expect(item.stem, item.id).toMatch(/ferritin|iron/i)
    })
  }
})

describe('P7: augmentation-next-step, "check iron" is wrong where iron was just checked', () => {
  it('a replete arm keys leaving the iron, and offers the recheck as a foil', () => {
    const replete = items('augmentation-next-step').filter(
      (i) => itemParam(i, 'ironState') === 'replete'
    )
    expect(replete.length).toBeGreaterThan(50)
    for (const item of replete) {
      expect(item.stem, item.id).toMatch(
        /ferritin (1[5-9]\d|2[0-8]\d) ng\/mL, TSAT (2[5-9]|3\d|40)%/
      )
      expect(keyOf(item).code, item.id).toBe('keep-iron-switch-alpha2delta')
      const recheck = foils(item).find((o) => o.code === 'check-iron-switch-alpha2delta')
      expect(recheck?.text, item.id).toMatch(/^(Recheck|Repeat)/)
    }
  })
})

describe('P6: timelines and rationales that match the stem', () => {
  for (const id of ['augmentation-recognise', 'augmentation-next-step']) {
    it(`${id}: the time at the current dose fits inside the years on the drug`, () => {
      let oneYear = 0
      for (const item of items(id)) {
        const yrs = Number(/for RLS for (\d+) years?/.exec(item.stem)?.[1])
        expect(yrs, item.id).toBeGreaterThan(0)
        if (yrs === 1) {
          oneYear++
          expect(item.stem, item.id).not.toMatch(/has been [^.]* for a year/)
        }
      }
      expect(oneYear).toBeGreaterThan(10)
    })

    it(`${id}: the iron line follows the dose history and is not the last sentence`, () => {
      for (const item of items(id)) {
        const s = sentences(item.stem)
        const dose = s.findIndex((x) => /^The dose has/.test(x))
        const iron = s.findIndex((x) => /iron studies|ferritin/i.test(x))
        expect(dose, item.id).toBeGreaterThan(0)
        expect(iron, item.id).toBeGreaterThan(dose + 1)
        expect(iron, item.id).toBeLessThan(s.length - 1)
      }
    })
  }

  it('augmentation-recognise: beside a neuropathy, rebound is not rebutted on afternoon onset or arms', () => {
    const neuropathy = items('augmentation-recognise').filter(
      (i) => i.facts.picture === 'neuropathy'
    )
    expect(neuropathy.length).toBeGreaterThan(50)
    let rebound = 0
    for (const item of neuropathy)
      for (const o of item.options.filter((x) => x.code === 'early-morning-rebound')) {
        rebound++
        expect(o.rationale, item.id).not.toMatch(/afternoon|to the arms|spread/)
        expect(o.rationale, item.id).toMatch(/numbness/)
      }
    expect(rebound).toBeGreaterThan(20)
  })

  describe('mimic-akathisia-or-rls (85093 #18)', () => {
    const all = () => items('mimic-akathisia-or-rls', 1000)

    it('the stem says the drug is still being taken', () => {
      for (const item of all())
        expect(item.stem, item.id).toMatch(/still being given|kept taking the tablets/)
    })

    it('rationales cite only what the stem gives', () => {
      for (const item of all()) {
        for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/long-standing/)
        const agitation = item.options.find((o) => o.code === 'illness-agitation')
        if (agitation) expect(item.stem, item.id).toMatch(/mood and thinking/)
      }
    })

    it('no "RLS from treatment", and the key is never 1.15× as long as the longest foil', () => {
      let longKey = 0
      for (const item of all()) {
        expect(keyOf(item).text, item.id).not.toBe('RLS from treatment')
        const longestFoil = Math.max(...foils(item).map((o) => o.text.length))
        if (keyOf(item).text.length > 1.15 * longestFoil) longKey++
      }
      expect(longKey).toBe(0) // 19% of items before
      expect(loneCueFigures(all())['lone-longest'].withStandOut).toBe(0) // 26% before
    })
  })
})

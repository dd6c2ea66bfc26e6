// Read-through 7 (bank 2.12.0, docs/readthrough-2026-12-01-v2.12.md) in the iron templates: each
// finding (P1, P3, P4, P5, P7, P8) as a property of every item the template produces (400
// seeds), not of the items the reader saw (docs/question-bank.md, "Read 7 fixes: r8B").
import { describe, expect, it } from 'vitest'
import { HEDGES } from '../../../questions/check/cue-checks'
import { loneCueFigures } from '../../../questions/check/lone-cues'
import type { Item } from '../../../questions/item'
import { sourceSearchDue } from '../../../questions/templates/iron-cases/recheck-after-oral'
import { templateItems, itemParam, pairShare } from './helpers'

const SEEDS = 400
const items = (id: string): Item[] => templateItems(id, SEEDS)
const keyOf = (item: Item) => item.options.find((o) => o.correct)!
const foils = (item: Item) => item.options.filter((o) => !o.correct)
const codes = (item: Item) => item.options.map((o) => o.code)
const hedged = (text: string) => new RegExp(HEDGES.source, 'i').test(text)
const labs = (item: Item) =>
  (item.facts as { labs: { ferritinNgMl: number; tsatPercent: number } }).labs

/** Sentences of at least six words, for the repetition checks. */

describe('P3: a source search is never a foil where general medicine would search', () => {
  // Read 18 (F2#4): starts 3–5 are the higher baselines of the IV-only and replete arms.
  const START: Record<string, number> = { '0': 38, '1': 31, '2': 52, '3': 58, '4': 66, '5': 70 }

  it('iron-recheck-after-oral-course: no "continue iron and look for a source" foil outside the anaemia arm', () => {
    let due = 0
    for (const item of items('iron-recheck-after-oral-course')) {
      const arm = itemParam(item, 'arm')!
      const sex = itemParam(item, 'sex') as 'f' | 'm'
      const age = Number(itemParam(item, 'age'))
      const baseline = START[itemParam(item, 'start')!]!
      if (arm !== 'treat-and-investigate-source')
        expect(codes(item), item.id).not.toContain('treat-and-investigate-source')
      for (const o of item.options)
        expect(o.rationale, item.id).not.toMatch(/no iron-deficiency anaemia calling for a search/)
      if (sourceSearchDue(baseline, sex, age)) {
        due++
        // The search was due at the low baseline: the stem says it was done, in every arm.
        expect(item.stem, item.id).toMatch(/gastroscopy and colonoscopy/)
        if (arm !== 'treat-and-investigate-source')
          expect(item.explanation, item.id).toMatch(/baseline ferritin, age and sex/)
      } else expect(item.stem, item.id).not.toMatch(/gastroscopy/)
      const search = item.options.find((o) => o.code === 'hold-for-search')
      if (search) expect(search.rationale, item.id).toMatch(/baseline ferritin, age and sex/)
    }
    // Read 18 (F2#4): the IV-only and replete arms now start from higher baselines, so fewer
    // items have a baseline low enough for a source search.
    expect(due).toBeGreaterThan(60)
  })

  it('iron-recheck-after-oral-course: the key is not the only option that keeps giving iron', () => {
    const keepsIron = /^(Continue|Keep|Give further|Switch|Take)/
    for (const item of items('iron-recheck-after-oral-course')) {
      if (!keepsIron.test(keyOf(item).text)) continue
      expect(
        foils(item).some((o) => keepsIron.test(o.text)),
        item.id
      ).toBe(true)
    }
  })

  for (const id of ['iron-decision', 'iron-normal-ferritin', 'iron-inflammation-ckd']) {
    it(`${id}: no source-search foil without anaemia below ferritin 45 or TSAT 20%, and its reason is not "no anaemia"`, () => {
      for (const item of items(id)) {
        const source = item.options.find((o) => o.code === 'treat-and-investigate-source')
        if (!source || source.correct) continue
        const { ferritinNgMl, tsatPercent } = labs(item)
        expect(ferritinNgMl, item.id).toBeGreaterThanOrEqual(45)
        expect(tsatPercent, item.id).toBeGreaterThanOrEqual(20)
        // Read 10 (P4): the rationale said this twice; it now says it once, in the shared
        // SOURCE_SEARCH_NOTE (the search turns on age and sex, not on the RLS threshold).
        expect(source.rationale, item.id).toMatch(
          /far lower than the RLS thresholds .*depends on age, sex and symptoms/
        )
      }
    })
  }
})

describe('P4: route at ferritin 76–100 with a low TSAT; the raised fasting TSAT', () => {
  it('iron-decision tsat-low-high-ferritin: the key prefers IV, and the note says where AASM and IRLSSG part', () => {
    let n = 0
    for (const item of items('iron-decision')) {
      if (itemParam(item, 'band') !== 'tsat-low-high-ferritin') continue
      n++
      expect(keyOf(item).text, item.id).toMatch(/IV/)
      expect(keyOf(item).text, item.id).toMatch(/prefer/i)
      expect(keyOf(item).text, item.id).not.toMatch(/either route|orally|by mouth/i)
      expect(item.evidenceNote, item.id).toMatch(/IRLSSG 2018/)
      expect(item.evidenceNote, item.id).toMatch(/≤75/)
    }
    expect(n).toBeGreaterThan(20)
  })

  it('iron-sampling-conditions valid arm: confirm the TSAT and consider haemochromatosis; no repeat foil', () => {
    let valid = 0
    for (const item of items('iron-sampling-conditions')) {
      for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/adds nothing/)
      if (itemParam(item, 'arm') !== 'valid') continue
      valid++
      expect(codes(item), item.id).not.toContain('repeat-valid-sample')
      expect(keyOf(item).rationale, item.id).toMatch(/haemochromatosis/)
      expect(item.explanation, item.id).toMatch(/confirmed on a second fasting sample/)
    }
    expect(valid).toBeGreaterThan(100)
  })
})

describe('P5: no two options with one action; options fit the question', () => {
  it('iron-sampling-conditions: at most one option gives IV iron', () => {
    for (const item of items('iron-sampling-conditions'))
      expect(item.options.filter((o) => /\bIV iron\b/.test(o.text)).length, item.id).toBeLessThan(2)
  })

  it('iron-pregnancy-decision: no "for now" key, no deferral beside the no-iron option', () => {
    for (const item of items('iron-pregnancy-decision')) {
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/for now|defer/i)
      expect(codes(item), item.id).not.toContain('pregnancy-defer-iron')
    }
  })

  it('iron-inflammation-ckd iv variant: no "which route" question over options that are not routes', () => {
    let iv = 0
    for (const item of items('iron-inflammation-ckd')) {
      if (itemParam(item, 'variant') !== 'iv') continue
      iv++
      expect(item.question, item.id).not.toMatch(/route/i)
      expect(codes(item), item.id).not.toContain('treat-and-investigate-source')
    }
    expect(iv).toBeGreaterThan(60)
  })
})

// Read 8 (P1, MAJOR) replaced read 7's hedged foils with committed conclusions on both sides: the
// key is still never the only tentative option, because no option is tentative
// (readthrough-2-14-0-iron.test.ts holds the new rule).
describe('P1: the zone variant key is not the only tentative option', () => {
  it('iron-inflammation-ckd zone: the key is never the one hedged option', () => {
    let zone = 0
    for (const item of items('iron-inflammation-ckd')) {
      if (itemParam(item, 'variant') !== 'zone') continue
      zone++
      if (hedged(keyOf(item).text))
        expect(foils(item).filter((o) => hedged(o.text)).length, item.id).toBeGreaterThanOrEqual(2)
    }
    expect(zone).toBeGreaterThan(100)
  })
})

describe('lone hedged option: never a reverse cue', () => {
  for (const id of ['iron-pregnancy-decision', 'iron-before-drug-treatment']) {
    it(`${id}: the key is the lone hedged option about as often as a blind pick`, () => {
      const f = loneCueFigures(items(id))['lone-hedged']
      expect(Math.abs(f.keyStandsOut - f.expected), id).toBeLessThanOrEqual(5)
    })
  }
})

describe('lone longest: the key is never far longer than every foil', () => {
  it('iron-before-drug-treatment: the key is at most 1.15 times the longest foil', () => {
    for (const item of items('iron-before-drug-treatment')) {
      const longest = Math.max(...foils(item).map((o) => o.text.length))
      expect(keyOf(item).text.length, item.id).toBeLessThanOrEqual(1.15 * longest)
    }
  })
})

describe('P7: two items of one template rarely share a sentence', () => {
  it('iron-child-threshold: stems vary (quote, evening and daytime lines)', () => {
    const list = items('iron-child-threshold')
    expect(pairShare(list, (i) => i.stem)).toBeLessThanOrEqual(0.35)
    const sport = list.filter((i) => /plays sport without pain/.test(i.stem)).length
    const struggle = list.filter((i) => /bedtime has been a struggle/.test(i.stem)).length
    expect(sport / list.length).toBeLessThanOrEqual(0.45)
    expect(struggle / list.length).toBeLessThanOrEqual(0.35)
  })

  it('iron-missed-in-referral-letter: stems and explanations vary; medicine options share one format', () => {
    const list = items('iron-missed-in-referral-letter')
    expect(pairShare(list, (i) => i.stem)).toBeLessThanOrEqual(0.35)
    expect(pairShare(list, (i) => i.explanation)).toBeLessThanOrEqual(0.35)
    expect(list.filter((i) => /varicose/.test(i.stem)).length / list.length).toBeLessThanOrEqual(
      0.35
    )
    for (const item of list)
      if (itemParam(item, 'arm') === 'drug')
        for (const o of item.options) expect(o.text, item.id).not.toMatch(/\d/)
  })

  it('iron-normal-ferritin: the explanation names the threshold the value is under, and varies', () => {
    const list = items('iron-normal-ferritin')
    for (const item of list) expect(item.explanation, item.id).not.toMatch(/far below/)
    expect(pairShare(list, (i) => i.explanation)).toBeLessThanOrEqual(0.5)
  })

  it('iron-decision and iron-normal-ferritin: no "(… from the nearest)"', () => {
    for (const id of ['iron-decision', 'iron-normal-ferritin'])
      for (const item of items(id))
        for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/from the nearest\)/)
  })
})

describe('P8: the first reference of a keyed fact is from the brief’s list', () => {
  for (const id of ['iron-child-threshold', 'iron-pregnancy-decision']) {
    it(`${id}: picchietti papers only as a secondary reference`, () => {
      for (const item of items(id)) {
        // IRLSSG 2018 holds the paediatric cut-off; Silber 2021 the pregnancy advice.
        expect(item.references[0], item.id).toBe(
          id === 'iron-child-threshold' ? 'irlssg2018' : 'silber2021'
        )
      }
    })
  }
})

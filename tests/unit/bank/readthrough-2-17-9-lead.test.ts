// Read-through 16 (bank 2.17.9, seeds 155303/159389) and read 17 (bank 2.18.0): the own-merit
// MINORs fixed from 2.18.1. Each test fails on 2.18.0.
import { describe, expect, it } from 'vitest'
import { checkDrugRules } from '../../../questions/check/index'
import { alpha2deltaOptions, keyableAggravators } from '../../../questions/content/drugs'
import type { Item } from '../../../questions/item'
import { itemParam as param, templateItems } from './helpers'

const itemsOf = (id: string, n = 600): Item[] => templateItems(id, n)
const A2D = new Set(alpha2deltaOptions)
const drugKeyed = (it: Item) =>
  keyableAggravators.has(it.options.find((o) => o.correct)?.code ?? '')

describe('read 16, P3: the key is never the one centrally acting drug offered', () => {
  for (const id of [
    'drug-hidden-in-list',
    'antidepressant-mirtazapine',
    'hospital-antiemetic',
    'otc-pm-sleep-aid',
    'trigger-psych-admission'
  ]) {
    it(`${id}: a gabapentinoid is offered beside the drug key`, () => {
      const keyed = itemsOf(id).filter(drugKeyed)
      expect(keyed.length).toBeGreaterThan(200)
      for (const it of keyed)
        expect(
          it.options.some((o) => A2D.has(o.code)),
          it.id
        ).toBe(true)
    })
  }
  it('the lone-central gate fails an item whose α2δ option is swapped for a safe drug', () => {
    const item = itemsOf('drug-hidden-in-list').find((i) => i.options.length === 4)
    if (!item) throw new Error('no four-option item')
    expect(checkDrugRules(item).filter((p) => p.check === 'lone-central')).toEqual([])
    const bare: Item = {
      ...item,
      options: item.options.map((o) =>
        A2D.has(o.code) ? { ...o, code: 'tamsulosin', text: 'Tamsulosin' } : o
      )
    }
    expect(checkDrugRules(bare).map((p) => p.check)).toContain('lone-central')
  })
  it('pregnancy items say why no gabapentinoid is listed; after delivery one is listed', () => {
    for (const it of itemsOf('trigger-antiemetic-early-pregnancy', 200))
      expect(typeof (it.facts as { noCentralBecause?: unknown }).noCentralBecause).toBe('string')
    // Read 18 (F1#23): after delivery gabapentin is listed (compatible with breastfeeding), so
    // the SSRI is not the one centrally acting option.
    for (const it of itemsOf('trigger-ssri-after-delivery', 200))
      expect(it.options.some((o) => o.code === 'gabapentin')).toBe(true)
  })
  it('a gabapentinoid for nerve pain or anxiety is charted with its own use, not "restless legs syndrome"', () => {
    for (const it of itemsOf('antidepressant-mirtazapine'))
      if (param(it, 'course') !== 'a2d')
        expect(it.stem).not.toMatch(/(gabapentin|pregabalin) [^;]*\(restless legs syndrome\)/)
    for (const it of itemsOf('hospital-antiemetic'))
      if (param(it, 'course') !== 'a2d')
        expect(it.stem).not.toMatch(/(gabapentin|pregabalin) [^;]*\(restless legs syndrome/)
  })
  it('trigger-psych-admission: the gabapentinoid taken at home is dated at most 6 years', () => {
    for (const it of itemsOf('trigger-psych-admission')) {
      const years = /(?:gabapentin|pregabalin) [^()]*\(taken at home for (\d+) years?\)/.exec(
        it.stem
      )?.[1]
      expect(years, it.id).toBeDefined()
      expect(Number(years)).toBeLessThanOrEqual(6)
    }
  })
})

describe('read 16: implausible details', () => {
  it('trigger-ssri-after-delivery: her type 2 diabetes began at 24 or later (155303 #25)', () => {
    for (const it of itemsOf('trigger-ssri-after-delivery')) {
      const age = Number(param(it, 'age'))
      for (const m of it.stem.matchAll(
        /(?:metformin|insulin glargine) [^()]*\(started by [^()]* (\d+) years ago\)/g
      ))
        expect(age - Number(m[1]), it.id).toBeGreaterThanOrEqual(24)
    }
  })
})

describe('read 16: own-merit wording MINORs', () => {
  it('rls-vs-mimic: the venous-stasis story has no "working day" (155303 #19)', () => {
    for (const it of itemsOf('rls-vs-mimic')) expect(it.stem).not.toMatch(/working day/)
  })
  it('lifestyle-caffeine-trial: no lorry driver or night-shift worker told to cut caffeine (155303 #40)', () => {
    for (const it of itemsOf('lifestyle-caffeine-trial'))
      expect(it.stem).not.toMatch(/lorry driver|night shifts/)
  })
  it('lifestyle-alcohol-intake: no foil says alcohol is "unrelated" (155303 #26)', () => {
    for (const it of itemsOf('lifestyle-alcohol-intake'))
      for (const o of it.options) expect(o.text).not.toMatch(/unrelated|irrelevant/)
  })
  it('knowledge-epidemiology: no asker in the 30s or 60s, the decades an age form names (155303 #1)', () => {
    for (const it of itemsOf('knowledge-epidemiology')) {
      const age = Number(param(it, 'age'))
      if (age > 0) expect([3, 6]).not.toContain(Math.floor(age / 10))
    }
  })
  it('lifestyle-sleep-apnoea-and-rls: with no apnoea, no foil promises that treating apnoea ends the RLS (155303 #11)', () => {
    const noOsa = itemsOf('lifestyle-sleep-apnoea-and-rls').filter(
      (i) => param(i, 'arm') === 'no-osa'
    )
    expect(noOsa.length).toBeGreaterThan(200)
    for (const it of noOsa) expect(it.options.map((o) => o.code)).not.toContain('osa-explains-rls')
    expect(noOsa.some((i) => i.options.some((o) => o.code === 'sleep-habits-blamed'))).toBe(true)
  })
  it('genetics-family-risk: no "skip the iron studies" beside the check-iron key, no shared spinal lesion (155303 #6)', () => {
    for (const it of itemsOf('genetics-family-risk'))
      for (const o of it.options) {
        expect(o.code).not.toBe('family-history-skip-iron')
        expect(o.text).not.toMatch(/spinal imaging/)
      }
  })
  it('iron-recheck-after-oral-course: no "hold until a source search is done" once the stem says it was done (159389 #10)', () => {
    for (const it of itemsOf('iron-recheck-after-oral-course'))
      if (/gastroscopy and colonoscopy/.test(it.stem))
        expect(it.options.map((o) => o.code)).not.toContain('hold-for-search')
  })
  it('antidepressant-choice: no rationale ranks an SNRI below an SSRI (155303 #30)', () => {
    for (const it of itemsOf('antidepressant-choice'))
      for (const o of it.options) expect(o.rationale).not.toMatch(/second choice|first pick/)
  })
  it('trigger-care-home-night-walking: the cramp rationale does not describe a sensation the stem may lack (155303 #34)', () => {
    for (const it of itemsOf('trigger-care-home-night-walking'))
      for (const o of it.options) expect(o.rationale).not.toMatch(/crawling discomfort/)
  })
})

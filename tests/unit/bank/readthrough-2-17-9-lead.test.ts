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
  it('pregnancy and breastfeeding items say why no gabapentinoid is listed', () => {
    for (const id of ['trigger-ssri-after-delivery', 'trigger-antiemetic-early-pregnancy'])
      for (const it of itemsOf(id, 200))
        expect(typeof (it.facts as { noCentralBecause?: unknown }).noCentralBecause).toBe('string')
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

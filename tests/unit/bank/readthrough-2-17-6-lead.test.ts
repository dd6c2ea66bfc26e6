// Open work after read 13 (bank 2.17.6): register cues in the caffeine and genetics grids, and the
// clinical-precision slips that reads 12 and 13 listed. Each test fails on 2.17.6.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { itemParam as param, keyOf, templateItems } from './helpers'

// 600 seeds unless a test asks for more (the shared cache keys on the count).
const itemsOf = (id: string, n = 600): Item[] => templateItems(id, n)

const key = keyOf
const textOf = (it: Item) =>
  [it.stem, it.explanation, it.objective, ...it.options.flatMap((o) => [o.text, o.rationale])].join(
    ' '
  )
// A sentence that denies or doubts: the register the caffeine keys are written in.
const DENIES = /\b(not|no|yet to)\b/

describe('register cues (read 12, 124309 #15 and #22; read 13, 131071 #3)', () => {
  it('caffeine counselling: picking the options that deny scores near chance; foils deny too', () => {
    const caffeine = itemsOf('lifestyle-counselling', 1500).filter((i) =>
      i.id.includes('topic=caffeine')
    )
    expect(caffeine.length).toBeGreaterThan(300)
    // A test-wise examinee who picks among the options that deny ("not", "no"): on 2.17.6 that
    // scored 71% against a chance of 25%, since only the keys denied.
    let score = 0
    for (const it of caffeine) {
      const denying = it.options.filter((o) => DENIES.test(o.text))
      const pool = denying.length > 0 ? denying : it.options
      score += pool.filter((o) => o.correct).length / pool.length
    }
    expect((100 * score) / caffeine.length).toBeLessThanOrEqual(30)
    // And foils written in the measured register are served, not only kept in the grid.
    const deniedFoil = caffeine.filter((i) =>
      i.options.some((o) => !o.correct && DENIES.test(o.text))
    )
    expect(deniedFoil.length / caffeine.length).toBeGreaterThan(0.5)
  })
  it('knowledge-genetics: the stem onset is late in a share of items, so "before about 45" does not restate it', () => {
    const items = itemsOf('knowledge-genetics')
    const late = items.filter((i) => Number(param(i, 'onset')) >= 50)
    expect(late.length / items.length).toBeGreaterThan(0.2)
    for (const it of late) {
      expect(it.explanation).not.toMatch(
        /is the early-onset, familial pattern|fits early-onset RLS|make a familial form likely/
      )
      expect(textOf(it)).not.toMatch(/like this patient/)
    }
    // The early-onset key meets late stems as well as early ones.
    const keyed = items.filter((i) => key(i)?.code === 'family-history-early-onset')
    expect(keyed.some((i) => Number(param(i, 'onset')) >= 50)).toBe(true)
    expect(keyed.some((i) => Number(param(i, 'onset')) <= 40)).toBe(true)
  })
})

describe('clinical precision (reads 12 and 13)', () => {
  it('knowledge-epidemiology states the age trend without "each decade" (brief P3: use ranges)', () => {
    for (const it of itemsOf('knowledge-epidemiology'))
      expect(textOf(it)).not.toMatch(/each decade|seventh and eighth/)
  })
  it('no template counts the risk loci as "dozens" (brief G2: 22 by 2020, many more in 2024)', () => {
    for (const id of ['knowledge-genetics', 'genetics-family-risk'])
      for (const it of itemsOf(id)) expect(textOf(it)).not.toMatch(/dozens/)
  })
  it('knowledge-mechanism: a late onset beside a brain-iron key is told the MRI findings describe groups (124309 #13)', () => {
    const late = itemsOf('knowledge-mechanism', 1500).filter(
      (i) => Number(param(i, 'onset')) >= 46 && key(i)?.code !== 'early-onset-low-iron'
    )
    expect(late.length).toBeGreaterThan(50)
    for (const it of late)
      expect(it.explanation).toMatch(
        /is late, and the MRI iron deficit was found mainly in early-onset RLS/
      )
  })
  it('iron-pregnancy-decision: replete stores are met in the second trimester, not at 34 weeks (131071 #24)', () => {
    const noIron = itemsOf('iron-pregnancy-decision').filter((i) => param(i, 'arm') === 'no-iron')
    expect(noIron.length).toBeGreaterThan(100)
    for (const it of noIron) {
      expect(Number(param(it, 'gw'))).toBeLessThanOrEqual(28)
      expect(Number(param(it, 'fer'))).toBeLessThanOrEqual(130)
      expect(Number(param(it, 'fer'))).toBeGreaterThanOrEqual(98)
    }
  })
  it('trigger-chemotherapy-antiemetic: the objective names no one drug (131071 #2)', () => {
    for (const it of itemsOf('trigger-chemotherapy-antiemetic'))
      expect(it.objective).not.toMatch(/olanzapine|metoclopramide|prochlorperazine/i)
  })
  it('iron-sampling-conditions: sedating antihistamines "can" worsen RLS, not "commonly" (brief D3: moderate)', () => {
    for (const it of itemsOf('iron-sampling-conditions'))
      expect(textOf(it)).not.toMatch(/commonly worsen/)
  })
})

describe('read 14 (bank 2.17.6, seeds 139201/143113)', () => {
  it('genetics-family-risk: the child-risk key is never bracketed by "most get it" and "barely raised" (#25)', () => {
    const child = itemsOf('genetics-family-risk', 900).filter(
      (i) => param(i, 'situation') === 'child-risk'
    )
    expect(child.length).toBeGreaterThan(150)
    for (const it of child) {
      const codes = it.options.map((o) => o.code)
      expect(codes.includes('child-near-certain') && codes.includes('child-usual-risk')).toBe(false)
    }
  })
  it('knowledge-epidemiology: the age trend is also keyed in a form with ages, not only as the one hedged pattern (#33)', () => {
    const keyed = itemsOf('knowledge-epidemiology', 1500).filter(
      (i) => key(i)?.code === 'rises-with-age'
    )
    expect(keyed.some((i) => /\d/.test(key(i)?.text ?? ''))).toBe(true)
    expect(keyed.some((i) => !/\d/.test(key(i)?.text ?? ''))).toBe(true)
  })
  it('knowledge-diagnosis asks about diagnosis and work-up, so "iron studies not needed" is false under its lead-in (#38)', () => {
    for (const it of itemsOf('knowledge-diagnosis'))
      expect(it.question).not.toMatch(/making the diagnosis/)
  })
  it('knowledge-diagnosis: the criteria rationale has no "In short:" seam (#5)', () => {
    for (const it of itemsOf('knowledge-diagnosis'))
      for (const o of it.options) expect(o.rationale).not.toMatch(/In short: [A-Z]/)
  })
  it('knowledge-genetics: the teaching does not call aunts and grandparents first-degree (#13)', () => {
    for (const it of itemsOf('knowledge-genetics'))
      expect(it.explanation).not.toMatch(/first-degree/)
  })
  it('iron-pregnancy-decision: the TSAT keeps clear of 20% (#17)', () => {
    for (const it of itemsOf('iron-pregnancy-decision')) {
      const tsat = Number(param(it, 'tsat') ?? /TSAT (?:of )?(\d+)%/.exec(it.stem)?.[1])
      if (!Number.isNaN(tsat)) expect(Math.abs(tsat - 20)).toBeGreaterThanOrEqual(3)
    }
  })
  it('iron-recheck-after-oral-course: three months of oral iron raise ferritin by 80 at most, the haemoglobin by 0.6 at most when not anaemic (#19)', () => {
    const notIndicated = itemsOf('iron-recheck-after-oral-course', 1200).filter(
      (i) => param(i, 'arm') === 'iron-not-indicated'
    )
    expect(notIndicated.length).toBeGreaterThan(100)
    for (const it of notIndicated) {
      const start = /ferritin (?:of |then )?(\d+) ng\/mL/.exec(it.stem)?.[1]
      const fer = Number(param(it, 'fer'))
      expect(fer).toBeGreaterThanOrEqual(106)
      if (start) expect(fer - Number(start)).toBeLessThanOrEqual(80)
      const hb = Number(/haemoglobin (?:is |of )?(\d+\.\d) g\/dL/.exec(it.stem)?.[1])
      const hbStart = Number(/when the haemoglobin was (\d+\.\d) g\/dL/.exec(it.stem)?.[1])
      if (hb && hbStart) expect(hb - hbStart).toBeLessThanOrEqual(0.6 + 1e-9)
    }
  })
  it('iron-before-drug-treatment: no rationale names a pramipexole the stem never mentions (#34)', () => {
    for (const it of itemsOf('iron-before-drug-treatment'))
      if (!/pramipexole/.test(it.stem))
        for (const o of it.options) expect(o.rationale).not.toMatch(/pramipexole often asked about/)
  })
  it('antidepressant-mirtazapine: the objective of an SSRI or SNRI item does not name mirtazapine (#24 gave away #37)', () => {
    const items = itemsOf('antidepressant-mirtazapine')
    const other = items.filter((i) => param(i, 'drug') !== 'mirtazapine')
    expect(other.length).toBeGreaterThan(50)
    for (const it of other) expect(it.objective).not.toMatch(/mirtazapine/i)
  })
  it('trigger-quetiapine-why-prescribed: the specialist key says what is weighed, not only "agree a change" (#39)', () => {
    for (const it of itemsOf('trigger-quetiapine-why-prescribed'))
      for (const o of it.options)
        if (o.code === 'agree-change-with-psychiatrist' && o.correct) expect(o.text).toMatch(/dose/)
  })
  it('no iron option reads "Swallowed pills" (143113 #5)', () => {
    for (const id of ['iron-normal-ferritin', 'iron-decision'])
      for (const it of itemsOf(id))
        for (const o of it.options) expect(o.text).not.toMatch(/Swallowed/)
  })
  it('mechanism-in-practice: the iron-without-anaemia teaching can name brain iron (#7)', () => {
    const keyed = itemsOf('mechanism-in-practice', 1200).filter(
      (i) => key(i)?.code === 'iron-helps-without-anaemia'
    )
    expect(keyed.some((i) => /iron in the brain/.test(i.explanation))).toBe(true)
  })
  it('the shared symptom story has ten sensations, so one does not open a fifth of the iron stems (P1)', () => {
    const items = ['iron-decision', 'iron-normal-ferritin', 'lifestyle-counselling'].flatMap((id) =>
      itemsOf(id, 400)
    )
    const seen = new Set(
      items
        .map((i) => /legs with (an? [^,]+,[^,]+?|an? [^,]+?),? starting/.exec(i.stem)?.[1])
        .filter(Boolean)
    )
    expect(seen.size).toBeGreaterThanOrEqual(10)
  })
})

// Read-through 21 (bank 2.18.6), helper E: the own-merit findings on the medication templates
// (F1#18, F2#6, F1#28, F2#10, F2#12, F2#16, F1#10) and the "(it acts centrally)" leftover of the
// α2δ rationales (pattern 6). Every check reads every item of several hundred real seeds.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 500

describe('read 21 P6: no α2δ rationale carries "(it acts centrally)"', () => {
  for (const t of rlsCausesCourse.templates) {
    it(t.id, () => {
      for (const item of templateItems(t.id, 200))
        for (const o of item.options) expect(o.rationale, item.id).not.toContain('acts centrally')
    })
  }
  it('the α2δ drug is still offered, with its first-line rationale, in the SNRI template', () => {
    const items = templateItems('trigger-snri-started-elsewhere', SEEDS)
    const withA2d = items.filter((i) => i.options.some((o) => o.code === 'gabapentin'))
    expect(withA2d.length).toBeGreaterThan(200)
    for (const i of withA2d)
      expect(i.options.find((o) => o.code === 'gabapentin')?.rationale, i.id).toMatch(
        /first-line RLS treatment/
      )
  })
})

describe('read 21 F1#18, F2#6: trigger-snri-started-elsewhere', () => {
  const items = templateItems('trigger-snri-started-elsewhere', SEEDS)
  const statin = items.filter((i) => itemParam(i, 'fresh') === 'atorvastatin')
  const other = items.filter((i) => itemParam(i, 'fresh') !== 'atorvastatin')
  it('has items with and without the co-started statin', () => {
    expect(statin.length).toBeGreaterThan(50)
    expect(other.length).toBeGreaterThan(200)
  })
  it('cites the diagnostic criteria only where the statin-myalgia rationale uses them', () => {
    for (const i of other) expect(i.references, i.id).not.toContain('irlssg2014')
    for (const i of statin) expect(i.references, i.id).toContain('irlssg2014')
  })
  it('every item cites the SNRI evidence', () => {
    for (const i of items) {
      expect(i.references, i.id).toContain('kolla2018')
      expect(i.references, i.id).toContain('rottach2008')
    }
  })
})

describe('read 21 F1#28: trigger-otc-bag-review', () => {
  const items = templateItems('trigger-otc-bag-review', SEEDS)
  it('no plain-acetaminophen product is labelled for the night', () => {
    for (const i of items)
      for (const o of distractors(i))
        if (/acetaminophen/.test(o.text)) expect(o.text, i.id).not.toMatch(/night|PM\b/i)
  })
  it('no decongestant is offered', () => {
    for (const i of items)
      for (const o of i.options) expect(o.text, i.id).not.toMatch(/phenylephrine|pseudoephedrine/i)
  })
  it('the stem dates the purchases and the worsening', () => {
    for (const i of items) {
      expect(i.stem, i.id).toMatch(/\d+ weeks ago/)
      expect(i.stem, i.id).toMatch(/legs got worse/)
    }
  })
  it('never offers two antacids', () => {
    for (const i of items)
      expect(i.options.filter((o) => /antacid|heartburn/i.test(o.text)).length, i.id).toBe(1)
  })
  it('still keys all three night products', () => {
    expect(new Set(items.map((i) => keyOf(i).code)).size).toBe(3)
  })
})

describe('read 21 F2#10: antidepressant-mirtazapine', () => {
  it('never says "no other new complaints" before the complaint', () => {
    for (const i of templateItems('antidepressant-mirtazapine', SEEDS))
      expect(i.stem, i.id).not.toMatch(/no other new complaints/)
  })
})

describe('read 21 F2#12: antidepressant-choice', () => {
  it('no rationale says bupropion "does not" worsen RLS, beside a relative evidence note', () => {
    for (const i of templateItems('antidepressant-choice', SEEDS))
      for (const o of i.options) {
        expect(o.rationale, i.id).not.toMatch(/bupropion, which does not/)
        if (/bupropion, which did not/.test(o.rationale))
          expect(o.rationale, i.id).toMatch(/small trial/)
      }
  })
})

describe('read 21 F2#16: hospital-antiemetic', () => {
  const items = templateItems('hospital-antiemetic', SEEDS)
  it('no antiemetic is charted by mouth', () => {
    for (const i of items) {
      expect(i.stem, i.id).not.toMatch(
        /(promethazine|prochlorperazine|metoclopramide) [\d.]+ mg by mouth/
      )
      expect(keyOf(i).text, i.id).not.toMatch(/by mouth/)
    }
  })
  it('the analgesic is injected too, so the key is not the only injection', () => {
    for (const i of items) {
      const a = i.options.find((o) => o.code === 'acetaminophen')
      if (a) expect(a.text, i.id).toMatch(/\bIV\b/)
    }
  })
  it('still keys all three antiemetics', () => {
    expect(new Set(items.map((i) => keyOf(i).code)).size).toBe(3)
  })
})

describe('read 21 F1#10: mimic-akathisia-or-rls', () => {
  const items = templateItems('mimic-akathisia-or-rls', 1000)
  const rls = items.filter((i) => itemParam(i, 'arm') === 'rls')
  it('has RLS-arm items offering agitation of the illness', () => {
    expect(
      rls.filter((i) => i.options.some((o) => o.code === 'illness-agitation')).length
    ).toBeGreaterThan(20)
  })
  it('in the RLS arm no rationale gives the sensory urge a motor pattern', () => {
    for (const i of rls)
      for (const o of i.options) expect(o.rationale, i.id).not.toMatch(/motor pattern/)
  })
})

// Read-through 22 (bank 2.18.8, seeds 659101/677293; docs/readthrough-2026-12-06-v2.18.8.md):
// the findings fixed at 2.18.9. Each test failed on 2.18.8 and checks every item over the seeds.
import { describe, expect, it } from 'vitest'
import { ABSOLUTES, isUnqualified } from '../../../questions/check/cue-checks'
import { references } from '../../../questions/content/references'
import { itemParam, templateItems } from './helpers'

const SEEDS = 300
const OVERSTATEMENT =
  /\b(just|barely|at all|weakly|many times over|fail(s|ed)?|not worth|not yet)\b/i

describe('read 22 P2: overstatements count as absolutes', () => {
  it('the cue lexicon reads "just four", "weakly", "many times over", "failed" as absolutes', () => {
    for (const text of [
      'Genome-wide studies have found just four risk loci',
      'RLS is weakly heritable',
      'Each common risk variant raises the risk of RLS many times over',
      'Variants near MEIS1 have failed to replicate',
      'Less coffee is not worth trying for RLS'
    ])
      expect(isUnqualified(text), text).toBe(false)
    // "many" stays a hedge where it is not "many times over".
    expect('many carriers never develop RLS'.match(ABSOLUTES)).toEqual(['never'])
  })

  it('knowledge-genetics: no false statement carries its error in an overstatement (F1#9)', () => {
    for (const item of templateItems('knowledge-genetics', SEEDS))
      for (const o of item.options.filter((x) => !x.correct))
        expect(o.text, item.id).not.toMatch(OVERSTATEMENT)
  })

  // "Studies have not yet looked…" stays: its absolute matches the true form's "no link".
  it('lifestyle-counselling: the cut-back advice is never denied as "not worth trying" (F1#35)', () => {
    for (const item of templateItems('lifestyle-counselling', SEEDS))
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/not worth/)
  })
})

describe('read 22 P6 and P7: keys that claim no permanence, values clear of cut-offs', () => {
  it('iron-recheck-after-oral-course: no option says "from now on" or "from here on"', () => {
    for (const item of templateItems('iron-recheck-after-oral-course', SEEDS))
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/from (now|here) on/)
  })

  it('iron-dialysis-decision: the iron arm keeps ferritin 5 clear of 75 and 100 (F1#26)', () => {
    const fers = templateItems('iron-dialysis-decision', 1000)
      .map((item) => Number(itemParam(item, 'fer')))
      .filter((f) => f < 200)
    expect(fers.length).toBeGreaterThan(300)
    for (const f of fers) {
      expect(Math.abs(f - 75), String(f)).toBeGreaterThanOrEqual(5)
      expect(Math.abs(f - 100), String(f)).toBeGreaterThanOrEqual(5)
    }
  })
})

describe('read 22 P9: slips', () => {
  it('otc-pm-sleep-aid: the advice question names no single "product" beside two (F2#14)', () => {
    for (const item of templateItems('otc-pm-sleep-aid', SEEDS)) {
      expect(item.question, item.id).not.toMatch(/about the product\b/)
      expect(item.stem.match(/over-the-counter/g)?.length ?? 0, item.id).toBeLessThanOrEqual(1)
    }
  })

  it('iron-sampling-conditions: the diet rationale says what it means (F1#14)', () => {
    for (const item of templateItems('iron-sampling-conditions', SEEDS))
      for (const o of item.options)
        expect(o.rationale, item.id).not.toMatch(/the question the sample cannot/)
  })
})

describe('read 22 P9: more slips', () => {
  it('lifestyle-sleep-apnoea-and-rls: the objective is the arm’s own (F1#2)', () => {
    for (const item of templateItems('lifestyle-sleep-apnoea-and-rls', SEEDS)) {
      const osa = (item.facts as { osaFeatures?: boolean }).osaFeatures === true
      expect(item.objective.includes('not suspected'), item.id).toBe(!osa)
    }
  })

  it('trigger-care-home-night-walking: "whatever word" only where the resident calls it cramp (F2#6)', () => {
    for (const item of templateItems('trigger-care-home-night-walking', SEEDS))
      for (const o of item.options)
        if (/whatever word/.test(o.rationale))
          expect(item.stem, item.id).toContain('calls it "cramp"')
  })

  it('lifestyle-alcohol-intake: no "no reason to give", no "less to drink after dark over" (F1#31, F1#36)', () => {
    for (const item of templateItems('lifestyle-alcohol-intake', SEEDS)) {
      for (const o of item.options) {
        expect(o.text, item.id).not.toMatch(/less to drink after dark over/)
        expect(o.rationale, item.id).not.toMatch(/no reason to give/)
      }
    }
  })
})

describe('read 22 P9: the last slips (2.18.11)', () => {
  it('trigger-otc-bag-review: a cold remedy has been taken for at most four weeks (F1#29)', () => {
    let colds = 0
    for (const item of templateItems('trigger-otc-bag-review', SEEDS)) {
      if (itemParam(item, 'key') !== 'night-cold-remedy') continue
      colds++
      const weeks = /pharmacy (\d+) weeks ago/.exec(item.stem)
      expect(weeks, item.id).not.toBeNull()
      expect(Number(weeks?.[1]), item.id).toBeLessThanOrEqual(4)
    }
    expect(colds).toBeGreaterThan(0)
  })

  it('no rationale says "one of them" is the "PM" ingredient beside another antihistamine (F2#11)', () => {
    for (const id of ['drug-hidden-in-list', 'trigger-ward-night-sedation', 'hospital-antiemetic'])
      for (const item of templateItems(id, SEEDS))
        for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/one of them is/)
  })

  it('the IRLSSG iron guideline carries its DOI beside its PMID (P9)', () => {
    const ref = references.find((r) => r.id === 'irlssg2018')
    expect(ref?.doi).toBe('10.1016/j.sleep.2017.11.1126')
    expect(ref?.pmid).toBe('29425576')
  })
})

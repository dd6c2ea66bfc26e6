// The MAJOR patterns of the read-through of bank 2.8.0 (docs/question-bank.md), each as a property
// of every item the templates concerned produce (300 seeds each), not of the items the reviewer read.
import { describe, expect, it } from 'vitest'
import { isIronItem } from '../../../questions/check/iron-checks'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { templateItems, itemParam } from './helpers'

const SEEDS = 300

const items = (id: string): Item[] => templateItems(id, SEEDS)

const param = itemParam

const keyOf = (item: Item) => item.options.find((o) => o.correct)!
const distractors = (item: Item) => item.options.filter((o) => !o.correct)

describe('P1: where oral or IV iron is right, no single route is offered as a foil', () => {
  // Every template that writes iron options, found from its items rather than listed by hand.
  const ironTemplates = templates
    .map((t) => t.id)
    .filter((id) => items(id).some((i) => isIronItem(i)))
  const SINGLE_ROUTE = new Set(['iv-iron-only', 'oral-iron-daily'])

  it('covers the iron templates named by the read-through', () => {
    for (const id of ['iron-normal-ferritin', 'iron-decision', 'iron-recheck-after-oral-course'])
      expect(ironTemplates).toContain(id)
  })

  for (const id of ['iron-normal-ferritin', 'iron-decision', 'iron-recheck-after-oral-course']) {
    it(`${id}: an either-route key never sits beside an IV-only or oral-only option`, () => {
      let either = 0
      for (const item of items(id)) {
        if (keyOf(item).code !== 'iron-indicated') continue
        either++
        for (const o of distractors(item)) expect(SINGLE_ROUTE.has(o.code), item.id).toBe(false)
      }
      expect(either).toBeGreaterThan(40)
    })
  }

  it('the dopamine agonist stands in for the IV option in either-route items', () => {
    const either = ['iron-normal-ferritin', 'iron-decision', 'iron-recheck-after-oral-course']
      .flatMap(items)
      .filter((i) => keyOf(i).code === 'iron-indicated')
    const withAgonist = either.filter((i) =>
      i.options.some((o) => o.code === 'agonist-before-iron')
    )
    expect(withAgonist.length / either.length).toBeGreaterThan(0.5)
    for (const item of withAgonist)
      expect(item.options.find((o) => o.code === 'agonist-before-iron')!.rationale).toMatch(
        /AASM 2024 suggests against/
      )
  })

  it('every iron template: ferritin ≤75 with TSAT <45% and an either-route key has no single-route foil', () => {
    for (const id of ironTemplates)
      for (const item of items(id)) {
        const labs = (item.facts as { labs?: { ferritinNgMl: number; tsatPercent: number } }).labs
        if (!labs || labs.ferritinNgMl > 75 || labs.tsatPercent >= 45) continue
        if (keyOf(item).code !== 'iron-indicated') continue
        for (const o of distractors(item)) expect(SINGLE_ROUTE.has(o.code), item.id).toBe(false)
      }
  })

  it('iron-decision: frank anaemia (replace and investigate) has no IV-only foil either', () => {
    const anaemic = items('iron-decision').filter(
      (i) => keyOf(i).code === 'treat-and-investigate-source'
    )
    expect(anaemic.length).toBeGreaterThan(20)
    for (const item of anaemic)
      expect(item.options.map((o) => o.code)).not.toContain('iv-iron-only')
  })
})

describe('P2: the key is not found from the wording', () => {
  it('trigger-antiemetic-for-vertigo: a neutral lead, and the opening sentence names no indication', () => {
    for (const item of items('trigger-antiemetic-for-vertigo')) {
      expect(item.question, item.id).not.toMatch(/no longer needed|stopped first/i)
      const first = item.stem.slice(0, item.stem.indexOf('. ') + 1)
      expect(first, item.id).not.toMatch(/vertigo|much better/i)
    }
  })

  it('trigger-antiemetic-for-vertigo: an antibiotic course that has ended is not "dates cannot separate"', () => {
    const course: Record<string, number> = { amoxicillin: 5, cephalexin: 7 }
    let ended = 0
    for (const item of items('trigger-antiemetic-for-vertigo')) {
      const fresh = param(item, 'fresh') ?? '-'
      const days = Number(param(item, 'days'))
      const len = course[fresh]
      if (len === undefined || days <= len) continue
      ended++
      const o = item.options.find((x) => x.code === fresh)!
      expect(o.rationale, item.id).not.toMatch(/dates cannot separate/)
      expect(o.rationale, item.id).toContain(`${len}-day course ended`)
    }
    expect(ended).toBeGreaterThan(20)
  })

  it('knowledge-diagnosis: the history does not flag the missing criterion; the foils are not criteria', () => {
    const CRITERIA = ['urge', 'rest', 'relief', 'evening', 'not-explained']
    const criteria = items('knowledge-diagnosis').filter((i) => param(i, 'variant') === 'criteria')
    expect(criteria.length).toBeGreaterThan(100)
    for (const item of criteria) {
      expect(item.stem, item.id).not.toMatch(
        /not said|not sure|not noticed|cannot say|not yet been assessed/i
      )
      expect(CRITERIA).toContain(keyOf(item).code)
      expect(item.options).toHaveLength(5)
      for (const o of distractors(item)) expect(CRITERIA, item.id).not.toContain(o.code)
    }
  })

  // Read-through 5 (§1 L1, §5): cutting down is advice, not "the evidence supports", so each set
  // now holds two evidence statements and two advice statements; the key is still never the one
  // option worded as evidence.
  it('lifestyle-counselling: alcohol and caffeine sets hold two evidence statements each, with no absurd foil', () => {
    const EVIDENTIAL = /^(Studies|Cohort studies|Some cohorts|A large( prospective)? cohort)\b/
    let n = 0
    for (const item of items('lifestyle-counselling')) {
      if (param(item, 'topic') === 'osa') continue
      n++
      expect(
        item.options.filter((o) => EVIDENTIAL.test(o.text)),
        item.id
      ).toHaveLength(2)
      for (const o of distractors(item))
        expect(o.text, item.id).not.toMatch(/usually|well-established|to the evening|nightcap/i)
    }
    expect(n).toBeGreaterThan(150)
  })

  it('knowledge-mechanism: no truism key, no throwaway foil, and iron benefit qualified by the thresholds', () => {
    for (const item of items('knowledge-mechanism')) {
      for (const o of item.options)
        expect(o.text, item.id).not.toMatch(
          /least-supported|muscle|blood flow|Routine clinical tests/i
        )
      for (const o of distractors(item)) expect(o.code, item.id).toMatch(/^not-/)
      const key = keyOf(item)
      if (key.code === 'iron-beyond-anaemia') expect(key.text, item.id).toMatch(/thresholds/)
    }
  })
})

describe('P3: rationales state the evidence as the brief does', () => {
  it('antidepressant-choice: paroxetine is cohort-level evidence; no option alone carries a formulation tag', () => {
    let paroxetine = 0
    for (const item of items('antidepressant-choice')) {
      for (const o of item.options) {
        expect(o.rationale, item.id).not.toMatch(/case-level|cohort-level/)
        expect(o.text, item.id).not.toMatch(/\bXL\b/)
      }
      const o = item.options.find((x) => x.code === 'paroxetine')
      if (!o) continue
      paroxetine++
      expect(o.rationale, item.id).toMatch(/prospective cohort/)
    }
    expect(paroxetine).toBeGreaterThan(20)
  })
})

describe('P4 (minor): rationales agree with the stem', () => {
  it('iron-recheck-after-oral-course: IV-only reasoning does not call oral iron poorly absorbed; TSAT ≤40%', () => {
    const iv = items('iron-recheck-after-oral-course').filter(
      (i) => param(i, 'arm') === 'iv-iron-only'
    )
    expect(iv.length).toBeGreaterThan(40)
    for (const item of iv) {
      expect(keyOf(item).rationale, item.id).not.toMatch(/poorly absorbed/)
      expect(Number(param(item, 'tsat')), item.id).toBeLessThanOrEqual(40)
    }
  })

  it('augmentation-recognise: the explanation describes the iron studies as the stem does', () => {
    for (const item of items('augmentation-recognise')) {
      expect(item.explanation, item.id).not.toMatch(/not checked recently|are repeated/)
      if (/No iron studies are on record/.test(item.stem))
        expect(item.explanation, item.id).toMatch(/not on record/)
    }
  })
})

// Read-through 9 (bank 2.15.0, docs/readthrough-2026-12-01-v2.15.md), helper r10E: P4 (promethazine
// taught only as a dopamine blocker), P5 (one diabetes per patient, add-on diabetes drugs after
// metformin, a chart regimen the key contradicted, an unnamed drug in an explanation), P6 (two
// templates telling one patient; a verbatim explanation) and a garbled explanation. Each check is a
// property of every item over 300 seeds, not of the exported items.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { MONTHS } from '../../../questions/templates/triggers/timeline-changes'
import { CHARTED } from '../../../questions/templates/drugs/hospital-antiemetic-text'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 300
const items = (id: string, seeds = SEEDS): Item[] => templateItems(id, seeds)
const allText = (i: Item) =>
  [i.stem, i.question, ...i.options.flatMap((o) => [o.text, o.rationale]), i.explanation].join(' ')

describe('P4: promethazine is a phenothiazine antihistamine that also blocks D2 receptors', () => {
  for (const id of [
    'trigger-antiemetic-for-vertigo',
    'trigger-travel-sedative',
    'hospital-antiemetic'
  ])
    it(`${id}: the key rationale and explanation teach both actions, never D2 alone`, () => {
      const prom = items(id).filter((i) => itemParam(i, 'drug') === 'promethazine')
      expect(prom.length).toBeGreaterThan(30)
      for (const item of prom) {
        const why = keyOf(item).rationale
        expect(why, item.id).toMatch(/phenothiazine antihistamine that also blocks (central )?D2/)
        expect(why, item.id).not.toMatch(/^Correct: Promethazine is a dopamine-blocking antiemetic/)
        expect(item.explanation, item.id).toMatch(/phenothiazine antihistamine/)
      }
    })

  it('vertigo: promethazine is given for the vertigo itself; each keyed drug is named for what it is', () => {
    const seen = new Set<string>()
    for (const item of items('trigger-antiemetic-for-vertigo')) {
      const drug = itemParam(item, 'drug') ?? ''
      seen.add(drug)
      if (drug === 'promethazine') {
        // 12.5 mg from 75, the older-adult start (read 10, P3).
        expect(item.stem, item.id).toMatch(/promethazine (25|12\.5) mg at night for vertigo \(/)
        expect(item.explanation, item.id).not.toMatch(/acting as an antiemetic/)
      }
      if (drug === 'prochlorperazine')
        expect(item.explanation, item.id).toMatch(/a phenothiazine that blocks/)
      if (drug === 'metoclopramide')
        expect(item.explanation, item.id).toMatch(/dopamine-blocking antiemetic/)
    }
    expect([...seen].sort()).toEqual(['metoclopramide', 'prochlorperazine', 'promethazine'])
  })
})

/** Years on a listed drug, from its list line "(started … N years ago)". */
function yearsOn(stem: string, drug: string): number | null {
  const m = new RegExp(`\\b${drug} [^;(]*\\([^)]*?(\\d+) years ago\\)`).exec(stem)
  return m ? Number(m[1]) : null
}

describe('P5: one diabetes per patient, add-on drugs after metformin', () => {
  it('no item of any template names type 1 and type 2 diabetes together (100 seeds each)', () => {
    for (const t of templates)
      for (const item of items(t.id, 100)) {
        const text = allText(item)
        expect(/type 1 diabetes/.test(text) && /type 2 diabetes/.test(text), item.id).toBe(false)
      }
  })

  it('postpartum: every diabetes drug reads type 2 diabetes; both listed together occur', () => {
    let both = 0
    for (const item of items('trigger-ssri-after-delivery')) {
      expect(allText(item), item.id).not.toMatch(/type 1 diabetes/)
      if (/metformin/.test(item.stem) && /insulin glargine/.test(item.stem)) both++
    }
    expect(both).toBeGreaterThan(10)
  })

  for (const id of ['trigger-ssri-after-delivery', 'trigger-antiemetic-for-vertigo'])
    it(`${id}: insulin was started after metformin when both are listed`, () => {
      let both = 0
      // 600 seeds: a long-standing antidepressant (read 21, P2) takes a list slot, so fewer lists
      // hold both diabetes drugs than at 300 seeds before.
      for (const item of items(id, 600)) {
        const met = yearsOn(item.stem, 'metformin')
        const ins = yearsOn(item.stem, 'insulin glargine')
        if (met === null || ins === null) continue
        both++
        expect(ins, `${item.id}: insulin ${ins} y, metformin ${met} y`).toBeLessThan(met)
        expect(ins, item.id).toBeGreaterThanOrEqual(2)
      }
      expect(both).toBeGreaterThan(5)
    })

  /** Months before the review month of each dated change "X was started by … in MONTH[ last year]". */
  function startMonths(stem: string): Map<string, number> {
    const review = MONTHS.indexOf(/pharmacist in (\w+)\./.exec(stem)?.[1] ?? '')
    const out = new Map<string, number>()
    for (const m of stem.matchAll(/(\w[\w ]*?) was started by [^,]*? in (\w+)( last year)?/g)) {
      const month = MONTHS.indexOf(m[2] ?? '')
      const drug = (m[1] ?? '').split(' ').pop() ?? ''
      out.set(drug, review - month + (m[3] ? 12 : 0))
    }
    return out
  }

  it('dated review: sitagliptin is never dated before metformin, nor metformin after a long-standing sitagliptin', () => {
    let both = 0
    for (const item of items('trigger-dated-medication-review')) {
      if (!/metformin/.test(item.stem) || !/sitagliptin/.test(item.stem)) continue
      both++
      const when = startMonths(item.stem)
      expect(when.size, item.id).toBe(4)
      const met = when.get('metformin')
      const sit = when.get('sitagliptin')
      // Undated = long-standing, before every dated change.
      if (met !== undefined) {
        expect(sit, `${item.id}: metformin dated, sitagliptin long-standing`).toBeDefined()
        expect(sit!, item.id).toBeLessThan(met)
      }
    }
    expect(both).toBeGreaterThan(10)
  })

  it('dated review: the explanation names the early and the late change', () => {
    for (const item of items('trigger-dated-medication-review')) {
      expect(item.explanation, item.id).not.toMatch(/The drug started in|the one started in/)
      const when = startMonths(item.stem)
      const dated = [...when.keys()].filter(
        (g) => g !== keyOf(item).code && g !== itemParam(item, 'fresh')
      )
      expect(dated.length, item.id).toBe(2)
      for (const g of dated)
        expect(item.explanation.toLowerCase(), item.id).toContain(`${g}, started in`)
    }
  })

  it('hospital: the key option reads as its chart line does (no "three times a day" beside "every 8 hours")', () => {
    for (const item of items('hospital-antiemetic')) {
      const key = keyOf(item)
      const chart = CHARTED[key.code] ?? ''
      expect(item.stem, item.id).toContain(chart)
      const words = new Set(chart.toLowerCase().split(' '))
      for (const w of key.text.toLowerCase().split(' '))
        expect(words.has(w), `${item.id}: ${w}`).toBe(true)
      // The acetaminophen option is cut from its own chart line in the same way.
      const acet = item.options.find((o) => o.code === 'acetaminophen')!
      const acetChart = (/acetaminophen [^,]*/.exec(item.stem)?.[0] ?? '').toLowerCase()
      for (const w of acet.text.toLowerCase().split(' '))
        expect(acetChart.split(' ').includes(w), `${item.id}: ${w}`).toBe(true)
    }
  })

  it('hospital: a key naming its indication is not the only option that names one', () => {
    let named = 0
    for (const item of items('hospital-antiemetic', 1000)) {
      if (!/ for nausea$/.test(keyOf(item).text)) continue
      named++
      expect(
        distractors(item).some((o) => / for \w+$/.test(o.text)),
        item.id
      ).toBe(true)
    }
    expect(named).toBeGreaterThan(20)
  })
})

describe('P6: the gastroparesis trigger and the hospital antiemetic are distinct patients', () => {
  it('hospital-antiemetic: no admission for diabetic gastroparesis, no insulin glargine on the chart', () => {
    for (const item of items('hospital-antiemetic')) {
      expect(item.stem, item.id).not.toMatch(/gastroparesis/)
      expect(item.stem, item.id).not.toMatch(/insulin glargine/)
    }
  })

  it('hospital-antiemetic: the migraine admission keeps to migraine ages', () => {
    for (const item of items('hospital-antiemetic'))
      if (/migraine/.test(item.stem))
        expect(Number(itemParam(item, 'age')), item.id).toBeLessThanOrEqual(62)
  })

  it('trigger-travel-sedative: the explanation is not word for word across items', () => {
    const all = items('trigger-travel-sedative')
    let same = 0
    let pairs = 0
    for (let i = 0; i + 1 < all.length; i += 2) {
      pairs++
      if (all[i]!.explanation === all[i + 1]!.explanation) same++
    }
    // Before: one paragraph per drug, so about a third of the pairs matched.
    expect(same / pairs).toBeLessThan(0.05)
    const openings = new Set(all.map((i) => i.explanation.split('. ')[0]))
    expect(openings.size).toBeGreaterThanOrEqual(3)
  })
})

describe('MINOR: trigger-lost-control-ssri-or-iron explanation and prescriber', () => {
  it('no sentence runs two colons together; no locum', () => {
    for (const item of items('trigger-lost-control-ssri-or-iron')) {
      for (const sentence of item.explanation.split(/(?<=\.)\s+/))
        expect((sentence.match(/:/g) ?? []).length, `${item.id}: ${sentence}`).toBeLessThanOrEqual(
          1
        )
      expect(allText(item), item.id).not.toMatch(/locum/)
    }
  })
})

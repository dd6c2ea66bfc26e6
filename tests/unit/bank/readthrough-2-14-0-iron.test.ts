// Read-through 8 (bank 2.14.0, /work/rt8 report; docs/question-bank.md "Read 8 fixes: r9A") in the
// iron templates: each finding as a property of every item a template gives over 400 seeds, not of
// the two items the reader saw.
import { describe, expect, it } from 'vitest'
import { ABSOLUTES, HEDGES } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'
import { SOURCE_SEARCH_NOTE } from '../../../questions/templates/clinical/iron-options'
import {
  templateItems,
  itemParam,
  keyOf,
  distractors,
  longSentences as sentences,
  pairShare
} from './helpers'

const SEEDS = 400
const items = (id: string): Item[] => templateItems(id, SEEDS)
const count = (text: string, re: RegExp) => text.match(new RegExp(re.source, 'gi'))?.length ?? 0
const labs = (item: Item) =>
  (item.facts as { labs: { ferritinNgMl: number; tsatPercent: number } }).labs

const IRON_TEMPLATES = [
  'iron-decision',
  'iron-normal-ferritin',
  'iron-inflammation-ckd',
  'iron-recheck-after-oral-course',
  'iron-missed-in-referral-letter',
  'iron-sampling-conditions',
  'iron-child-threshold',
  'iron-dialysis-decision',
  'iron-pregnancy-decision',
  'iron-before-drug-treatment'
]
const allText = (item: Item) =>
  [
    item.stem,
    item.question,
    item.explanation,
    ...item.options.flatMap((o) => [o.text, o.rationale])
  ]
    .filter(Boolean)
    .join(' ')

describe('item 1: iron-inflammation-ckd, disagreement zone (88651 #13, 102841 #19)', () => {
  const zone = () =>
    items('iron-inflammation-ckd').filter((i) => itemParam(i, 'variant') === 'zone')

  // Read 9 (P1) replaced "every option committed" by one register per item, drawn by lot:
  // measured (one hedge each) or firm (one absolute each), so the key is never the lone one.
  it('every option is written in the one register of its item: one register word each', () => {
    expect(zone().length).toBeGreaterThan(100)
    for (const item of zone()) {
      const firm = itemParam(item, 'register') === 'firm'
      for (const o of item.options) {
        expect(count(o.text, HEDGES), `${item.id}: ${o.text}`).toBe(firm ? 0 : 1)
        expect(count(o.text, ABSOLUTES), `${item.id}: ${o.text}`).toBe(firm ? 1 : 0)
      }
    }
  })

  it('ferritin stays at 105–200 ng/mL, where "the TSAT reflects the illness" is not a fair reading', () => {
    for (const item of zone()) {
      const f = labs(item).ferritinNgMl
      expect(f, item.id).toBeGreaterThanOrEqual(105)
      expect(f, item.id).toBeLessThanOrEqual(200)
    }
  })

  it('the illness foil is the clearly wrong "no work-up", and no unsourced "often enough" claim', () => {
    let seen = 0
    for (const item of zone()) {
      expect(allText(item), item.id).not.toMatch(/often enough|sits behind/)
      const illness = item.options.find((o) => o.code === 'tsat-reflects-illness')
      if (!illness) continue
      seen++
      // Read 9: "skip the work-up" / "a search adds little", in the item's register.
      expect(illness.text, item.id).toMatch(/work-up|search/)
    }
    expect(seen).toBeGreaterThan(50)
  })

  it('neither the question nor the key echoes "beside this ferritin"', () => {
    for (const item of zone()) {
      expect(item.question, item.id).not.toMatch(/beside|this ferritin/)
      expect(keyOf(item).text, item.id).not.toMatch(/beside|ferritin/)
    }
  })
})

describe('item 2: one source-search sentence within brief §3', () => {
  for (const id of IRON_TEMPLATES)
    it(`${id}: never "deficiency whatever the blood count", nor 45 as "the" cut-off for deficiency`, () => {
      for (const item of items(id)) {
        const text = allText(item)
        expect(text, item.id).not.toMatch(/whatever the blood count/)
        expect(text, item.id).not.toMatch(/general-medicine cut-off for iron deficiency/)
        expect(text, item.id).not.toMatch(/is iron deficiency by general-medicine/)
      }
    })

  it('the shared sentence gives the AGA figure for anaemia and the WHO figure', () => {
    expect(SOURCE_SEARCH_NOTE).toMatch(/45 ng\/mL with anaemia/)
    expect(SOURCE_SEARCH_NOTE).toMatch(/15 µg\/L/)
    expect(SOURCE_SEARCH_NOTE).toMatch(/age, sex and symptoms/)
  })

  it('iron-missed-in-referral-letter: every ferritin below 45 mentions the source search', () => {
    let low = 0
    for (const item of items('iron-missed-in-referral-letter')) {
      if (labs(item).ferritinNgMl >= 45) continue
      low++
      expect(item.explanation, item.id).toContain(SOURCE_SEARCH_NOTE)
    }
    expect(low).toBeGreaterThan(30)
  })

  it('iron-recheck-after-oral-course: the low baseline explanation uses the shared sentence', () => {
    let due = 0
    for (const item of items('iron-recheck-after-oral-course')) {
      if (!/reason to look for a source/.test(item.explanation)) continue
      due++
      expect(item.explanation, item.id).toContain(SOURCE_SEARCH_NOTE)
    }
    // Read 18 (F2#4): the IV-only and replete arms now start from higher baselines, so fewer
    // items have a baseline low enough for a source search.
    expect(due).toBeGreaterThan(15)
  })

  it('iron-normal-ferritin and iron-decision: the source-search foil uses the shared sentence', () => {
    let seen = 0
    for (const id of ['iron-normal-ferritin', 'iron-decision'])
      for (const item of items(id))
        for (const o of distractors(item))
          if (o.code === 'treat-and-investigate-source') {
            seen++
            expect(o.rationale, item.id).toContain(SOURCE_SEARCH_NOTE)
          }
    expect(seen).toBeGreaterThan(50)
  })

  it('iron-recheck-after-oral-course: a rationale beside a key that continues iron never says the course is finished', () => {
    for (const item of items('iron-recheck-after-oral-course')) {
      if (!/^Continue/.test(keyOf(item).text)) continue
      for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/course is finished/)
    }
  })
})

describe('item 3: overlapping options and vignette slips', () => {
  it('iron-dialysis-decision: never two IV-iron-sucrose options; the ESA sentence is grammatical', () => {
    for (const item of items('iron-dialysis-decision')) {
      expect(
        item.options.filter((o) => /IV iron sucrose/i.test(o.text)).length,
        item.id
      ).toBeLessThanOrEqual(1)
      expect(item.stem, item.id).not.toMatch(/has an erythropoiesis-stimulating agent on dialysis/)
    }
  })

  it('iron-decision: where IV only is keyed, no foil also offers the intravenous route', () => {
    let iv = 0
    for (const item of items('iron-decision')) {
      if (keyOf(item).code !== 'iv-iron-only') continue
      iv++
      for (const o of distractors(item))
        expect(o.text, item.id).not.toMatch(/intraven|by vein|either route|\bIV\b|infusion now/i)
    }
    expect(iv).toBeGreaterThan(50)
  })

  for (const id of ['iron-normal-ferritin', 'iron-decision'])
    it(`${id}: a stem that says "no medicines" never then names an iron multivitamin`, () => {
      let none = 0
      for (const item of items(id)) {
        if (!/no (regular |prescribed )?medic|no regular medication/i.test(item.stem)) continue
        none++
        expect(item.stem, item.id).not.toMatch(/multivitamin/)
      }
      expect(none).toBeGreaterThan(50)
    })
})

/** Sentences of at least six words. */

describe('item 3: repetition a returning learner notices (pattern 6)', () => {
  // A frame is the stem with every number and drawn name blanked: at least 3 per template.
  const frameOf = (item: Item) =>
    sentences(item.stem)
      .map((s) => s.split(/\s+/).slice(0, 4).join(' ').replace(/\d+/g, '#'))
      .join('|')
  for (const id of [
    'iron-recheck-after-oral-course',
    'iron-sampling-conditions',
    'iron-child-threshold'
  ]) {
    it(`${id}: at least 3 stem frames, 2 explanation variants and 3 lead-ins`, () => {
      const list = items(id)
      const openers = new Set(list.map((i) => frameOf(i)))
      expect(openers.size, id).toBeGreaterThanOrEqual(3)
      const firstSentences = new Set(
        list.map((i) => sentences(i.explanation).map((s) => s.replace(/\d+/g, '#'))[0])
      )
      const explanationBodies = new Set(list.map((i) => i.explanation.replace(/\d+(\.\d+)?/g, '#')))
      expect(Math.max(firstSentences.size, explanationBodies.size), id).toBeGreaterThanOrEqual(2)
      expect(new Set(list.map((i) => i.question)).size, id).toBeGreaterThanOrEqual(3)
    })
  }

  it('iron-recheck-after-oral-course: the adherence, endoscopy and tolerance lines come in 3 wordings', () => {
    const stems = items('iron-recheck-after-oral-course').map((i) => i.stem)
    for (const re of [
      /vitamin C|not missed a dose|pharmacy record/,
      /no stomach upset|no nausea|no side effects/
    ]) {
      const forms = new Set(
        stems.map((s) =>
          sentences(s)
            .find((x) => re.test(x))
            ?.replace(/\d+/g, '#')
        )
      )
      expect(forms.size, String(re)).toBeGreaterThanOrEqual(3)
    }
  })

  it('iron-recheck-after-oral-course and iron-sampling-conditions: under half of item pairs share a stem sentence', () => {
    for (const id of ['iron-recheck-after-oral-course', 'iron-sampling-conditions'])
      expect(
        pairShare(items(id), (i) => i.stem),
        id
      ).toBeLessThan(0.5)
  })
})

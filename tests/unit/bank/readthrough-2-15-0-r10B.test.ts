// Read-through 9 (bank 2.15.0, docs/readthrough-2026-12-01-v2.15.md; docs "Read 9 fixes: r10B")
// in five iron templates: each finding asserted over 400 seeds, not only for the items read.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import {
  TRIGGER_CLASSES,
  TRIGGER_DRUGS,
  type TriggerClass
} from '../../../questions/templates/kit/meds'
import { aggravationClause } from '../../../questions/templates/iron-cases/referral-letter'
import { templateItems, itemParam, keyOf, distractors, longSentences } from './helpers'

const SEEDS = 400
const items = (id: string): Item[] => templateItems(id, SEEDS)
// Commas dropped: a frame such as ", as named in the letter" attaches its comma to the content.
const words = (t: string) => t.replace(/,/g, '').split(/\s+/)
/** The word run every option of an item starts with, and the one every option ends with. */
function frame(texts: readonly string[]): { head: string[]; tail: string[] } {
  const split = texts.map(words)
  const shortest = Math.min(...split.map((w) => w.length))
  let h = 0
  while (h < shortest && split.every((w) => w[h] === split[0]![h])) h++
  let t = 0
  while (
    t < shortest - h &&
    split.every((w) => w[w.length - 1 - t] === split[0]![split[0]!.length - 1 - t])
  )
    t++
  return { head: split[0]!.slice(0, h), tail: t ? split[0]!.slice(-t) : [] }
}
/** An option without the item's shared frame: what is its own content. */
const content = (text: string, f: { head: string[]; tail: string[] }) =>
  words(text)
    .slice(f.head.length, words(text).length - f.tail.length)
    .join(' ')
/** A stem with its numbers taken out (age, hours, doses): what a returning learner recognises. */
const skeleton = (t: string) => t.replace(/\d+(\.\d+)?/g, '#')

describe('iron-missed-in-referral-letter: one frame for every option (read 9, P3)', () => {
  const all = items('iron-missed-in-referral-letter')
  const drugArm = all.filter((i) => itemParam(i, 'arm') === 'drug')

  it('in the drug arm every option is "The <medicine> for <use>" inside one shared frame', () => {
    expect(drugArm.length).toBeGreaterThan(150)
    for (const item of drugArm) {
      const texts = item.options.map((o) => o.text)
      const f = frame(texts)
      expect(f.head, item.id).toEqual(['The'])
      // Each option's own content is a medicine and what it is for, nothing of a frame: the old
      // forms left "… named in the referral letter" in the key's content alone.
      for (const t of texts)
        expect(content(t, f), `${item.id}: ${t}`).toMatch(/^[a-z]+ for [a-z0-9 ]+$/)
      const medFrame = Number(itemParam(item, 'medFrame'))
      if (medFrame > 0) expect(f.tail.length, item.id).toBeGreaterThan(1)
    }
  })

  it('no option phrase outside its own content is unique to the key: the frame is one string', () => {
    // Content is the medicine and its use (drug arm) or the result named (ferritin arm); what is
    // left of each option, the frame, must be the same string for the key and every foil.
    const MED =
      /^The [a-z]+ for [a-z ]+?(,? as named in the letter| on the list| in the medicine list)?$/
    const LAB = /^The .+?( in the letter)$/
    for (const item of all) {
      const re = itemParam(item, 'arm') === 'drug' ? MED : LAB
      const frames = item.options.map((o) => {
        const m = re.exec(o.text)
        expect(m, `${item.id}: ${o.text}`).not.toBeNull()
        return m?.[1] ?? ''
      })
      expect(new Set(frames).size, `${item.id}: ${frames.join(' | ')}`).toBe(1)
    }
  })

  // Read 21 (F1#24): the "… on the list", "… in the medicine list" and ", as named in the letter"
  // frames read as padding on all four options and were dropped; one frame is left, and the use
  // wordings still vary the key's length.
  it('one frame is left, with no list or letter padding, and the key is not tied to one wording', () => {
    const used = new Set(drugArm.map((i) => itemParam(i, 'medFrame')))
    expect(used.size).toBe(1)
    for (const item of drugArm)
      for (const o of item.options)
        expect(o.text, item.id).not.toMatch(/on the list|in the medicine list|named in the letter/)
    expect(new Set(drugArm.map((i) => keyOf(i).text)).size).toBeGreaterThan(8)
  })
})

describe('iron-missed-in-referral-letter: aggravation wording by drug (read 9, P4)', () => {
  const drugArm = items('iron-missed-in-referral-letter').filter(
    (i) => itemParam(i, 'arm') === 'drug'
  )
  const aggravator = (i: Item) => (i.facts as { aggravator: string }).aggravator

  it('every antidepressant the arm draws is a keyable drug of brief §2 in the class it is given', () => {
    const seen = new Set(drugArm.map(aggravator))
    expect(seen).toEqual(
      new Set(['sertraline', 'escitalopram', 'venlafaxine', 'duloxetine', 'mirtazapine'])
    )
    for (const item of drugArm) {
      const cls = (item.facts as { aggravatorClass: TriggerClass }).aggravatorClass
      expect(TRIGGER_DRUGS[cls], item.id).toContain(aggravator(item))
    }
  })

  it('mirtazapine is named as a drug, never as a member of an aggravating class', () => {
    const mirt = drugArm.filter((i) => aggravator(i) === 'mirtazapine')
    expect(mirt.length).toBeGreaterThan(20)
    for (const item of mirt) {
      const why = keyOf(item).rationale ?? ''
      const text = `${why} ${item.explanation}`
      expect(text, item.id).not.toMatch(/class/i)
      expect(why, item.id).toMatch(/antidepressants most often linked with new or worse RLS/)
    }
  })

  it('SSRIs and SNRIs are named by class', () => {
    for (const item of drugArm) {
      const drug = aggravator(item)
      const label = TRIGGER_DRUGS.ssri.includes(drug)
        ? 'an SSRI, a class'
        : TRIGGER_DRUGS.snri.includes(drug)
          ? 'an SNRI, a class'
          : null
      if (label) expect(keyOf(item).rationale, item.id).toContain(label)
    }
  })

  it('every class of brief §2 has its own aggravation clause', () => {
    const clauses = (Object.keys(TRIGGER_CLASSES) as TriggerClass[]).map(aggravationClause)
    expect(new Set(clauses).size).toBe(clauses.length)
    expect(aggravationClause('mirtazapine')).not.toMatch(/class/)
  })
})

describe('iron-child-threshold: the bank word and foils true to the stem (read 9, P7)', () => {
  const all = items('iron-child-threshold')
  it('says acetaminophen, never paracetamol', () => {
    for (const item of all) {
      const text = [item.stem, item.explanation, ...item.options.map((o) => o.text)].join(' ')
      expect(text, item.id).not.toMatch(/paracetamol/i)
    }
  })
  it('no foil treats an ache or pain the stem never describes', () => {
    for (const item of all) {
      for (const o of distractors(item)) {
        if (/growing pains/.test(o.text)) continue // a named mimic, not a symptom the stem claims
        // The stem reports an urge and a feeling, and days free of pain: no foil treats a pain.
        expect(o.text, item.id).not.toMatch(/\b(ache|aching|pains?)\b/i)
      }
    }
  })
})

describe('iron-before-drug-treatment: stems that do not repeat (read 9, P6)', () => {
  const all = items('iron-before-drug-treatment')
  it('two independent items rarely share two long sentences (the old stem shared all but one)', () => {
    let both = 0
    let pairs = 0
    for (let i = 0; i + 1 < all.length; i += 2) {
      const a = new Set(longSentences(all[i]!.stem))
      const shared = longSentences(all[i + 1]!.stem).filter((s) => a.has(s)).length
      pairs++
      if (shared >= 2) both++
    }
    expect(both / pairs).toBeLessThan(0.2)
  })
  it('has at least three openings and the neighbour story in fewer than a third of items', () => {
    const openings = new Set(all.map((i) => itemParam(i, 'opening')))
    expect(openings.size).toBeGreaterThanOrEqual(3)
    const neighbour = all.filter((i) => /neighbour/.test(i.stem)).length
    expect(neighbour / all.length).toBeLessThan(1 / 3)
  })
  it('the checked tests vary, and untested items sometimes list iron-adjacent tests', () => {
    const untested = all.filter((i) => itemParam(i, 'arm') === 'untested')
    const lists = new Set(all.map((i) => itemParam(i, 'checked')))
    expect(lists.size).toBeGreaterThanOrEqual(4)
    const adjacent = untested.filter((i) => /MCV|blood film|B12|folate|CRP/.test(i.stem))
    expect(adjacent.length / untested.length).toBeGreaterThan(0.3)
    // The iron check is still the key wherever no ferritin or TSAT was taken.
    for (const item of untested) {
      expect(item.stem, item.id).not.toMatch(/ferritin|TSAT|iron studies/i)
      expect(keyOf(item).text).toMatch(/ferritin and TSAT/)
    }
  })
})

describe('iron-before-drug-treatment: explanations vary within an arm (read 9, P6)', () => {
  for (const arm of ['untested', 'low', 'replete']) {
    it(`${arm}: several wordings, rarely the same in two items`, () => {
      const list = items('iron-before-drug-treatment').filter((i) => itemParam(i, 'arm') === arm)
      expect(new Set(list.map((i) => skeleton(i.explanation))).size, arm).toBeGreaterThanOrEqual(6)
    })
  }
  it('the child key carries no "about" before its interval (per-item register gate)', () => {
    for (const item of items('iron-child-threshold'))
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/\babout\b/)
  })
})

describe('iron-sampling-conditions: the invalid arm does not repeat (read 9, P6)', () => {
  const invalid = items('iron-sampling-conditions').filter((i) => itemParam(i, 'arm') === 'invalid')
  it('two independent items share a whole stem (numbers aside) in under 3% of pairs', () => {
    let same = 0
    let pairs = 0
    for (let i = 0; i + 1 < invalid.length; i += 2) {
      pairs++
      if (skeleton(invalid[i]!.stem) === skeleton(invalid[i + 1]!.stem)) same++
    }
    expect(same / pairs).toBeLessThan(0.03)
  })
  it('openings and draws are drawn apart, five of each', () => {
    const combos = new Set(invalid.map((i) => `${itemParam(i, 'frame')}/${itemParam(i, 'draw')}`))
    expect(combos.size).toBeGreaterThanOrEqual(20)
  })
})

describe('iron-recheck-after-oral-course: explanations vary within an arm (read 9, P6)', () => {
  const all = items('iron-recheck-after-oral-course')
  for (const arm of [
    'iron-indicated',
    'iv-iron-only',
    'iron-not-indicated',
    'treat-and-investigate-source'
  ]) {
    it(`${arm}: several explanation wordings, rarely the same in two items`, () => {
      const list = all.filter((i) => itemParam(i, 'arm') === arm)
      const forms = new Set(list.map((i) => skeleton(i.explanation)))
      expect(forms.size, arm).toBeGreaterThanOrEqual(6)
      let same = 0
      let pairs = 0
      for (let i = 0; i + 1 < list.length; i += 2) {
        pairs++
        if (skeleton(list[i]!.explanation) === skeleton(list[i + 1]!.explanation)) same++
      }
      expect(same / pairs, arm).toBeLessThan(0.15)
    })
  }
})

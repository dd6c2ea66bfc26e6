// Read-through of bank 2.16 (docs/readthrough-2026-12-02-v2.16.md, P1, P3, P5, P6): a learner who
// takes a second quiz met near-copies — one key text per arm, often the same four options, and
// stems copied sentence for sentence. Every figure here is measured over seeds 0..999, so it does
// not depend on which items a random draw happens to give.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { templateItems, itemParam, keyOf } from './helpers'

const SEEDS = 1000
const items = (id: string): Item[] => templateItems(id, SEEDS)
const arms = (list: readonly Item[]): Map<string, Item[]> => {
  const out = new Map<string, Item[]>()
  for (const i of list) {
    const arm = itemParam(i, 'arm') ?? '-'
    out.set(arm, [...(out.get(arm) ?? []), i])
  }
  return out
}
const optionSet = (i: Item) =>
  i.options
    .map((o) => o.text)
    .sort()
    .join(' | ')
/** Sentences of a stem longer than 25 characters. */
const sentences = (t: string) =>
  t
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25)
/** The largest share of items that carry one and the same stem sentence. */
function topStemShare(list: readonly Item[]): number {
  const n = new Map<string, number>()
  for (const i of list) for (const s of new Set(sentences(i.stem))) n.set(s, (n.get(s) ?? 0) + 1)
  return Math.max(0, ...n.values()) / list.length
}

/** Floors per template: distinct key texts in every arm, distinct option sets in every arm. */
const FLOORS: Record<string, { keysPerArm: number; setsPerArm: number }> = {
  'iron-sampling-conditions': { keysPerArm: 3, setsPerArm: 50 },
  'iron-child-threshold': { keysPerArm: 3, setsPerArm: 80 },
  'iron-dialysis-decision': { keysPerArm: 3, setsPerArm: 50 },
  'lifestyle-alcohol-intake': { keysPerArm: 3, setsPerArm: 70 },
  'lifestyle-caffeine-trial': { keysPerArm: 3, setsPerArm: 50 },
  'lifestyle-sleep-apnoea-and-rls': { keysPerArm: 3, setsPerArm: 80 },
  'trigger-care-home-night-walking': { keysPerArm: 3, setsPerArm: 30 },
  'iron-before-drug-treatment': { keysPerArm: 3, setsPerArm: 60 }
}

describe('more than one wording per arm (read 2.16, P1/P6)', () => {
  for (const [id, floor] of Object.entries(FLOORS)) {
    it(`${id}: at least ${floor.keysPerArm} key texts and ${floor.setsPerArm} option sets in every arm`, () => {
      const byArm = arms(items(id))
      expect(byArm.size, id).toBeGreaterThanOrEqual(2)
      for (const [arm, list] of byArm) {
        const keys = new Set(list.map((i) => keyOf(i).text))
        const sets = new Set(list.map(optionSet))
        expect(keys.size, `${id} ${arm}`).toBeGreaterThanOrEqual(floor.keysPerArm)
        expect(sets.size, `${id} ${arm}`).toBeGreaterThanOrEqual(floor.setsPerArm)
        // No single key text dominates an arm: each wording is drawn by lot.
        const top = Math.max(
          ...[...keys].map((k) => list.filter((i) => keyOf(i).text === k).length)
        )
        expect(top / list.length, `${id} ${arm}`).toBeLessThan(0.5)
      }
    })
  }
})

describe('iron-sampling-conditions: the timing of the supplement is explicit (read 2.16, P3)', () => {
  it('no stem says "a few hours after"; a stated interval matches the clock times', () => {
    for (const item of items('iron-sampling-conditions')) {
      expect(item.stem, item.id).not.toMatch(/a few hours after/)
      const m = /at (\d) pm, (\d+) hours after .* at 8 am/.exec(item.stem)
      if (m) expect(Number(m[2]), item.id).toBe(Number(m[1]) + 12 - 8)
    }
  })
})

describe('iron-dialysis-decision: the replete key does not presuppose IV iron (read 2.16, P3)', () => {
  it('no option "holds" IV iron the stem never gives', () => {
    for (const item of items('iron-dialysis-decision')) {
      expect(item.stem, item.id).not.toMatch(/maintenance|IV iron/i)
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/^Hold IV iron/)
    }
  })
})

describe('iron-child-threshold: caffeine is a trial, not a contributor (brief §5, read 2.16 P5)', () => {
  it('no text calls caffeine a contributor or trigger', () => {
    for (const item of items('iron-child-threshold')) {
      const texts = [
        item.stem,
        item.explanation,
        ...item.options.flatMap((o) => [o.text, o.rationale])
      ]
      for (const t of texts) {
        if (/caffein/i.test(t)) expect(t, item.id).toMatch(/reasonable trial/)
        expect(t, item.id).not.toMatch(/contributors? \(caffein|caffeine[^.]*trigger/i)
      }
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/trigger/i)
    }
  })
})

describe('trigger-care-home-night-walking: the stem dates the onset (read 2.16, P3)', () => {
  it('every stem says when the night-time trouble began, after the mirtazapine start in the RLS arm', () => {
    for (const item of items('trigger-care-home-night-walking')) {
      if (itemParam(item, 'arm') === 'rls') {
        const started = /(\w+) weeks? ago the visiting physician started mirtazapine/.exec(
          item.stem
        )
        const noticed = /walking the corridor (\d+) days after the first dose/.exec(item.stem)
        expect(started, item.id).not.toBeNull()
        expect(noticed, item.id).not.toBeNull()
        // The onset lies inside the time since the start (at least three weeks).
        expect(Number(noticed![1]), item.id).toBeLessThan(21)
      } else {
        expect(item.stem, item.id).toMatch(
          /episodes began \w+ months? ago, long after the mirtazapine/
        )
      }
    }
  })
})

/** Ceilings on the stem sentences that recur: the largest share of items carrying one sentence,
 * and the share of independent seed pairs (0/1, 2/3, …) that share any sentence. */
const STEM_CEILINGS: Record<string, { top: number; pairs: number }> = {
  'trigger-promethazine-why-prescribed': { top: 0.15, pairs: 0.15 },
  'trigger-chemotherapy-antiemetic': { top: 0.15, pairs: 0.2 },
  'trigger-care-home-night-walking': { top: 0.25, pairs: 0.35 }
}

describe('story frames: two seeds rarely share a stem sentence (read 2.16, P1)', () => {
  for (const [id, ceiling] of Object.entries(STEM_CEILINGS)) {
    it(`${id}: no sentence in more than ${ceiling.top * 100}% of stems`, () => {
      const list = items(id)
      expect(topStemShare(list), id).toBeLessThanOrEqual(ceiling.top)
      let shared = 0
      let pairs = 0
      for (let i = 0; i + 1 < list.length; i += 2) {
        const a = new Set(sentences(list[i]!.stem))
        pairs++
        if (sentences(list[i + 1]!.stem).some((x) => a.has(x))) shared++
      }
      expect(shared / pairs, id).toBeLessThanOrEqual(ceiling.pairs)
    })
  }

  it('trigger-promethazine-why-prescribed: at least three settings and three prescribing stories per reason', () => {
    const list = items('trigger-promethazine-why-prescribed')
    const openings = new Set(
      list.map((i) =>
        sentences(i.stem)[0]!
          .replace(/\d+/g, '#')
          .replace(/\b(he|she|his|her|him|man|woman)\b/g, 'x')
      )
    )
    expect(openings.size).toBeGreaterThanOrEqual(3)
    for (const arm of ['allergy', 'nausea']) {
      const rx = new Set(
        list.filter((i) => itemParam(i, 'arm') === arm).map((i) => itemParam(i, 'rx'))
      )
      expect(rx.size, arm).toBeGreaterThanOrEqual(3)
    }
  })

  it('trigger-chemotherapy-antiemetic: at least three settings', () => {
    const list = items('trigger-chemotherapy-antiemetic')
    const settings = new Set(list.map((i) => itemParam(i, 'setting')))
    expect(settings.size).toBeGreaterThanOrEqual(3)
  })

  it('trigger-chemotherapy-antiemetic: olanzapine 5 mg, not 10 mg, from age 75 (read 2.16, P3)', () => {
    for (const item of items('trigger-chemotherapy-antiemetic')) {
      const age = Number(itemParam(item, 'age'))
      if (age >= 75) expect(item.stem, item.id).not.toMatch(/olanzapine 10 mg/i)
    }
  })
})

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
  'iron-dialysis-decision': { keysPerArm: 3, setsPerArm: 50 }
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
        ...item.options.flatMap((o) => [o.text, o.why ?? ''])
      ]
      for (const t of texts) {
        if (/caffein/i.test(t)) expect(t, item.id).toMatch(/reasonable trial/)
        expect(t, item.id).not.toMatch(/contributors? \(caffein|caffeine[^.]*trigger/i)
      }
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/trigger/i)
    }
  })
})

export { topStemShare }

// Read-through 20 (bank 2.18.4), helper C: the own-merit findings on six templates (F1#19, F2#20,
// F1#30, F1#28, F2#11, F1#14/F2#14). Every check runs over several hundred real seeds and reads
// every item, so none depends on which items a draw happens to give.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 600
const firstWord = (text: string) => text.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
/** Option pairs of the item that open with the same word. */
const sharedOpenings = (item: Item): string[] => {
  const seen = new Map<string, string>()
  const out: string[] = []
  for (const o of item.options) {
    const w = firstWord(o.text)
    const before = seen.get(w)
    if (before !== undefined) out.push(`${before} | ${o.text}`)
    else seen.set(w, o.text)
  }
  return out
}
const reason = (r: string) => r.replace(/^(Correct|Incorrect):\s*/, '')

describe('read 20 F1#19: trigger-promethazine-why-prescribed has no shared-opening pair', () => {
  const items = templateItems('trigger-promethazine-why-prescribed', SEEDS)
  it('no two options of an item open with the same word', () => {
    for (const it of items) expect(sharedOpenings(it), it.id).toEqual([])
  })
  it('still keys both arms', () => {
    expect(new Set(items.map((i) => keyOf(i).code)).size).toBe(2)
  })
})

describe('read 20 F2#20: otc-pm-sleep-aid advice items', () => {
  const items = templateItems('otc-pm-sleep-aid', SEEDS)
  const advice = items.filter((i) => itemParam(i, 'format') === 'advice')
  it('has advice items to test', () => expect(advice.length).toBeGreaterThan(100))
  it('no two options of an advice item open with the same word (no "Stop the product and" group)', () => {
    for (const it of advice) expect(sharedOpenings(it), it.id).toEqual([])
  })
  it('every item teaches that ferritin and TSAT are checked (new or newly worse RLS)', () => {
    for (const it of items) expect(it.explanation, it.id).toMatch(/ferritin and TSAT/i)
    for (const it of advice) expect(keyOf(it).rationale, it.id).toMatch(/ferritin and TSAT/)
  })
})

describe('read 20 F1#30: trigger-quetiapine-why-prescribed, collaboration on both sides', () => {
  const items = templateItems('trigger-quetiapine-why-prescribed', SEEDS)
  const bipolar = items.filter((i) => itemParam(i, 'arm') === 'bipolar')
  it('has bipolar items to test', () => expect(bipolar.length).toBeGreaterThan(200))
  it('every bipolar item offers two wrong plans that involve the specialist, one adding no drug', () => {
    const involves = /specialist|psychiatry|psychiatrist/i
    for (const it of bipolar) {
      const collab = distractors(it).filter((o) => involves.test(o.text))
      expect(collab.length, it.id).toBeGreaterThanOrEqual(2)
      expect(
        collab.some((o) => !/pramipexole|ropinirole|olanzapine|gabapentin|iron/i.test(o.text)),
        it.id
      ).toBe(true)
    }
  })
})

describe('read 20 F1#28: trigger-snri-started-elsewhere, the co-started statin', () => {
  const items = templateItems('trigger-snri-started-elsewhere', SEEDS)
  const statin = items.filter((i) => itemParam(i, 'fresh') === 'atorvastatin')
  it('has items with a co-started statin', () => expect(statin.length).toBeGreaterThan(50))
  it('the statin rationale answers a muscle-symptom appeal with the distinguishing features', () => {
    for (const it of statin) {
      const o = it.options.find((x) => x.code === 'atorvastatin')
      expect(o, it.id).toBeDefined()
      expect(o?.rationale, it.id).toMatch(/[Ss]tatin muscle symptoms/)
      expect(o?.rationale, it.id).toMatch(/no urge to move/)
      expect(o?.rationale, it.id).toMatch(/walking/)
    }
  })
  it('the explanation does not repeat that rationale, and the criteria are cited', () => {
    for (const it of statin) {
      const o = it.options.find((x) => x.code === 'atorvastatin')
      expect(it.explanation).not.toContain(reason(o?.rationale ?? '').slice(0, 80))
      expect(it.references).toContain('irlssg2014')
    }
  })
})

describe('read 20 F2#11: antidepressant-mirtazapine cites only what it uses', () => {
  const items = templateItems('antidepressant-mirtazapine', SEEDS)
  it('no item cites bayard2011 (the bupropion trial) without speaking of bupropion', () => {
    for (const it of items) {
      const text = [it.stem, it.explanation, ...it.options.map((o) => `${o.text} ${o.rationale}`)]
      if (!/bupropion/i.test(text.join(' ')))
        expect(it.references, it.id).not.toContain('bayard2011')
    }
  })
  it('every item cites the antidepressant evidence (rottach2008 or kolla2018)', () => {
    for (const it of items)
      expect(
        it.references.some((r) => r === 'rottach2008' || r === 'kolla2018'),
        it.id
      ).toBe(true)
  })
})

describe('read 20 F1#14, F2#14: trigger-care-home-night-walking', () => {
  const items = templateItems('trigger-care-home-night-walking', SEEDS)
  const cramps = items.filter((i) => itemParam(i, 'arm') === 'cramps')
  const rls = items.filter((i) => itemParam(i, 'arm') === 'rls')
  it('has both arms', () => {
    expect(cramps.length).toBeGreaterThan(200)
    expect(rls.length).toBeGreaterThan(200)
  })
  it('the explanation never repeats an option rationale word for word', () => {
    for (const it of items)
      for (const o of it.options) {
        const r = reason(o.rationale)
        expect(it.explanation.includes(r.slice(0, 60)), `${it.id}: ${r.slice(0, 60)}`).toBe(false)
      }
  })
  it('the cramp stem gives no lay giveaway (a visible or hard knot)', () => {
    for (const it of cramps)
      expect(it.stem, it.id).not.toMatch(/rock-hard|knot|can see and feel|tightening|\bcramp/i)
  })
  it('the cramp arm cites the criteria and mimics, not the antidepressant review', () => {
    for (const it of cramps) {
      expect(it.references, it.id).toContain('irlssg2014')
      expect(it.references, it.id).not.toContain('kolla2018')
    }
  })
  it('no foil is one the examination line rules out by wording (claudication, venous congestion)', () => {
    for (const it of items)
      for (const o of it.options) expect(o.code, it.id).not.toMatch(/claudication|venous/)
  })
  it('the RLS arm says what follows: ferritin and TSAT', () => {
    for (const it of rls) expect(it.explanation, it.id).toMatch(/ferritin and TSAT/i)
  })
})

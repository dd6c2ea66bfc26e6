// Read-through 8 (bank 2.14.0, issue 13), helper r9C: augmentation, lifestyle, knowledge and
// genetics templates, fixed at template level and checked over many seeds (not the two exported
// items).
import { describe, expect, it } from 'vitest'
import { isHedged, isUnqualified } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 400

/** The iron step and drug step of an augmentation plan, read from its option code. */
function cell(code: string): { iron: string; drug: string } | null {
  const m = /^(check|treat|keep)-iron-(.+)$/.exec(code)
  return m ? { iron: m[1]!, drug: m[2]! } : null
}

describe('P1: augmentation-next-step, a 2 × 2 grid of iron step × drug step (102841 #4)', () => {
  const all = templateItems('augmentation-next-step', SEEDS)

  it('every option is one iron step and one drug step, and each step is shared by exactly two options', () => {
    for (const item of all) {
      expect(item.options, item.id).toHaveLength(4)
      const cells = item.options.map((o) => cell(o.code))
      expect(cells.every(Boolean), item.id).toBe(true)
      for (const c of cells) {
        // The key is not where the others converge: every option, the key too, shares its iron
        // step with one other option and its drug step with one other.
        expect(
          cells.filter((d) => d!.iron === c!.iron),
          item.id
        ).toHaveLength(2)
        expect(
          cells.filter((d) => d!.drug === c!.drug),
          item.id
        ).toHaveLength(2)
      }
    }
  })

  it('no option turns on a qualifier: no hedge, no absolute, no "slowly" or "at once"', () => {
    for (const item of all)
      for (const o of item.options) {
        expect(o.text, item.id).toMatch(/^[A-Z][^,]+, then /)
        expect(o.text, item.id).not.toMatch(/\b(slowly|gradually|at once|today|immediately)\b/i)
        expect(isHedged(o.text), o.text).toBe(false)
        expect(isUnqualified(o.text), o.text).toBe(true)
      }
  })

  it('taper and stop differ by a time frame, and the key is the taper beside the right iron step', () => {
    let stops = 0
    for (const item of all) {
      const key = keyOf(item)
      const state = itemParam(item, 'ironState')
      expect(key.code, item.id).toBe(
        state === 'unknown'
          ? 'check-iron-switch-alpha2delta'
          : state === 'low'
            ? 'treat-iron-switch-alpha2delta'
            : 'keep-iron-switch-alpha2delta'
      )
      expect(key.text, item.id).toMatch(/over a month or more/)
      for (const o of distractors(item))
        if (o.code.endsWith('stop-now')) {
          stops++
          expect(o.text, item.id).toMatch(/within 2 days/)
        }
    }
    expect(stops).toBeGreaterThan(SEEDS / 4)
  })

  it('the key takes each length rank in a fair share of items', () => {
    const ranks = [0, 0, 0, 0]
    for (const item of all) {
      const k = keyOf(item).text.length
      ranks[distractors(item).filter((o) => o.text.length < k).length]!++
    }
    for (const r of ranks) expect(r / all.length, ranks.join(' ')).toBeGreaterThan(0.12)
  })
})

const said = (item: Item) => item.stem

describe('P7: lifestyle-counselling keys the teaching the patient asks for (88651 #16)', () => {
  const all = templateItems('lifestyle-counselling', 3 * SEEDS)

  it('"must I give up coffee?" is answered by the low-cost trial of cutting back (§5)', () => {
    const coffee = all.filter((i) => /must give up coffee/.test(said(i)))
    expect(coffee.length).toBeGreaterThan(40)
    for (const item of coffee) {
      expect(keyOf(item).code, item.id).toBe('caffeine-cut-back-trial')
      expect(keyOf(item).text, item.id).toMatch(/worth trying/)
    }
  })

  it('"will stopping cure the legs?" is never keyed "care goes ahead"', () => {
    const cure = all.filter((i) => /cure the legs|make the legs go away/.test(said(i)))
    expect(cure.length).toBeGreaterThan(40)
    for (const item of cure) expect(keyOf(item).code, item.id).not.toMatch(/care-goes-on$/)
  })

  it('"care goes ahead" is keyed only where the patient asks whether treatment must wait', () => {
    let keyed = 0
    for (const item of all)
      if (/care-goes-on$/.test(keyOf(item).code)) {
        keyed++
        expect(said(item), item.id).toMatch(/has to wait until/)
      }
    expect(keyed).toBeGreaterThan(20)
  })
})

describe('P7: lifestyle-sleep-apnoea-and-rls, the iron key is not "before tests" (88651 #14)', () => {
  // Read-through 2.15 (r10H): the key no longer says "before a sleep study" (none is indicated);
  // it checks iron and the whole drug list, OTC products included.
  it('the no-OSA key checks iron and the drug list, OTC included', () => {
    const all = templateItems('lifestyle-sleep-apnoea-and-rls', SEEDS)
    let noOsa = 0
    for (const item of all) {
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/before tests/)
      if (itemParam(item, 'arm') !== 'no-osa') continue
      noOsa++
      // Read 2.16 (P1): three wordings by lot, each naming the iron checks and OTC products.
      expect(keyOf(item).text, item.id).toMatch(
        /^Check ferritin,? (and )?TSAT[;,]? .*(drug|medicine).*OTC (included|too)$/
      )
    }
    expect(noOsa).toBeGreaterThan(SEEDS / 4)
  })
})

describe('P1/P6: genetics-family-risk (88651 #21, #23)', () => {
  const all = templateItems('genetics-family-risk', SEEDS)
  const childRisk = all.filter((i) => itemParam(i, 'situation') === 'child-risk')

  it('in the child-risk items every option grants the raised risk, so the balanced key is no cue', () => {
    expect(childRisk.length).toBeGreaterThan(SEEDS / 5)
    for (const item of childRisk)
      for (const o of item.options) expect(o.text, item.id).toMatch(/raise/)
  })

  it('no explanation says "runs most clearly in families" or the garbled carriers sentence', () => {
    for (const item of all) {
      expect(item.explanation, item.id).not.toMatch(/runs most clearly in families/)
      expect(item.explanation, item.id).not.toMatch(/carriers and non-carriers both/)
    }
  })

  it('at least three stem frames and two case sentences per situation', () => {
    for (const situation of ['child-risk', 'relative-test', 'work-up']) {
      const some = all.filter((i) => itemParam(i, 'situation') === situation)
      // The family sentence's first words, pronouns and figures aside.
      const frame = (i: Item) =>
        (i.stem.split('. ')[1] ?? '')
          .toLowerCase()
          .replace(/\b(his|her|he|she|him)\b/g, 'x')
          .replace(/\d+/g, 'n')
          .split(' ')
          .slice(0, 4)
          .join(' ')
      const firsts = new Set(some.map(frame))
      const cases = new Set(some.map((i) => i.explanation.split('. ')[1]?.slice(0, 25)))
      if (situation !== 'work-up') expect(firsts.size, situation).toBeGreaterThanOrEqual(3)
      expect(cases.size, situation).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('P1: knowledge-mechanism, committed statements on both sides (88651 #37)', () => {
  it('no option "looks altered rather than", nor "are taken to show"', () => {
    for (const item of templateItems('knowledge-mechanism', SEEDS))
      for (const o of item.options) {
        expect(o.text, item.id).not.toMatch(/looks altered|rather than mainly|are taken to show/)
        if (/^Dopamine|^Dopaminergic/.test(o.text)) expect(isHedged(o.text), o.text).toBe(false)
      }
  })
})

describe('P1: knowledge-epidemiology, the key answers the lead-in (88651 #32)', () => {
  const all = templateItems('knowledge-epidemiology', SEEDS)

  it('under "how common RLS is, and in whom" the pregnancy course is neither key nor foil', () => {
    const howCommon = all.filter((i) => /how common RLS is, and in whom/.test(i.question))
    expect(howCommon.length).toBeGreaterThan(SEEDS / 5)
    for (const item of howCommon)
      for (const o of item.options) expect(o.code, item.id).not.toMatch(/pregnancy-resolves/)
  })

  it('no option uses "usually", so no one option carries it', () => {
    for (const item of all)
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/\busually\b/)
  })
})

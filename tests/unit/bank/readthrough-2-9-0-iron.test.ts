// Read-through 5 (bank 2.9.0) in the iron, lifestyle and augmentation templates: each pattern the
// reader found, as a property of every item those templates produce (300 seeds each), not of the
// items the reader saw (docs/question-bank.md, "Copy edit of the iron, lifestyle and augmentation
// templates (after read 5)").
import { describe, expect, it } from 'vitest'
import { ABSOLUTES, HEDGES } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'
import { createRng } from '../../../questions/rng'
import { ironOptions } from '../../../questions/templates/clinical/iron-options'
import { distractors, itemParam, keyOf, loneRegister, templateItems } from './helpers'

const SEEDS = 300
const items = (id: string): Item[] => templateItems(id, SEEDS)
const count = (text: string, re: RegExp) =>
  text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))?.length ?? 0

/** The key is more than 1.25 times as long as every foil. */
const keyMuchLonger = (item: Item) =>
  distractors(item).every((o) => keyOf(item).text.length > 1.25 * o.text.length)

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** Two sentences of one text that share a run of `n` words. */
function sharedRun(text: string, n = 6): string | null {
  const runs = sentences(text).map((s) => {
    const w = s
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
    return new Set(
      w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' '))
    )
  })
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++)
      for (const r of runs[i]!) if (runs[j]!.has(r)) return r
  return null
}

describe('P1: iron-inflammation-ckd, disagreement zone: conclusions in one register', () => {
  const zone = () =>
    items('iron-inflammation-ckd').filter((i) => itemParam(i, 'variant') === 'zone')

  it('asks for a conclusion, and every option is a conclusion, not an action', () => {
    expect(zone().length).toBeGreaterThan(80)
    for (const item of zone()) {
      expect(item.question).toMatch(/conclusion/)
      for (const o of item.options) {
        expect(o.text, item.id).not.toMatch(/^(Start|Give|Arrange|Repeat|Check|Begin|Refer)\b/)
        expect(o.text, item.id).not.toMatch(/guidelines agree|qualifies/i)
      }
      // Hedges and absolutes on both sides: never the lone hedged or lone plain option.
      expect(loneRegister(item), item.id).toBeNull()
      expect(keyMuchLonger(item), item.id).toBe(false)
    }
  })

  it('no foil dismisses the TSAT the question is about', () => {
    for (const item of zone())
      for (const o of distractors(item))
        expect(o.text, item.id).not.toMatch(/better guide|rather than TSAT|than TSAT/i)
  })

  it('the explanation never calls the ferritin "a normal value"; rationales read as sentences', () => {
    for (const item of items('iron-inflammation-ckd')) {
      expect(item.explanation, item.id).not.toMatch(/a normal value/)
      for (const o of item.options) {
        expect(o.rationale, item.id).not.toMatch(
          /when active inflammation, CRP|\(here active inflammation,/
        )
        expect(o.rationale, item.id).not.toMatch(/\(\w[^()]*\(/)
      }
    }
  })
})

describe('P1: lifestyle-alcohol-intake, foils are plausible errors in the key register', () => {
  it('no absurd, nightcap or absolute-only foil; every option plain advice', () => {
    for (const item of items('lifestyle-alcohol-intake')) {
      for (const o of distractors(item))
        expect(o.text, item.id).not.toMatch(/nightcap|liver|alcohol causes RLS|bedtime drink/i)
      for (const o of item.options) {
        expect(count(o.text, HEDGES), `${item.id} ${o.text}`).toBe(0)
        expect(count(o.text, ABSOLUTES), `${item.id} ${o.text}`).toBe(0)
      }
      expect(keyMuchLonger(item), item.id).toBe(false)
    }
    // The key is neither always the longest nor always the shortest.
    const all = items('lifestyle-alcohol-intake')
    const rank = (item: Item, pick: (a: number, b: number) => boolean) =>
      item.options.every((o) => o.correct || pick(keyOf(item).text.length, o.text.length))
    expect(all.filter((i) => rank(i, (k, o) => k > o)).length / all.length).toBeGreaterThan(0.1)
    expect(all.filter((i) => rank(i, (k, o) => k < o)).length / all.length).toBeGreaterThan(0.1)
  })
})

describe('P1/P4: lifestyle-counselling, advice is advice and the foils are different errors', () => {
  const talk = () => items('lifestyle-counselling').filter((i) => itemParam(i, 'topic') !== 'osa')

  it('no option says "the evidence supports" cutting down', () => {
    expect(talk().length).toBeGreaterThan(150)
    for (const item of talk())
      for (const o of item.options) expect(o.text, item.id).not.toMatch(/evidence supports/i)
  })

  it('at most one option claims that alcohol or caffeine causes or triggers RLS', () => {
    for (const item of talk()) {
      const causal = item.options.filter((o) =>
        /(shown that|does|doubles|linked with more|found that) .*(cause|trigger|risk)/i.test(o.text)
      )
      expect(causal.length, item.id).toBeLessThanOrEqual(1)
    }
  })

  it('both registers (advice and evidence) appear in every set; the key is never a lone register', () => {
    // "RLS assessment": read 18 (F1#37) reworded the alcohol "care goes on" key.
    const ADVICE = /^(Cutting|Drinking less|Avoiding|RLS care|The usual RLS care|RLS assessment)/
    for (const item of talk()) {
      const advice = item.options.filter((o) => ADVICE.test(o.text)).length
      expect(advice, item.id).toBeGreaterThanOrEqual(1)
      expect(advice, item.id).toBeLessThan(item.options.length)
      expect(loneRegister(item), item.id).toBeNull()
      expect(keyMuchLonger(item), item.id).toBe(false)
    }
  })

  it('the explanation says each point once: no shared six-word run, no advice restated after a trial key', () => {
    for (const item of items('lifestyle-counselling')) {
      expect(sharedRun(item.explanation), item.id).toBeNull()
      if (keyOf(item).code.endsWith('trial'))
        expect(item.explanation, item.id).not.toMatch(/commonly advised|but it is advice/)
    }
  })
})

describe('P1: augmentation-next-step, every option a two-step plan of one band', () => {
  it('every option has the "…, then …" shape', () => {
    for (const item of items('augmentation-next-step'))
      for (const o of item.options) expect(o.text, item.id).toMatch(/, then /)
  })

  it('the key is not much longer than every foil, and not the longest in most items', () => {
    const all = items('augmentation-next-step')
    let longest = 0
    for (const item of all) {
      expect(keyMuchLonger(item), item.id).toBe(false)
      if (distractors(item).every((o) => keyOf(item).text.length > o.text.length)) longest++
    }
    expect(longest / all.length).toBeLessThan(0.4)
  })
})

describe('P2/P4: iron-normal-ferritin has one defensible answer', () => {
  it('ferritin stays off the laboratory floor and above depleted stores', () => {
    for (const item of items('iron-normal-ferritin')) {
      const f = Number(itemParam(item, 'ferritin'))
      expect(f, item.id).toBeGreaterThanOrEqual(35)
    }
  })

  it('the key rationale does not teach what a foil says, nor lean on a history the stem lacks', () => {
    for (const item of items('iron-normal-ferritin')) {
      expect(keyOf(item).rationale, item.id).not.toMatch(/investigate|menstrual/i)
      for (const o of item.options)
        if (!/period|menstru/i.test(item.stem))
          expect(o.rationale, item.id).not.toMatch(/history confirms|menstrual/i)
      expect(item.exhibits?.[0]?.caption ?? '', item.id).not.toMatch(/reference ranges/)
      expect(item.question, item.id).not.toMatch(/"normal"/)
    }
  })

  it('the shared iron options: no "replace and investigate" foil beside an either-route key at depleted, non-anaemic stores', () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const ferritin = 12 + (seed % 18)
      const { options } = ironOptions(createRng(seed), 'iron-indicated', {
        ferritin,
        tsat: 25,
        hb: '13.1',
        mcv: 88,
        anaemic: false
      })
      expect(
        options.map((o) => o.code),
        `${seed}`
      ).not.toContain('treat-and-investigate-source')
      expect(options).toHaveLength(4)
    }
    // Above depleted stores the foil is still offered (it is wrong there, not defensible).
    const offered = Array.from({ length: 50 }, (_, seed) =>
      ironOptions(createRng(seed), 'iron-indicated', {
        ferritin: 55,
        tsat: 25,
        hb: '13.1',
        mcv: 88,
        anaemic: false
      }).options.map((o) => o.code)
    ).filter((codes) => codes.includes('treat-and-investigate-source'))
    expect(offered.length).toBeGreaterThan(10)
  })
})

describe('P2/P4/P5: iron-child-threshold keeps child and adult thresholds apart', () => {
  it('ferritin is clear of the child cut-off and of the adult ones; no adult cut-off is taught', () => {
    for (const item of items('iron-child-threshold')) {
      const f = Number(itemParam(item, 'fer'))
      expect(Math.abs(f - 50), item.id).toBeGreaterThanOrEqual(6)
      for (const cut of [75, 100]) expect(Math.abs(f - cut), item.id).toBeGreaterThanOrEqual(5)
      expect(item.explanation, item.id).not.toMatch(/adult/i)
    }
  })

  it('without an indication, at most one foil gives iron; haemoglobin is shown as a number', () => {
    const GIVES_IRON = new Set(['child-oral-iron', 'child-iv-iron-first', 'child-iron-regardless'])
    let noIron = 0
    for (const item of items('iron-child-threshold')) {
      const hb = item.exhibits?.[0]?.kind === 'labs' ? item.exhibits[0].rows : []
      const row = hb.find((r) => r.name === 'Haemoglobin')
      expect(row?.value ?? '', item.id).toMatch(/^\d+\.\d$/)
      if (keyOf(item).code !== 'child-no-iron') continue
      noIron++
      expect(
        distractors(item).filter((o) => GIVES_IRON.has(o.code)).length,
        item.id
      ).toBeLessThanOrEqual(1)
    }
    expect(noIron).toBeGreaterThan(80)
  })
})

describe('copy edit (P5): exhibits and vignettes in the iron-case templates', () => {
  it('iron-sampling-conditions: a numeric haemoglobin; no man on a "women\'s health" product', () => {
    for (const item of items('iron-sampling-conditions')) {
      const rows = item.exhibits?.[0]?.kind === 'labs' ? item.exhibits[0].rows : []
      expect(rows.find((r) => r.name === 'Haemoglobin')?.value ?? '', item.id).toMatch(/^\d+\.\d$/)
      if (/\bman\b/.test(item.stem)) expect(item.stem, item.id).not.toMatch(/women's health/)
    }
  })

  it('iron-missed-in-referral-letter: the missed ferritin sits clear of the laboratory floor', () => {
    let ferritinArm = 0
    for (const item of items('iron-missed-in-referral-letter')) {
      if (itemParam(item, 'arm') !== 'ferritin') continue
      ferritinArm++
      expect(Number(itemParam(item, 'fer')), item.id).toBeGreaterThanOrEqual(30)
    }
    expect(ferritinArm).toBeGreaterThan(80)
  })
})

describe('copy edit (P4/P5): recheck, pregnancy and before-drug templates', () => {
  it('iron-recheck-after-oral-course: a plausible rise, a baseline ferritin, no cue line, no recited rule in the anaemia arm', () => {
    // Read 18 (F2#4): starts 3–5 are the higher baselines of the IV-only and replete arms.
    const START: Record<string, number> = { '0': 38, '1': 31, '2': 52, '3': 58, '4': 66, '5': 70 }
    for (const item of items('iron-recheck-after-oral-course')) {
      expect(item.stem, item.id).toMatch(/ferritin (of |then )?\d+ ng\/mL/)
      expect(item.stem, item.id).not.toMatch(/black stools|bowel habit/)
      const arm = itemParam(item, 'arm')
      const fer = Number(itemParam(item, 'fer'))
      if (arm === 'iron-not-indicated')
        expect(fer - START[itemParam(item, 'start')!]!, item.id).toBeLessThanOrEqual(100)
      if (arm === 'treat-and-investigate-source')
        expect(item.explanation, item.id).not.toMatch(/between 75 and 100/)
    }
  })

  it('iron-pregnancy-decision: every option code names its own text family', () => {
    for (const item of items('iron-pregnancy-decision'))
      for (const o of item.options) expect(o.code, item.id).toMatch(/^pregnancy-/)
  })

  it('iron-before-drug-treatment: "whoever suggested it" only when someone did; numeric haemoglobin', () => {
    for (const item of items('iron-before-drug-treatment')) {
      const o = item.options.find((x) => x.code === 'ropinirole-as-asked')
      if (o && !/neighbour/.test(item.stem))
        expect(o.rationale, item.id).not.toMatch(/whoever suggested/)
      const rows = item.exhibits?.[0]?.kind === 'labs' ? item.exhibits[0].rows : []
      for (const r of rows) expect(r.value, item.id).not.toBe('normal')
    }
  })
})

describe('copy edit (P1, mild): lifestyle-sleep-apnoea-and-rls has no extreme wait foil', () => {
  it('no foil waits a year; the sequencing error is written as one', () => {
    for (const item of items('lifestyle-sleep-apnoea-and-rls'))
      for (const o of distractors(item)) expect(o.text, item.id).not.toMatch(/in a year|revisit/i)
  })
})

describe('copy edit (P3): two items of one template do not read the same', () => {
  it('iron-missed-in-referral-letter varies the letter; iron-sampling-conditions varies its explanation', () => {
    const second = new Set(
      items('iron-missed-in-referral-letter').map((i) => i.stem.split('. ')[1]!.split(',')[0])
    )
    expect(second.size).toBeGreaterThanOrEqual(3)
    const gaba = new Set(
      items('iron-missed-in-referral-letter').map((i) => i.stem.match(/despite ([^.]*)\./)?.[1])
    )
    expect(gaba.size).toBeGreaterThanOrEqual(3)
    for (const arm of ['valid', 'invalid']) {
      const openings = new Set(
        items('iron-sampling-conditions')
          .filter((i) => itemParam(i, 'arm') === arm)
          .map((i) => i.explanation.split('. ')[0])
      )
      expect(openings.size, arm).toBeGreaterThanOrEqual(2)
    }
  })
})

// The MAJOR patterns of the read-through of bank 2.5.0 (docs/question-bank.md), each as a property
// of every item the templates concerned produce (300 seeds each), not of the items the reviewer read.
import { describe, expect, it } from 'vitest'
import { ABSOLUTE_CUE } from '../../../questions/check/absolute-cue'
import { ABSOLUTES, HEDGES } from '../../../questions/check/cue-checks'
import { checkStemPresupposition } from '../../../questions/check/stem-presupposition'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import {
  IRON_FACTS,
  MECHANISM_FACTS
} from '../../../questions/templates/clinical/knowledge-mechanism'
import { GENETICS_FACTS } from '../../../questions/templates/clinical/knowledge-genetics'
import { distractors, itemParam, keyOf, loneRegister, templateItems } from './helpers'

const SEEDS = 300

const items = (id: string): Item[] => templateItems(id, SEEDS)

const param = itemParam

const count = (text: string, re: RegExp) =>
  text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))?.length ?? 0

describe('pattern 1: the patient’s question does not give the key away', () => {
  for (const [id, name] of [
    ['knowledge-mechanism', 'asked'],
    ['knowledge-genetics', 'ask']
  ] as const) {
    it(`${id}: each question the patient asks meets at least three different keys`, () => {
      const keysByAsk = new Map<string, Set<string>>()
      for (const item of items(id)) {
        const ask = param(item, name)
        expect(ask, item.id).toBeDefined()
        const set = keysByAsk.get(ask!) ?? new Set<string>()
        set.add(keyOf(item).code)
        keysByAsk.set(ask!, set)
      }
      expect(keysByAsk.size).toBeGreaterThanOrEqual(3)
      for (const [ask, keys] of keysByAsk) expect(keys.size, ask).toBeGreaterThanOrEqual(3)
    })

    it(`${id}: the key is never the only hedged or only absolute-free option, and no straw-man absolutes`, () => {
      for (const item of items(id)) {
        expect(loneRegister(item), item.id).toBeNull()
        for (const o of distractors(item))
          expect(o.text, item.id).not.toMatch(
            /excluded|simply|no more risk|single (common )?(risk )?variant|reliably|account for most/i
          )
      }
    })
  }

  it('every fact is written in one register: its true and false forms carry the same hedges and absolutes', () => {
    for (const f of [...MECHANISM_FACTS, ...IRON_FACTS, ...GENETICS_FACTS]) {
      expect(f.true.length, f.code).toBe(f.false.length)
      f.true.forEach((t, i) => {
        const g = f.false[i]!
        for (const re of [HEDGES, ABSOLUTES, ABSOLUTE_CUE])
          expect([f.code, count(t, re)], `${t} / ${g}`).toEqual([f.code, count(g, re)])
      })
    }
  })
})

const PATTERN_2 = [
  'lifestyle-caffeine-trial',
  'iron-before-drug-treatment',
  'lifestyle-sleep-apnoea-and-rls',
  'lifestyle-counselling'
]

describe('pattern 2: management items not answerable by elimination', () => {
  it('the stem-presupposition gate flags a foil that re-orders a reported test or leans on a missing one', () => {
    const base = items('lifestyle-sleep-apnoea-and-rls').find((i) =>
      /ferritin is \d/i.test(i.stem)
    )!
    const foil = base.options.findIndex((o) => !o.correct)
    const withCheck = base.options.map((o, i) =>
      i === foil ? { ...o, text: 'Check ferritin, TSAT and the drug list before tests' } : o
    )
    expect(checkStemPresupposition({ ...base, options: withCheck }).map((p) => p.check)).toEqual([
      'stem-presupposition'
    ])
    const untested = items('iron-before-drug-treatment').find(
      (i) => param(i, 'arm') === 'untested'
    )!
    const f2 = untested.options.findIndex((o) => !o.correct)
    const leaning = untested.options.map((o, i) =>
      i === f2 ? { ...o, text: 'Offer iron, since the results already qualify for it' } : o
    )
    expect(checkStemPresupposition({ ...untested, options: leaning })).toHaveLength(1)
  })

  it('no template writes a foil that contradicts or presupposes the stem (all templates, 300 seeds)', () => {
    const found: string[] = []
    for (const t of templates)
      for (const p of items(t.id).flatMap(checkStemPresupposition)) found.push(p.message)
    expect(found.slice(0, 5)).toEqual([])
  })

  for (const id of PATTERN_2) {
    it(`${id}: the key is never the only hedged or only absolute-free option, and no straw men`, () => {
      for (const item of items(id)) {
        expect(loneRegister(item), item.id).toBeNull()
        for (const o of distractors(item))
          expect(o.text, item.id).not.toMatch(
            /lifelong|known trigger|without checking|coffee and review|quinine|stress|alone\b|suit both/i
          )
      }
    })
  }

  it('sleep apnoea: at most one foil waits, and the apnoea arm teaches driving advice', () => {
    let osa = 0
    for (const item of items('lifestyle-sleep-apnoea-and-rls')) {
      const waits = distractors(item).filter((o) =>
        /in a year|later\b|next visit|six months/i.test(o.text)
      )
      expect(waits.length, item.id).toBeLessThanOrEqual(1)
      if (param(item, 'arm') === 'osa') {
        osa++
        expect(item.explanation, item.id).toMatch(/\bdriv/i)
        expect(keyOf(item).rationale, item.id).toMatch(/\bdriv/i)
      }
    }
    expect(osa).toBeGreaterThan(50)
  })

  it('lifestyle-counselling: the explanation never says the same sentence twice', () => {
    for (const item of items('lifestyle-counselling')) {
      const lower = item.explanation.toLowerCase()
      const openings = lower.split(/(?<=\.)\s+/).map((s) => s.split(/\s+/).slice(0, 5).join(' '))
      expect(new Set(openings).size, item.id).toBe(openings.length)
      expect(lower.match(/the evidence supports/g)?.length ?? 0, item.id).toBeLessThanOrEqual(1)
    }
  })
})

describe('pattern 3: drug-trigger option sets keep the timing-matched safe drug', () => {
  it('every drug item offers each safe drug its stem names as a recent change (all templates)', () => {
    let checked = 0
    for (const t of templates) {
      for (const item of items(t.id)) {
        const f = item.facts as Record<string, unknown>
        const recent = [
          ...(Array.isArray(f.recentlyChanged) ? (f.recentlyChanged as string[]) : []),
          ...(typeof f.recentSafeChange === 'string' ? [f.recentSafeChange] : [])
        ]
        if (recent.length === 0 || f.kind !== 'drug-which') continue
        checked++
        const codes = item.options.map((o) => o.code)
        for (const g of recent) expect(codes, `${item.id}: ${g}`).toContain(g)
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it('drug-hidden-in-list and otc-pm-sleep-aid: the co-started drug is always among the options', () => {
    for (const item of items('drug-hidden-in-list')) {
      const chg = param(item, 'chg')!
      if (chg !== 'none')
        expect(
          item.options.map((o) => o.code),
          item.id
        ).toContain(chg)
    }
    for (const item of items('otc-pm-sleep-aid')) {
      if (param(item, 'format') !== 'which') continue
      const first = param(item, 'list')!.split('+')[0]!
      const codes = item.options.map((o) => o.code)
      if (first !== '-') expect(codes, item.id).toContain(first)
    }
  })

  it('trigger-otc-bag-review: an active look-alike product is always in the bag', () => {
    for (const item of items('trigger-otc-bag-review')) {
      const active = distractors(item).filter((o) => /acetaminophen/i.test(o.text))
      expect(active.length, item.id).toBeGreaterThanOrEqual(1)
      for (const o of item.options)
        expect(o.rationale).not.toMatch(/capsules[^.]*, and it contains/)
    }
  })

  it('trigger-seasonal-antihistamine: a safe drug taken in the same season is always offered', () => {
    for (const item of items('trigger-seasonal-antihistamine')) {
      const seasonal = distractors(item).filter((o) =>
        new RegExp(`${o.code}[^,]*in the pollen season`, 'i').test(item.stem)
      )
      expect(seasonal.length, item.id).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('pattern 4: iron-inflammation-ckd asks for the route where it keys a route', () => {
  it('IV arm: a route lead-in, daily oral iron as the wrong route, source-search only with TSAT ≥20%', () => {
    let iv = 0
    for (const item of items('iron-inflammation-ckd')) {
      if (param(item, 'variant') !== 'iv') continue
      iv++
      const codes = item.options.map((o) => o.code)
      // Read 7 (P5): the lead-in asks for the iron plan, as two options are not routes.
      expect(item.question, item.id).toMatch(/plan|what should be done/i)
      expect(keyOf(item).code).toBe('iv-iron-only')
      expect(codes, item.id).toContain('oral-iron-daily')
      expect(codes, item.id).not.toContain('iron-indicated')
      if (Number(param(item, 'tsat')) < 20)
        expect(codes, item.id).not.toContain('treat-and-investigate-source')
      for (const o of item.options) expect(o.rationale, item.id).toMatch(/^(Correct|Incorrect):/)
    }
    expect(iv).toBeGreaterThan(50)
  })

  it('pronouns follow the patient’s sex in every option', () => {
    for (const item of items('iron-inflammation-ckd')) {
      const male = param(item, 'sex') === 'male'
      for (const o of item.options)
        expect(o.text, item.id).not.toMatch(male ? /\b(her|she)\b/i : /\b(him|he|his)\b/i)
    }
  })
})

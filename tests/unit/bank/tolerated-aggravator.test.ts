// Read 21 (P2): a long-standing antidepressant listed beside the culprit in the which-drug
// templates that opt in (questions/templates/kit/tolerated.ts) and in hospital-antiemetic, which
// draws one with the same kit (read 22), so "the drug acting on the brain
// that is not the α2δ ligand" no longer finds the key without RLS knowledge. Each check is a
// property of every item over the seeds, not of the items drawn.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { checkDrugRules } from '../../../questions/check/drug-checks'
import { classOf } from '../../../questions/templates/kit/meds'
import { TOLERATED_MIN_YEARS, TOLERATED_SHARE } from '../../../questions/templates/kit/tolerated'
import { templateItems } from './helpers'

const OPTED_IN = [
  'trigger-chemotherapy-antiemetic',
  'trigger-antiemetic-for-vertigo',
  'trigger-antihistamine-for-dialysis-itch',
  'trigger-antiemetic-diabetic-gastroparesis',
  'trigger-ward-night-sedation',
  'trigger-seasonal-antihistamine',
  'trigger-travel-sedative',
  'trigger-antiemetic-early-pregnancy',
  'hospital-antiemetic'
]
const SEEDS = 300
const ANTIDEPRESSANT = new Set(['ssri', 'snri', 'mirtazapine'])

interface ToleratedFacts {
  aggravator: string
  toleratedAggravator?: string
  toleratedYears?: number
  medications?: string[]
}
const facts = (item: Item) => item.facts as unknown as ToleratedFacts
const withTolerated = (items: Item[]) => items.filter((it) => facts(it).toleratedAggravator)

describe('a tolerated aggravator in the opted-in which-drug templates', () => {
  for (const id of OPTED_IN) {
    const items = templateItems(id, SEEDS)
    const listed = withTolerated(items)

    it(`${id}: listed in about ${100 * TOLERATED_SHARE}% of items, never in the key's group`, () => {
      const share = listed.length / items.length
      expect(share).toBeGreaterThan(TOLERATED_SHARE - 0.12)
      expect(share).toBeLessThan(TOLERATED_SHARE + 0.12)
      for (const item of listed) {
        const f = facts(item)
        const tol = f.toleratedAggravator ?? ''
        expect(ANTIDEPRESSANT.has(classOf(tol)), `${item.id}: ${tol}`).toBe(true)
        expect(ANTIDEPRESSANT.has(classOf(f.aggravator)), item.id).toBe(false)
        expect(f.medications, item.id).toContain(tol)
        expect(item.options.map((o) => o.code)).toContain(tol)
        expect(f.toleratedYears ?? 0, item.id).toBeGreaterThanOrEqual(TOLERATED_MIN_YEARS)
      }
    })

    it(`${id}: its rationale gives the class, the years and the culprit; the explanation names it`, () => {
      for (const item of listed) {
        const f = facts(item)
        const option = item.options.find((o) => o.code === f.toleratedAggravator)
        expect(option?.correct, item.id).toBe(false)
        expect(option?.rationale, item.id).toMatch(/can aggravate RLS too/)
        expect(option?.rationale, item.id).toContain(`${f.toleratedYears} years`)
        expect(option?.rationale, item.id).toContain(f.aggravator)
        expect(item.explanation.toLowerCase(), item.id).toContain(f.toleratedAggravator)
        // The gate also holds the explanation to never clearing every other drug beside it.
        expect(checkDrugRules(item), item.id).toEqual([])
      }
    })

    it(`${id}: the pharmacology guess is halved where one is listed`, () => {
      // Options acting on the brain that are not α2δ ligands: the key and the tolerated drug.
      for (const item of listed) {
        const candidates = item.options.filter(
          (o) => o.code === facts(item).aggravator || o.code === facts(item).toleratedAggravator
        )
        expect(candidates.length, item.id).toBe(2)
      }
    })
  }

  it('a template that does not opt in never lists one', () => {
    for (const id of ['trigger-dated-medication-review', 'trigger-ssri-after-delivery'])
      expect(withTolerated(templateItems(id, SEEDS)), id).toEqual([])
  })
})

describe('the drug gate holds a forged tolerated item to its rules', () => {
  const item = withTolerated(templateItems('trigger-antiemetic-for-vertigo', 60))[0] as Item
  const tol = facts(item).toleratedAggravator ?? ''
  const checks = (forged: Item) => checkDrugRules(forged).map((p) => p.check)

  it('without the facts, a second aggravator is flagged', () => {
    const { toleratedAggravator: _t, toleratedYears: _y, ...rest } = facts(item)
    const forged = { ...item, facts: rest } as unknown as Item
    expect(checks(forged)).toContain('one-aggravator')
    expect(checks(forged)).toContain('drug-distractor')
  })

  it('a rationale without the timeline, or too few years, is flagged', () => {
    const options = item.options.map((o) =>
      o.code === tol ? { ...o, rationale: `${o.rationale.split(',')[0]}.` } : o
    )
    expect(checks({ ...item, options })).toContain('tolerated')
    const young = { ...item, facts: { ...item.facts, toleratedYears: 1 } } as Item
    expect(checks(young)).toContain('tolerated')
  })

  it('an explanation that clears every other drug is flagged', () => {
    const explanation = `${item.explanation} None of the other medicines is a recognised aggravator.`
    expect(checks({ ...item, explanation })).toContain('tolerated')
  })
})

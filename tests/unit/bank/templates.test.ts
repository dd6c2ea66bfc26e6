// Every template in the registry, whoever wrote it, over the gates' 1,000 seeds. The assertions
// are properties of the registry, not hard-coded counts, so they hold as templates are added.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  CHECK_SEEDS,
  MIN_DISTINCT_ITEMS,
  MIN_TEMPLATE_DISTINCT,
  type BankReport
} from '../../../questions/check/index'
import { templates } from '../../../questions/templates/index'
import { fullReport } from './helpers'

let report: BankReport
beforeAll(() => {
  report = fullReport()
})

const problemsOf = (check: string) => report.problems.filter((p) => p.check === check)
const show = (check: string) =>
  problemsOf(check)
    .slice(0, 5)
    .map((p) => `${p.itemId ?? p.template ?? ''}: ${p.message}`)

describe('the bank over the registry', () => {
  it('has unique template ids and families 1–12 named as strings', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length)
    for (const t of templates) expect(Number(t.family)).toBeGreaterThanOrEqual(1)
  })

  it(`every template generates ${CHECK_SEEDS} seeds without throwing`, () => {
    expect(show('generate')).toEqual([])
  })

  it('every template yields enough distinct items, and equal ids always mean equal content', () => {
    for (const t of report.templates)
      expect(t.distinct, t.id).toBeGreaterThanOrEqual(MIN_TEMPLATE_DISTINCT)
    expect(show('stable-id')).toEqual([])
    expect(show('template')).toEqual([])
  })

  it(`holds at least ${MIN_DISTINCT_ITEMS} distinct items overall`, () => {
    console.info(
      `bank: ${report.distinctItems} distinct items over ${report.templates.length} templates`
    )
    expect(report.distinctItems).toBeGreaterThanOrEqual(MIN_DISTINCT_ITEMS)
  })

  for (const check of [
    'option-count',
    'option-letters',
    'one-correct',
    'unique-text',
    'unique-code',
    'option-code',
    'all-none',
    'rationale',
    'references',
    'claims',
    'fields',
    'version',
    'section',
    'difficulty',
    'seconds'
  ]) {
    it(`gate "${check}" passes for every item`, () => {
      expect(show(check)).toEqual([])
    })
  }

  it('every source claim M1 … P3 is tested by an item or discussed in an explanation', () => {
    expect(report.coverage.filter((c) => c.status === 'missing').map((c) => c.claim)).toEqual([])
  })
})

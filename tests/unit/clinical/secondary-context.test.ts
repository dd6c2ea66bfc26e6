import { describe, expect, it } from 'vitest'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'
import { secondaryContext } from '../../../questions/templates/clinical/secondary-context'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

const IRON_CODES = [
  'iron-indicated',
  'iv-iron-only',
  'iron-not-indicated',
  'treat-and-investigate-source'
]
// Written from the brief (§1 S1, S3), not from the template: what each context item may key.
const CONTEXT_KEYS: Record<string, string[]> = {
  esrd: [
    'esrd-established-context',
    'one-in-five',
    'renal-iron-protocols',
    'uraemia-not-exclusion',
    // §5: RLS is a clinical diagnosis, on dialysis as elsewhere (read 7 dropped "persists on
    // dialysis", which the stem itself shows).
    'diagnosed-by-criteria'
  ],
  pregnancy: [
    'pregnancy-resolves-after-delivery',
    'third-trimester',
    'pregnancy-common',
    'diagnosable-in-pregnancy',
    'established-context'
  ]
}

describe('family 9: secondary contexts', () => {
  const ds = drafts(secondaryContext)
  it('is well formed', () => {
    for (const d of ds) expectWellFormed(d)
  })
  it('keys each context correctly, iron-deficiency anaemia via the iron rule', () => {
    for (const d of ds) {
      const ctx = String(d.facts.context)
      if (ctx === 'ida') expect(correct(d)).toBe(recomputeIronCode(d.facts as unknown as IronFacts))
      else {
        expect(CONTEXT_KEYS[ctx]).toContain(correct(d))
        for (const o of d.options.filter((x) => !x.correct)) expect(o.code).toMatch(/^not-/)
      }
    }
  })
  it('keeps dialysis patients out of the adult iron rule', () => {
    const esrd = ds.filter((d) => d.facts.context === 'esrd')
    expect(esrd.length).toBeGreaterThan(250)
    for (const d of esrd) {
      expect(d.facts.dialysis).toBe(true)
      expect(() => recomputeIronCode(d.facts as unknown as IronFacts)).toThrow()
      for (const o of d.options) expect(IRON_CODES).not.toContain(o.code)
    }
  })
  // Read 9 (P7): the gestation now decides the key, so a second-trimester arm (16–24 weeks) asks
  // how the symptoms will build; the near-term arm (34–38 weeks) how they will settle.
  it('pregnancy items are second trimester or near term, keyed by it; all three contexts appear', () => {
    for (const d of ds.filter((x) => x.facts.context === 'pregnancy')) {
      const weeks = d.facts.gestationWeeks as number
      expect(weeks < 14 || (weeks > 24 && weeks < 34)).toBe(false)
      expect(correct(d)).toBe(weeks <= 24 ? 'third-trimester' : 'pregnancy-resolves-after-delivery')
      expect(d.facts.sex).toBe('female')
    }
    expect(new Set(ds.map((d) => d.facts.context))).toEqual(new Set(['esrd', 'pregnancy', 'ida']))
  })
  it('is varied and original', () => {
    expect(distinctIds(ds)).toBeGreaterThan(900)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

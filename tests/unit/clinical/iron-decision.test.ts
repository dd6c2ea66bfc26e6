import { describe, expect, it } from 'vitest'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'
import { ironDecision } from '../../../questions/templates/clinical/iron-decision'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

describe('family 6: iron decision', () => {
  const ds = drafts(ironDecision)
  it('every draft is a well-formed single-best-answer item', () => {
    for (const d of ds) expectWellFormed(d)
  })
  it('the key matches the independent iron rule', () => {
    for (const d of ds) {
      const facts = d.facts as unknown as IronFacts
      expect(facts.population).toBe('adult')
      expect(facts.dialysis).toBe(false)
      expect(correct(d)).toBe(recomputeIronCode(facts))
    }
  })
  it('covers all four bands, and TSAT-only qualification, many times each', () => {
    const counts = new Map<string, number>()
    for (const d of ds) counts.set(correct(d), (counts.get(correct(d)) ?? 0) + 1)
    for (const code of [
      'iron-indicated',
      'iv-iron-only',
      'iron-not-indicated',
      'treat-and-investigate-source'
    ])
      expect(counts.get(code) ?? 0).toBeGreaterThan(100)
    const tsatOnly = ds.filter((d) => {
      const f = d.facts as unknown as IronFacts
      return f.labs.ferritinNgMl > 75 && f.labs.tsatPercent < 20
    })
    expect(tsatOnly.length).toBeGreaterThan(30)
  })
  it('yields hundreds of distinct items and copies no run of the source', () => {
    expect(distinctIds(ds)).toBeGreaterThan(900)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

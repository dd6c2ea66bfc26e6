import { describe, expect, it } from 'vitest'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'
import { ironInflammation } from '../../../questions/templates/clinical/iron-inflammation'
import { ironNormalFerritin } from '../../../questions/templates/clinical/iron-normal-ferritin'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

describe('family 7: lab-"normal" ferritin', () => {
  const ds = drafts(ironNormalFerritin)
  it('is well formed and keyed by the independent rule', () => {
    for (const d of ds) {
      expectWellFormed(d)
      expect(correct(d)).toBe(recomputeIronCode(d.facts as unknown as IronFacts))
    }
  })
  it('every ferritin is inside the lab range yet within the RLS iron bands', () => {
    for (const d of ds) {
      const f = d.facts as unknown as IronFacts & { sex: string }
      const low = f.sex === 'female' ? 20 : 15
      expect(f.labs.ferritinNgMl).toBeGreaterThanOrEqual(low)
      expect(f.labs.ferritinNgMl).toBeLessThanOrEqual(100)
      expect(f.labs.tsatPercent).toBeGreaterThanOrEqual(20)
    }
    const codes = new Set(ds.map(correct))
    expect(codes).toEqual(new Set(['iron-indicated', 'iv-iron-only']))
  })
  it('is varied and original', () => {
    expect(distinctIds(ds)).toBeGreaterThan(900)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

describe('family 8: inflammation or CKD', () => {
  const ds = drafts(ironInflammation)
  const inZone = (d: (typeof ds)[number]) => {
    const f = d.facts as unknown as IronFacts
    return f.labs.ferritinNgMl > 100 && f.labs.tsatPercent < 20
  }
  it('is well formed; route items are keyed by the independent rule', () => {
    for (const d of ds) {
      expectWellFormed(d)
      if (!inZone(d)) expect(correct(d)).toBe(recomputeIronCode(d.facts as unknown as IronFacts))
    }
  })
  it('never keys a route or an indication where the guidelines disagree (ferritin >100, TSAT <20%)', () => {
    const zone = ds.filter(inZone)
    expect(zone.length).toBeGreaterThan(250)
    for (const d of zone) {
      expect(correct(d)).toBe('deficiency-not-excluded')
      for (const o of d.options)
        expect(['iron-indicated', 'iv-iron-only', 'iron-not-indicated']).not.toContain(o.code)
      expect(() => recomputeIronCode(d.facts as unknown as IronFacts)).toThrow(/disagree/)
    }
  })
  it('with ferritin ≤100 and inflammation, IV iron is keyed; all three contexts appear', () => {
    const iv = ds.filter((d) => (d.facts as unknown as IronFacts).labs.ferritinNgMl <= 100)
    expect(iv.length).toBeGreaterThan(250)
    for (const d of iv) expect(correct(d)).toBe('iv-iron-only')
    expect(ds.some((d) => correct(d) === 'iron-not-indicated')).toBe(true)
    expect(new Set(ds.map((d) => d.facts.context)).size).toBe(3)
  })
  it('is varied and original', () => {
    expect(distinctIds(ds)).toBeGreaterThan(900)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

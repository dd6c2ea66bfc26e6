import { describe, expect, it } from 'vitest'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'

const normalCount = { haemoglobinGdL: 13.8, mcvFl: 88, sex: 'female' as const }
const facts = (
  ferritinNgMl: number,
  tsatPercent: number,
  extra: Partial<IronFacts> = {}
): IronFacts => ({
  labs: { ferritinNgMl, tsatPercent },
  population: 'adult',
  dialysis: false,
  anaemia: normalCount,
  ...extra
})

describe('recomputeIronCode (brief §3, adults not on dialysis)', () => {
  it('ferritin boundary 75/76 with normal TSAT', () => {
    expect(recomputeIronCode(facts(75, 25))).toBe('iron-indicated')
    expect(recomputeIronCode(facts(76, 25))).toBe('iv-iron-only')
  })
  it('ferritin boundary 100/101 with normal TSAT', () => {
    expect(recomputeIronCode(facts(100, 25))).toBe('iv-iron-only')
    expect(recomputeIronCode(facts(101, 25))).toBe('iron-not-indicated')
  })
  it('refuses the disagreement zone (ferritin >100 with TSAT <20%) and applies the 45% ceiling', () => {
    expect(() => recomputeIronCode(facts(150, 19))).toThrow(/disagree/)
    expect(recomputeIronCode(facts(150, 20))).toBe('iron-not-indicated')
    expect(recomputeIronCode(facts(40, 45))).toBe('iron-not-indicated')
    expect(recomputeIronCode(facts(40, 44))).toBe('iron-indicated')
  })
  it('with inflammation, IV iron is the route when ferritin is ≤100', () => {
    expect(recomputeIronCode({ ...facts(60, 15), inflammation: true })).toBe('iv-iron-only')
    expect(recomputeIronCode({ ...facts(90, 25), inflammation: true })).toBe('iv-iron-only')
    expect(recomputeIronCode({ ...facts(150, 25), inflammation: true })).toBe('iron-not-indicated')
  })
  it('TSAT boundary 19/20 decides when ferritin is 76–100', () => {
    expect(recomputeIronCode(facts(90, 19))).toBe('iron-indicated')
    expect(recomputeIronCode(facts(90, 20))).toBe('iv-iron-only')
    expect(recomputeIronCode(facts(19.9 + 80, 19.9))).toBe('iron-indicated')
  })
  it('low ferritin qualifies whatever the TSAT', () => {
    expect(recomputeIronCode(facts(38, 35))).toBe('iron-indicated')
  })
  it('frank iron-deficiency anaemia: treat and investigate the source', () => {
    const anaemic = { haemoglobinGdL: 9.8, mcvFl: 72, sex: 'male' as const }
    expect(recomputeIronCode(facts(12, 8, { anaemia: anaemic }))).toBe(
      'treat-and-investigate-source'
    )
  })
  it('anaemia thresholds are sex-specific (WHO 12 women / 13 men)', () => {
    const man = (hb: number) => ({ haemoglobinGdL: hb, mcvFl: 76, sex: 'male' as const })
    const woman = (hb: number) => ({ haemoglobinGdL: hb, mcvFl: 76, sex: 'female' as const })
    expect(recomputeIronCode(facts(10, 8, { anaemia: man(12.9) }))).toBe(
      'treat-and-investigate-source'
    )
    expect(recomputeIronCode(facts(10, 8, { anaemia: man(13) }))).toBe('iron-indicated')
    expect(recomputeIronCode(facts(10, 8, { anaemia: woman(11.9) }))).toBe(
      'treat-and-investigate-source'
    )
    expect(recomputeIronCode(facts(10, 8, { anaemia: woman(12) }))).toBe('iron-indicated')
  })
  it('anaemia with replete iron is not iron-deficiency anaemia', () => {
    const anaemic = { haemoglobinGdL: 10.5, mcvFl: 90, sex: 'female' as const }
    expect(recomputeIronCode(facts(160, 28, { anaemia: anaemic }))).toBe('iron-not-indicated')
    expect(recomputeIronCode(facts(50, 28, { anaemia: anaemic }))).toBe('iron-indicated')
  })
  it('without a blood count the thresholds alone decide', () => {
    expect(
      recomputeIronCode({
        labs: { ferritinNgMl: 12, tsatPercent: 8 },
        population: 'adult',
        dialysis: false
      })
    ).toBe('iron-indicated')
  })
  it('refuses dialysis and children: those follow other rules', () => {
    expect(() => recomputeIronCode(facts(150, 15, { dialysis: true }))).toThrow(/dialysis/)
    expect(() => recomputeIronCode(facts(40, 25, { population: 'child' }))).toThrow(/children/)
    expect(() => recomputeIronCode(facts(Number.NaN, 25))).toThrow()
  })
})

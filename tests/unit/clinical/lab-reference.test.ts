// The lab-values panel's numbers are the course's numbers: its adult cut-offs give the same keys
// as the gates' independent iron rule on both sides of each, its population cut-offs are the
// ones the iron templates key, and its intervals flag values the way a laboratory does.
import { describe, expect, it } from 'vitest'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'
import {
  ADULT_IRON,
  CHILD_FERRITIN_BELOW,
  DIALYSIS_IRON,
  IRON_THRESHOLDS,
  LAB_REFERENCES,
  PREGNANCY_FERRITIN_BELOW,
  describeIntervals,
  formatInterval,
  labFlag,
  labInterval,
  referenceById
} from '../../../questions/content'
import { CHILD_FERRITIN_CUTOFF } from '../../../questions/templates/iron-cases/child-iron'
import {
  DIALYSIS_FERRITIN_BELOW,
  DIALYSIS_TSAT_BELOW
} from '../../../questions/templates/iron-cases/dialysis-iron'
import { PREGNANCY_FERRITIN_CUTOFF } from '../../../questions/templates/iron-cases/pregnancy-iron'

const adult = (ferritinNgMl: number, tsatPercent: number, inflammation = false): IronFacts => ({
  labs: { ferritinNgMl, tsatPercent },
  population: 'adult',
  dialysis: false,
  inflammation
})

describe('the panel and the iron rule agree (adults, not on dialysis)', () => {
  const {
    ferritinAnyRouteMax: any,
    ferritinIvOnlyMax: iv,
    tsatLowBelow: low,
    tsatCeiling
  } = ADULT_IRON
  it('iron indicated at the ferritin cut-off, IV only just above it', () => {
    expect(recomputeIronCode(adult(any, low + 5))).toBe('iron-indicated')
    expect(recomputeIronCode(adult(any + 1, low + 5))).toBe('iv-iron-only')
  })
  it('IV only up to the upper cut-off, not indicated above it', () => {
    expect(recomputeIronCode(adult(iv, low))).toBe('iv-iron-only')
    expect(recomputeIronCode(adult(iv + 1, low))).toBe('iron-not-indicated')
  })
  it('a TSAT below the cut-off indicates iron; the ceiling withholds it', () => {
    expect(recomputeIronCode(adult(any + 10, low - 1))).toBe('iron-indicated')
    expect(recomputeIronCode(adult(40, tsatCeiling - 1))).toBe('iron-indicated')
    expect(recomputeIronCode(adult(40, tsatCeiling))).toBe('iron-not-indicated')
  })
  it('with inflammation, IV iron up to the upper cut-off', () => {
    expect(recomputeIronCode(adult(40, low + 5, true))).toBe('iv-iron-only')
    expect(recomputeIronCode(adult(iv, low + 5, true))).toBe('iv-iron-only')
  })
  it('the disagreement zone is named, not keyed', () => {
    expect(() => recomputeIronCode(adult(iv + 1, low - 1))).toThrow(/disagree/)
    const rows = IRON_THRESHOLDS[0]!.rules.map((r) => r.finding + ' ' + r.meaning).join('\n')
    expect(rows).toContain(`Ferritin >${iv} ng/mL with TSAT <${low}%`)
    expect(rows).toMatch(/disagree/)
  })
})

describe('population cut-offs are the ones the templates key', () => {
  it('children, pregnancy and dialysis', () => {
    expect(CHILD_FERRITIN_BELOW).toBe(CHILD_FERRITIN_CUTOFF)
    expect(PREGNANCY_FERRITIN_BELOW).toBe(PREGNANCY_FERRITIN_CUTOFF)
    expect(DIALYSIS_IRON).toEqual({
      ferritinBelow: DIALYSIS_FERRITIN_BELOW,
      tsatBelow: DIALYSIS_TSAT_BELOW
    })
    const text = IRON_THRESHOLDS.map(
      (t) => `${t.population}: ${t.rules.map((r) => r.finding).join('; ')}`
    )
    expect(text).toContain(`Children: Ferritin <${CHILD_FERRITIN_CUTOFF} ng/mL`)
    expect(text).toContain(`Pregnancy: Ferritin <${PREGNANCY_FERRITIN_CUTOFF} ng/mL`)
    expect(text).toContain(
      `Kidney failure on haemodialysis: Ferritin <${DIALYSIS_FERRITIN_BELOW} ng/mL and TSAT <${DIALYSIS_TSAT_BELOW}%`
    )
  })
  it('every source the panel cites is in the reference list', () => {
    for (const t of IRON_THRESHOLDS)
      for (const id of t.references) expect(referenceById.has(id)).toBe(true)
  })
})

describe('laboratory intervals', () => {
  it('flag low and high outside the interval and nothing at its limits', () => {
    const women = labInterval('ferritin', 'female')
    expect(labFlag(19, women)).toBe('low')
    expect(labFlag(20, women)).toBeNull()
    expect(labFlag(200, women)).toBeNull()
    expect(labFlag(201, women)).toBe('high')
    // The pitfall the course teaches: a ferritin of 38 is "normal" to the laboratory.
    expect(labFlag(38, women)).toBeNull()
    expect(labFlag(6, labInterval('crp'))).toBe('high')
    expect(labFlag(60, labInterval('egfr'))).toBe('low')
  })
  it('fall back to the group a laboratory would use', () => {
    expect(labInterval('haemoglobin', 'pregnancy')).toEqual({
      group: 'pregnancy',
      low: 11,
      high: null
    })
    expect(labInterval('ferritin', 'pregnancy').group).toBe('female')
    expect(labInterval('mcv', 'child').group).toBe('adult')
    expect(() => labInterval('nope' as never)).toThrow(/unknown/)
  })
  it('print the way a laboratory prints them', () => {
    expect(formatInterval({ group: 'adult', low: 20, high: 50 })).toBe('20–50')
    expect(formatInterval({ group: 'adult', low: null, high: 5 })).toBe('<5')
    expect(formatInterval({ group: 'adult', low: 90, high: null })).toBe('≥90')
    const ferritin = LAB_REFERENCES.find((l) => l.id === 'ferritin')!
    expect(describeIntervals(ferritin)).toBe('20–200 (women), 15–400 (men), 15–150 (children)')
  })
  it('include the tests the course uses, each once, each with a unit', () => {
    const ids = LAB_REFERENCES.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ['ferritin', 'tsat', 'haemoglobin', 'crp', 'egfr'] as const)
      expect(ids).toContain(id)
    for (const l of LAB_REFERENCES) expect(l.unit.length).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from 'vitest'
import type { Presentation } from '../../../questions/content/mimics'
import { rlsVsMimic } from '../../../questions/templates/clinical/rls-vs-mimic'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

// The brief's §4 discriminating features as rules, written independently of questions/content.
function classify(p: Presentation): string {
  const allFive =
    p.urgeToMove && p.restProvoked && p.relief === 'sustained-movement' && p.eveningPredominant
  if (allFive && p.distribution === 'legs' && !p.sensorySigns && p.trigger === 'none') return 'rls'
  if (p.trigger === 'new-d2-blocker' && p.distribution === 'whole-body') return 'akathisia'
  if (p.relief === 'stretching') return 'leg-cramps'
  if (p.relief === 'position-change') return 'positional-discomfort'
  if (p.trigger === 'walking' && p.relief === 'rest') return 'arterial-claudication'
  if (p.relief === 'elevation') return 'venous-stasis'
  if (p.sensorySigns && p.relief === 'none' && p.distribution === 'stocking')
    return 'peripheral-neuropathy'
  if (p.distribution === 'joints' && p.trigger === 'weight-bearing') return 'arthritis-myalgia'
  if (!p.discomfort && !p.urgeToMove) return 'habitual-foot-tapping'
  return 'unclassified'
}

describe('family 10: RLS versus a mimic', () => {
  const ds = drafts(rlsVsMimic)
  it('is well formed', () => {
    for (const d of ds) expectWellFormed(d)
  })
  it('the key is the diagnosis the discriminating feature points to', () => {
    for (const d of ds) expect(correct(d)).toBe(classify(d.facts.presentation as Presentation))
  })
  it('runs in both directions and keys every mimic', () => {
    const keys = new Set(ds.map(correct))
    expect(keys.has('rls')).toBe(true)
    for (const id of [
      'leg-cramps',
      'positional-discomfort',
      'akathisia',
      'peripheral-neuropathy',
      'venous-stasis',
      'arterial-claudication'
    ])
      expect(keys.has(id), id).toBe(true)
    const mimicKeyed = ds.filter((d) => correct(d) !== 'rls')
    for (const d of mimicKeyed) expect(d.options.some((o) => o.code === 'rls')).toBe(true)
    expect(ds.filter((d) => correct(d) === 'rls').length).toBeGreaterThan(250)
  })
  it('a D2 blocker appears only in akathisia stems', () => {
    for (const d of ds) {
      const mentions = /haloperidol|risperidone|metoclopramide/.test(d.stem)
      expect(mentions).toBe(correct(d) === 'akathisia')
    }
  })
  it('is varied and original', () => {
    expect(distinctIds(ds)).toBeGreaterThan(700)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

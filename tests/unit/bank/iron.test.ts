import { beforeAll, describe, expect, it } from 'vitest'
import { isIronItem, type BankReport } from '../../../questions/check/index'
import { recomputeIronCode, type IronFacts } from '../../../questions/check/iron-rule'
import { generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'
import { fullReport } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

describe('iron keys', () => {
  let report: BankReport
  beforeAll(() => {
    report = fullReport()
  })

  it('every iron item agrees with the independent rule (gate "iron-key")', () => {
    expect(report.problems.filter((p) => p.check === 'iron-key').slice(0, 5)).toEqual([])
  })

  it('iron items carry adult, non-dialysis facts, and the four codes are all keyed somewhere', () => {
    const keyed = new Set<string>()
    for (const t of templates) {
      for (let s = 0; s < 300; s++) {
        const it = generateItem(t, s, rlsCausesCourse)
        if (!isIronItem(it)) continue
        const f = it.facts as unknown as IronFacts
        expect(f.population).toBe('adult')
        expect(f.dialysis).toBe(false)
        const key = it.options.find((o) => o.correct)?.code
        expect(recomputeIronCode(f)).toBe(key)
        keyed.add(key ?? '')
      }
    }
    // Only meaningful once the iron families are registered.
    if (keyed.size > 0) {
      expect([...keyed].sort()).toEqual(
        [
          'iron-indicated',
          'iron-not-indicated',
          'iv-iron-only',
          'treat-and-investigate-source'
        ].sort()
      )
    }
  })
})

// The most-steps strategy (cue-checks.ts, read 20 §6): "the option that does the most".
import { describe, expect, it } from 'vitest'
import {
  cueFailures,
  cueFigures,
  planSteps,
  strategyCredit
} from '../../../questions/check/cue-checks'
import { optionsItem as item } from './helpers'

describe('planSteps', () => {
  it('counts each part of a plan that opens with an action or a follow-up', () => {
    expect(planSteps('Start iron tablets and recheck the ferritin later in pregnancy')).toBe(2)
    expect(planSteps('Begin oral iron, with a repeat ferritin later on')).toBe(2)
    expect(planSteps('Advise easing off late in the day, then review')).toBe(2)
    expect(planSteps('Book apnoea testing; start pramipexole meanwhile')).toBe(2)
  })
  it('counts one step for a single action, whatever its qualifiers', () => {
    expect(planSteps('Rely on the non-drug measures, as her stores suffice')).toBe(1)
    expect(planSteps('Urge cutting down on health grounds, whatever the RLS')).toBe(1)
    expect(planSteps('Check ferritin and TSAT')).toBe(1)
  })
  it('counts none in a drug name, a regimen or a statement', () => {
    expect(planSteps('Metoclopramide 5 mg before meals')).toBe(0)
    expect(planSteps('RLS is diagnosed from the history against the five IRLSSG criteria')).toBe(0)
  })
})

describe('the most-steps strategy', () => {
  const texts = [
    'Start oral iron and recheck in twelve weeks',
    'Prescribe gabapentin in the evenings',
    'Offer a sedating antihistamine at night',
    'Refer to paediatric rheumatology'
  ]
  it('credits the option with the most steps', () => {
    expect(strategyCredit(item(texts, 0), 'most-steps')).toBe(1)
    expect(strategyCredit(item(texts, 1), 'most-steps')).toBe(0)
  })
  it('fails a template whose key is always the two-step plan, passes one that varies', () => {
    expect(cueFailures(cueFigures([0, 0, 0, 0].map((k) => item(texts, k))))).toContain('most-steps')
    const even = [0, 1, 2, 3].map((k) => item(texts, k))
    expect(cueFigures(even).scores['most-steps']).toBeCloseTo(25, 6)
  })
})

import { describe, expect, it } from 'vitest'
import { clinicalTemplates } from '../../../questions/templates/clinical/index'
import { knowledgeDiagnosis } from '../../../questions/templates/clinical/knowledge-diagnosis'
import { knowledgeEpidemiology } from '../../../questions/templates/clinical/knowledge-epidemiology'
import { knowledgeGenetics } from '../../../questions/templates/clinical/knowledge-genetics'
import { knowledgeMechanism } from '../../../questions/templates/clinical/knowledge-mechanism'
import { lifestyleCounselling } from '../../../questions/templates/clinical/lifestyle-counselling'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

// Keys written from the brief's safe forms (L1–L3, G2/G3, M1/M4, P3, §5), not from the templates.
const COUNSEL_KEY: Record<string, string> = {
  alcohol: 'alcohol-limit-advice',
  caffeine: 'caffeine-advice-not-cause',
  osa: 'address-osa-alongside'
}
const GENETICS_KEY: Record<string, string> = {
  variants: 'common-variants',
  family: 'family-history-early-onset'
}
const MECHANISM_KEY: Record<string, string> = {
  mechanism: 'brain-iron-altered-dopamine',
  'serum-vs-brain': 'cns-iron-can-be-low'
}
const ALL_CRITERIA = ['urge', 'rest', 'relief', 'evening', 'not-explained']

describe('family 11: counselling', () => {
  const ds = drafts(lifestyleCounselling)
  it('is well formed, keyed to the safe framing, never calls alcohol/caffeine/OSA a cause', () => {
    for (const d of ds) {
      expectWellFormed(d)
      expect(correct(d)).toBe(COUNSEL_KEY[String(d.facts.topic)])
      const key = d.options.find((o) => o.correct)
      expect(key?.text).toMatch(/not been shown|no link|alongside/)
      expect(key?.text).not.toMatch(/\bcure\b/i)
    }
    expect(new Set(ds.map((d) => d.facts.topic)).size).toBe(3)
  })
  it('is varied and original', () => {
    expect(distinctIds(ds)).toBeGreaterThan(900)
    for (const d of ds.slice(0, 200)) expect(copiedRun(d)).toBeNull()
  })
})

describe('family 12: knowledge in safe forms', () => {
  const gen = drafts(knowledgeGenetics)
  const mech = drafts(knowledgeMechanism)
  const epi = drafts(knowledgeEpidemiology)
  const dx = drafts(knowledgeDiagnosis)
  it('every template is well formed, varied and original', () => {
    for (const ds of [gen, mech, epi, dx]) {
      for (const d of ds) expectWellFormed(d)
      expect(distinctIds(ds)).toBeGreaterThan(300)
      for (const d of ds.slice(0, 150)) expect(copiedRun(d)).toBeNull()
    }
  })
  it('genetics: keyed safe forms, and never asks which chromosomes', () => {
    for (const d of gen) {
      expect(correct(d)).toBe(GENETICS_KEY[String(d.facts.topic)])
      expect(`${d.question} ${d.options.map((o) => o.text).join(' ')}`).not.toMatch(/chromosome/i)
    }
  })
  it('mechanism: never keys dopamine deficiency or A11', () => {
    for (const d of mech) {
      expect(correct(d)).toBe(MECHANISM_KEY[String(d.facts.topic)])
      const key = d.options.find((o) => o.correct)
      expect(key?.text).not.toMatch(/deficien.{0,12}dopamine|dopamine deficien|A11/i)
    }
  })
  it('epidemiology: the key quotes the brief ranges', () => {
    for (const d of epi) {
      const key = d.options.find((o) => o.correct)?.text ?? ''
      expect(key).toMatch(/5–10%/)
      expect(key).toMatch(/2–3%/)
      expect(key).toMatch(/women/)
    }
  })
  it('diagnosis: the missing criterion is keyed; the clinical-diagnosis form needs no test', () => {
    for (const d of dx) {
      const established = d.facts.criteriaEstablished as string[]
      if (d.facts.variant === 'criteria') {
        const missing = ALL_CRITERIA.filter((c) => !established.includes(c))
        expect(missing).toHaveLength(1)
        expect(correct(d)).toBe(missing[0])
      } else {
        expect(established).toEqual(ALL_CRITERIA)
        expect(correct(d)).toBe('clinical-diagnosis')
      }
    }
  })
})

describe('clinical registry', () => {
  it('the copy check really sees the source', () => {
    const d = drafts(knowledgeDiagnosis, 1)[0]!
    const copied = {
      ...d,
      stem: 'Essential tremor and some genetic ataxias show associations with higher RLS rates'
    }
    // Quoted from the source summary: the gate must flag it on every clone, CI included.
    expect(copiedRun(copied)).toBe(
      'essential tremor and some genetic ataxias show associations with higher rls rates'
    )
    expect(copiedRun(d)).toBeNull()
  })
  it('registers families 6–12 with unique ids', () => {
    const ids = clinicalTemplates.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(clinicalTemplates.map((t) => t.family))).toEqual(
      new Set(['6', '7', '8', '9', '10', '11', '12'])
    )
  })
})

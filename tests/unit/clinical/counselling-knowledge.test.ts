import { describe, expect, it } from 'vitest'
import { clinicalTemplates } from '../../../questions/templates/clinical/index'
import { knowledgeDiagnosis } from '../../../questions/templates/clinical/knowledge-diagnosis'
import { knowledgeEpidemiology } from '../../../questions/templates/clinical/knowledge-epidemiology'
import { knowledgeGenetics } from '../../../questions/templates/clinical/knowledge-genetics'
import { knowledgeMechanism } from '../../../questions/templates/clinical/knowledge-mechanism'
import { lifestyleCounselling } from '../../../questions/templates/clinical/lifestyle-counselling'
import { copiedRun, correct, distinctIds, drafts, expectWellFormed } from './helpers'

// The statements each topic may key, written from the brief's safe forms (L1–L3, G1–G3, M1–M5,
// P3, §5), not read from the templates. Distractors are the false forms of the other facts.
const COUNSEL_KEYS: Record<string, string[]> = {
  alcohol: [
    'alcohol-not-established-cause',
    'alcohol-limit-trial',
    'alcohol-care-goes-on',
    // Read 20 (F1#21): "keep the drink up?" keys the patient-facing answer, not the cohort finding.
    'alcohol-drink-not-remedy'
  ],
  caffeine: [
    'caffeine-no-cohort-link',
    'caffeine-cut-back-trial',
    'caffeine-not-proven-trigger',
    'caffeine-care-goes-on'
  ],
  osa: [
    // Read 7 (85093 #16): the teaching the patient asks about, never a side fact.
    'address-osa-alongside',
    'osa-not-a-cause'
  ]
}
const GENETICS_KEYS = [
  'heritable',
  'common-variants-modest',
  'many-loci',
  'meis1-replicated',
  'family-history-early-onset',
  'family-history-common'
  // A child's risk and gene testing are asked as cases (genetics-family-risk), not in this grid.
]
const MECHANISM_KEYS: Record<string, string[]> = {
  // A11 is never keyed (brief §1 M2); it appears only as a false statement.
  mechanism: ['brain-iron-low', 'dopamine-altered', 'd2-fewer'],
  'serum-vs-brain': [
    'cns-iron-can-be-low',
    'no-brain-iron-test',
    // Iron without anaemia is asked as a case (mechanism-in-practice).
    'early-onset-low-iron'
  ]
}
/** Every wrong option of a fact-grid item is the false form of another fact. */
function distractorsAreFalseForms(d: ReturnType<typeof drafts>[number]): void {
  for (const o of d.options.filter((x) => !x.correct)) expect(o.code).toMatch(/^not-/)
}
const ALL_CRITERIA = ['urge', 'rest', 'relief', 'evening', 'not-explained']

describe('family 11: counselling', () => {
  const ds = drafts(lifestyleCounselling)
  it('is well formed, keyed to the safe framing, never calls alcohol/caffeine/OSA a cause', () => {
    for (const d of ds) {
      expectWellFormed(d)
      expect(COUNSEL_KEYS[String(d.facts.topic)]).toContain(correct(d))
      distractorsAreFalseForms(d)
      const key = d.options.find((o) => o.correct)
      expect(key?.text).not.toMatch(
        /(is|are) (an )?(established|proven) (cause|trigger)|will cure/i
      )
    }
    expect(new Set(ds.map((d) => d.facts.topic)).size).toBe(3)
  })
  it('frames alcohol as moderate drinking, with the health advice stated', () => {
    for (const d of ds.filter((x) => x.facts.topic === 'alcohol')) {
      // Read 7 (P7): this template's own drinking sentences, none shared with alcohol-intake.
      expect(d.stem).toMatch(
        /(gin and tonic|bottle of beer|small whisky)\b[^.]* [3-5] (evenings|times|nights) a week/
      )
      expect(d.stem).not.toMatch(/glass of wine/)
      expect(d.explanation).toMatch(/above safe limits/)
    }
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
      expect(GENETICS_KEYS).toContain(correct(d))
      distractorsAreFalseForms(d)
      expect(`${d.question} ${d.options.map((o) => o.text).join(' ')}`).not.toMatch(/chromosome/i)
    }
    expect(new Set(gen.map(correct)).size).toBe(GENETICS_KEYS.length)
  })
  it('mechanism: keys a safe form of the asked topic, never dopamine deficiency or A11 loss', () => {
    for (const d of mech) {
      expect(MECHANISM_KEYS[String(d.facts.topic)]).toContain(correct(d))
      distractorsAreFalseForms(d)
      const key = d.options.find((o) => o.correct)
      expect(key?.text).not.toMatch(
        /signalling is simply deficient|looks depleted|A11 pathway is established/i
      )
    }
  })
  it('epidemiology: the key states one of the brief ranges or patterns', () => {
    for (const d of epi) {
      const key = d.options.find((o) => o.correct)?.text ?? ''
      expect(key).toMatch(
        /5–10%|2–3%|women than in men|women as by men|rise with|rise as people get older|more often by people in their 60s|fifth|20–25%|settles after delivery|resolves after delivery|fades soon after the birth|eases soon after the birth|a quarter|twice as often as men|ten to twenty/
      )
      expect(key).not.toMatch(/\b10% of adults have clinically significant/)
      distractorsAreFalseForms(d)
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
        expect([
          'clinical-diagnosis',
          'ferritin-guides-treatment',
          'nerve-studies-for-mimics',
          'normal-exam-expected',
          // DaT imaging is only ever a false statement (read 5, #7).
          'plms-supportive'
        ]).toContain(correct(d))
        distractorsAreFalseForms(d)
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

// Family 12, diagnosis: the five IRLSSG criteria (which one is still missing from a history) and
// RLS as a clinical diagnosis that needs no test; ferritin and TSAT guide treatment.
import { irlssgCriteria } from '../../content/mimics'
import type { Template } from '../types'
import type { Fact } from '../parallel'
import { balancedFactOptions, gridStatements } from './statements'
import { SETTINGS, makePatient, opening } from './vignette'
import { criteriaDraft } from './diagnosis-criteria'
import { fill } from '../kit/people'
import { choose } from './explain'

// The "confirming the diagnosis" variant is a fact grid (templates/parallel.ts). Read 7 (85093
// #34): the key was a side fact (PLMS support the diagnosis) and the only qualified sentence,
// while the main teaching, a clinical diagnosis, showed only as a negated foil. The key is now
// always the main teaching, in plain, hedged and absolute wordings, and every foil has a plain or
// absolute form and a hedged one, so at least two foils read like the key whatever its wording.
export const DIAGNOSIS_FACTS: readonly Fact[] = [
  {
    code: 'clinical-diagnosis',
    true: [
      'RLS is diagnosed from the history against five criteria',
      'RLS is diagnosed from the history against the five IRLSSG criteria',
      'RLS can be diagnosed from the history when it meets the five IRLSSG criteria',
      'In most cases the history is enough to diagnose RLS',
      'No scan or sleep study is required; the history decides'
    ],
    false: [
      'RLS is diagnosed from a sleep study against five criteria',
      'RLS is diagnosed from a sleep study against the five IRLSSG criteria'
    ],
    whyTrue:
      'RLS is a clinical diagnosis made from the history; no test is required to make it, though a test may be used to exclude a mimic the examination raises.',
    whyFalse:
      'a sleep study can show periodic limb movements but is neither required nor diagnostic; the diagnosis is clinical.'
  },
  {
    code: 'ferritin-guides-treatment',
    true: [
      'Ferritin and TSAT are checked to guide treatment',
      'Ferritin and TSAT are checked because they decide whether iron is indicated'
    ],
    // A false form that says "no test", so the key is not the one option without a test in it
    // (read 5, #7: every foil claimed a test confirms RLS).
    false: [
      'Ferritin and TSAT are not needed once the criteria are met',
      'Ferritin and TSAT can usually be skipped once the five criteria are met'
    ],
    whyTrue:
      'iron studies are checked in everyone with clinically significant RLS because they decide whether iron is indicated.',
    whyFalse:
      'the criteria make the diagnosis, but ferritin and TSAT are still checked in everyone with clinically significant RLS, because they decide whether iron is indicated.'
  },
  {
    code: 'nerve-studies-for-mimics',
    true: [
      'Nerve conduction studies are kept for a suspected neuropathy',
      'Nerve conduction studies are kept for patients with signs of a neuropathy'
    ],
    false: [
      'Nerve conduction studies are needed in every suspected case',
      'Nerve conduction studies are usually needed before RLS can be diagnosed'
    ],
    whyTrue: 'nerve studies look for neuropathy, a mimic, when the examination points that way.',
    whyFalse:
      'nerve studies look for neuropathy, a mimic; with a normal examination they add nothing to an RLS diagnosis.'
  },
  {
    code: 'normal-exam-expected',
    true: [
      'A normal neurological examination is usual in primary RLS',
      'In primary RLS the neurological examination is usually entirely normal'
    ],
    false: [
      'An abnormal neurological examination is usual in primary RLS',
      'In primary RLS the neurological examination usually shows some sensory loss'
    ],
    whyTrue:
      'primary RLS has a normal examination; abnormal signs point to a mimic or a secondary cause.',
    whyFalse:
      'the examination is normal in primary RLS; abnormal signs point to a mimic such as neuropathy.'
  },
  {
    code: 'plms-supportive',
    true: [
      'Periodic limb movements in sleep support the diagnosis but are not required',
      'PLMS on a sleep study support RLS, yet their absence does not exclude it'
    ],
    false: [
      'Periodic limb movements in sleep are required before the diagnosis is made',
      'RLS is most often diagnosed by finding periodic limb movements on a sleep study'
    ],
    whyTrue:
      'periodic limb movements in sleep are found in most people with RLS and are a supportive feature, but the diagnosis is clinical and needs no sleep study.',
    whyFalse:
      'periodic limb movements are a supportive feature, not a requirement: the diagnosis is clinical and needs no sleep study.'
  },
  {
    code: 'dat-not-diagnostic',
    true: [
      'A dopamine transporter scan has no role in the diagnosis',
      'Dopamine transporter (DaT) imaging plays no part in diagnosing RLS'
    ],
    false: [
      'A dopamine transporter scan is the test that confirms it',
      'Dopamine transporter (DaT) imaging can often show whether it is RLS'
    ],
    whyTrue:
      'DaT imaging is not a diagnostic test for RLS, whose dopaminergic changes are subtle group findings.',
    whyFalse:
      'DaT imaging is not a diagnostic test for RLS; its dopaminergic changes are subtle group-level findings.'
  }
]

/** The item's main teaching is always the key: RLS is a clinical diagnosis (read 7, P1 a). */
const DIAGNOSIS_KEY = 'clinical-diagnosis'

// The key is one fact, so the explanation varies its wording by the stem (explain.ts choose):
// a learner meeting the template again does not read one paragraph twice.
const OPENINGS = [
  'The history is the test.',
  'No investigation makes this diagnosis; the history does.',
  '{Her} own account of the symptoms is what makes the diagnosis.'
] as const
const BODIES = [
  'RLS is diagnosed from the history when the five IRLSSG criteria are met; no laboratory, imaging, nerve or sleep test is required.',
  'When the five IRLSSG criteria are met on history, RLS is diagnosed without any laboratory, imaging, nerve or sleep test.'
] as const
const AFTER = [
  'Ferritin and TSAT should still be checked in everyone with clinically significant RLS because the result decides whether iron is indicated. Other tests are reserved for suspected mimics or coexisting disorders.',
  'Ferritin and TSAT are still checked, not to confirm RLS but because they decide whether iron is indicated; nerve studies or a sleep study wait for signs of a mimic or another sleep disorder.'
] as const

export const knowledgeDiagnosis: Template = {
  id: 'knowledge-diagnosis',
  family: '12',
  section: 'pitfalls-epidemiology',
  title: 'The five IRLSSG criteria; RLS is a clinical diagnosis',
  generate(rng) {
    const p = makePatient(rng, 25, 80)
    const setting = rng.pick(SETTINGS)
    if (rng.int(0, 1) === 0) return criteriaDraft(rng, p, setting)
    const { options, form, key } = balancedFactOptions(
      rng,
      DIAGNOSIS_FACTS,
      rng.int(4, 5),
      DIAGNOSIS_KEY
    )
    const ask = rng.pick([
      'which test will prove it is RLS',
      'whether {she} needs a scan or a sleep study to be sure',
      'what investigation confirms the diagnosis'
    ])
    const stem = fill(
      `${opening(p, setting)}. For a year {she} has had an urge to move {her} legs that starts when {she} sits in the evening, eases while {she} walks and is gone by morning. Examination is normal. {She} asks ${ask}.`,
      p
    )
    return {
      params: {
        variant: 'clinical',
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        ask,
        form
      },
      claims: ['T1', 'T2', 'P1'],
      difficulty: 1,
      estimatedSeconds: 60,
      stem,
      // "Diagnosis and work-up", not "making the diagnosis": under the narrower lead-in the foil
      // "ferritin and TSAT are not needed once the criteria are met" read as true (read 14,
      // 139201 #38); the iron studies belong to the work-up of every clinically significant case.
      question: 'Which statement about the diagnosis and work-up of RLS is correct?',
      options,
      objective:
        'Recognise RLS as a clinical diagnosis that needs no confirmatory test, while checking ferritin and TSAT to guide treatment.',
      explanation: fill(
        [OPENINGS, BODIES, AFTER].map((list, i) => choose(list, stem, `dx${i}`)).join(' '),
        p
      ),
      evidenceNote: null,
      references: ['irlssg2014', 'aasm2024'],
      facts: {
        variant: 'clinical',
        keyedFact: key.code,
        statements: gridStatements('diagnosis', options),
        criteriaEstablished: irlssgCriteria.map((c) => c.id)
      }
    }
  }
}

// Family 12, diagnosis: the five IRLSSG criteria (which one is still missing from a history) and
// RLS as a clinical diagnosis that needs no test; ferritin and TSAT guide treatment.
import { irlssgCriteria } from '../../content/mimics'
import type { Template } from '../types'
import { factOptions, type Fact } from '../parallel'
import { gridStatements } from './statements'
import { SETTINGS, makePatient, opening } from './vignette'
import { criteriaDraft } from './diagnosis-criteria'
import { fill } from '../kit/people'

// The "confirming the diagnosis" variant is a fact grid (templates/parallel.ts).
const DIAGNOSIS_FACTS: readonly Fact[] = [
  {
    code: 'clinical-diagnosis',
    true: [
      'RLS is diagnosed from the history against five criteria',
      'The diagnosis rests on the history, checked against the five IRLSSG criteria'
    ],
    false: [
      'RLS is diagnosed from a sleep study against five criteria',
      'The diagnosis rests on a sleep study, checked against the five IRLSSG criteria'
    ],
    whyTrue: 'RLS is a clinical diagnosis made from the history; no test is required.',
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
      'Ferritin and TSAT are not checked once the five criteria are clearly met'
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
      'Nerve conduction studies are needed in every case before the diagnosis is made'
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
      'In primary RLS the neurological examination usually shows sensory loss'
    ],
    whyTrue:
      'primary RLS has a normal examination; abnormal signs point to a mimic or a secondary cause.',
    whyFalse:
      'the examination is normal in primary RLS; abnormal signs point to a mimic such as neuropathy.'
  },
  {
    // The supportive-feature fact the narrow DaT key stood in for (read 5, #7).
    code: 'plms-supportive',
    true: [
      'Periodic limb movements in sleep support the diagnosis but are not required',
      'PLMS on a sleep study support RLS, yet their absence does not exclude it'
    ],
    false: [
      'Periodic limb movements in sleep are required before the diagnosis is made',
      'PLMS on a sleep study are required, and their absence excludes RLS'
    ],
    whyTrue:
      'periodic limb movements in sleep are found in most people with RLS and are a supportive feature, but the diagnosis is clinical and needs no sleep study.',
    whyFalse:
      'periodic limb movements are a supportive feature, not a requirement: the diagnosis is clinical and needs no sleep study.'
  },
  {
    // Only ever a false statement now: as a key it was oddly narrow (read 5, #7).
    code: 'dat-not-diagnostic',
    true: [
      'A dopamine transporter scan has no role in the diagnosis',
      'Dopamine transporter (DaT) imaging plays no part in diagnosing RLS'
    ],
    false: [
      'A dopamine transporter scan is the test that confirms it',
      'Dopamine transporter (DaT) imaging is the test that confirms RLS'
    ],
    whyTrue:
      'DaT imaging is not a diagnostic test for RLS, whose dopaminergic changes are subtle group findings.',
    whyFalse:
      'DaT imaging is not a diagnostic test for RLS; its dopaminergic changes are subtle group-level findings.'
  }
]

const DIAGNOSIS_KEYS = DIAGNOSIS_FACTS.map((f) => f.code).filter((c) => c !== 'dat-not-diagnostic')

const OPENINGS: Record<string, string> = {
  'clinical-diagnosis': 'The history is the test.',
  'ferritin-guides-treatment': 'Iron studies answer a treatment question, not a diagnostic one.',
  'nerve-studies-for-mimics': 'Nerve studies answer a question about a mimic, not about RLS.',
  'normal-exam-expected': 'In primary RLS the examination is expected to be normal.',
  'plms-supportive': 'A sleep study can support the diagnosis, but RLS does not depend on it.'
}

export const knowledgeDiagnosis: Template = {
  id: 'knowledge-diagnosis',
  family: '12',
  section: 'pitfalls-epidemiology',
  title: 'The five IRLSSG criteria; RLS is a clinical diagnosis',
  generate(rng) {
    const p = makePatient(rng, 25, 80)
    const setting = rng.pick(SETTINGS)
    if (rng.int(0, 1) === 0) return criteriaDraft(rng, p, setting)
    const keyCode = rng.pick(DIAGNOSIS_KEYS)
    const { options, form, key } = factOptions(rng, DIAGNOSIS_FACTS, rng.int(4, 5), keyCode)
    const ask = rng.pick([
      'which test will prove it is RLS',
      'whether {she} needs a scan or a sleep study to be sure',
      'what investigation confirms the diagnosis'
    ])
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
      stem: fill(
        `${opening(p, setting)}. For a year {she} has had an urge to move {her} legs that starts when {she} sits in the evening, eases while {she} walks and is gone by morning. Examination is normal. {She} asks ${ask}.`,
        p
      ),
      question: 'Which statement about making the diagnosis is correct?',
      options,
      objective:
        'Recognise RLS as a clinical diagnosis that needs no confirmatory test, while checking ferritin and TSAT to guide treatment.',
      explanation:
        `${OPENINGS[key.code] ?? ''} ` +
        'RLS is diagnosed from the history when the five IRLSSG criteria are met; no laboratory, imaging, nerve or sleep test is required. Ferritin and TSAT should still be checked in everyone with clinically significant RLS because the result decides whether iron is indicated. Other tests are reserved for suspected mimics or coexisting disorders.',
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

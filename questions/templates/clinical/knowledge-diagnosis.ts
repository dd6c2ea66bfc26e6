// Family 12, diagnosis: the five IRLSSG criteria (which one is still missing from a history) and
// RLS as a clinical diagnosis that needs no test; ferritin and TSAT guide treatment.
import { irlssgCriteria, type CriterionId } from '../../content/mimics'
import type { Rng } from '../../rng'
import type { ItemDraft, Template } from '../types'
import { statementOptions, type Distractor } from './options'
import { SETTINGS, fill, makePatient, opening, type Patient } from './vignette'

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

// How each criterion reads in a history when present, and when not yet established.
const HISTORY: Record<CriterionId, { present: string; unknown: string; option: string }> = {
  urge: {
    present: '{she} feels a strong urge to move {her} legs, with a crawling feeling in the calves',
    unknown:
      '{she} describes a vague discomfort in the legs but has not said whether it makes {him} want to move them',
    option: 'Whether the sensations come with an urge to move the legs'
  },
  rest: {
    present: 'it starts when {she} sits or lies down',
    unknown: '{she} is not sure whether it is linked to sitting or lying still',
    option: 'Whether it begins or worsens during rest or inactivity'
  },
  relief: {
    present: 'walking relieves it for as long as {she} keeps going',
    unknown: '{she} has not noticed whether moving around changes it',
    option: 'Whether movement relieves it while the movement lasts'
  },
  evening: {
    present: 'it is much worse in the evening and at night',
    unknown: '{she} cannot say whether the time of day makes a difference',
    option: 'Whether it is worse in the evening or at night'
  },
  'not-explained': {
    present:
      'examination is normal and there are no cramps, swelling, joint problems or sensory loss',
    unknown:
      '{she} also mentions swollen ankles and painful night-time calf cramps, which have not yet been assessed',
    option: 'Whether another condition such as cramps or venous disease fully explains it'
  }
}

function criteriaDraft(rng: Rng, p: Patient, setting: string): ItemDraft {
  const missing = rng.pick(irlssgCriteria).id
  const parts = irlssgCriteria.map((c) =>
    c.id === missing ? HISTORY[c.id].unknown : HISTORY[c.id].present
  )
  const options = irlssgCriteria.map((c) => ({
    text: HISTORY[c.id].option,
    code: c.id,
    correct: c.id === missing,
    rationale:
      c.id === missing
        ? `Correct: this is the one criterion the history leaves open, and all five are needed (${c.text.toLowerCase()}).`
        : `Incorrect: the history already establishes this (${fill(HISTORY[c.id].present, p)}).`
  }))
  return {
    params: { variant: 'criteria', missing, age: p.age, sex: p.sex, job: p.job, setting },
    claims: ['T1'],
    difficulty: 2,
    estimatedSeconds: 80,
    stem: `${opening(p, setting)} about ${p.her} legs. ${parts.map((s) => sentence(fill(s, p))).join(' ')}`,
    question:
      'Which information is still needed before the IRLSSG diagnostic criteria can be said to be met?',
    options,
    objective: 'Apply the five IRLSSG criteria, all of which are required for a diagnosis of RLS.',
    explanation:
      'The diagnosis of RLS rests on five criteria, all required: an urge to move the legs (usually with unpleasant sensations); onset or worsening at rest; relief by movement while it continues; worse in the evening or at night; and not solely explained by another condition such as cramps, positional discomfort, venous stasis, arthritis or habitual foot tapping.',
    evidenceNote: null,
    references: ['irlssg2014'],
    facts: {
      variant: 'criteria',
      criteriaEstablished: irlssgCriteria.map((c) => c.id).filter((id) => id !== missing),
      missing
    }
  }
}

const d = (code: string, text: string, why: string): Distractor => ({ code, text, why: () => why })
const CLINICAL_KEY = d(
  'clinical-diagnosis',
  'No test is needed to diagnose RLS; check ferritin and TSAT to guide treatment, not to confirm it',
  'RLS is a clinical diagnosis made from the history against the five criteria; ferritin and TSAT are checked in everyone with clinically significant RLS because they guide iron treatment.'
)
const TEST_WRONG: readonly Distractor[] = [
  d(
    'polysomnography',
    'Overnight polysomnography is required to confirm RLS',
    'a sleep study can show periodic limb movements but is neither required nor diagnostic; it is kept for suspected coexisting sleep disorders.'
  ),
  d(
    'nerve-conduction',
    'Nerve conduction studies are needed to confirm RLS',
    'nerve studies look for neuropathy, a mimic; with a normal examination they add nothing to an RLS diagnosis.'
  ),
  d(
    'dat-scan',
    'A dopamine transporter (DaT) scan will confirm RLS',
    'DaT imaging is not a diagnostic test for RLS, whose dopaminergic changes are subtle group-level findings.'
  ),
  d(
    'ferritin-diagnostic',
    'A low ferritin confirms RLS and a normal ferritin excludes it',
    'ferritin guides treatment; it neither makes nor excludes the diagnosis, and brain iron can be low with a normal serum ferritin.'
  )
]

export const knowledgeDiagnosis: Template = {
  id: 'knowledge-diagnosis',
  family: '12',
  section: 'pitfalls-epidemiology',
  title: 'The five IRLSSG criteria; RLS is a clinical diagnosis',
  generate(rng) {
    const p = makePatient(rng, 25, 80)
    const setting = rng.pick(SETTINGS)
    if (rng.int(0, 1) === 0) return criteriaDraft(rng, p, setting)
    const pick = rng.sample(TEST_WRONG, rng.int(3, 4))
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
        pick: pick.map((x) => x.code).join('+')
      },
      claims: ['T1', 'T2', 'P1'],
      difficulty: 1,
      estimatedSeconds: 60,
      stem: fill(
        `${opening(p, setting)}. For a year {she} has had an urge to move {her} legs that starts when {she} sits in the evening, eases while {she} walks and is gone by morning. Examination is normal. {She} asks ${ask}.`,
        p
      ),
      question: 'Which statement about confirming the diagnosis is correct?',
      options: statementOptions(CLINICAL_KEY, pick, p),
      objective:
        'Recognise RLS as a clinical diagnosis that needs no confirmatory test, while checking ferritin and TSAT to guide treatment.',
      explanation:
        'RLS is diagnosed from the history when the five IRLSSG criteria are met; no laboratory, imaging, nerve or sleep test is required. Ferritin and TSAT should still be checked in everyone with clinically significant RLS because the result decides whether iron is indicated. Other tests are reserved for suspected mimics or coexisting disorders.',
      evidenceNote: null,
      references: ['irlssg2014', 'aasm2024'],
      facts: { variant: 'clinical', criteriaEstablished: irlssgCriteria.map((c) => c.id) }
    }
  }
}

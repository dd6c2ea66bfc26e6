// Family 12, mechanism as a case: what a clinician tells a patient when the model of RLS meets a
// decision — why iron is offered with a normal blood count (S2, P1), and why years on a dopamine
// agonist can make RLS worse (augmentation, T5; not a loss of dopamine, M3). The research facts
// are asked in knowledge-mechanism; these items name their own statements, so a quiz can hold
// both without one answering the other (read-through 5, pattern 3).
import type { Template } from '../types'
import { parallelOptions } from '../parallel'
import { SETTINGS, makePatient, opening, type Patient } from './vignette'
import { fill } from '../kit/people'
import { labsTable } from '../kit/exhibits'
import { keyedExplanation } from './explain'
import {
  ANSWERS,
  MECHANISM_CASE_TEACHING,
  SHARED_STATEMENT,
  type Situation
} from './mechanism-practice-options'
import type { Exhibit } from '../../item'

const SITUATIONS: readonly Situation[] = ['iron-normal-blood-count', 'agonist-augmentation']
const AGONISTS = ['pramipexole', 'ropinirole', 'a rotigotine patch'] as const

const QUESTIONS: Record<Situation, readonly string[]> = {
  'iron-normal-blood-count': [
    // Read 18 (F1#18): "Which answer to the question is best supported?" was clumsy.
    'Which reply is best supported?',
    'Which explanation of the advice is most accurate?'
  ],
  'agonist-augmentation': [
    'Which explanation of the change is best supported?',
    'What is the most likely explanation?'
  ]
}

interface Values {
  years: number
  ferritin: number
  tsat: number
  hbTenths: number
  agonist: number
  onsetHour: number
}

function story(s: Situation, p: Patient, v: Values): string {
  if (s === 'iron-normal-blood-count')
    return fill(
      `{She} has had RLS for ${v.years} years, with no aggravating medicines, and the morning blood results are in the table. The clinician suggests a course of iron. {She} asks how iron could help when {her} blood test shows no anaemia.`,
      p
    )
  return fill(
    `{She} has taken ${AGONISTS[v.agonist]} for RLS for ${v.years} years. The urge used to begin at about 22:00; over recent months it starts by ${v.onsetHour}:00, comes on within minutes of sitting and now reaches {her} arms. The dose was raised twice, and each rise helped for a few weeks. {She} asks what is going on.`,
    p
  )
}

export const mechanismInPractice: Template = {
  id: 'mechanism-in-practice',
  family: '12',
  section: 'dopamine-brain-iron',
  title: 'Iron with a normal blood count; augmentation on an agonist',
  generate(rng) {
    const situation = rng.pick(SITUATIONS)
    const p = makePatient(rng, 32, 76)
    const setting = rng.pick(SETTINGS)
    // Ferritin lab-normal yet well under 75; TSAT clear of 20% and 45% (brief §3 distance).
    const v: Values = {
      years: rng.int(2, 7),
      ferritin: rng.int(30, 66),
      tsat: rng.int(24, 40),
      hbTenths: p.sex === 'female' ? rng.int(124, 146) : rng.int(137, 162),
      agonist: rng.int(0, AGONISTS.length - 1),
      onsetHour: rng.int(14, 17)
    }
    const q = rng.int(0, 1)
    const answers = ANSWERS[situation]
    const own = (c: (typeof answers)['key']) => ({ ...c, texts: c.texts.map((t) => fill(t, p)) })
    const stem = `${opening(p, setting)}. ${story(situation, p, v)}`
    const { options, form } = parallelOptions(
      rng,
      own(answers.key),
      answers.pool.map(own),
      4,
      stem,
      48,
      1,
      [],
      true
    )
    const codes = options.map((o) => o.code)
    const statements = [
      `mechanism-case:${situation}`,
      ...(situation === 'iron-normal-blood-count' ? ['mechanism:iron-beyond-anaemia'] : []),
      ...codes.flatMap((c) => (SHARED_STATEMENT[c] ? [SHARED_STATEMENT[c] as string] : []))
    ]
    const iron = situation === 'iron-normal-blood-count'
    const exhibits: Exhibit[] | undefined = iron
      ? [
          labsTable('Morning blood results', p.sex, [
            ['haemoglobin', v.hbTenths / 10],
            ['ferritin', v.ferritin],
            ['tsat', v.tsat]
          ])
        ]
      : undefined
    const cases = iron
      ? [
          fill(
            `{Her} ferritin of ${v.ferritin} ng/mL is inside the laboratory's range and below 75 ng/mL, with a normal haemoglobin.`,
            p
          ),
          fill(
            `A ferritin of ${v.ferritin} ng/mL with a haemoglobin of ${(v.hbTenths / 10).toFixed(1)} g/dL is the common case: no anaemia, yet inside the RLS iron range.`,
            p
          )
        ]
      : [
          fill(
            `After ${v.years} years on ${AGONISTS[v.agonist]}, {her} symptoms start hours earlier, come on faster and have spread to the arms.`,
            p
          ),
          `Onset moving from 22:00 to ${v.onsetHour}:00, with spread to the arms, is the timeline of augmentation.`
        ]
    return {
      params: {
        situation,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        q,
        form,
        years: v.years,
        // Only the values the story prints, so two ids never share one text.
        ...(iron
          ? { ferritin: v.ferritin, tsat: v.tsat, hbTenths: v.hbTenths }
          : { agonist: v.agonist, onsetHour: v.onsetHour })
      },
      claims: iron ? ['S2', 'P1'] : ['T5', 'M3'],
      difficulty: 2,
      estimatedSeconds: 75,
      stem,
      ...(exhibits ? { exhibits } : {}),
      question: QUESTIONS[situation][q] as string,
      options,
      objective: iron
        ? 'Explain why iron is offered for RLS at ferritin ≤75 ng/mL or TSAT <20% whatever the haemoglobin.'
        : 'Recognise augmentation as a worsening of RLS caused by long-term dopamine agonist treatment, not a loss of dopamine or a new disease.',
      explanation: keyedExplanation({
        stem,
        key: answers.key.code,
        shown: codes,
        teachings: MECHANISM_CASE_TEACHING,
        cases
      }),
      evidenceNote: null,
      // earley2013 (synaptic dopamine) is no source for augmentation (read-through 6, 83267 #19).
      references: iron ? ['aasm2024', 'allen2007'] : ['aasm2024', 'silber2021'],
      facts: {
        topic: 'mechanism-case',
        situation,
        keyedFact: answers.key.code,
        statements,
        ...(iron
          ? {
              labs: { ferritinNgMl: v.ferritin, tsatPercent: v.tsat },
              anaemia: false,
              population: 'adult',
              dialysis: false
            }
          : { agonistYears: v.years }),
        age: p.age,
        sex: p.sex
      }
    }
  }
}

// Family 12, genetics as a case (brief G1–G3, §5): a patient with early-onset familial RLS asks
// what the family history means for someone else — a child's risk, a healthy relative's wish for
// a gene test — or what it changes in the work-up. The population facts are asked in
// knowledge-genetics; these are decisions about one family, with their own statements, so a quiz
// can hold both without one item answering the other (read-through 5, pattern 3).
import type { Template } from '../types'
import { parallelOptions } from '../parallel'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening, type Patient } from './vignette'
import { fill } from '../kit/people'
import { keyedExplanation, type Teaching } from './explain'
import { balancedDraw } from './statements'
import { ANSWERS, SHARED_STATEMENT, type Situation } from './genetics-family-options'
import { GENETICS_CASE_TEACHING } from './genetics-family-teaching'

// How hard the option search works per situation. Read 18 (171917 #16): the work-up foils all
// said "familial" and the key did not; with that word gone the key, which shares "check" and
// "ferritin" with two foils, became the hub of shared words unless the search weighs that rank
// twice and has room to find a set (its answers have four or five forms each).
const SEARCH: Record<Situation, { budget: number; sharedWeight: number }> = {
  'child-risk': { budget: 48, sharedWeight: 1 },
  'relative-test': { budget: 48, sharedWeight: 1 },
  'work-up': { budget: 800, sharedWeight: 2 }
}

const SITUATIONS: readonly Situation[] = ['child-risk', 'relative-test', 'work-up']
const AFFECTED = ['mother', 'father', 'older sister', 'older brother', 'maternal grandmother']
const KIN = [
  { noun: 'son', he: 'he' },
  { noun: 'daughter', he: 'she' }
] as const
const SIBLING = [
  { noun: 'younger sister', he: 'she' },
  { noun: 'younger brother', he: 'he' }
] as const

function kinOf(s: Situation, n: number): { noun: string; he: string } {
  return (s === 'relative-test' ? SIBLING : KIN)[n % 2] as { noun: string; he: string }
}

const QUESTIONS: Record<Situation, readonly string[]> = {
  'child-risk': [
    'Which answer about the child’s risk is most accurate?',
    'What is the most accurate thing to tell the patient?'
  ],
  'relative-test': [
    'What is the most appropriate response to the request?',
    'How should the clinician answer the request?'
  ],
  'work-up': [
    'What is the most appropriate next step at this visit?',
    'Given the family history, what should be done at this visit?'
  ]
}

/** The work-up story gives a teenage onset only as "since {her} teens", without the age. */
function teensOnly(s: Situation, onset: number): boolean {
  return s === 'work-up' && onset < 20
}

/** Six openings of the family story, so two items of one quiz do not read alike (read 8, P6). */
const BASES: readonly ((onset: number, affected: string) => string)[] = [
  (onset, affected) =>
    `{Her} RLS began at ${onset}, meets the diagnostic criteria and is well controlled; {her} ${affected} has it too.`,
  (onset, affected) =>
    `{She} has had RLS since the age of ${onset}; it meets the diagnostic criteria and is well controlled, and {her} ${affected} has the same condition.`,
  (onset, affected) =>
    `{Her} ${affected} has RLS, as does the patient, who has had it since the age of ${onset}; it meets the diagnostic criteria and is now well controlled.`,
  // Read 10 (94649 #13/#15): two items of one quiz shared the second opening word for word.
  (onset, affected) =>
    `{She} was diagnosed with RLS after symptoms from the age of ${onset}, and treatment keeps it quiet; {her} ${affected} was diagnosed with it years ago.`,
  (onset, affected) =>
    `RLS runs in {her} family: {her} ${affected} has it, and {she} has had it since the age of ${onset}, with a firm diagnosis and good control now.`,
  (onset, affected) =>
    `Since the age of ${onset} {she} has had typical RLS, now settled on treatment, and {her} ${affected} is affected in the same way.`
]

/** How the work-up patient puts the question (one fixed sentence was in a third of all items). */
const WORK_UP_ASKS = [
  'This is {her} first visit about it, and {she} asks what this changes in {her} care.',
  '{She} has never seen anyone about it before and wants to know what the family history means for {her} care.',
  'It is the first time {she} has raised it, and {she} asks whether the family link alters what should be done.'
] as const

function story(
  s: Situation,
  p: Patient,
  onset: number,
  kinAge: number,
  n: number,
  frame: number
): string {
  const kin = kinOf(s, n)
  const affected = AFFECTED[n % AFFECTED.length] as string
  const base = (BASES[frame] ?? BASES[0]!)(onset, affected)
  if (s === 'child-risk')
    return fill(
      `${base} {She} mentions {her} ${kin.noun}, now ${kinAge}, who has no symptoms, and asks whether ${kin.he} is going to get RLS as well.`,
      p
    )
  if (s === 'relative-test')
    return fill(
      `${base} {Her} ${kin.noun}, aged ${kinAge} and without symptoms, has asked {him} to enquire whether ${kin.he} could be screened for it.`,
      p
    )
  return fill(
    `${teensOnly(s, onset) ? 'Since {her} teens' : `Since the age of ${onset}`} {she} has had an evening urge to move {her} legs that meets the diagnostic criteria and delays {her} sleep on most nights; {her} ${affected} and a cousin have the same problem, and {her} neurological examination is normal. ${WORK_UP_ASKS[frame % WORK_UP_ASKS.length]}`,
    p
  )
}

const CASES: Record<Situation, readonly ((onset: string) => string)[]> = {
  'child-risk': [
    (o) =>
      `With onset ${o} and an affected relative, {her} RLS has the early-onset familial pattern.`,
    (o) =>
      `Onset ${o}, with RLS in a relative, is the early-onset pattern that clusters in families.`
  ],
  'relative-test': [
    (o) =>
      `The clustering is real here, with onset ${o} and an affected relative, but no test can read it.`,
    (o) =>
      `With onset ${o} and RLS in the family, the sibling’s risk is raised; what does not exist is a test to forecast it.`
  ],
  'work-up': [
    (o) =>
      `Onset ${o} with two affected relatives fits familial RLS, and it changes nothing in the checks that come first.`,
    (o) =>
      `An onset ${o} and affected relatives make familial RLS likely; the reversible contributors are still looked for.`
  ]
}

export const geneticsFamilyRisk: Template = {
  id: 'genetics-family-risk',
  family: '12',
  section: 'genetics',
  title: 'A relative’s risk, a gene test, the work-up: counselling one family',
  generate(rng) {
    const situation = rng.pick(SITUATIONS)
    const p = makePatient(rng, 30, 48)
    // Onset below the age, a younger sibling younger than the patient, a child born after 20.
    const onset = rng.int(12, Math.min(32, p.age - 4))
    const kinAge =
      situation === 'relative-test'
        ? rng.int(20, Math.min(40, p.age - 2))
        : rng.int(5, Math.min(15, p.age - 21))
    const n = rng.int(0, 9)
    const setting = rng.pick(SETTINGS)
    const q = rng.int(0, 1)
    const frame = rng.int(0, BASES.length - 1)
    const kin = kinOf(situation, n)
    // `{line}` is the side of the family the patient is not, so the one-line foil is false for
    // this child whatever its sex (read 21, F1#11: "A son's risk …" was offered about a daughter).
    const line = p.sex === 'male' ? 'mother’s' : 'father’s'
    const pn = p.sex === 'male' ? 'father' : 'mother'
    const words = (text: string) =>
      text
        .replace(/\{kh\}/g, kin.he)
        .replace(/\{age\}/g, String(onset))
        .replace(/\{line\}/g, line)
        .replace(/\{pn\}/g, pn)
    const answers = ANSWERS[situation]
    const fillChoice = (c: (typeof answers)['key']) => ({ ...c, texts: c.texts.map(words) })
    const stem = `${opening(p, setting)}. ${story(situation, p, onset, kinAge, n, frame)}`
    // The explanation names the onset as the stem told it (read 7, 85093 #2: "onset at 13" for a
    // stem that said only "since his teens").
    const onsetAsTold = teensOnly(situation, onset) ? 'in {her} teens' : `at ${onset}`
    // Read 14 (139201 #25): "most children get it" and "barely raised" side by side bracketed
    // the key, which then read as the middle ground. The overstatement is left out: "barely
    // raised" is the foil in the key's own measured words (read 9), which the register floor needs.
    const bracketOut = situation === 'child-risk' ? 'child-near-certain' : ''
    // Read 18 (F1#10): in the relative-test situation every item offers a wrong answer that, like
    // the key, orders no test; "past the age of onset" only when the sibling is well past it.
    const leaveOut = [
      bracketOut,
      ...(situation === 'relative-test' && kinAge < onset + 4 ? ['relative-past-onset'] : [])
    ]
    const pool = answers.pool.filter((c) => !leaveOut.includes(c.code))
    const required =
      situation === 'relative-test'
        ? [
            rng.pick(
              pool
                .map((c) => c.code)
                .filter((c) => c === 'relative-not-inherited' || c === 'relative-past-onset')
            )
          ]
        : []
    const draw = () =>
      parallelOptions(
        rng,
        fillChoice(answers.key),
        pool.map(fillChoice),
        4,
        stem,
        SEARCH[situation].budget,
        SEARCH[situation].sharedWeight,
        required,
        true
      )
    // Read 9 (91237 #26): the child-risk key is measured ("far from certain", "many never"), so
    // at least two foils must be as measured and wrong on content, not only one.
    const { options, form } = situation === 'child-risk' ? balancedDraw(rng, draw, stem, 2) : draw()
    const codes = options.map((o) => o.code)
    const statements = [
      `genetics-case:${situation}`,
      ...codes.flatMap((c) => (SHARED_STATEMENT[c] ? [SHARED_STATEMENT[c] as string] : []))
    ]
    if (situation === 'relative-test') statements.push('genetics-case:predictive-test')
    const teachings: Readonly<Record<string, Teaching>> = GENETICS_CASE_TEACHING
    return {
      params: {
        situation,
        age: p.age,
        sex: p.sex,
        job: p.job,
        onset,
        kinAge,
        n,
        setting,
        q,
        frame,
        form
      },
      claims: ['G3', 'G2'],
      difficulty: situation === 'work-up' ? 1 : 2,
      estimatedSeconds: 70,
      stem,
      question: QUESTIONS[situation][q] as string,
      options,
      // One objective per situation (read 11, P8).
      objective:
        situation === 'child-risk'
          ? 'Counsel a parent about heritable RLS: a child’s risk is raised but not certain.'
          : situation === 'relative-test'
            ? 'Counsel a family about heritable RLS: no gene test predicts or confirms RLS in a relative.'
            : 'Recognise that a family history of RLS does not replace the iron and medication review.',
      explanation: keyedExplanation({
        stem,
        key: answers.key.code,
        shown: codes,
        teachings,
        // Case sentences per situation, none shared across them (read 8, P6: one sentence, "the
        // picture in which RLS runs most clearly in families", recurred in every situation).
        cases: CASES[situation].map((c) => fill(c(onsetAsTold), p))
      }),
      // The source's "four regions" note belongs where testing is discussed.
      evidenceNote: situation === 'relative-test' ? evidenceFor(['G2']) : null,
      // Read 20 (F1#17, P8): aasm2024 is a treatment guideline and says nothing on counselling a
      // family; it is cited only where the key is its iron and medication review.
      references:
        situation === 'work-up'
          ? ['trenkwalder2005', 'winkelmann2007', 'schormair2024', 'aasm2024']
          : ['trenkwalder2005', 'winkelmann2007', 'schormair2024'],
      facts: {
        topic: 'genetics-case',
        situation,
        keyedFact: answers.key.code,
        statements,
        onsetAge: onset,
        age: p.age,
        sex: p.sex
      }
    }
  }
}

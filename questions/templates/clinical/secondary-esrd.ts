// Family 9, ESRD on dialysis: an established secondary context (about 1 in 5 on dialysis). The
// item asks about the context and deliberately never applies the adult iron thresholds (brief §3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import { contextOptions, type Distractor } from './options'
import { NORMAL_EXAM, fill, intro, makePatient, rlsStory, years as yearsText } from './vignette'

const ESRD_KEY = 'esrd-established-context'
const ESRD_DISTRACTORS: readonly Distractor[] = [
  {
    code: 'apply-adult-thresholds',
    text: 'Decide on iron for the RLS with the adult cut-offs (ferritin ≤75 ng/mL or TSAT <20%)',
    why: () =>
      'Incorrect: those cut-offs are for adults not on dialysis. On dialysis, iron is handled under renal protocols with the nephrology team (IV iron sucrose has been used for RLS when ferritin is <200 ng/mL and TSAT <20%).'
  },
  {
    code: 'dialysis-rare',
    text: 'RLS is rare in people on dialysis, so another explanation should be sought first',
    why: () =>
      'Incorrect: RLS is common on dialysis, affecting roughly 1 in 5 patients; kidney failure is one of the best-established secondary contexts.'
  },
  {
    code: 'uraemia-excludes-rls',
    text: 'Kidney failure rules out RLS, because uraemic neuropathy explains the leg symptoms',
    why: (p) =>
      `Incorrect: kidney failure is a setting for RLS, not an exclusion. ${p.She} describes an urge to move that starts at rest, eases with movement and is worse in the evening, and the examination shows no neuropathy.`
  },
  {
    code: 'dialysis-resolves',
    text: 'Symptoms related to kidney failure usually settle once regular dialysis is established',
    why: (p, years) =>
      `Incorrect: ${p.she} has been on dialysis for ${yearsText(years)} and still has symptoms; RLS commonly persists on dialysis, which is where the 1-in-5 figure comes from.`
  }
]

const CAUSES = [
  'polycystic kidney disease',
  'IgA nephropathy',
  'hypertensive nephrosclerosis',
  'lupus nephritis'
] as const

export function esrdDraft(rng: Rng): ItemDraft {
  const context = 'esrd'

  const p = makePatient(rng, 34, 80)
  const years = rng.int(1, 9)
  const cause = rng.pick(CAUSES)
  // Clear of the renal protocol's cut-offs (ferritin 200, TSAT 20%): the item is about context.
  const ferritin = rng.int(260, 650)
  const tsat = rng.int(24, 38)
  const story = rlsStory(rng, p)
  const sessions = rng.pick([
    'The same feeling makes the second half of each dialysis session hard to sit through',
    'Keeping still for four hours in the dialysis chair has become an ordeal for the same reason',
    '{She} often asks to stop dialysis early because the same urge builds while {she} sits'
  ])
  const pick = rng.sample(ESRD_DISTRACTORS, rng.int(3, 4))
  return {
    params: {
      context,
      age: p.age,
      sex: p.sex,
      job: p.job,
      years,
      cause,
      ferritin,
      tsat,
      story: story.phrasing,
      sessions,
      pick: pick.map((d) => d.code).join('+')
    },
    claims: ['S1', 'T3'],
    difficulty: 2,
    estimatedSeconds: 80,
    stem: `${intro(p, `is reviewed by the renal team during ${p.her} dialysis session`)}. ${p.She} has end-stage kidney disease from ${cause} and has had haemodialysis three times a week for ${yearsText(years)}. ${story.text} ${fill(sessions, p)}. ${NORMAL_EXAM[(p.age * 7 + p.job) % NORMAL_EXAM.length]} Recent dialysis bloods: ferritin ${ferritin} ng/mL, TSAT ${tsat}%.`,
    question: 'Which statement about this patient is best supported?',
    options: contextOptions(
      ESRD_KEY,
      'Dialysis-dependent kidney failure is an established secondary context: roughly 1 in 5 people on dialysis have RLS',
      `Correct: the history meets the IRLSSG criteria, and ESRD on dialysis is one of the established secondary contexts, affecting roughly 1 in 5 patients. Iron is managed under renal protocols rather than the adult RLS thresholds.`,
      ESRD_DISTRACTORS,
      p,
      years,
      pick
    ),
    objective:
      'Recognise end-stage renal disease on dialysis as an established secondary context of RLS, and that the adult iron thresholds do not apply on dialysis.',
    explanation:
      'End-stage renal disease is one of the three established secondary contexts of RLS (with iron deficiency and pregnancy); roughly one in five people on dialysis are affected, and symptoms often show up during long sessions in the chair. The adult iron thresholds (ferritin ≤75 ng/mL or TSAT <20%) were set for people not on dialysis; on dialysis, iron decisions follow renal protocols with the nephrology team. Other reported associations, such as peripheral neuropathy, spinal cord lesions, essential tremor and some genetic ataxias, are possible rather than established.',
    evidenceNote: null,
    references: ['trenkwalder2016', 'trenkwalder2005', 'aasm2024'],
    facts: {
      context,
      population: 'adult',
      dialysis: true,
      dialysisYears: years,
      labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
      age: p.age,
      sex: p.sex
    }
  }
}

// Family 9, ESRD on dialysis: an established secondary context (about 1 in 5 on dialysis). The
// item asks about the context and deliberately never applies the adult iron thresholds (brief §3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import { factOptions, type Fact } from '../parallel'
import { gridStatements } from './statements'
import { NORMAL_EXAM, intro, makePatient, rlsStory } from './vignette'
import { bodyAfter } from './explain'
import { fill, years as yearsText } from '../kit/people'

// A fact grid (templates/parallel.ts): true and minimally altered false forms of one shape.
const ESRD_FACTS: readonly Fact[] = [
  {
    code: 'esrd-established-context',
    true: [
      'Kidney failure on dialysis is an established RLS setting',
      'Dialysis-dependent kidney failure is an established secondary setting for RLS'
    ],
    false: [
      'Kidney failure on dialysis is a rare setting for RLS',
      'Dialysis-dependent kidney failure is a rare and doubtful setting for RLS'
    ],
    whyTrue:
      'end-stage renal disease on dialysis is one of the three established secondary contexts of RLS.',
    whyFalse:
      'kidney failure on dialysis is one of the best-established secondary contexts, not a rare one.'
  },
  {
    code: 'one-in-five',
    true: [
      'About 1 in 5 people on dialysis have RLS',
      'Roughly one in five people on haemodialysis have RLS'
    ],
    false: [
      'About 1 in 50 people on dialysis have RLS',
      'Roughly one in fifty people on haemodialysis have RLS'
    ],
    whyTrue: 'RLS affects roughly one in five people on dialysis.',
    whyFalse: 'RLS is common on dialysis, affecting roughly one in five patients.'
  },
  {
    code: 'renal-iron-protocols',
    true: [
      'Iron on dialysis follows renal protocols, not RLS cut-offs',
      'On dialysis, iron is decided under renal protocols rather than the adult RLS cut-offs'
    ],
    false: [
      'Iron on dialysis follows RLS cut-offs, not renal protocols',
      'On dialysis, iron is decided by the adult RLS cut-offs rather than renal protocols'
    ],
    whyTrue:
      'the adult cut-offs (ferritin ≤75 ng/mL or TSAT <20%) were set for people not on dialysis; on dialysis, iron is handled with the nephrology team.',
    whyFalse:
      'the adult cut-offs were set for people not on dialysis; on dialysis, iron follows renal protocols (IV iron sucrose has been used for RLS when ferritin is <200 ng/mL and TSAT <20%).'
  },
  {
    code: 'persists-on-dialysis',
    true: [
      'RLS often persists once dialysis is established',
      'RLS often continues after regular dialysis has been established'
    ],
    false: [
      'RLS usually settles once dialysis is established',
      'RLS usually settles after regular dialysis has been established'
    ],
    whyTrue: 'RLS commonly persists on dialysis, which is where the one-in-five figure comes from.',
    whyFalse: 'RLS commonly persists on dialysis; this patient is still affected after years of it.'
  },
  {
    code: 'uraemia-not-exclusion',
    true: [
      'Kidney failure is a setting for RLS, not an exclusion',
      'Kidney failure is a recognised setting for RLS rather than a reason to exclude it'
    ],
    false: [
      'Kidney failure is an exclusion for RLS, not a setting',
      'Kidney failure is a reason to exclude RLS rather than a recognised setting for it'
    ],
    whyTrue:
      'the history meets the IRLSSG criteria, and kidney failure is a setting for RLS, not an exclusion.',
    whyFalse:
      'kidney failure is a setting for RLS; the urge to move at rest, relieved by movement and worse in the evening, with a normal examination, is RLS, not uraemic neuropathy.'
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
  const stemText = `${intro(p, `is reviewed by the renal team during ${p.her} dialysis session`)}.`
  const { options, form, key } = factOptions(rng, ESRD_FACTS, rng.int(4, 5), undefined, stemText)
  const opener = `${key.whyTrue.charAt(0).toUpperCase()}${key.whyTrue.slice(1)}`
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
      form
    },
    claims: ['S1', 'T3'],
    difficulty: 2,
    estimatedSeconds: 80,
    stem: `${intro(p, `is reviewed by the renal team during ${p.her} dialysis session`)}. ${p.She} has end-stage kidney disease from ${cause} and has had haemodialysis three times a week for ${yearsText(years)}. ${story.text} ${fill(sessions, p)}. ${NORMAL_EXAM[(p.age * 7 + p.job) % NORMAL_EXAM.length]} Recent dialysis bloods: ferritin ${ferritin} ng/mL, TSAT ${tsat}%.`,
    question: 'Which statement about this patient is best supported?',
    options,
    objective:
      'Recognise end-stage renal disease on dialysis as an established secondary context of RLS, and that the adult iron thresholds do not apply on dialysis.',
    explanation: `${opener} ${bodyAfter(opener, [
      'End-stage renal disease is one of the three established secondary contexts of RLS (with iron deficiency and pregnancy); roughly one in five people on dialysis are affected, and symptoms often show up during long sessions in the chair.',
      'The adult iron thresholds (ferritin ≤75 ng/mL or TSAT <20%) were set for people not on dialysis; on dialysis, iron decisions follow renal protocols with the nephrology team.',
      'Other reported associations, such as peripheral neuropathy, spinal cord lesions, essential tremor and some genetic ataxias, are possible rather than established.'
    ])}`,
    evidenceNote: null,
    references: ['trenkwalder2016', 'trenkwalder2005', 'aasm2024'],
    facts: {
      context,
      population: 'adult',
      dialysis: true,
      dialysisYears: years,
      statements: gridStatements('esrd', options),
      labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
      age: p.age,
      sex: p.sex
    }
  }
}

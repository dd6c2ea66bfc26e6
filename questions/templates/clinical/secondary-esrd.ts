// Family 9, ESRD on dialysis: an established secondary context (about 1 in 5 on dialysis). The
// item asks about the context and deliberately never applies the adult iron thresholds (brief §3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import type { Fact } from '../parallel'
import { balancedFactOptions, gridStatements } from './statements'
import { NORMAL_EXAM, intro, makePatient, rlsStory } from './vignette'
import { bodyAfter } from './explain'
import { fill, years as yearsText } from '../kit/people'

// A fact grid (templates/parallel.ts): true and minimally altered false forms of one shape.
// Read 7 (85093 #9): the key was the one qualified sentence ("Roughly one in five") among
// confident foils, two of them contradicted by the stem ("usually settles once dialysis is
// established" for a patient years into dialysis). Now every fact has a hedged and a plain
// form in both truth values, the stem-contradicted "settles on dialysis" fact is gone, and the
// key is one of the setting's teaching points (ESRD_KEYS), never the bare population figure.
export const ESRD_FACTS: readonly Fact[] = [
  {
    code: 'esrd-established-context',
    true: [
      'Kidney failure on dialysis is a recognised secondary setting of RLS',
      'Kidney failure on dialysis commonly brings on RLS as a secondary form',
      'Kidney failure is a recognised RLS setting'
    ],
    false: [
      'Kidney failure on dialysis is a rare and doubtful setting of RLS',
      'Kidney failure on dialysis rarely brings on RLS as a secondary form',
      'Kidney failure is a doubtful RLS setting'
    ],
    whyTrue:
      'end-stage renal disease on dialysis is one of the three established secondary contexts of RLS, with iron deficiency and pregnancy.',
    whyFalse:
      'kidney failure on dialysis is one of the best-established secondary contexts, affecting roughly one in five people on dialysis.'
  },
  {
    code: 'one-in-five',
    true: [
      'Roughly one in five people on haemodialysis have RLS',
      'One in five people treated with dialysis have RLS',
      'Roughly one in five people on long-term haemodialysis have RLS symptoms'
    ],
    false: [
      'Roughly one in fifty people on haemodialysis have RLS',
      'One in fifty people treated with dialysis have RLS',
      'Roughly one in fifty people on long-term haemodialysis have RLS symptoms'
    ],
    whyTrue: 'RLS affects roughly one in five people on dialysis.',
    whyFalse: 'RLS is common on dialysis, affecting roughly one in five patients, not one in fifty.'
  },
  {
    code: 'renal-iron-protocols',
    true: [
      'On dialysis, iron follows renal protocols rather than the adult RLS cut-offs',
      'On dialysis, iron is usually decided by renal protocols, not adult RLS cut-offs',
      'On dialysis, renal protocols guide iron'
    ],
    false: [
      'On dialysis, iron follows the adult RLS cut-offs rather than renal protocols',
      'On dialysis, iron is usually decided by adult RLS cut-offs, not renal protocols',
      'On dialysis, RLS cut-offs guide iron'
    ],
    whyTrue:
      'the adult cut-offs (ferritin ≤75 ng/mL or TSAT <20%) were set for people not on dialysis; on dialysis, iron is handled with the nephrology team.',
    whyFalse:
      'the adult cut-offs were set for people not on dialysis; on dialysis, iron follows renal protocols (IV iron sucrose has been used for RLS when ferritin is <200 ng/mL and TSAT <20%).'
  },
  {
    code: 'uraemia-not-exclusion',
    true: [
      'In kidney failure, an urge to move like this is RLS, not uraemic neuropathy',
      'In kidney failure, this urge is usually RLS, not uraemic neuropathy',
      'This urge is RLS, not uraemic neuropathy'
    ],
    false: [
      'In kidney failure, an urge to move like this is uraemic neuropathy, not RLS',
      'In kidney failure, this urge is usually uraemic neuropathy, not RLS',
      'This urge is uraemic neuropathy, not RLS'
    ],
    whyTrue:
      'the history meets the IRLSSG criteria, and kidney failure is a setting for RLS, not an exclusion.',
    whyFalse:
      'kidney failure is a setting for RLS; an urge to move at rest, relieved by movement and worse in the evening, with a normal examination, is RLS, not uraemic neuropathy.'
  },
  {
    code: 'diagnosed-by-criteria',
    true: [
      'On dialysis, RLS is diagnosed from the history by the usual criteria',
      'On dialysis, RLS can be diagnosed from the history by the usual five criteria',
      'On dialysis, RLS is a clinical diagnosis'
    ],
    false: [
      'On dialysis, RLS is diagnosed from nerve studies, not by the usual criteria',
      'On dialysis, RLS can be diagnosed from nerve studies rather than the history',
      'On dialysis, RLS needs nerve studies'
    ],
    whyTrue:
      'RLS is a clinical diagnosis on dialysis as elsewhere; nerve studies are kept for signs of a neuropathy, and this examination is normal.',
    whyFalse:
      'RLS is a clinical diagnosis on dialysis as elsewhere; nerve studies are kept for signs of a neuropathy, and this examination is normal.'
  }
]

/** The setting's teaching points, one of which is the key (the prevalence figure is a foil). */
const ESRD_KEYS = [
  'esrd-established-context',
  'renal-iron-protocols',
  'uraemia-not-exclusion',
  'diagnosed-by-criteria'
] as const

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
  const { options, form, key } = balancedFactOptions(
    rng,
    ESRD_FACTS,
    rng.int(4, 5),
    rng.pick(ESRD_KEYS),
    stemText,
    2
  )
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
    question: 'Which statement about RLS in this setting is best supported?',
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

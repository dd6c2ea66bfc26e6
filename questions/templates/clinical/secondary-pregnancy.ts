// Family 9, pregnancy: RLS in about a fifth to a quarter of pregnancies, typically in the third
// trimester and usually gone after delivery (brief S3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import type { Fact } from '../parallel'
import { balancedFactOptions, gridStatements } from './statements'
import { bodyAfter } from './explain'
import { NORMAL_EXAM, makePatient, opening, rlsStory } from './vignette'

/**
 * Facts this grid shares with knowledge-epidemiology's, under one statement key in both, so a
 * quiz never asks one fact twice (read-through 6, P4: both keyed "pregnancy-related RLS usually
 * settles after delivery" in one quiz).
 */
export const SHARED_PREGNANCY_FACT: Readonly<Record<string, string>> = {
  'pregnancy-resolves-after-delivery': 'fact:pregnancy-resolves',
  'pregnancy-resolves': 'fact:pregnancy-resolves',
  'pregnancy-common': 'fact:pregnancy-common'
}

/** The shared keys of the facts an option set shows, in either truth form. */
export function sharedPregnancyStatements(codes: readonly string[]): string[] {
  const keys = codes.flatMap((c) => SHARED_PREGNANCY_FACT[c.replace(/^not-/, '')] ?? [])
  return [...new Set(keys)]
}

// A fact grid (templates/parallel.ts): true and minimally altered false forms of one shape.
export const PREGNANCY_FACTS: readonly Fact[] = [
  {
    code: 'pregnancy-resolves-after-delivery',
    true: [
      'Pregnancy-related RLS usually resolves after delivery',
      'RLS that starts in pregnancy usually resolves around or soon after delivery',
      'Pregnancy RLS usually resolves after birth'
    ],
    false: [
      'Pregnancy-related RLS usually persists for life',
      'RLS that starts in pregnancy usually persists unchanged for life after delivery',
      'Pregnancy RLS usually persists after birth'
    ],
    whyTrue: 'in a prospective study most women were free of symptoms soon after delivery.',
    whyFalse:
      'in a prospective study most women with pregnancy-related RLS were free of it soon after delivery.'
  },
  {
    code: 'third-trimester',
    true: [
      'Pregnancy-related RLS usually peaks in the third trimester',
      'RLS in pregnancy tends to be most common and most severe in the third trimester',
      'RLS usually peaks in the third trimester'
    ],
    false: [
      'Pregnancy-related RLS usually peaks in the first trimester',
      'RLS in pregnancy tends to be most common and most severe in the first trimester',
      'RLS usually peaks in the first trimester'
    ],
    whyTrue: 'pregnancy-related RLS is typically worst in the third trimester.',
    whyFalse: 'pregnancy-related RLS is typically worst in the third trimester, not the first.'
  },
  {
    code: 'pregnancy-common',
    true: [
      'RLS tends to affect roughly a fifth of pregnancies',
      'RLS tends to affect roughly 20–25% of pregnant women at some point',
      'RLS affects about a fifth of pregnancies'
    ],
    false: [
      'RLS tends to affect roughly 1 in 20 pregnancies',
      'RLS tends to affect roughly 1 in 20 pregnant women at some point',
      'RLS affects about 1 in 20 pregnancies'
    ],
    whyTrue: 'RLS affects roughly 20–25% of pregnancies, far more than the general population.',
    whyFalse: 'RLS affects roughly 20–25% of pregnancies; it is common, not rare.'
  },
  {
    code: 'diagnosable-in-pregnancy',
    true: [
      'RLS is diagnosed in pregnancy by the usual criteria',
      'The usual IRLSSG criteria diagnose RLS in pregnancy as at other times',
      'In late pregnancy, an urge to move like this is usually RLS, not ordinary discomfort',
      'The usual criteria diagnose RLS in pregnancy'
    ],
    false: [
      'RLS is not diagnosed in pregnancy by the usual criteria',
      'The usual IRLSSG criteria do not apply to RLS in pregnancy',
      'In late pregnancy, an urge to move like this is usually ordinary discomfort, not RLS',
      'The usual criteria do not fit pregnancy'
    ],
    whyTrue:
      'the five criteria apply in pregnancy; venous discomfort is heaviness eased by elevation, unlike this urge to move.',
    whyFalse:
      'the five criteria apply in pregnancy; this urge to move, worse at rest in the evening and relieved by walking, meets them.'
  },
  {
    code: 'established-context',
    true: [
      'Pregnancy is a recognised secondary context of RLS',
      'Pregnancy is one of the three recognised secondary contexts of RLS',
      'Pregnancy is a recognised RLS setting'
    ],
    false: [
      'Pregnancy is a doubtful secondary context of RLS',
      'Pregnancy is one of the doubtful, unproven secondary contexts of RLS',
      'Pregnancy is a doubtful RLS setting'
    ],
    whyTrue:
      'with iron deficiency and kidney failure, pregnancy is one of the established secondary contexts.',
    whyFalse:
      'pregnancy is one of the three established secondary contexts, with iron deficiency and kidney failure.'
  }
]

export function pregnancyDraft(rng: Rng): ItemDraft {
  const context = 'pregnancy'

  const p = makePatient(rng, 22, 42, 'female')
  const weeks = rng.int(28, 38)
  const para = rng.pick(['her first pregnancy', 'her second pregnancy', 'her third pregnancy'])
  const story = rlsStory(rng, p)
  const stem = `${opening(p, 'antenatal clinic')}, ${weeks} weeks into ${para}. She had no leg symptoms before this pregnancy. ${story.text.replace(/^For \d+ months/, 'For the last few weeks')} The pregnancy is otherwise uncomplicated, blood pressure is normal and there is no calf swelling or tenderness. ${NORMAL_EXAM[(p.age * 7 + p.job) % NORMAL_EXAM.length]}`
  const { options, form, key } = balancedFactOptions(
    rng,
    PREGNANCY_FACTS,
    rng.int(4, 5),
    undefined,
    stem,
    1
  )
  const opener = `${key.whyTrue.charAt(0).toUpperCase()}${key.whyTrue.slice(1)}`
  return {
    params: {
      context,
      age: p.age,
      job: p.job,
      weeks,
      para,
      story: story.phrasing,
      form
    },
    claims: ['S3', 'T3'],
    difficulty: 1,
    estimatedSeconds: 70,
    stem,
    question: 'Which statement about her leg symptoms is best supported?',
    options,
    objective:
      'Recognise pregnancy as an established secondary context of RLS: typically third trimester, common, and usually resolving after delivery.',
    explanation: `${opener} ${bodyAfter(opener, [
      'Pregnancy is one of the established secondary contexts of RLS.',
      'About 20–25% of pregnant women develop it, most often in the third trimester, and in most it resolves around or soon after delivery.',
      'Symptoms that meet the IRLSSG criteria should not be dismissed as ordinary discomfort of late pregnancy.'
    ])}`,
    evidenceNote: null,
    references: ['manconi2004', 'trenkwalder2005'],
    facts: {
      context,
      population: 'adult',
      dialysis: false,
      pregnant: true,
      gestationWeeks: weeks,
      trimester: 3,
      statements: [
        ...gridStatements('pregnancy', options),
        ...sharedPregnancyStatements(options.map((o) => o.code))
      ],
      age: p.age,
      sex: p.sex
    }
  }
}

// Family 9, pregnancy: RLS in about a fifth to a quarter of pregnancies, typically in the third
// trimester and usually gone after delivery (brief S3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import { parallelOptions, type Choice, type Fact } from '../parallel'
import { ARMS, COURSES, type Course } from './secondary-pregnancy-courses'
import { gridStatements } from './statements'
import { choose } from './explain'
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
      'Pregnancy-related RLS usually persists for years',
      'RLS that starts in pregnancy usually persists unchanged for years after delivery',
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

// Read 9 (P7, 91237 #34): the grid above was fact recall in vignette dress; the item now asks how
// HER symptoms will run from here, and the gestation decides (secondary-pregnancy-courses.ts).
const BEFORE = [
  'She had no leg symptoms before this pregnancy.',
  'Her legs never troubled her before she was pregnant.',
  'Nothing like this happened to her before this pregnancy.'
] as const

const COURSE_SO_FAR = [
  'The pregnancy is otherwise uncomplicated, blood pressure is normal and there is no calf swelling or tenderness.',
  'Antenatal checks have been normal so far, including her blood pressure, and neither calf is swollen or tender.',
  'Her midwife reports an uneventful pregnancy with normal blood pressure; both calves are soft and non-tender.'
] as const

// Read 10 (P4, Q1#18): COURSE_SO_FAR already says the calves are not swollen or tender, so the
// examination line is drawn from those that do not say it again.
const EXAM_WITHOUT_CALVES = NORMAL_EXAM.filter((line) => !/\bcal(?:f|ves)\b/i.test(line))

const LEADS = [
  'How are her leg symptoms most likely to change from here?',
  'What course are these symptoms most likely to take from now on?',
  'What is the most likely course of her leg symptoms from this point?'
] as const

export function pregnancyDraft(rng: Rng): ItemDraft {
  const context = 'pregnancy'

  const p = makePatient(rng, 22, 42, 'female')
  const arm = rng.pick(['second', 'term', 'term'] as const)
  const weeks = arm === 'second' ? rng.int(16, 24) : rng.int(34, 38)
  const para = rng.pick(['her first pregnancy', 'her second pregnancy', 'her third pregnancy'])
  const story = rlsStory(rng, p)
  const lead = rng.int(0, LEADS.length - 1)
  // Three wordings of the two fixed sentences (read 9: both recurred in every pregnancy item).
  const frame = rng.int(0, BEFORE.length - 1)
  const stem = `${opening(p, 'antenatal clinic')}, ${weeks} weeks into ${para}. ${BEFORE[frame]} ${story.text.replace(/^For \d+ months/, 'For the last few weeks')} ${COURSE_SO_FAR[(frame + p.job) % COURSE_SO_FAR.length]} ${EXAM_WITHOUT_CALVES[(p.age * 7 + p.job) % EXAM_WITHOUT_CALVES.length]}`
  const choice = (code: string, correct: boolean): Choice => {
    const c = COURSES[code] as Course
    return {
      code,
      texts: c.texts,
      rationale: `${correct ? 'Correct' : 'Incorrect'}: ${c.why(weeks)}`
    }
  }
  const plan = ARMS[arm]
  const { options, form } = parallelOptions(
    rng,
    choice(plan.key, true),
    plan.foils.map((f) => choice(f, false)),
    rng.int(4, 5),
    stem,
    48,
    1,
    [],
    true
  )
  const where =
    arm === 'second'
      ? `At ${weeks} weeks she is in the second trimester, so the worst is probably still to come: pregnancy-related RLS becomes more frequent and more severe as pregnancy advances and is typically at its height in the third trimester, before settling after the birth.`
      : `At ${weeks} weeks she is close to term, when pregnancy-related RLS is typically at its height; in most women it fades within days to weeks of delivery.`
  return {
    params: {
      context,
      arm,
      age: p.age,
      job: p.job,
      weeks,
      para,
      story: story.phrasing,
      lead,
      frame,
      form
    },
    claims: ['S3', 'T3'],
    difficulty: arm === 'second' ? 2 : 1,
    estimatedSeconds: 70,
    stem,
    question: LEADS[lead] ?? LEADS[0],
    options,
    objective:
      'Predict the course of pregnancy-related RLS from the gestation: typically worst in the third trimester and usually resolving after delivery.',
    explanation: `${where} ${choose(
      [
        'RLS affects roughly 20–25% of pregnancies, and in a prospective study most women whose symptoms began in pregnancy were free of them soon after delivery.',
        'About a fifth to a quarter of pregnant women develop RLS; a prospective cohort found that in most of them it had gone soon after delivery.'
      ],
      stem,
      'pregnancy-course'
    )} The diagnosis rests on the usual five criteria, not on the pregnancy: an urge to move that is worse at rest and in the evening and eased by walking is RLS, whereas a swollen, tender calf would point to a clot. As in anyone with clinically significant RLS, ferritin and TSAT are checked, because iron deficiency is the most readily treatable contributor.`,
    evidenceNote: null,
    references: ['manconi2004', 'trenkwalder2005'],
    facts: {
      context,
      population: 'adult',
      dialysis: false,
      pregnant: true,
      gestationWeeks: weeks,
      trimester: arm === 'second' ? 2 : 3,
      statements: [
        ...gridStatements('pregnancy', options),
        ...sharedPregnancyStatements(options.map((o) => o.code))
      ],
      age: p.age,
      sex: p.sex
    }
  }
}

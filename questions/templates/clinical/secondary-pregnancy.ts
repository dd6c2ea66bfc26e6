// Family 9, pregnancy: RLS in about a fifth to a quarter of pregnancies, typically in the third
// trimester and usually gone after delivery (brief S3).
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import { contextOptions, type Distractor } from './options'
import { NORMAL_EXAM, makePatient, opening, rlsStory } from './vignette'

const PREG_KEY = 'pregnancy-resolves-after-delivery'
const PREG_DISTRACTORS: readonly Distractor[] = [
  {
    code: 'pregnancy-rls-persists',
    text: 'RLS that begins in pregnancy usually continues unchanged for life',
    why: () =>
      'Incorrect: in a prospective study most women with pregnancy-related RLS were free of symptoms soon after delivery.'
  },
  {
    code: 'pregnancy-rls-rare',
    text: 'RLS affects fewer than 1 in 50 pregnancies, so another diagnosis is more likely',
    why: () =>
      'Incorrect: RLS affects roughly 20–25% of pregnancies, far more than the general population.'
  },
  {
    code: 'pregnancy-rls-first-trimester',
    text: 'Pregnancy-related RLS peaks in the first trimester, so onset this late suggests another cause',
    why: (_p, weeks) =>
      `Incorrect: pregnancy-related RLS is typically worst in the third trimester, exactly where ${weeks} weeks falls.`
  },
  {
    code: 'pregnancy-venous-only',
    text: 'Venous congestion from the enlarged uterus explains it; RLS cannot be diagnosed in pregnancy',
    why: () =>
      'Incorrect: venous discomfort is heaviness after standing that eases with elevation. This urge to move, worse at rest in the evening and relieved by walking, meets the RLS criteria, and pregnancy is a recognised context for RLS.'
  }
]

export function pregnancyDraft(rng: Rng): ItemDraft {
  const context = 'pregnancy'

  const p = makePatient(rng, 22, 42, 'female')
  const weeks = rng.int(28, 38)
  const para = rng.pick(['her first pregnancy', 'her second pregnancy', 'her third pregnancy'])
  const story = rlsStory(rng, p)
  const pick = rng.sample(PREG_DISTRACTORS, rng.int(3, 4))
  return {
    params: {
      context,
      age: p.age,
      job: p.job,
      weeks,
      para,
      story: story.phrasing,
      pick: pick.map((d) => d.code).join('+')
    },
    claims: ['S3', 'T3'],
    difficulty: 1,
    estimatedSeconds: 70,
    stem: `${opening(p, 'antenatal clinic')}, ${weeks} weeks into ${para}. She had no leg symptoms before this pregnancy. ${story.text.replace(/^For \d+ months/, 'For the last few weeks')} The pregnancy is otherwise uncomplicated, blood pressure is normal and there is no calf swelling or tenderness. ${NORMAL_EXAM[(p.age * 7 + p.job) % NORMAL_EXAM.length]}`,
    question: 'Which statement about her leg symptoms is best supported?',
    options: contextOptions(
      PREG_KEY,
      'Pregnancy is an established secondary context, and third-trimester RLS usually settles after delivery',
      `Correct: the history meets the IRLSSG criteria at ${weeks} weeks. RLS affects roughly a fifth to a quarter of pregnancies, peaks in the third trimester and usually resolves after delivery.`,
      PREG_DISTRACTORS,
      p,
      weeks,
      pick
    ),
    objective:
      'Recognise pregnancy as an established secondary context of RLS: typically third trimester, common, and usually resolving after delivery.',
    explanation:
      'Pregnancy is one of the established secondary contexts of RLS. About 20–25% of pregnant women develop it, most often in the third trimester, and in most it resolves around or soon after delivery. Symptoms that meet the IRLSSG criteria should not be dismissed as ordinary discomfort of late pregnancy.',
    evidenceNote: null,
    references: ['manconi2004', 'trenkwalder2005'],
    facts: {
      context,
      population: 'adult',
      dialysis: false,
      pregnant: true,
      gestationWeeks: weeks,
      trimester: 3,
      age: p.age,
      sex: p.sex
    }
  }
}

// The criteria variant of knowledge-diagnosis: a history with one IRLSSG criterion not yet
// established, and foils that are not criteria (supportive features, treatment questions, mimic
// work-up) written in the criteria's own form. Split from knowledge-diagnosis.ts by responsibility.
import { irlssgCriteria, type CriterionId } from '../../content/mimics'
import type { Rng } from '../../rng'
import type { ItemDraft } from '../types'
import { opening, type Patient } from './vignette'
import { fill } from '../kit/people'

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

// How each criterion reads in a history when present, and when not yet established. A missing
// criterion is left unmentioned rather than flagged ("has not said whether…"), so the history does
// not point to it (read-through of 2.8.0, P2); only the urge needs a neutral stand-in, because the
// rest of the history refers back to the sensation. Read-through 2.15 (r10G): with one wording per
// criterion, two seeds missing the same criterion had word-for-word stems, so each criterion now
// reads in three wordings (and the urge's stand-in in two), drawn per item.
const HISTORY: Record<
  CriterionId,
  { present: readonly string[]; unknown: readonly string[]; option: string }
> = {
  urge: {
    present: [
      '{she} feels a strong urge to move {her} legs, with a crawling feeling in the calves',
      '{she} has to move {her} legs because of a creeping, fizzing discomfort deep in the calves',
      '{she} describes a need to shift {her} legs, driven by an aching, restless feeling in the shins'
    ],
    unknown: [
      '{she} describes an unpleasant crawling feeling deep in the calves',
      '{she} mentions a creeping, fizzing discomfort deep in both calves'
    ],
    option: 'Whether the sensations come with an urge to move the legs'
  },
  rest: {
    present: [
      'it starts when {she} sits or lies down',
      'it comes on once {she} settles in a chair or in bed',
      'long car journeys and sitting through a film bring it on'
    ],
    unknown: [''],
    option: 'Whether it begins or worsens during rest or inactivity'
  },
  relief: {
    present: [
      'walking relieves it for as long as {she} keeps going',
      // Not "getting up and …", which implies the rest the rest criterion asks about (read 16,
      // 155303 #12).
      'pacing the room eases it while {she} keeps moving',
      'stretching or pacing settles it for as long as the movement lasts'
    ],
    unknown: [''],
    option: 'Whether movement relieves it while the movement lasts'
  },
  evening: {
    present: [
      'it is much worse in the evening and at night',
      'it is at its worst after supper and at bedtime',
      'mornings are free of it, and it builds through the evening'
    ],
    unknown: [''],
    option: 'Whether it is worse in the evening or at night'
  },
  'not-explained': {
    present: [
      'examination is normal and there are no cramps, swelling, joint problems or sensory loss',
      '{she} has no cramps, ankle swelling or joint pain, and the examination, sensation included, is normal',
      'the legs look and feel normal on examination, with no oedema, joint signs or sensory loss, and there are no cramps'
    ],
    unknown: [''],
    option: 'Whether cramps or another condition account for it'
  }
}

/** A criterion's text with its parenthesised examples as a "such as" clause, so the key rationale
 * has no parentheses nested inside its own (read-through 2.15). */
/** A criterion's clause after a colon, in the sentence's case (read 14: "In short: The urge…"). */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

function criterionClause(text: string): string {
  return text.replace(/\s*\((such as [^)]*)\)/, ', $1')
}

// Foils that are not criteria, in the criteria's own "Whether…" form, length band and pronoun
// ("it"), so the examinee must know which five count. Two kinds, two of each in every item: what
// the history can tell (supportive features, course) and what a test or a drug can tell — with
// only tests among the foils, "criteria = history" found the key (read-through 6, 83267 #33).
interface NotCriterion {
  code: string
  text: string
  why: string
}
const HISTORY_NOT_CRITERIA: readonly NotCriterion[] = [
  {
    code: 'family-history',
    text: 'Whether a parent, brother or sister has had the same problem',
    why: 'a family history is a supportive feature, common in early-onset RLS, but not one of the five criteria'
  },
  {
    code: 'onset-age',
    text: 'Whether it first began before the age of 45',
    why: 'the age at onset separates early- from late-onset RLS; it does not decide whether the criteria are met'
  },
  {
    code: 'sleep-disturbance',
    text: 'Whether it breaks up sleep or keeps it from starting',
    why: 'disturbed sleep is a common consequence and marks clinical significance, but it is not one of the five criteria'
  },
  {
    code: 'both-legs',
    text: 'Whether it affects both legs rather than one of them',
    why: 'RLS is usually felt in both legs but can affect one side or alternate; laterality is not a criterion'
  },
  {
    code: 'most-nights',
    text: 'Whether it happens on most nights of the week',
    why: 'how often it occurs describes the course (chronic-persistent or intermittent); it is not one of the five criteria'
  }
]

const TEST_NOT_CRITERIA: readonly NotCriterion[] = [
  {
    code: 'plms',
    text: 'Whether a sleep study shows periodic limb movements',
    why: 'periodic limb movements are a supportive feature; no sleep study is needed to make the diagnosis'
  },
  {
    code: 'ferritin',
    text: 'Whether the ferritin is at or below 75 ng/mL',
    why: 'ferritin decides whether iron is indicated; it neither makes nor excludes the diagnosis'
  },
  {
    code: 'dopaminergic-response',
    text: 'Whether it eases with a dopaminergic drug',
    why: 'a response to dopaminergic treatment is a supportive feature, not a criterion, and no trial of a drug is needed to diagnose RLS'
  },
  {
    code: 'nerve-studies',
    text: 'Whether nerve conduction studies of the legs are normal',
    why: 'nerve studies look for a neuropathy when the examination suggests one; they are not part of the criteria'
  }
]

export function criteriaDraft(rng: Rng, p: Patient, setting: string): ItemDraft {
  const missing = rng.pick(irlssgCriteria).id
  // One wording index per criterion, recorded as a digit string in the params ("wording").
  const wording = irlssgCriteria
    .map((c) => {
      const list = c.id === missing ? HISTORY[c.id].unknown : HISTORY[c.id].present
      return rng.int(0, list.length - 1)
    })
    .join('')
  const parts = irlssgCriteria
    .map((c, i) => {
      const list = c.id === missing ? HISTORY[c.id].unknown : HISTORY[c.id].present
      return list[Number(wording[i])] ?? ''
    })
    .filter((s) => s !== '')
  // Two foils of each kind, drawn without replacement; the generator shuffles their order later.
  const draw = (list: readonly NotCriterion[]): NotCriterion[] => {
    const pool = [...list]
    return Array.from({ length: 2 }, () => pool.splice(rng.int(0, pool.length - 1), 1)[0]!)
  }
  const foils = [...draw(HISTORY_NOT_CRITERIA), ...draw(TEST_NOT_CRITERIA)]
  const criterion = irlssgCriteria.find((c) => c.id === missing)!
  const options = [
    {
      text: HISTORY[missing].option,
      code: missing,
      correct: true,
      rationale: `Correct: this is the one criterion the history leaves open, and all five are needed: ${lowerFirst(criterionClause(criterion.text))}.`
    },
    ...foils.map((f) => ({
      text: f.text,
      code: f.code,
      correct: false,
      rationale: `Incorrect: ${f.why}.`
    }))
  ]
  return {
    params: {
      variant: 'criteria',
      missing,
      wording,
      foils: foils.map((f) => f.code).join('+'),
      age: p.age,
      sex: p.sex,
      job: p.job,
      setting
    },
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

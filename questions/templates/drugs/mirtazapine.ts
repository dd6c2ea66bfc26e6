// Family 4a: mirtazapine as the aggravator. Mirtazapine has the strongest RLS signal of any
// antidepressant (rottach2008: new or worse RLS in 28% of a prospective cohort). A safe drug is
// always started at the same visit, so the learner has to separate them by pharmacology.
import { aggravatorRationale, nonAggravatorRationale } from '../../content/drugs'
import type { OptionDraft, Template } from '../types'
import { classAdvice, drugItemReferences } from './drug-text'
import {
  CHANGEABLE,
  EXAM,
  RLS_FEATURES,
  at,
  cap,
  drugUse,
  estimateSeconds,
  fill,
  ironLine,
  medLine,
  person,
  pickIron,
  pickSafeList,
  pickSex,
  aPerson,
  years
} from './vignette'

const SETTINGS = [
  'is reviewed by {her} family physician',
  'attends a follow-up with {her} community mental-health nurse',
  'attends a clinic review with {her} psychiatrist',
  'sees {her} nurse practitioner for a new-medicine check'
] as const

const MOOD = [
  '{Her} mood and appetite have started to improve and {she} falls asleep more easily.',
  '{She} feels a little brighter and is sleeping through the early part of the night.',
  'Mood is slowly lifting, but {she} is frustrated that {her} nights are broken again.'
] as const

const LEADS = [
  'Which medicine is the most likely cause of the change in {her} legs?',
  'Which of {her} medicines is most likely to be worsening {her} RLS?',
  'Which drug is the most probable aggravator?'
] as const

export const mirtazapineAggravator: Template = {
  id: 'antidepressant-mirtazapine',
  family: '4',
  section: 'medications',
  title: 'Mirtazapine as the aggravating antidepressant',
  generate(rng) {
    const sex = pickSex(rng)
    const age = rng.int(40, 84)
    const course = rng.pick(['new', 'mild', 'a2d'] as const)
    const a2d = course === 'a2d' ? rng.pick(['gabapentin', 'pregabalin']) : '-'
    const list = pickSafeList(rng, rng.int(3, age < 55 ? 3 : 5), { sex, age })
    let changeable = list.filter((g) => CHANGEABLE.has(g))
    if (changeable.length === 0) {
      list.splice(0, 1, 'metformin')
      list.sort()
      changeable = ['metformin']
    }
    const co = rng.pick(changeable)
    const nonKey = [...list, ...(a2d === '-' ? [] : [a2d])].filter((g) => g !== co)
    const optionCount = Math.min(rng.int(4, 5), nonKey.length + 2)
    return render({
      age,
      sex,
      use: rng.int(0, 1),
      wk: rng.int(2, 8),
      course,
      a2d,
      yrs: course === 'new' ? 0 : rng.int(1, 15),
      list: list.join('+'),
      co,
      opts: [co, ...rng.sample(nonKey, optionCount - 2)].sort().join('+'),
      set: rng.int(0, SETTINGS.length - 1),
      mood: rng.int(0, MOOD.length - 1),
      sym: rng.int(0, RLS_FEATURES.length - 1),
      exam: rng.int(0, EXAM.length - 1),
      ...(({ ferritin, tsat }) => ({ fer: ferritin, tsat }))(pickIron(rng)),
      lead: rng.int(0, LEADS.length - 1)
    })
  }
}

interface Params {
  age: number
  sex: 'f' | 'm'
  use: number
  wk: number
  course: 'new' | 'mild' | 'a2d'
  a2d: string
  yrs: number
  list: string
  co: string
  opts: string
  set: number
  mood: number
  sym: number
  exam: number
  fer: number
  tsat: number
  lead: number
}

function render(params: Params) {
  const p = person(params.age, params.sex)
  const use = drugUse('mirtazapine', params.use)
  const list = params.list.split('+')
  const before =
    params.course === 'new'
      ? `${p.She} has never had leg symptoms before.`
      : params.course === 'mild'
        ? `${p.She} has had occasional mild RLS for ${years(params.yrs)} that never needed treatment.`
        : `${p.Her} RLS had been well controlled on ${params.a2d} for ${years(params.yrs)}.`
  const others = [...list, ...(params.a2d === '-' ? [] : [params.a2d])].sort()
  const stem =
    `${aPerson(p)} ${fill(at(SETTINGS, params.set), p)} ${params.wk} weeks after starting mirtazapine ${use.regimen} for ${use.indication}. ` +
    `${fill(at(MOOD, params.mood), p)} ${before} Since shortly after the new prescriptions began, ${p.she} has had ${fill(at(RLS_FEATURES, params.sym), p)}. ` +
    `${fill(at(EXAM, params.exam), p)} ${ironLine(params.fer, params.tsat)} ` +
    `${p.Her} other medicines are ${others.map((g) => medLine(g)).join('; ')}. ` +
    `${cap(params.co)} was started at the same appointment as the mirtazapine.`
  const question = fill(at(LEADS, params.lead), p)
  const options: OptionDraft[] = [
    {
      text: 'Mirtazapine',
      code: 'mirtazapine',
      correct: true,
      rationale: `${aggravatorRationale('mirtazapine')} The symptoms began soon after it was started.`
    },
    ...params.opts.split('+').map((g) => ({
      text: cap(g),
      code: g,
      correct: false,
      rationale:
        nonAggravatorRationale(g, drugUse(g).indication) +
        (g === params.co
          ? ' It shares the timing with mirtazapine but has no mechanism to worsen RLS.'
          : '')
    }))
  ]
  const explanation =
    'Among antidepressants, mirtazapine has the clearest link with RLS: in a prospective cohort of patients starting second-generation antidepressants, 28% of those on mirtazapine developed new or worse RLS, the highest rate of any drug studied. ' +
    `${cap(params.co)} started on the same day, so timing cannot separate the two; pharmacology can, because ${params.co} is not a recognised aggravator. ` +
    classAdvice('mirtazapine')
  return {
    params: { ...params },
    claims: ['D2', 'P2'],
    difficulty: 2 as const,
    estimatedSeconds: estimateSeconds([stem, question], options.length),
    stem,
    question,
    options,
    objective:
      'Recognise mirtazapine as the antidepressant most strongly associated with new or worse RLS.',
    explanation,
    evidenceNote: null,
    references: drugItemReferences('mirtazapine'),
    facts: {
      kind: 'drug-which',
      age: p.age,
      sex: p.sex,
      medications: [...others, 'mirtazapine'].sort(),
      aggravator: 'mirtazapine',
      aggravatorClass: 'mirtazapine',
      recentlyChanged: ['mirtazapine', params.co],
      ironStudies: { ferritinNgMl: params.fer, tsatPercent: params.tsat }
    }
  }
}

// Family 4a: a newly started antidepressant as the aggravator. Mostly mirtazapine, which has the
// strongest RLS signal of any antidepressant (rottach2008: new or worse RLS in 28% of a
// prospective cohort); sometimes an SSRI or SNRI, which worsen RLS in some patients. A safe drug
// is always started in the same week, so the learner separates them by pharmacology; the
// opening sentence names neither.
import {
  aggravatorRationale,
  keyableAggravators,
  nonAggravatorRationale
} from '../../content/drugs'
import { drugOptions } from './drug-options'
import type { OptionDraft, Template } from '../types'
import { classAdvice, drugItemReferences } from './drug-text'
import {
  CHANGEABLE,
  EXAM,
  RLS_FEATURES,
  at,
  drugUse,
  ironLine,
  medLine,
  pickIron,
  pickSafeList
} from './vignette'
import { cap, seconds, fill, person, pickSex, years } from '../kit/people'

const SETTINGS = [
  'is reviewed by {her} family physician',
  'attends a follow-up with {her} community mental-health nurse',
  'attends a clinic review with {her} psychiatrist',
  'sees {her} nurse practitioner for a new-medicine check'
] as const

// How the visit opens: nothing about mood, which pointed at the antidepressant and clashed with an
// SSRI or SNRI prescribed for anxiety (read 5, P5).
const MOOD = [
  '{She} has no other new complaints.',
  '{She} says both new medicines have otherwise agreed with {him}.',
  '{She} is frustrated that {her} nights are broken.'
] as const

// The antidepressant started at the visit: mirtazapine most often, an SSRI or SNRI otherwise.
const STARTED = [
  'mirtazapine',
  'mirtazapine',
  'mirtazapine',
  'sertraline',
  'citalopram',
  'escitalopram',
  'fluoxetine',
  'venlafaxine',
  'duloxetine'
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
  title: 'A newly started antidepressant as the aggravator',
  generate(rng) {
    const sex = pickSex(rng)
    const age = rng.int(40, 84)
    const course = rng.pick(['new', 'mild', 'a2d'] as const)
    const drug = rng.pick(STARTED)
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
      drug,
      age,
      sex,
      use: rng.int(0, 1),
      wk: rng.int(2, 8),
      course,
      a2d,
      yrs: course === 'new' ? 0 : rng.int(2, 15),
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
  drug: string
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
  const drug = params.drug
  const cls = keyableAggravators.get(drug)
  if (!cls) throw new Error(`${drug} is not keyable`)
  const use = drugUse(drug, params.use)
  const list = params.list.split('+')
  const before =
    params.course === 'new'
      ? `${p.She} has never had leg symptoms before.`
      : params.course === 'mild'
        ? `${p.She} has had occasional mild RLS for ${years(params.yrs)} that never needed treatment.`
        : `${p.Her} RLS had been well controlled on ${params.a2d} for ${years(params.yrs)}.`
  const others = [...list, ...(params.a2d === '-' ? [] : [params.a2d])].sort()
  const current = [...others, drug]
    .sort()
    .map((g) => (g === drug ? medLine(g, params.use) : medLine(g)))
  // "Within days of the new prescriptions began" was a template slip (read 5, P5).
  const onset =
    params.wk <= 2
      ? 'Within days of starting the new prescriptions'
      : `About ${params.wk - 1} weeks ago, a week or so after the new prescriptions began`
  const stem =
    `${p.a} ${fill(at(SETTINGS, params.set), p)} ${params.wk} weeks after two new prescriptions were started in the same week. ` +
    `${fill(at(MOOD, params.mood), p)} ${before} ${onset}, ${p.she} started to have ${fill(at(RLS_FEATURES, params.sym), p)}. ` +
    `${fill(at(EXAM, params.exam), p)} ${ironLine(params.fer, params.tsat)} ` +
    `${p.Her} current medicines: ${current.join('; ')}. ` +
    `The two started ${params.wk} weeks ago were ${[drug, params.co].sort().join(' and ')}.`
  const question = fill(at(LEADS, params.lead), p)
  const options: OptionDraft[] = drugOptions(
    params,
    {
      code: drug,
      regimen: use.regimen,
      rationale: `${aggravatorRationale(drug)} The symptoms began soon after it was started.`
    },
    params.opts.split('+').map((g) => ({
      code: g,
      rationale:
        nonAggravatorRationale(g, drugUse(g).indication) +
        (g === params.co
          ? ` It shares the timing with ${drug}, so the drug class, not the dates, separates them.`
          : '')
    })),
    stem
  )
  const mirtazapine = drug === 'mirtazapine'
  const explanation =
    (mirtazapine
      ? 'Among antidepressants, mirtazapine has the clearest link with RLS: in a prospective cohort of patients starting second-generation antidepressants, 28% of those on mirtazapine developed new or worse RLS, the highest rate of any drug studied. '
      : `${cap(drug)} is ${cls.id === 'ssri' ? 'an SSRI' : 'an SNRI'}, and serotonergic antidepressants can bring on or worsen RLS in some patients; it is the only recognised aggravator on this list. `) +
    `${cap(params.co)} started in the same week, so timing cannot separate the two; pharmacology can, because ${params.co} is not a recognised aggravator. ` +
    classAdvice(cls.id)
  return {
    params: { ...params },
    claims: ['D2', 'P2'],
    // An SSRI or SNRI (a weaker, "some patients" link) and a long list are each a step harder.
    difficulty: (1 + (mirtazapine ? 0 : 1) + (others.length >= 5 ? 1 : 0)) as 1 | 2 | 3,
    estimatedSeconds: seconds([stem, question], options.length, { min: 30 }),
    stem,
    question,
    options,
    objective:
      'Recognise a newly started antidepressant (mirtazapine most strongly, SSRIs and SNRIs in some patients) as the aggravator among drugs started at the same time.',
    explanation,
    evidenceNote: cls.evidenceNote,
    references: drugItemReferences(cls.id),
    facts: {
      kind: 'drug-which',
      age: p.age,
      sex: p.sex,
      medications: [...others, drug].sort(),
      aggravator: drug,
      aggravatorClass: cls.id,
      recentlyChanged: [drug, params.co],
      ironStudies: { ferritinNgMl: params.fer, tsatPercent: params.tsat }
    }
  }
}

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
import { oddFormOfKey } from '../../check/lone-register'
import type { Item } from '../../item'
import type { Rng } from '../../rng'
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
import { olderStart } from '../kit/older-doses'
import { CENTRAL_WHY, a2dOtherUse, antidepressantReviewAdvice, centralWhy } from '../kit/meds'

const SETTINGS = [
  'is reviewed by {her} family physician',
  'attends a follow-up with {her} community mental-health nurse',
  'attends a clinic review with {her} psychiatrist',
  'sees {her} nurse practitioner for a new-medicine check'
] as const

// How the visit opens: nothing about mood, which pointed at the antidepressant and clashed with an
// SSRI or SNRI prescribed for anxiety (read 5, P5). Read 21 (F2#10, MINOR): "no other new
// complaints" came before the complaint was described, which read as a contradiction.
const MOOD = [
  '{She} has been well apart from one new problem.',
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

// How the two new prescriptions are introduced and named, and how the explanation separates them:
// one fixed frame made two items of one quiz near-copies (read 6, 83267 #9 and #31). The opening
// gives the count and the date once; the closing only names the pair (read 9, 104729 #14: the
// stem said twice that two drugs were started so many weeks ago).
const FRAMES = [
  {
    opening: ' {wk} weeks after two new prescriptions were started in the same week.',
    closing: 'The new ones are {pair}.',
    timing:
      '{Co} started in the same week, so timing cannot separate the two; pharmacology can, because {co} is not a recognised aggravator.'
  },
  {
    opening:
      '. Two medicines were added to {her} list within a few days of each other, {wk} weeks ago.',
    closing: 'The additions are {pair}; nothing else has changed.',
    timing:
      'The dates do not help, because {co} was added in the same few days; the drug class does, because {co} is not a recognised aggravator of RLS.'
  },
  {
    opening: ', {wk} weeks after starting two new medicines within one week.',
    // Read 10 (P6): "Those two are …" pointed back three sentences; the closing names its referent.
    closing: 'The two medicines started that week are {pair}.',
    timing:
      'Timing alone points at {co} as much as at the antidepressant; what separates them is pharmacology, and {co} is not recognised to worsen RLS.'
  }
] as const

/** The same prescription in another short chart form that the safe drugs' lines also use ("at
 * bedtime", "every morning", "once daily"), so the key's line can land at any length rank. Read 9
 * (104729 #14): the longer wordings ("taken nightly before sleep", "with breakfast each day") made
 * the key the longest option and echoed the night-time complaint. */
function shortWordings(regimen: string): string[] {
  const dose = /^[\d.]+ mg/.exec(regimen)?.[0]
  if (!dose || /extended-release/.test(regimen)) return []
  if (/at night$/.test(regimen)) return [`${dose} at bedtime`]
  if (/once daily$/.test(regimen)) return [`${dose} every morning`]
  if (/every morning$/.test(regimen)) return [`${dose} once daily`]
  return []
}

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
    // A gabapentinoid is always on the list (for the RLS, or for nerve pain or anxiety), so the
    // key is not the one centrally acting drug offered (read 16, P3: mirtazapine beside
    // chlorthalidone, atorvastatin, losartan and metformin).
    const a2d = rng.pick(['gabapentin', 'pregabalin'])
    const params: Params = {
      drug,
      age,
      sex,
      use: rng.int(0, 1),
      wk: rng.int(2, 8),
      course,
      a2d,
      cu: rng.int(0, 11),
      cw: rng.int(0, CENTRAL_WHY.length - 1),
      yrs: course === 'new' ? 0 : rng.int(2, 15),
      list: '',
      co: '',
      opts: '',
      n: 4,
      rank: 0,
      set: rng.int(0, SETTINGS.length - 1),
      mood: rng.int(0, MOOD.length - 1),
      frame: rng.int(0, FRAMES.length - 1),
      sym: rng.int(0, RLS_FEATURES.length - 1),
      exam: rng.int(0, EXAM.length - 1),
      ...(({ ferritin, tsat }) => ({ fer: ferritin, tsat }))(pickIron(rng)),
      lead: rng.int(0, LEADS.length - 1)
    }
    // The key's length rank is drawn first and the list re-drawn (up to 40 times) until its
    // drugs can put the key there: with the options fixed by one draw, the key sat in the
    // middle of the length order in 35% of items against 23% by chance (middle-length).
    const rankLot = rng.next()
    // Read 9 (odd-form-key gate): a draw whose every foil reads "… mg once daily" beside a key
    // "… at night" is re-drawn as well.
    for (let tries = 0; tries < 200; tries++) {
      drawList(rng, params, rankLot)
      const draft = render(params)
      if (!(draft.options as { miss?: number }).miss && !oddFormOfKey(draft as unknown as Item))
        break
    }
    return render(params)
  }
}

/** The safe list, the co-started safe drug and the option pool (every non-key drug). */
function drawList(rng: Rng, params: Params, rankLot: number) {
  const { sex, age, a2d } = params
  const list = pickSafeList(rng, rng.int(3, age < 55 ? 3 : 5), { sex, age })
  let changeable = list.filter((g) => CHANGEABLE.has(g))
  if (changeable.length === 0) {
    list.splice(0, 1, 'metformin')
    list.sort()
    changeable = ['metformin']
  }
  const co = rng.pick(changeable)
  const nonKey = [...list, a2d].filter((g) => g !== co)
  params.list = list.join('+')
  params.co = co
  params.n = Math.min(rng.int(4, 5), nonKey.length + 2)
  params.rank = Math.floor(rankLot * params.n)
  params.opts = [co, ...nonKey].sort().join('+')
}

interface Params {
  drug: string
  age: number
  sex: 'f' | 'm'
  use: number
  wk: number
  course: 'new' | 'mild' | 'a2d'
  a2d: string
  /** The gabapentinoid's use when it is not for the RLS, and its rationale's phrasing. */
  cu: number
  cw: number
  yrs: number
  list: string
  co: string
  opts: string
  /** Options shown, and the key's length rank among them (0 = shortest), drawn by lot. */
  n: number
  rank: number
  set: number
  mood: number
  frame: number
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
  // A co-started metformin is shown at its starting dose, not 2 g a day (read 6, 98731 #1).
  const useOf = (g: string) => (g === 'metformin' && g === params.co ? 1 : 0)
  // Both new prescriptions start at the older-adult dose from 75 (read 10, P3: duloxetine 60 mg
  // at 82); the long-standing drugs keep theirs.
  const keyRegimen = olderStart(drug, use.regimen, params.age)
  // The gabapentinoid's own use when the RLS is not what it is taken for.
  const a2dOther = params.course === 'a2d' ? undefined : a2dOtherUse(params.a2d, params.cu)
  const regimenOf = (g: string) => {
    if (g === params.a2d && a2dOther) return a2dOther.regimen
    const r = drugUse(g, useOf(g)).regimen
    return g === params.co ? olderStart(g, r, params.age) : r
  }
  const before =
    params.course === 'new'
      ? `${p.She} has never had leg symptoms before.`
      : params.course === 'mild'
        ? `${p.She} has had occasional mild RLS for ${years(params.yrs)} that never needed treatment.`
        : `${p.Her} RLS had been well controlled on ${params.a2d} for ${years(params.yrs)}.`
  const others = [...list, params.a2d].sort()
  const options: OptionDraft[] = drugOptions(
    params,
    {
      code: drug,
      regimen: keyRegimen,
      altRegimens: shortWordings(keyRegimen),
      rationale: `${aggravatorRationale(drug)} The symptoms began soon after it was started.`
    },
    params.opts.split('+').map((g) => ({
      code: g,
      regimen: regimenOf(g),
      rationale:
        (g === params.a2d && a2dOther
          ? centralWhy(g, a2dOther.indication, params.cw, '')
          : nonAggravatorRationale(g, drugUse(g).indication)) +
        (g === params.co
          ? ` It shares the timing with ${drug}, so the drug class, not the dates, separates them.`
          : '')
    })),
    '',
    params.n,
    'either',
    // The co-started drug and the gabapentinoid are always offered: without the latter the key
    // was the one centrally acting option (read 16, P3).
    [params.co, params.a2d],
    params.rank
  )
  // The chart shows the key in the wording its option carries.
  const keyText = options.find((o) => o.correct)?.text ?? ''
  const regimen = keyText.length > drug.length ? keyText.slice(drug.length + 1) : keyRegimen
  const current = [...others, drug]
    .sort()
    .map((g) =>
      g === drug
        ? `${drug} ${regimen} (${use.indication})`
        : g === params.co
          ? `${g} ${regimenOf(g)} (${drugUse(g, useOf(g)).indication})`
          : g === params.a2d && a2dOther
            ? `${g} ${a2dOther.regimen} (${a2dOther.indication})`
            : medLine(g, useOf(g))
    )
  // "Within days of the new prescriptions began" was a template slip (read 5, P5).
  const onset =
    params.wk <= 2
      ? 'Within days of starting the new prescriptions'
      : `About ${params.wk - 1} weeks ago, a week or so after the new prescriptions began`
  const pair = [drug, params.co].sort().join(' and ')
  const frame = at(FRAMES, params.frame)
  const stem =
    `${p.a} ${fill(at(SETTINGS, params.set), p)}${fill(frame.opening, p).replace('{wk}', String(params.wk))} ` +
    `${fill(at(MOOD, params.mood), p)} ${before} ${onset}, ${p.she} started to have ${fill(at(RLS_FEATURES, params.sym), p)}. ` +
    `${fill(at(EXAM, params.exam), p)} ${ironLine(params.fer, params.tsat)} ` +
    `${p.Her} current medicines: ${current.join('; ')}. ` +
    frame.closing.replace('{pair}', pair)
  const question = fill(at(LEADS, params.lead), p)
  const mirtazapine = drug === 'mirtazapine'
  const explanation =
    (mirtazapine
      ? 'Among antidepressants, mirtazapine has the clearest link with RLS: in a prospective cohort of patients starting second-generation antidepressants, 28% of those on mirtazapine developed new or worse RLS, the highest rate of any drug studied. '
      : `${cap(drug)} is ${cls.id === 'ssri' ? 'an SSRI' : 'an SNRI'}, and serotonergic antidepressants can bring on or worsen RLS in some patients; it is the only recognised aggravator on this list. `) +
    frame.timing.replaceAll('{co}', params.co).replace('{Co}', cap(params.co)) +
    ' ' +
    // Read 18 (F1#39, F2#12): no bupropion sentence (it answered antidepressant-choice).
    (antidepressantReviewAdvice(cls.id) ?? classAdvice(cls.id))
  return {
    params: { ...params },
    claims: ['D2', 'P2'],
    // An SSRI or SNRI (a weaker, "some patients" link) and a long list are each a step harder.
    difficulty: (1 + (mirtazapine ? 0 : 1) + (others.length >= 5 ? 1 : 0)) as 1 | 2 | 3,
    estimatedSeconds: seconds([stem, question], options.length, { min: 30 }),
    stem,
    question,
    options,
    // Per arm (read 14, 139201 #24 → #37): an SSRI item's objective naming mirtazapine "most
    // strongly" answered a later antidepressant-choice item.
    objective: mirtazapine
      ? 'Recognise newly started mirtazapine, the antidepressant most clearly linked with RLS, as the aggravator among drugs started at the same time.'
      : 'Recognise a newly started SSRI or SNRI, which can worsen RLS in some patients, as the aggravator among drugs started at the same time.',
    explanation,
    evidenceNote: cls.evidenceNote,
    // Read 20 (F2#11, MINOR): the explanation gives the review advice without bupropion (read 18),
    // so bayard2011, the bupropion trial, supports nothing here and is not cited.
    references: drugItemReferences(cls.id, [], false),
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

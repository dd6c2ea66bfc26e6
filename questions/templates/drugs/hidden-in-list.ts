// Family 1: the aggravating drug hidden in a realistic medication list. Exactly one drug on the
// list is a keyable aggravator (brief §2); every other drug comes from the safe-distractor list or
// is an α2δ ligand the patient takes for RLS. When a recent change is mentioned, a safe drug was
// changed in the same window, so timing alone never gives the answer away.
import { aggravatorClasses, aggravatorRationale, keyableAggravators } from '../../content/drugs'
import {
  nonAggravatorRationale,
  promethazineAsAntihistamine,
  PROMETHAZINE_ANTIHISTAMINE_ADVICE,
  PROMETHAZINE_ANTIHISTAMINE_WHY
} from '../../content/drugs'
import type { Rng } from '../../rng'
import type { OptionDraft, Template } from '../types'
import { drugOptions } from './drug-options'
import { oddFormOfKey } from '../../check/lone-register'
import type { Item } from '../../item'
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
import { classAdvice, drugItemEvidence, drugItemReferences } from './drug-text'
import { cap, seconds, fill, join, person, phrasing, pickSex, years } from '../kit/people'
import {
  CENTRAL_WHY,
  VARIED_CENTRAL_USES,
  antidepressantReviewAdvice,
  centralWhy
} from '../kit/meds'
import { olderStart } from '../kit/older-doses'

const SETTINGS = [
  'attends an annual medication review with {her} family physician',
  'is referred to a sleep clinic by {her} family physician',
  'has a structured medication review with {her} family physician and the practice pharmacist',
  'has a clinic follow-up with {her} primary care nurse practitioner',
  'is seen in a general neurology clinic',
  'raises a new complaint at a routine chronic-disease review'
]

const LEADS = [
  'Which of {her} medicines is the most likely contributor to {her} leg symptoms?',
  'Which medication on this list should be reviewed first as a probable aggravator of {her} RLS?',
  'Which drug is most likely to be provoking or worsening the RLS?'
]

// Family 1 keys every keyable class except the dopaminergic RLS drugs (augmentation, family 5).
const KEY_CLASSES = aggravatorClasses.filter((c) => c.id !== 'dopaminergic')

export const hiddenInList: Template = {
  id: 'drug-hidden-in-list',
  family: '1',
  section: 'medications',
  title: 'Aggravating drug hidden in a medication list',
  generate(rng) {
    const cls = rng.pick(KEY_CLASSES)
    const drug = rng.pick(cls.drugs)
    const sex = pickSex(rng)
    const age = rng.int(cls.id === 'd2-antipsychotic' ? 35 : 45, 84)
    const params = {
      drug,
      use: rng.int(0, 1),
      age,
      sex,
      set: rng.int(0, SETTINGS.length - 1),
      course: rng.pick(['new', 'mild', 'mild', 'a2d'] as const),
      a2d: rng.pick(['gabapentin', 'pregabalin']),
      // Read 7 (P7): which use the gabapentinoid has when it is not for the RLS, and which
      // phrasing its rationale takes ("pregabalin 75 mg twice daily for generalised anxiety
      // disorder", one rationale, was in 7 of 60 items read).
      cu: rng.int(0, 11),
      cw: rng.int(0, CENTRAL_WHY.length - 1),
      yrs: rng.int(2, 12),
      wk: rng.int(3, 10),
      list: '',
      chg: 'none',
      gap: 0,
      opts: '',
      n: 4,
      rank: 0,
      sym: rng.int(0, RLS_FEATURES.length - 1),
      exam: rng.int(0, EXAM.length - 1),
      ...prefix(pickIron(rng)),
      lead: rng.int(0, LEADS.length - 1)
    }
    // The key's length rank among the options is drawn first and the list re-drawn (up to 40
    // times) until its drugs can put the key there: with one list only, a ten-letter key could
    // never be the longest name, and the key sat in the middle (middle-length, issue 13).
    const rankLot = rng.next()
    // Read 9 (odd-form-key gate): a list whose every foil reads "… mg twice daily" beside a key
    // that does not is re-drawn as well.
    for (let tries = 0; tries < 40; tries++) {
      drawList(rng, params, rankLot)
      const draft = render(params)
      if (!(draft.options as { miss?: number }).miss && !oddFormOfKey(draft as unknown as Item))
        break
    }
    if (params.course === 'new') params.yrs = 0
    return render(params)
  }
}

/** A safe list for the patient, with a recent change, and the option pool drawn from it. */
function drawList(rng: Rng, params: Params, rankLot: number) {
  const { sex, age } = params
  // Younger patients carry shorter lists.
  const safe = pickSafeList(rng, age < 55 ? rng.int(3, 4) : rng.int(4, 6), { sex, age })
  // Every vignette gives the timeline (brief §2), and the suspect is never the only recent
  // change: a long-term safe drug was started in the same window.
  if (!safe.some((g) => CHANGEABLE.has(g))) {
    safe.splice(0, 1, 'metformin')
    safe.sort()
  }
  params.list = safe.join('+')
  const changeable = safe.filter((g) => CHANGEABLE.has(g))
  params.chg = rng.pick(changeable)
  params.gap = rng.int(1, 3)
  // A gabapentinoid is always listed (for the RLS, or for nerve pain or anxiety), so the key is
  // not the only centrally acting drug on the list (read-through P6).
  const nonKeyPool = [...safe, params.a2d]
  params.n = Math.min(rng.int(4, 5), nonKeyPool.length + 1)
  params.rank = Math.floor(rankLot * params.n)
  // Every non-key drug is a candidate; drugOptions picks n - 1 of them for the key's rank.
  params.opts = [...nonKeyPool].sort().join('+')
}

interface Params {
  drug: string
  use: number
  age: number
  sex: 'f' | 'm'
  set: number
  course: 'new' | 'mild' | 'a2d'
  a2d: string
  cu: number
  cw: number
  yrs: number
  wk: number
  list: string
  chg: string
  gap: number
  opts: string
  n: number
  /** The key's length rank among the options (0 = shortest), drawn by lot. */
  rank: number
  sym: number
  exam: number
  fer: number
  tsat: number
  lead: number
}

function prefix(iron: { ferritin: number; tsat: number }) {
  return { fer: iron.ferritin, tsat: iron.tsat }
}

/** The culprit's schedule without "up to", which the register gates read as a hedge: the
 * chlorpheniramine key "4 mg up to four times daily" was the lone hedged option in 11 items of
 * 1,000 (read 9 lone-register gate). The same limit, written as a schedule. */
function keyLine(text: string): string {
  return text.replace('up to four times daily', 'every 6 hours as needed')
}

/** How long before the change the culprit was started, from the stem's own weeks (read 10, P3:
 * a 3-week lag was called "shortly before"): up to two weeks is "shortly before". */
export function lagBefore(weeks: number): string {
  return weeks <= 2 ? 'shortly before' : `${weeks} weeks before`
}

function render(params: Params) {
  const p = person(params.age, params.sex)
  const cls = keyableAggravators.get(params.drug)
  if (!cls) throw new Error(`${params.drug} is not keyable`)
  const safe = params.list.split('+')
  const all = [...safe, params.drug, params.a2d].sort()
  // For the RLS when it was controlled on it; otherwise its other use (nerve pain, anxiety).
  // A recently started metformin is shown at its starting dose, not 2 g a day (read 6, 98731 #1).
  const useOf = (g: string) =>
    g === params.drug
      ? params.use
      : (g === params.a2d && params.course !== 'a2d') || (g === 'metformin' && g === params.chg)
        ? 1
        : 0
  // The gabapentinoid's own use when it is not taken for the RLS (nerve pain, anxiety …).
  const otherUses = VARIED_CENTRAL_USES[params.a2d] ?? []
  const a2dOther =
    params.course === 'a2d' ? undefined : otherUses[params.cu % Math.max(1, otherUses.length)]
  // The two recent starts (the culprit and the changed safe drug) are charted at the older-adult
  // starting dose from 75 (read 10, P3); the long-standing drugs keep their doses.
  const started = (g: string, u: { regimen: string; indication: string }) =>
    g === params.drug || g === params.chg
      ? { ...u, regimen: olderStart(g, u.regimen, params.age) }
      : u
  const use = (g: string) =>
    g === params.a2d && a2dOther ? a2dOther : started(g, drugUse(g, useOf(g)))
  const features = fill(at(RLS_FEATURES, params.sym), p)
  const history =
    params.course === 'new'
      ? `${p.She} has never had leg symptoms before, but for the past ${params.wk} weeks ${p.she} has had ${features}.`
      : params.course === 'mild'
        ? `${p.She} has had mild RLS for ${years(params.yrs)} that never needed treatment. Over the past ${params.wk} weeks it has become much worse: ${p.she} now describes ${features}.`
        : `${p.Her} RLS was well controlled on ${params.a2d} for ${years(params.yrs)}, but over the past ${params.wk} weeks ${p.she} has again had ${features}.`
  const meds = all.map((g) =>
    g === params.a2d && a2dOther
      ? `${g} ${a2dOther.regimen} (${a2dOther.indication})`
      : g === params.drug
        ? keyLine(`${g} ${use(g).regimen} (${use(g).indication})`)
        : g === params.chg
          ? `${g} ${use(g).regimen} (${use(g).indication})`
          : medLine(g, useOf(g))
  )
  let timing = ''
  // The key and the changed safe drug both started before the symptoms changed.
  const gap = params.gap
  if (params.chg !== 'none') {
    const keyWeeks = params.wk + gap
    const chgWeeks = params.wk + (gap === 1 ? 2 : gap - 1)
    // In alphabetical order: the culprit was always named first (copy edit after read 5).
    const changes = [
      [params.drug, keyWeeks],
      [params.chg, chgWeeks]
    ]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([g, w]) => `${g}, started ${w} weeks ago`)
    // Read 8 (P6): one frame for the changes and the list in every item; now three each.
    timing = ` ${phrasing(
      [
        `The only recent changes were ${changes.join(', and ')}.`,
        `Two medicines are new: ${changes.join(', and ')}.`,
        `Nothing else on the list has changed apart from ${changes.join(', and ')}.`
      ],
      meds.join(';'),
      'timing'
    )}`
  }
  const opening = `${p.a} ${fill(at(SETTINGS, params.set), p)}. ${history} `
  const listIntro = phrasing(
    [`${p.Her} medication list:`, `${p.She} currently takes`, `The practice record lists`],
    opening + meds.join(';'),
    'list'
  )
  const stem =
    opening +
    `${fill(at(EXAM, params.exam), p)} ${ironLine(params.fer, params.tsat)} ` +
    `${listIntro} ${meds.join('; ')}.${timing}`
  const question = fill(at(LEADS, params.lead), p)
  const optionDrugs = params.opts.split('+')
  const options: OptionDraft[] = drugOptions(
    params,
    {
      code: params.drug,
      regimen: keyLine(use(params.drug).regimen),
      rationale: `${aggravatorRationale(params.drug, drugUse(params.drug, params.use).indication)} It is the only recognised aggravator on this list, and it was started ${lagBefore(gap)} the symptoms changed.`
    },
    optionDrugs.map((g) => ({
      code: g,
      regimen: use(g).regimen,
      rationale:
        (g === params.a2d && a2dOther
          ? centralWhy(g, a2dOther.indication, params.cw, '')
          : nonAggravatorRationale(g, use(g).indication)) +
        (g === params.chg
          ? ` ${phrasing(
              [
                'Its recent start is a coincidence of timing, not a mechanism.',
                'It shares the timing, but timing alone is not a mechanism.',
                'That it started in the same weeks is coincidence, not a cause.'
              ],
              stem,
              'chg'
            )}`
          : '')
    })),
    stem,
    params.n,
    'either',
    // The safe drug the stem names as the other recent change is always offered (read-through
    // of bank 2.5.0, pattern 3: otherwise the key was the only recent change among the options),
    // and so is the gabapentinoid (read 16, P3: listed but not offered, it left the key the one
    // centrally acting option).
    [...(params.chg === 'none' ? [] : [params.chg]), params.a2d],
    params.rank
  )
  const others = all.filter((g) => g !== params.drug)
  const asAntihistamine = promethazineAsAntihistamine(
    params.drug,
    drugUse(params.drug, params.use).indication
  )
  // Read 8 (P5): "the only medicine with a known link to RLS" was said with gabapentin, an RLS
  // treatment, on the list; brief §2 wording now, the α2δ drug named as a treatment, and two
  // openings (P6).
  const why = asAntihistamine ? PROMETHAZINE_ANTIHISTAMINE_WHY : cls.why
  const safeOthers = others.filter((g) => g !== params.a2d)
  const a2dNote = `${cap(params.a2d)} is an α2δ ligand, a first-line RLS treatment rather than an aggravator.`
  const explanation =
    phrasing(
      [
        `${cap(params.drug)} is the one medicine on this list that explains the change: ${why}. ${cap(join(safeOthers))} ${safeOthers.length === 1 ? 'is' : 'are'} not recognised aggravators, and ${params.chg} shares the timing but not the pharmacology. ${a2dNote}`,
        `Of everything on this list, only ${params.drug} can account for the change: ${why}. ${a2dNote} ${cap(join(safeOthers))} ${safeOthers.length === 1 ? 'is' : 'are'} not recognised aggravators; ${params.chg} started in the same weeks, but timing is not a mechanism.`
      ],
      stem,
      'explain'
    ) +
    ` ${
      asAntihistamine
        ? PROMETHAZINE_ANTIHISTAMINE_ADVICE
        : // Read 18 (F1#39, F2#12): no bupropion sentence (it answered antidepressant-choice).
          (antidepressantReviewAdvice(cls.id) ?? classAdvice(cls.id))
    } ` +
    'A full medication review, over-the-counter products included, belongs in every RLS assessment; iron studies here do not meet the thresholds for iron therapy.' +
    (drugUse(params.drug, params.use).indication === 'bipolar disorder'
      ? ' (Lithium, another bipolar treatment, is linked to RLS only by case reports and is not treated as an aggravator.)'
      : '')
  const claims = [cls.claim, 'P2', ...(cls.id === 'd2-antipsychotic' ? ['D5'] : [])]
  // Per item: a less familiar class, a culprit hidden in a long list, and a safe drug started
  // closer to the onset than the culprit (competing timing) each add a step.
  const chgCloser = params.gap >= 2
  const difficulty = Math.min(
    3,
    1 +
      (['ssri', 'snri', 'h1-antihistamine'].includes(cls.id) || asAntihistamine ? 1 : 0) +
      (all.length >= 6 || chgCloser ? 1 : 0)
  ) as 1 | 2 | 3
  return {
    params: { ...params },
    claims,
    difficulty,
    estimatedSeconds: seconds([stem, question], options.length, { min: 30 }),
    stem,
    question,
    options,
    objective:
      'Spot the one recognised RLS-aggravating drug in a realistic medication list and explain why the others are not recognised aggravators.',
    explanation,
    evidenceNote: drugItemEvidence(cls.id),
    references: drugItemReferences(cls.id, [], !asAntihistamine),
    facts: {
      kind: 'drug-which',
      age: p.age,
      sex: p.sex,
      medications: all,
      aggravator: params.drug,
      aggravatorClass: cls.id,
      recentlyChanged: params.chg === 'none' ? [] : [params.drug, params.chg],
      ironStudies: { ferritinNgMl: params.fer, tsatPercent: params.tsat }
    }
  }
}

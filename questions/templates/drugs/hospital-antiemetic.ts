// Family 3: the antiemetic given in hospital. A dopamine-blocking antiemetic (metoclopramide,
// prochlorperazine or promethazine) charted as needed brings on or worsens RLS on the ward.
// Ondansetron never appears (brief §2, never-use list). The story keeps the restlessness in the
// legs, at rest and in the evening, so it reads as RLS rather than akathisia (a mimic).
import { aggravatorRationale, nonAggravatorRationale } from '../../content/drugs'
import type { OptionDraft, Template } from '../types'
import { classAdvice, drugItemReferences } from './drug-text'
import { drugOptions } from './drug-options'
import {
  ADMISSIONS,
  CHARTED,
  CHARTED_LONG,
  CHARTED_SHORT,
  DOSE_TIMES,
  FEATURES,
  LEADS,
  NIGHT,
  painRoute,
  withRoute
} from './hospital-antiemetic-text'
import { drugUse, at, medLine, pickSafeList } from './vignette'
import { cap, fill, person, pickSex, seconds, years } from '../kit/people'
import { CENTRAL_WHY, a2dOtherUse, capYears, centralWhy } from '../kit/meds'
import {
  LONG_TERM_ANTIDEPRESSANTS,
  TOLERATED_MIN_YEARS,
  TOLERATED_SHARE,
  toleratedChoices,
  toleratedWhy,
  type ToleratedSpec
} from '../kit/tolerated'
import { paramsRng } from './drug-options'

// Read 21 (P2): a long-standing antidepressant from home in 60% of charts, so the drug class and
// the timeline decide, not "the brain-acting drug that is not the gabapentinoid".
const TOLERATED: ToleratedSpec = { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS }
/** The option search tries this many tolerated picks for one that lets the key reach its rank. */
const TOLERATED_TRIES = 6

const OPENINGS = [
  'Walking the corridor at night on a ward is easily put down to confusion; the story here is RLS.',
  'Getting out of bed again and again at night is worth a question about the legs before a sedative is reached for.',
  'A night-time call about the legs on a ward is a prompt to read the as-needed section of the chart.',
  'Pacing at the bedside late in the evening can be RLS, akathisia or distress; the history tells them apart.'
] as const

export const hospitalAntiemetic: Template = {
  id: 'hospital-antiemetic',
  family: '3',
  section: 'medications',
  title: 'Dopamine-blocking antiemetic given in hospital',
  generate(rng) {
    const adm = rng.int(0, ADMISSIONS.length - 1)
    const a = at(ADMISSIONS, adm)
    const sex = pickSex(rng)
    const age = rng.int(a.minAge, 'maxAge' in a ? a.maxAge : 88)
    const drug = rng.pick(a.drugs)
    const course = rng.pick(['known', 'known', 'a2d', 'new'] as const)
    // A gabapentinoid is always charted (for the RLS, or from home for nerve pain or anxiety) and
    // offered, so the antiemetic is not the one centrally acting option (read 16, P3).
    const a2d = rng.pick(['gabapentin', 'pregabalin'])
    // No insulin glargine on the home list (read 9, P6): its "22 units at bedtime" line is the
    // gastroparesis template's, and the two read as one patient in a quiz.
    // Read 18 (F1#24, F2#18): no metformin where the admission is for vomiting or dehydration,
    // since it is held there rather than charted as a regular medicine.
    const exclude = ['acetaminophen', 'insulin glargine', ...('vomiting' in a ? ['metformin'] : [])]
    const home = pickSafeList(rng, rng.int(2, 4), { sex, age }, exclude)
    const nonKey = [...home, 'acetaminophen', ...(a.abx ? [a.abx] : []), a2d]
    const n = Math.min(rng.int(4, 5), nonKey.length + 1)
    const base: Params = {
      adm,
      drug,
      course,
      a2d,
      cu: rng.int(0, 11),
      cw: rng.int(0, CENTRAL_WHY.length - 1),
      age,
      sex,
      // Capped by age (read 22: "controlled on gabapentin for 20 years" at 30, now on the chart).
      yrs: course === 'new' ? 0 : capYears(a2d, rng.int(2, 20), age, sex),
      home: home.join('+'),
      opts: [...nonKey].sort().join('+'),
      n,
      times: rng.int(0, DOSE_TIMES.length - 1),
      night: rng.int(0, NIGHT.length - 1),
      sym: rng.int(0, FEATURES.length - 1),
      lead: rng.int(0, LEADS.length - 1)
    }
    const picks = toleratedChoices(
      TOLERATED,
      `hospital-antiemetic|${rng.int(0, 1e9)}`,
      drug,
      age,
      sex
    )
    if (picks.length === 0) return render(base)
    // With a tolerated drug there are four distractors, so a free slot remains for the key's
    // length rank; the rank is drawn once and each pick (and its wording) is tried against it.
    const drawnYears = rng.int(TOLERATED_MIN_YEARS, 14)
    const rank = rng.int(0, 4)
    const withTol = (i: number): Params => {
      const pick = picks[i]!
      const use = LONG_TERM_ANTIDEPRESSANTS[pick.drug]!.indexOf(pick.use)
      return {
        ...base,
        n: 5,
        opts: [...nonKey, pick.drug].sort().join('+'),
        tol: `${pick.drug}:${use}`,
        tolYrs: Math.max(TOLERATED_MIN_YEARS, capYears(pick.drug, drawnYears, age, sex)),
        rank
      }
    }
    // A rank no pick reaches (promethazine's chart line is never the longest) takes the pick that
    // comes nearest, not the first: the first put that key at the bottom (shortest +4.8).
    // (render drafts the chosen try's options once more: generation time only, a few drafts.)
    const tries = picks.slice(0, TOLERATED_TRIES).map((_, i) => withTol(i))
    const miss = tries.map((t) => draftOptions(t).miss ?? 0)
    return render(tries[miss.indexOf(Math.min(...miss))]!)
  }
}

interface Params {
  adm: number
  drug: string
  course: 'known' | 'a2d' | 'new'
  a2d: string
  /** The gabapentinoid's use when it is not for the RLS, and its rationale's phrasing. */
  cu: number
  cw: number
  age: number
  sex: 'f' | 'm'
  yrs: number
  home: string
  opts: string
  n: number
  times: number
  night: number
  sym: number
  lead: number
  /** The long-standing antidepressant from home ("sertraline:1": drug and regimen index in
   * LONG_TERM_ANTIDEPRESSANTS); absent when none is listed, so those items keep their ids. */
  tol?: string
  tolYrs?: number
  /** The key's length rank aimed at, drawn in generate when a tolerated drug is listed (without
   * one it is drawn from the params). */
  rank?: number
}

/** The tolerated antidepressant listed, with its regimen, if any. */
function toleratedOf(params: Params): { drug: string; regimen: string; indication: string } | null {
  if (!params.tol) return null
  const [drug, use] = params.tol.split(':') as [string, string]
  const u = LONG_TERM_ANTIDEPRESSANTS[drug]?.[Number(use)]
  if (!u) throw new Error(`hospital-antiemetic: unknown tolerated drug ${params.tol}`)
  return { drug, ...u }
}

/** Years each home medicine has been taken, drawn from the params (at least 2, and the
 * tolerated drug's own years for it), so every home entry carries a timeline, not only the
 * tolerated one. */
function homeYears(params: Params, generic: string): number {
  if (generic === toleratedOf(params)?.drug) return params.tolYrs ?? 0
  const rng = paramsRng({ home: params.home, age: params.age, g: generic }, 'home-years')
  return capYears(generic, rng.int(2, 16), params.age, params.sex)
}

/** The key's opening sentence. Promethazine is named as what it is (brief §2: a phenothiazine H1
 * antihistamine with D2 blockade, here prescribed for nausea), not only as a dopamine blocker. */
function keyWhy(drug: string): string {
  return drug === 'promethazine'
    ? 'Promethazine, charted here for nausea, is a phenothiazine antihistamine that also blocks central D2 receptors: it is one of the dopamine-blocking antiemetics recognised to bring on or worsen RLS, and its antihistamine action can worsen RLS too.'
    : aggravatorRationale(drug, 'nausea')
}

/** Read 18 (F2#18, P7): promethazine at 25 mg every 6 hours in a patient of 84, with no word on
 * its anticholinergic load. From 65 the explanation says why it is a poor choice on that count
 * too (a sentence of its own, so the RLS teaching is unchanged). */
export function olderCaveat(drug: string, age: number): string {
  if (age < 65) return ''
  return drug === 'promethazine'
    ? ` At ${age}, promethazine is a poor choice for a second reason: its anticholinergic and sedative effects raise the risk of delirium and falls in older patients.`
    : ` At ${age}, a dopamine blocker also carries a higher risk of drowsiness and extrapyramidal effects, so the lowest effective dose for the shortest time is the rule.`
}

// Every chart entry says where it came from (home, admission), so the antiemetic is not the only
// entry with a history.
function chartLine(
  g: string,
  abx: string | null,
  since: string,
  other?: { regimen: string; indication: string }
): string {
  if (other) return `${g} ${other.regimen} (${other.indication}; from home${since})`
  if (g === abx)
    return g === 'amoxicillin'
      ? 'amoxicillin 1 g by mouth three times daily (started on admission)'
      : 'cephalexin 500 mg by mouth four times daily (started on admission)'
  // One bracket, "(hypertension; from home)", not "(hypertension) (from home)".
  return medLine(g).replace(/\)$/, `; from home${since})`)
}

/** The options, by one rule for every drug; `miss` says how far the key is from its length rank. */
function draftOptions(params: Params): OptionDraft[] & { miss?: number } {
  const p = person(params.age, params.sex)
  const a = at(ADMISSIONS, params.adm)
  const a2dOther = a2dUse(params)
  const tol = toleratedOf(params)
  const abxRegimen = a.abx === 'amoxicillin' ? '1 g three times daily' : '500 mg four times daily'
  const timing = tol
    ? `so was the analgesic, which is not an aggravator, while ${tol.drug} has been taken at one dose for ${params.tolYrs} years.`
    : 'so was the analgesic, which is not an aggravator, so the drug class decides.'
  return drugOptions(
    params,
    {
      code: params.drug,
      regimen: CHARTED_SHORT[params.drug],
      altRegimens: CHARTED_LONG[params.drug] ?? [],
      rationale: `${keyWhy(params.drug)} It was given this evening, before the symptoms began; ${timing}`
    },
    params.opts.split('+').map((g) => ({
      code: g,
      ...(g === a.abx
        ? { regimen: withRoute(g, abxRegimen) }
        : g === 'acetaminophen'
          ? {
              regimen: `1 g ${painRoute(params.drug)} four times a day as needed`,
              altRegimens: [
                `1 g ${painRoute(params.drug)} as needed`,
                `1 g ${painRoute(params.drug)} four times a day as needed for pain`
              ]
            }
          : g === params.a2d && a2dOther
            ? { regimen: withRoute(g, a2dOther.regimen) }
            : g === tol?.drug
              ? { regimen: withRoute(g, tol.regimen) }
              : { regimen: withRoute(g, drugUse(g).regimen) }),
      rationale:
        g === a.abx
          ? `${cap(g)} (${g === 'amoxicillin' ? 'a penicillin' : 'a cephalosporin'} antibiotic, started on admission) is not a recognised aggravator of RLS.`
          : g === 'acetaminophen'
            ? 'Acetaminophen (a simple analgesic, given as needed on the same evenings) is not a recognised aggravator of RLS: it has no central dopamine-blocking or antihistamine action.'
            : g === params.a2d && a2dOther
              ? centralWhy(g, a2dOther.indication, params.cw, '')
              : g === tol?.drug
                ? fill(toleratedWhy(g, params.tolYrs ?? 0, params.drug), p)
                : nonAggravatorRationale(g, drugUse(g).indication)
    })),
    '',
    params.n,
    true,
    // The as-needed analgesic given on the same evenings is always offered: when the trimmer
    // dropped it, the antiemetic was the only option dosed at the onset (read 5, P1). So is the
    // gabapentinoid (read 16, P3), and the tolerated antidepressant where one is listed.
    ['acetaminophen', params.a2d, ...(tol ? [tol.drug] : [])],
    params.rank
  )
}

/** The a2δ drug's use when it is not for the RLS. */
const a2dUse = (params: Params) =>
  params.course === 'a2d' ? undefined : a2dOtherUse(params.a2d, params.cu)

function render(params: Params) {
  const p = person(params.age, params.sex)
  const a = at(ADMISSIONS, params.adm)
  const home = params.home.split('+')
  const a2dOther = a2dUse(params)
  const tol = toleratedOf(params)
  // Read 18 (F1#24, F2#18): "mild, untreated RLS" beside gabapentin charted from home, an RLS
  // treatment; the history now says the RLS was never treated in its own right and names what the
  // gabapentinoid is for.
  const history =
    params.course === 'new'
      ? `${p.She} has never had anything like it before.`
      : params.course === 'known'
        ? `${p.She} has had mild RLS for ${years(params.yrs)}, never treated in its own right, that normally troubles ${p.him} once or twice a week at most, even on the ${params.a2d} ${p.she} takes for ${a2dOther?.indication ?? 'nerve pain'}.`
        : `${p.Her} RLS has been well controlled on ${params.a2d} for ${years(params.yrs)}, and it has been continued in hospital.`
  // Every home entry gives its years (the gabapentinoid's own for the RLS), so the tolerated
  // antidepressant is not the one entry with a timeline.
  const since = (g: string) =>
    g === a.abx
      ? ''
      : `, for ${years(g === params.a2d && params.course === 'a2d' ? params.yrs : homeYears(params, g))}`
  const chart = [...home, ...(a.abx ? [a.abx] : []), params.a2d, ...(tol ? [tol.drug] : [])]
    .sort()
    .map((g) =>
      chartLine(g, a.abx, since(g), g === params.a2d ? a2dOther : g === tol?.drug ? tol : undefined)
    )
  const doses = at(DOSE_TIMES, params.times)
  // The as-needed analgesic was given on the same evenings, so administration times alone do
  // not single out the antiemetic (read-through 2026-12-01, P1).
  const painDoses = at(DOSE_TIMES, (params.times + 1) % DOSE_TIMES.length)
  const asNeeded = [
    `acetaminophen 1 g ${painRoute(params.drug)} four times a day as needed for pain, given today at ${painDoses}`,
    `${CHARTED[params.drug]}, given today at ${doses}`
  ].sort()
  const stem =
    `${p.a} ${fill(a.text, p)}. ${fill(at(NIGHT, params.night), p)}. ${p.She} describes ` +
    `${fill(at(FEATURES, params.sym), p)}. The restlessness is confined to the legs and was absent earlier in the day. ${history} ` +
    `Leg pulses are normal and there is no calf swelling or tenderness. ` +
    `Regular medicines on the chart: ${chart.join('; ')}. As needed: ${asNeeded.join('; ')}.`
  const question = at(LEADS, params.lead)
  const drafted = draftOptions(params)
  // The key read as the chart does, with its indication ("… as needed for nausea"), is not the one
  // option naming what it is for: the analgesic then reads as its chart line does too.
  const keyNamesUse = drafted.some((o) => o.correct && o.text.endsWith(' for nausea'))
  const options = drafted.map((o) =>
    keyNamesUse && o.text.startsWith('Acetaminophen') && !o.text.endsWith(' for pain')
      ? {
          ...o,
          text: `Acetaminophen 1 g ${painRoute(params.drug)} four times a day as needed for pain`
        }
      : o
  )
  // An opening that follows how the problem came to notice (the NIGHT line), so the paragraph is
  // not the same in every item a learner meets (read 5, P3).
  const explanation =
    `${at(OPENINGS, params.night)} ` +
    `${cap(params.drug)} ${params.drug === 'promethazine' ? 'is a phenothiazine antihistamine that also blocks central dopamine (D2) receptors. Given for nausea, it acts as a dopamine-blocking antiemetic, and these antiemetics' : 'blocks central dopamine receptors, and dopamine-blocking antiemetics'} are among the best-recognised drug causes of new or worse RLS; ` +
    (tol
      ? `apart from ${tol.drug}, which can aggravate RLS but has been taken for ${params.tolYrs} years with the legs as before, none of the other charted medicines is a recognised aggravator. `
      : 'none of the other charted medicines is a recognised aggravator. ') +
    'The same drug can cause akathisia, the main alternative here, but akathisia is a whole-body inner restlessness with little evening pattern, whereas this patient has an urge confined to the legs, brought on by rest in the evening and eased by walking. ' +
    `${classAdvice('d2-antiemetic')}${olderCaveat(params.drug, p.age)} Asking what was given on the ward belongs in the assessment of any RLS flare in hospital.`
  return {
    params: { ...params },
    claims: ['D1', 'D5', 'P2'],
    // Harder when RLS treatment is already in place (a competing explanation) or an antibiotic
    // started on admission shares the timing.
    difficulty: (1 +
      (params.course === 'a2d' ? 1 : 0) +
      (a.abx && params.opts.includes(a.abx) ? 1 : 0)) as 1 | 2 | 3,
    estimatedSeconds: seconds([stem, question], options.length, { min: 30 }),
    stem,
    question,
    options,
    objective:
      'Recognise a dopamine-blocking antiemetic given in hospital as the cause of an RLS flare, and tell RLS from akathisia.',
    explanation,
    evidenceNote: null,
    references: drugItemReferences('d2-antiemetic'),
    facts: {
      kind: 'drug-which',
      age: p.age,
      sex: p.sex,
      setting: 'inpatient',
      medications: [
        params.drug,
        ...home,
        'acetaminophen',
        ...(a.abx ? [a.abx] : []),
        params.a2d,
        ...(tol ? [tol.drug] : [])
      ].sort(),
      aggravator: params.drug,
      aggravatorClass: 'd2-antiemetic',
      ...(tol ? { toleratedAggravator: tol.drug, toleratedYears: params.tolYrs ?? 0 } : {})
    }
  }
}

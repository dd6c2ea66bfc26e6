// An acute psychiatric admission: a D2-blocking antipsychotic is started on the ward and, a few
// nights later, the nursing notes describe RLS (evening, legs, relieved by walking) rather than
// akathisia (no daytime pacing). A safe drug is started in the same days, so timing alone does not
// give the answer away; the learner has to know which class provokes RLS.
import type { Template } from '../types'
import type { Rng } from '../../rng'
import {
  drugOptions,
  listText,
  pickDistractorDrugs,
  scheduleOf,
  type ListedDrug
} from '../kit/drug-item'
import { oddFormOfKey } from '../../check/lone-register'
import type { Item } from '../../item'
import {
  a2dOtherUse,
  capYears,
  classEvidence,
  classRefs,
  notAggravatorWhy,
  safeUse,
  triggerWhy
} from '../kit/meds'
import { cap, fill, person, pickSex, plural, seconds, spell } from '../kit/people'

// Each regimen has an as-needed dose after a comma, as acute ward charts do. The chart line in the
// stem keeps it; the options never do (read 9, 91237 #7: "plus 5 mg as needed" made the key the
// longest option), so every option shows its dose in one short form ("Olanzapine 10 mg at night").
const KEYS: Record<string, { regimen: string; reasons: readonly number[] }> = {
  haloperidol: { regimen: '5 mg twice daily, plus 5 mg as needed', reasons: [0, 1, 2] },
  olanzapine: { regimen: '10 mg at night, plus 5 mg as needed', reasons: [0, 1, 2] },
  quetiapine: { regimen: '300 mg at night, plus 50 mg as needed', reasons: [0, 2] },
  risperidone: { regimen: '2 mg twice daily, plus 1 mg as needed', reasons: [0, 1, 2] },
  ziprasidone: { regimen: '40 mg twice daily with food', reasons: [0, 2] },
  chlorpromazine: { regimen: '100 mg at night, plus 25 mg as needed', reasons: [1] }
}
const REASONS = [
  'an acute manic episode',
  'a relapse of schizophrenia',
  'a first psychotic episode'
]
/** What the antipsychotic is charted for, per admission reason: every chart line names an
 * indication, so the culprit is not the one line without one (copy edit after read 5). */
const CHART_FOR = ['mania', 'schizophrenia', 'psychosis']
/** What the antipsychotic treats, per admission reason, for the explanation (read 10, P5:
 * "treatment for the psychosis" in a man admitted with mania). */
const TREATING = ['the mania', 'the schizophrenia', 'the psychosis']
const POOL = [
  'lisinopril',
  'losartan',
  'atorvastatin',
  'metformin',
  'levothyroxine',
  'hydrochlorothiazide',
  'sitagliptin',
  'rosuvastatin'
]
// Short courses or as-needed drugs started on the ward: at most one joins the list.
// Losartan for blood pressure found raised on admission (read 9): a short line, so the key can be
// the longest option without an as-needed dose; the ACE inhibitor then leaves the pool (no
// ACE inhibitor with an ARB).
const NEW_ON_WARD = ['amoxicillin', 'cephalexin', 'acetaminophen', 'insulin glargine', 'losartan']
const poolBeside = (candidate: string) =>
  POOL.filter((g) => g !== candidate && !(candidate === 'losartan' && g === 'lisinopril'))
/** A ward chart line for a safe drug. Acetaminophen without "up to" (a hedge to the cue gate, which
 * the option would then carry alone). */
const useOf = (g: string): { regimen: string; indication: string } =>
  g === 'acetaminophen'
    ? { regimen: '1 g four times daily as needed', indication: 'headaches' }
    : safeUse(g)

/** How the options read: the name alone, strength and how often, or that with what it is charted
 * for. No form shows an as-needed dose, so the key's length rank comes from its name, dose and
 * indication like every other line's ("Olanzapine 10 mg at night for schizophrenia"). */
type Form = 'name' | 'dose' | 'schedule' | 'chart'
const FORMS: readonly Form[] = ['name', 'dose', 'schedule', 'chart']

/**
 * The distractors and the option form, for a length rank of the key drawn by lot (read 7,
 * middle-length): with names only the ward-started drug and the short pool names held the key in
 * the middle. The first form, in random order, whose distractors reach the drawn rank is used.
 */
function rankedOptions(
  rng: Rng,
  drug: string,
  count: number,
  sex: 'f' | 'm',
  candidates: readonly string[],
  keyFor: string,
  /** The gabapentinoid taken at home, always offered (read 16, P3: without it the antipsychotic
   * was the one centrally acting option). */
  central: string,
  useFor: (g: string) => { regimen: string; indication: string }
): {
  form: Form
  others: string[]
  candidate: string
  suffix: (g: string) => string | undefined
} {
  const regimenOf = (g: string) => (g === drug ? (KEYS[drug]?.regimen ?? '') : useFor(g).regimen)
  const forOf = (g: string) => (g === drug ? keyFor : useFor(g).indication)
  const suffixIn = (f: Form) => (g: string) =>
    f === 'name'
      ? undefined
      : f === 'dose'
        ? (/^[\d.]+ (?:mg|g|units|micrograms)/.exec(regimenOf(g))?.[0] ?? scheduleOf(regimenOf(g)))
        : f === 'schedule'
          ? scheduleOf(regimenOf(g))
          : `${scheduleOf(regimenOf(g))} for ${forOf(g)}`
  // The two ends of the length order are aimed at more often than the middle, since they are the
  // ranks most often missed (olanzapine and quetiapine are short names with short doses): aimed
  // at uniformly, the key sat in the middle 7-10 points above chance. With the gabapentinoid always
  // listed (read 16) the longest rank is reached more often, so it is aimed at less (25% → 14%:
  // longest +7.0 → +2.6 points over 1,000 seeds).
  const lot = rng.next()
  const want = lot < 0.14 ? 0 : lot < 0.17 ? count : rng.int(0, count)
  let best: { miss: number; form: Form; others: string[]; candidate: string } = {
    miss: Infinity,
    form: 'name',
    others: [],
    candidate: candidates[0] ?? ''
  }
  // The ward-started drug is chosen with the form (read 9: without the as-needed dose the key
  // could be the longest line only beside a short ward-started entry). A set whose every foil
  // shares a phrase the key lacks ("for type 2 diabetes") counts as a miss (odd-form-key gate).
  search: for (const form of rng.shuffle([...FORMS])) {
    for (const candidate of rng.shuffle([...candidates])) {
      const text = (g: string) => `${cap(g)} ${suffixIn(form)(g) ?? ''}`.trim()
      const others = pickDistractorDrugs(
        rng,
        drug,
        poolBeside(candidate),
        count,
        sex,
        text,
        [candidate, central],
        want
      )
      const k = text(drug).length
      const longer = others.filter((g) => text(g).length > k).length
      const odd = oddFormOfKey({
        options: [drug, ...others].map((g) => ({ text: text(g), correct: g === drug }))
      } as unknown as Item)
      const miss =
        Math.abs(longer - want) + others.filter((g) => text(g).length === k).length + (odd ? 1 : 0)
      if (miss < best.miss) best = { miss, form, others, candidate }
      if (miss === 0) break search
    }
  }
  return {
    form: best.form,
    others: best.others,
    candidate: best.candidate,
    suffix: suffixIn(best.form)
  }
}

const NOTES = [
  'getting out of bed again and again after 10 pm, saying {her} calves feel fizzy and that only walking the corridor brings relief, which lasts until {she} lies down',
  'coming to the nursing station each night around midnight, rubbing {her} shins and explaining that {she} has to keep walking because lying still makes {her} legs unbearable',
  'failing to settle at lights-out because of a creeping feeling deep in {her} legs that eases while {she} paces and returns as soon as {she} sits'
]
const DAY = [
  'During the day {she} sits through ward groups and meals without fidgeting.',
  'Staff see no restlessness in the daytime, when {she} reads calmly in the lounge.'
]
const LEADS = [
  'Which medicine on the inpatient chart is the most likely contributor to these night-time symptoms?',
  'Which drug on {her} chart should the team review first as the probable cause?'
]
const OPENERS = [
  'What the night staff describe is RLS, not akathisia:',
  'Read the nursing notes against the IRLSSG criteria first:',
  'The pattern points to drug-provoked RLS:'
]

/**
 * When the symptoms began relative to the first dose, from the stem's own numbers (read 9, 91237
 * #7: "within 6 nights" beside a start on day 2, admission 7 days ago and 5 nights of symptoms).
 * Admission is day 1, so today is day admitted + 1; the first bad night is the evening of day
 * today - nights, which is startDay + wait.
 */
export function latency(params: { day: number; nights: number; wait: number }): string {
  const startDay = params.day + 1
  const first = params.day + params.nights + params.wait + 1 - params.nights
  return `It was started on day ${startDay}, and the night-time symptoms began on the evening of day ${first}, ${spell(first - startDay, 'day')} later.`
}

export const psychAdmission: Template = {
  id: 'trigger-psych-admission',
  family: '13',
  section: 'medications',
  title: 'Antipsychotic started on a psychiatric ward, RLS in the nursing notes',
  generate(rng) {
    const drug = rng.pick(Object.keys(KEYS))
    const k = KEYS[drug] ?? { regimen: '', reasons: [0] }
    const sex = pickSex(rng)
    const count = rng.int(3, 4)
    const why = rng.pick(k.reasons)
    const central = rng.pick(['gabapentin', 'pregabalin'])
    const cu = rng.int(0, 11)
    const centralUse = a2dOtherUse(central, cu)
    const useFor = (g: string) => (g === central ? centralUse : useOf(g))
    // The ward-started safe drug is always on the chart: the culprit is never the only new entry.
    const { form, others, candidate, suffix } = rankedOptions(
      rng,
      drug,
      count,
      sex,
      NEW_ON_WARD,
      CHART_FOR[why] ?? 'psychosis',
      central,
      useFor
    )
    const fresh = others.filter((g) => g === candidate)
    const drawn = others.map(() => rng.int(2, 15))
    // Sitagliptin, a second-line diabetes drug, is never taken for longer than metformin.
    const m = others.indexOf('metformin')
    // The gabapentinoid for nerve pain or anxiety at most 6 years ("nerve pain after a shoulder
    // operation … for 12 years" read as a slip).
    const since = others.map((g, i) =>
      g === 'sitagliptin' && m >= 0
        ? Math.min(drawn[i] ?? 2, drawn[m] ?? 2)
        : g === central
          ? Math.min(drawn[i] ?? 2, 6)
          : (drawn[i] ?? 2)
    )
    const params = {
      drug,
      sex,
      age: rng.int(35, 64),
      why,
      day: rng.int(1, 3),
      nights: rng.int(2, 5),
      wait: rng.int(1, 3),
      form,
      others: others.join('+'),
      fresh: fresh[0] ?? '-',
      cu,
      since: since.join('+'),
      note: rng.int(0, NOTES.length - 1),
      dayNote: rng.int(0, DAY.length - 1),
      lead: rng.int(0, LEADS.length - 1),
      open: rng.int(0, OPENERS.length - 1)
    }
    const p = person(params.age, sex)
    const admitted = params.day + params.nights + params.wait
    const startDay = params.day + 1
    const key: ListedDrug = {
      generic: drug,
      dose: suffix(drug),
      // One clause for both doses ("olanzapine 10 mg at night and 5 mg as needed for
      // schizophrenia"): the option's comma would split the indication off the regular dose.
      line: `${drug} ${k.regimen.replace(', plus', ' and')} for ${CHART_FOR[params.why] ?? 'psychosis'} (started on day ${startDay})`,
      why: triggerWhy(drug, latency(params))
    }
    const listed: ListedDrug[] = others.map((g, i) => {
      const u = useFor(g)
      const isNew = g === params.fresh
      return {
        generic: g,
        dose: suffix(g),
        line: isNew
          ? `${g} ${u.regimen} for ${u.indication} (started on day ${startDay})`
          : `${g} ${u.regimen} for ${u.indication} (taken at home for ${plural(capYears(g, since[i] ?? 2, params.age, sex), 'year')})`,
        why: notAggravatorWhy(
          g,
          u.indication,
          isNew
            ? 'It was started the same day as the antipsychotic, so timing cannot separate them; the drug class does.'
            : ''
        )
      }
    })
    const stem = [
      `${p.a} was admitted to an acute psychiatric unit ${spell(admitted, 'day')} ago with ${REASONS[params.why]}.`,
      `${p.Her} inpatient chart lists ${listText([key, ...listed])}.`,
      `For the past ${spell(params.nights, 'night')} the nursing notes record ${p.him} ${fill(NOTES[params.note] ?? '', p)}.`,
      fill(DAY[params.dayNote] ?? '', p),
      'Leg examination is normal, with intact sensation and reflexes.'
    ].join(' ')
    const question = fill(LEADS[params.lead] ?? '', p)
    const options = drugOptions(key, listed)
    const explanation = `${OPENERS[params.open]} an urge to move confined to the legs, brought on by lying still, relieved by walking and worst at night, with calm days. Akathisia, the other movement effect of D2 blockers, is a whole-body inner restlessness that shows in the daytime too. ${triggerWhy(drug)} The other drugs on the chart are not recognised aggravators. Centrally acting dopamine antagonists are to be avoided or minimised when an alternative exists, so the step is a conversation with the psychiatric team about the dose or another agent, not stopping treatment for ${TREATING[params.why] ?? 'the psychosis'} unilaterally.`
    return {
      params,
      claims: ['D1', 'D5', 'P2'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'Recognise a newly started D2-blocking antipsychotic as the likely trigger of RLS on a psychiatric ward, and tell RLS from akathisia.',
      explanation,
      evidenceNote: classEvidence('antipsychotic'),
      references: classRefs('antipsychotic', ['irlssg2014']),
      facts: {
        kind: 'drug-which',
        medications: [drug, ...others],
        aggravator: drug,
        aggravatorClass: 'd2-antipsychotic',
        startedDay: startDay,
        sameDayChange: params.fresh
      }
    }
  }
}

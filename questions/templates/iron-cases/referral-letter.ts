// A referral letter calls the RLS "treatment-resistant" with "all bloods normal". In one arm the
// missed finding is a ferritin that the laboratory calls normal but that qualifies for iron; in
// the other it is an antidepressant started shortly before the worsening, with replete iron. Both
// facts (a ferritin and an antidepressant) are in every letter; each item's options are of one
// kind, results or medicines, so the key is never the only option of its kind (read 6).
import type { Template } from '../types'
import { labsTable, wordResult } from '../kit/exhibits'
import { pickCodes, statementOptions } from '../kit/statements'
import { classEvidence, notAggravatorWhy, type TriggerClass } from '../kit/meds'
import { formText, formsByRank } from './forms-by-rank'
import { fill, person, pickSex, seconds } from '../kit/people'

// Each arm offers one kind of thing (read 6, 98731 #0 and #2): results from the letter in the
// ferritin arm (so "all bloods normal" is tested against blood results only), medicines from the
// list in the drug arm, always with the other recent start (brief §2: the culprit is never the
// only recent change). Lab texts share one length band (lone-cue gate, read-through 5) and no word but "letter" in
// common, three shorter than the
// ferritin's and three longer, so the key can land at any rank.
const LAB_TEXTS: Record<string, string> = {
  'ferritin-result': 'The ferritin value in the letter',
  'tsat-result': 'The TSAT in the letter',
  'tsh-result': 'The TSH in the letter',
  'crp-result': 'The C-reactive protein in the letter',
  haemoglobin: 'The haemoglobin in the letter',
  'b12-level': 'The vitamin B12 level in the letter',
  'creatinine-egfr': 'The creatinine and eGFR in the letter'
}
const DRUG_CODES = ['the-antidepressant', 'recent-other-drug', 'old-statin', 'old-thyroxine']
/** A medicine option in three forms of one shape, so the key can land at any length rank. */
const medForms = (name: string, regimen: string): string[] => [
  `The ${name} on the list`,
  `The ${name} in the medicine list`,
  `The ${name} ${regimen}`
]
type Antidepressant = [generic: string, regimen: string, cls: TriggerClass]
// Non-empty by type, so the fallback for an out-of-range index is always there.
const ANTIDEPRESSANTS: readonly [Antidepressant, ...Antidepressant[]] = [
  ['sertraline', '100 mg once daily', 'ssri'],
  ['escitalopram', '10 mg once daily', 'ssri'],
  ['venlafaxine', '150 mg extended-release once daily', 'snri'],
  ['duloxetine', '60 mg once daily', 'snri'],
  ['mirtazapine', '30 mg at night', 'mirtazapine']
]
// A second medicine started in the same weeks (brief §2: the culprit is never the only recent
// change), from the vetted non-aggravators; it is offered as an option too.
const RECENT: readonly [string, string, string][] = [
  ['losartan', '50 mg once daily', 'for blood pressure'],
  ['metformin', '500 mg twice daily', 'for newly diagnosed type 2 diabetes'],
  // Not a second statin: atorvastatin is already on every list.
  ['lisinopril', '10 mg once daily', 'for blood pressure that stayed high on repeat checks']
]
const FROM = ['a family physician', 'a general neurologist', 'an internal medicine clinic']
// Varied letter wording, so two letters in one quiz do not read the same (read-through 5, P3).
const GABAPENTIN = [
  'gabapentin 600 mg in the early evening',
  'gabapentin 900 mg at 7 pm',
  'gabapentin 300 mg at 6 pm and 300 mg at bedtime'
]
const RELATIVE = ['{her} mother had RLS', '{her} father had RLS', 'an older brother has RLS']
const HISTORY = [
  'The letter describes a classic history',
  'The letter sets out a typical evening history',
  'According to the letter the history is classic'
]

export const referralLetter: Template = {
  id: 'iron-missed-in-referral-letter',
  family: '24',
  section: 'iron-status',
  title: '"All bloods normal": the finding a referral letter missed',
  generate(rng) {
    const arm = rng.pick(['ferritin', 'drug'] as const)
    const key = arm === 'ferritin' ? 'ferritin-result' : 'the-antidepressant'
    const sex = pickSex(rng)
    const recent = rng.int(0, RECENT.length - 1)
    const [other, otherRegimen, otherWhy] = RECENT[recent] ?? RECENT[0]!
    const adIndex = rng.int(0, arm === 'ferritin' ? 3 : ANTIDEPRESSANTS.length - 1)
    const [drug, regimen, cls] = ANTIDEPRESSANTS[adIndex] ?? ANTIDEPRESSANTS[0]
    const forms = (code: string): string[] =>
      code === 'the-antidepressant'
        ? medForms(drug, regimen)
        : code === 'recent-other-drug'
          ? medForms(other, otherRegimen)
          : code === 'old-statin'
            ? medForms('atorvastatin', '20 mg at night')
            : medForms('levothyroxine', '75 micrograms each morning')
    const opts =
      arm === 'ferritin' ? pickCodes(rng, key, LAB_TEXTS, 3) : DRUG_CODES.filter((c) => c !== key)
    const form = arm === 'drug' ? formsByRank(rng, key, DRUG_CODES, forms) : ''
    const texts =
      arm === 'ferritin'
        ? LAB_TEXTS
        : Object.fromEntries(DRUG_CODES.map((c) => [c, formText(form, DRUG_CODES, c, forms)]))
    const params = {
      recent,
      otherWeeks: 0,
      arm,
      sex,
      age: rng.int(38, 79),
      // The ferritin arm uses an SSRI or SNRI (not mirtazapine, the strongest aggravator), paused
      // once without effect, so the drug is not a second defensible answer.
      ad: adIndex,
      from: rng.int(0, FROM.length - 1),
      // Inside the laboratory's range for the patient's sex: the letter calls all bloods normal.
      // Clear of the laboratory's floor (20 in women) as well as of 75 (read-through 5, P2).
      fer: arm === 'ferritin' ? rng.int(32, 64) : rng.int(140, sex === 'f' ? 195 : 235),
      tsat: rng.int(22, 39),
      hb10: sex === 'f' ? rng.int(126, 146) : rng.int(137, 160),
      adYears: rng.int(5, 12),
      adWeeks: rng.int(5, 10),
      worse: rng.int(6, 12),
      opts: opts.join('+'),
      form,
      lead: rng.int(0, 1),
      frame: rng.int(0, 2)
    }
    // The other new medicine starts within a fortnight of the antidepressant in the drug arm.
    params.otherWeeks =
      arm === 'drug' ? Math.max(4, params.adWeeks + rng.pick([-1, 1, 2])) : rng.int(4, 10)
    const p = person(params.age, sex)
    const hb = (params.hb10 / 10).toFixed(1)
    const adLine =
      arm === 'drug'
        ? `${drug} ${regimen} (started ${params.adWeeks} weeks ago)`
        : `${drug} ${regimen} (unchanged for ${params.adYears} years; a two-month pause last year did not help the legs)`
    const worse =
      arm === 'drug'
        ? `worse over the past ${Math.max(4, params.adWeeks - 1)} weeks`
        : `steadily worse over the past ${params.worse} months`
    const stem = fill(
      [
        `A sleep clinic receives a referral from ${FROM[params.from]} for ${p.a.toLowerCase()} with "treatment-resistant RLS, all bloods normal".`,
        `${HISTORY[params.frame]}, ${worse}, despite ${GABAPENTIN[(params.frame + params.from) % 3]}. The examination is reported as normal and ${RELATIVE[(params.frame + params.ad) % 3]}.`,
        `Medicines: gabapentin, ${adLine}, ${other} ${otherRegimen} ${otherWhy} (started ${params.otherWeeks} weeks ago), atorvastatin 20 mg and levothyroxine 75 micrograms, both for years. {She} drinks an occasional glass of wine with dinner; mild varicose veins are noted on both calves.`
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'Which finding in the referral should most change the management?'
        : 'What has the referral letter overlooked?'
    const why = (code: string): string => {
      switch (code) {
        case 'ferritin-result':
          return arm === 'ferritin'
            ? `a ferritin of ${params.fer} ng/mL is inside the laboratory range but at or below 75 ng/mL, the threshold for iron therapy in adults with RLS; "normal bloods" hid a correctable contributor.`
            : `a ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% is replete for RLS, so iron is not the missed step here.`
        case 'the-antidepressant':
          return arm === 'drug'
            ? `${drug} was started ${params.adWeeks} weeks ago, just before the worsening, and belongs to a class that can aggravate RLS; the iron studies are replete, so the medicine is the finding to act on with the prescriber.`
            : `${drug} has been taken unchanged for ${params.adYears} years, and a two-month pause last year did not change the legs; the low-normal ferritin is the correctable finding.`
        case 'old-statin':
          return notAggravatorWhy(
            'atorvastatin',
            'cholesterol',
            'It has been taken for many years, long before the worsening.'
          )
        case 'old-thyroxine':
          return notAggravatorWhy(
            'levothyroxine',
            'hypothyroidism',
            'It has been taken for many years at a dose that keeps the TSH normal.'
          )
        case 'tsat-result':
          return `a TSAT of ${params.tsat}% is above 20%, so it adds no indication for iron on its own; the ferritin is what the letter missed.`
        case 'recent-other-drug':
          return `${other} was started ${params.otherWeeks} weeks ago, about when the legs worsened, but it is not a recognised aggravator of RLS; a recent start is not enough without a class that can worsen RLS.`
        case 'tsh-result':
          return 'a TSH of 2.1 mU/L is normal, and thyroid function is not one of the established contributors to RLS.'
        case 'crp-result':
          return 'a CRP of 2 mg/L shows no inflammation, which means the ferritin can be taken at face value.'
        case 'haemoglobin':
          return `the haemoglobin of ${hb} g/dL is normal; iron deficiency relevant to RLS is often present without anaemia, so a normal count settles nothing on its own.`
        case 'creatinine-egfr':
          return 'normal kidney function excludes the renal context, so the adult thresholds apply; it does not change management by itself.'
        default:
          return 'a vitamin B12 of 410 pg/mL is normal and B12 is not an established contributor to RLS.'
      }
    }
    // The long-standing medicines keep descriptive codes (not generic names): the item is a
    // "which finding did the letter miss" item, not a which-drug item for the drug rules.
    const options = statementOptions(key, opts, texts, why)
    const explanation =
      arm === 'ferritin'
        ? `"Normal bloods" is the trap. The ferritin of ${params.fer} ng/mL sits inside the laboratory range, but the threshold for iron therapy in adults with RLS is 75 ng/mL, because brain iron can be low when serum values look normal. Iron, oral or intravenous, is the correctable step before calling the RLS treatment-resistant. The antidepressant has been unchanged for years. A gabapentin dose of this size is modest, too, so "treatment-resistant" was premature.`
        : `Here the bloods really are reassuring for RLS (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), but the letter missed the medicine: ${drug} was started ${params.adWeeks} weeks ago, just before the worsening, and its class can aggravate RLS, while the ${other} started at about the same time is not a recognised aggravator. A review with the prescriber comes before calling the RLS treatment-resistant, all the more on a modest gabapentin dose.`
    return {
      params,
      claims: arm === 'ferritin' ? ['P1', 'S2'] : ['D2', 'P2'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits: [
        labsTable('Enclosed results', sex === 'f' ? 'female' : 'male', [
          ['haemoglobin', params.hb10 / 10],
          ['ferritin', params.fer],
          ['tsat', params.tsat],
          ['tsh', 2.1],
          ['b12', 410],
          ['crp', 2],
          wordResult('Creatinine and eGFR', 'normal')
        ])
      ],
      question,
      options,
      objective:
        'Read a "normal bloods" referral critically: a lab-normal ferritin at or below 75 ng/mL qualifies for iron, and a recently started antidepressant can explain worsening RLS.',
      explanation,
      evidenceNote: arm === 'drug' ? classEvidence(cls) : null,
      references:
        arm === 'ferritin'
          ? ['aasm2024', 'irlssg2018', 'allen2007']
          : ['kolla2018', 'rottach2008', 'aasm2024'],
      facts: {
        kind: 'drug-advice',
        medications: [drug, 'gabapentin', other, 'atorvastatin', 'levothyroxine'],
        aggravator: drug,
        aggravatorClass: cls === 'mirtazapine' ? 'mirtazapine' : cls,
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'adult',
        dialysis: false,
        missed: arm
      }
    }
  }
}

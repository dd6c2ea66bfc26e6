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
import { cap, fill, person, pickSex, seconds } from '../kit/people'
import { choose } from '../clinical/explain'
import { GENERAL_DEFICIENCY_FERRITIN, SOURCE_SEARCH_NOTE } from '../clinical/iron-options'

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
// Read 18 (F1#35, P4): the antidepressant was the only centrally acting medicine offered, so
// "pick the psychotropic" found the key. The gabapentin on the list, which acts centrally and
// treats RLS, now stands in every drug item beside one of the two long-standing medicines.
const OLD_CODES = ['old-statin', 'old-thyroxine'] as const
/** Read 9 (P3, 104729 #3): the forms were frames ("on the list", "in the medicine list", "named in
 * the referral letter") mixed within one item, so the key could be the only option in a frame.
 * Now one frame is drawn per item and every medicine option is written in it; what varies, so the
 * key can still land at any length rank, is the option's own content: what the medicine is for,
 * in a short and a longer wording, each true to the stem. */
// Read 21 (F1#24): "… on the list" closing all four options read as padding; the one frame left
// is the medicine and its use alone ("The escitalopram for low mood"). The use wordings still
// move the key's length rank.
const MED_FRAMES: readonly ((content: string) => string)[] = [(c) => `The ${c}`]
/** What each medicine is for, in wordings of different lengths (the stem gives the first). */
const USES: Record<string, readonly string[]> = {
  antidepressant: [
    'for depression',
    'for low mood',
    'for a depressed mood',
    'for a depressive illness'
  ],
  losartan: ['for blood pressure', 'for high blood pressure'],
  metformin: ['for newly found diabetes', 'for diabetes'],
  lisinopril: ['for blood pressure', 'for raised blood pressure'],
  atorvastatin: ['for cholesterol', 'for raised cholesterol'],
  levothyroxine: ['for an underactive thyroid', 'for the thyroid'],
  gabapentin: ['for restless legs', 'for the restless legs']
}
type Antidepressant = [generic: string, regimen: string, cls: TriggerClass]
// Non-empty by type, so the fallback for an out-of-range index is always there.
const ANTIDEPRESSANTS: readonly [Antidepressant, ...Antidepressant[]] = [
  ['sertraline', '100 mg once daily', 'ssri'],
  ['escitalopram', '10 mg once daily', 'ssri'],
  ['venlafaxine', '150 mg extended-release once daily', 'snri'],
  ['duloxetine', '60 mg once daily', 'snri'],
  ['mirtazapine', '30 mg at night', 'mirtazapine']
]
/** Why the antidepressant can worsen RLS, by drug, as a clause after "and" (read 9, P4: the
 * SSRI wording "belongs to a class that can aggravate RLS" was given for mirtazapine, which
 * brief §2 lists on its own: a drug, not a class). Every class of brief §2 has its own wording, so
 * a drug added to the list cannot fall back on another class's sentence. */
export function aggravationClause(cls: TriggerClass): string {
  switch (cls) {
    case 'mirtazapine':
      return 'it is one of the antidepressants most often linked with new or worse RLS in its own right (28% of new users in one prospective cohort)'
    case 'ssri':
      return 'it is an SSRI, a class that can bring on or worsen RLS in some of the people who take it'
    case 'snri':
      return 'it is an SNRI, a class that can bring on or worsen RLS in some of the people who take it'
    case 'antipsychotic':
      return 'it is a D2-blocking antipsychotic, and central D2 blockade is a recognised cause of new or worse RLS'
    case 'antiemetic':
      return 'it is a dopamine-blocking antiemetic, and blocking central dopamine receptors can provoke or worsen RLS'
    case 'h1':
      return 'it is a sedating first-generation antihistamine, one of the recognised aggravators of RLS'
  }
}
// A second medicine started in the same weeks (brief §2: the culprit is never the only recent
// change), from the vetted non-aggravators; it is offered as an option too.
const RECENT: readonly [string, string, string][] = [
  ['losartan', '50 mg once daily', 'for blood pressure'],
  ['metformin', '500 mg twice daily', 'for newly diagnosed type 2 diabetes'],
  // Not a second statin: atorvastatin is already on every list.
  // Read 21 (F1#24): "for blood pressure, high on repeat checks" read garbled.
  ['lisinopril', '10 mg once daily', 'for hypertension']
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
// Read 7 (P7): two letters of one quiz shared the opening, the lab panel and the "occasional glass
// of wine … varicose veins" line, and the explanation was copied across quizzes. Each now comes in
// several forms, drawn apart, and the panel's other values vary.
const OPENERS: readonly ((from: string, who: string) => string)[] = [
  (from, who) =>
    `A sleep clinic receives a referral from ${from} for ${who} with "treatment-resistant RLS, all bloods normal".`,
  (from, who) =>
    `A referral reaches the sleep clinic from ${from}: ${who}, "RLS resistant to treatment; bloods all normal".`,
  (from, who) =>
    `"Refractory RLS — blood tests all normal," reads the referral from ${from} for ${who}.`
]
// Short asides (e2e, 1366×800: with every medicine's use in the letter, a seven-row panel and a
// long aside pushed the last option 18 px below the fold).
const ASIDES = [
  '{She} drinks little; mild varicose veins on both calves.',
  '{She} does not smoke; a few spider veins, no swelling.',
  '{She} walks daily; slight ankle swelling by evening.',
  '{She} has one coffee a day; foot pulses are normal.'
]
const TSH = [1.4, 1.8, 2.1, 2.6, 3.0]
const B12 = [320, 410, 480, 560]
const CRP = [1, 2, 3]

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
    // One frame for the whole item (read 9, P3); the content forms move the key's length rank.
    const medFrame = arm === 'drug' ? rng.int(0, MED_FRAMES.length - 1) : 0
    const old = arm === 'drug' ? rng.pick(OLD_CODES) : 'old-statin'
    const DRUG_CODES = ['the-antidepressant', 'recent-other-drug', old, 'rls-gabapentin']
    const frameOf = MED_FRAMES[medFrame] ?? MED_FRAMES[0]!
    const nameOf = (code: string): string =>
      code === 'the-antidepressant'
        ? drug
        : code === 'recent-other-drug'
          ? other
          : code === 'old-statin'
            ? 'atorvastatin'
            : code === 'rls-gabapentin'
              ? 'gabapentin'
              : 'levothyroxine'
    const forms = (code: string): string[] =>
      (USES[code === 'the-antidepressant' ? 'antidepressant' : nameOf(code)] ?? ['']).map((use) =>
        frameOf(`${nameOf(code)} ${use}`)
      )
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
      medFrame,
      lead: rng.int(0, 1),
      frame: rng.int(0, 2),
      opener: rng.int(0, OPENERS.length - 1),
      aside: rng.int(0, ASIDES.length - 1),
      tsh: rng.int(0, TSH.length - 1),
      b12: rng.int(0, B12.length - 1),
      crp: rng.int(0, CRP.length - 1)
    }
    const tsh = TSH[params.tsh] ?? 2.1
    const b12 = B12[params.b12] ?? 410
    const crp = CRP[params.crp] ?? 2
    // The other new medicine starts within a fortnight of the antidepressant in the drug arm.
    params.otherWeeks =
      arm === 'drug' ? Math.max(4, params.adWeeks + rng.pick([-1, 1, 2])) : rng.int(4, 10)
    const p = person(params.age, sex)
    const hb = (params.hb10 / 10).toFixed(1)
    const adLine =
      arm === 'drug'
        ? `${drug} ${regimen} for depression (started ${params.adWeeks} weeks ago)`
        : `${drug} ${regimen} for depression (unchanged for ${params.adYears} years; a two-month pause last year did not help the legs)`
    const worse =
      arm === 'drug'
        ? `worse over the past ${Math.max(4, params.adWeeks - 1)} weeks`
        : `steadily worse over the past ${params.worse} months`
    const stem = fill(
      [
        (OPENERS[params.opener] ?? OPENERS[0])?.(FROM[params.from] ?? '', p.a.toLowerCase()) ?? '',
        `${HISTORY[params.frame]}, ${worse}, despite ${GABAPENTIN[(params.frame + params.from) % 3]}. The examination is reported as normal and ${RELATIVE[(params.frame + params.ad) % 3]}.`,
        `Medicines: gabapentin, ${adLine}, ${other} ${otherRegimen} ${otherWhy} (started ${params.otherWeeks} weeks ago), and, for years, atorvastatin 20 mg for cholesterol and levothyroxine for the thyroid. ${ASIDES[params.aside] ?? ''}`
      ].join(' '),
      p
    )
    // Read 10 (108343 #9): "overlooked" is loose in the drug arm, where the letter lists the
    // antidepressant: what it misses there is the link between the new medicine and the legs.
    const question =
      params.lead === 0
        ? 'Which finding in the referral should most change the management?'
        : arm === 'ferritin'
          ? 'What has the referral letter overlooked?'
          : 'What has the referral letter failed to link with the worsening?'
    const why = (code: string): string => {
      switch (code) {
        case 'ferritin-result':
          return arm === 'ferritin'
            ? `a ferritin of ${params.fer} ng/mL is inside the laboratory range but at or below 75 ng/mL, the threshold for iron therapy in adults with RLS; "normal bloods" hid a correctable contributor.`
            : `a ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% is replete for RLS, so iron is not the missed step here.`
        case 'the-antidepressant':
          return arm === 'drug'
            ? `${drug} was started ${params.adWeeks} weeks ago, just before the worsening, and ${aggravationClause(cls)}; the iron studies are replete, so the medicine is the finding to act on with the prescriber.`
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
        case 'rls-gabapentin':
          return `gabapentin acts on the brain, but it treats RLS rather than worsening it; the dose in the letter (${(GABAPENTIN[(params.frame + params.from) % 3] ?? '').replace('gabapentin ', '')}) is modest, yet a worsening that began within weeks of a new antidepressant points at that medicine, and a higher gabapentin dose would treat the effect while leaving the cause in place.`
        case 'tsat-result':
          return `a TSAT of ${params.tsat}% is above 20%, so it adds no indication for iron on its own; the ferritin is what the letter missed.`
        case 'recent-other-drug':
          return `${other} was started ${params.otherWeeks} weeks ago, about when the legs worsened, but it is not a recognised aggravator of RLS; a recent start points at a medicine only when that medicine can worsen RLS.`
        case 'tsh-result':
          return `a TSH of ${tsh} mU/L is normal, and thyroid function is not one of the established contributors to RLS.`
        case 'crp-result':
          return `a CRP of ${crp} mg/L shows no inflammation, which means the ferritin can be taken at face value.`
        case 'haemoglobin':
          return `the haemoglobin of ${hb} g/dL is normal; iron deficiency relevant to RLS is often present without anaemia, so a normal count settles nothing on its own.`
        case 'creatinine-egfr':
          return 'normal kidney function excludes the renal context, so the adult thresholds apply; it does not change management by itself.'
        default:
          return `a vitamin B12 of ${b12} pg/mL is normal and B12 is not an established contributor to RLS.`
      }
    }
    // The long-standing medicines keep descriptive codes (not generic names): the item is a
    // "which finding did the letter miss" item, not a which-drug item for the drug rules.
    const options = statementOptions(key, opts, texts, why)
    const salt = JSON.stringify(params)
    const explanation =
      arm === 'ferritin'
        ? [
            choose(
              [
                '"Normal bloods" is the trap.',
                'The letter\'s "all bloods normal" hides the finding.',
                'Every result sits inside its laboratory range, and that is the trap.'
              ],
              salt,
              'letter-open'
            ),
            choose(
              [
                `The ferritin of ${params.fer} ng/mL is inside the laboratory range, but the threshold for iron therapy in adults with RLS is 75 ng/mL, because brain iron can be low when serum values look normal.`,
                `RLS has its own iron threshold, a ferritin at or below 75 ng/mL, set higher than the laboratory's because brain iron can be short while serum values look normal; ${params.fer} ng/mL is under it.`,
                `A ferritin of ${params.fer} ng/mL passes the laboratory's range, yet it is at or below 75 ng/mL, the adult RLS threshold for iron, which is higher because brain iron can be low when the blood looks normal.`
              ],
              salt,
              'letter-rule'
            ),
            choose(
              [
                'Iron, oral or intravenous, is the correctable step before calling the RLS treatment-resistant.',
                'Iron by mouth or by vein comes before any label of treatment resistance.',
                'Correcting the iron, by either route, comes first; only then can the RLS be judged resistant.'
              ],
              salt,
              'letter-step'
            ),
            `The ${drug} has been unchanged for ${params.adYears} years, and a pause did not help; ${GABAPENTIN[(params.frame + params.from) % 3] ?? 'the gabapentin'} is a modest dose, so "treatment-resistant" was premature.`,
            // Below 45 ng/mL the bank's other iron items raise a source search (read 8, P4).
            params.fer < GENERAL_DEFICIENCY_FERRITIN ? SOURCE_SEARCH_NOTE : ''
          ]
            .filter(Boolean)
            .join(' ')
        : [
            choose(
              [
                `Here the bloods really are reassuring for RLS (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), but the letter missed the medicine.`,
                `The iron studies are replete for RLS (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), so the missed finding is on the medicine list.`,
                `With ferritin ${params.fer} ng/mL and TSAT ${params.tsat}%, iron is not the issue; the medicine list is.`
              ],
              salt,
              'letter-open'
            ),
            choose(
              [
                `${cap(drug)} was started ${params.adWeeks} weeks ago, just before the worsening, and ${aggravationClause(cls)}; the ${other} started at about the same time is not a recognised aggravator.`,
                `The timeline points at ${drug}: it began ${params.adWeeks} weeks ago, shortly before the legs worsened, and ${aggravationClause(cls)}. The ${other}, started in the same weeks, is not a recognised aggravator.`
              ],
              salt,
              'letter-drug'
            ),
            choose(
              [
                'A review with the prescriber comes before calling the RLS treatment-resistant, all the more on a modest gabapentin dose.',
                'The antidepressant is reviewed with its prescriber before the RLS is called resistant, and the gabapentin dose is modest anyway.',
                'Before any label of treatment resistance, the prescriber reviews the antidepressant; the gabapentin dose is modest, too.'
              ],
              salt,
              'letter-step'
            )
          ].join(' ')
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
          ['tsh', tsh],
          ['b12', b12],
          ['crp', crp],
          wordResult('Creatinine and eGFR', 'normal')
        ])
      ],
      question,
      options,
      // One objective per arm (read 11, P8: each item stated both).
      objective:
        arm === 'ferritin'
          ? 'Read a "normal bloods" referral critically: a lab-normal ferritin at or below 75 ng/mL qualifies for iron in RLS.'
          : 'Read a referral critically: a recently started antidepressant on the list can explain worsening RLS when the iron studies are replete.',
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

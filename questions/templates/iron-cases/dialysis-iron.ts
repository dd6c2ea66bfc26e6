// Haemodialysis: the renal iron rule for RLS (AASM 2024: IV iron sucrose when ferritin is below
// 200 ng/mL and TSAT below 20%), not the adult ≤75/<20% thresholds. One arm meets both criteria,
// the other is clearly replete; the mixed zone (ferritin <200 with TSAT ≥20%) is never generated.
import type { Template } from '../types'
import { labsTable } from '../kit/exhibits'
import { pickCodes, statementOptions } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'

export const DIALYSIS_FERRITIN_BELOW = 200
export const DIALYSIS_TSAT_BELOW = 20

// Every foil is a mistake made in real renal practice (oral iron, the adult cut-offs, chasing the
// haemoglobin, an agonist first), written in the same plain register as the two keys.
// Each arm offers its own near-miss: a six-month wait where iron is due, a top-up where it is not.
const TEXTS: Record<string, string> = {
  'dialysis-iv-iron-sucrose': 'Give IV iron sucrose through the dialysis circuit',
  'dialysis-no-extra-iron': 'Hold IV iron now and look at other contributors',
  'dialysis-oral-iron': 'Start ferrous sulfate on non-dialysis days',
  'dialysis-adult-cutoffs': 'Decide by the adult ferritin and TSAT cut-offs',
  'dialysis-dopamine-agonist': 'Start a dopamine agonist as first treatment',
  'dialysis-gabapentin-full-dose': 'Start gabapentin at the usual adult dose each evening',
  'raise-esa': 'Raise the erythropoietin dose until haemoglobin is normal',
  'dialysis-recheck-later': 'Repeat the iron studies in six months before any change',
  'dialysis-top-up-iron': 'Top up with IV iron sucrose to keep the stores high'
}

export const dialysisIron: Template = {
  id: 'iron-dialysis-decision',
  family: '23',
  section: 'systemic',
  title: 'RLS on haemodialysis: the renal iron criteria',
  generate(rng) {
    const arm = rng.pick(['iron', 'no-iron'] as const)
    const key = arm === 'iron' ? 'dialysis-iv-iron-sucrose' : 'dialysis-no-extra-iron'
    const sex = pickSex(rng)
    // Never two IV-iron-sucrose options in one set (read 8, 88651 #33: "give IV iron sucrose" and
    // "top up with IV iron sucrose" could be discarded together): the replete arm offers the top-up
    // as its near-miss and leaves out the plain IV iron option.
    const opts = pickCodes(
      rng,
      key,
      TEXTS,
      3,
      arm === 'iron'
        ? ['dialysis-top-up-iron']
        : ['dialysis-recheck-later', 'dialysis-iv-iron-sucrose']
    )
    const params = {
      arm,
      sex,
      age: rng.int(38, 82),
      yrs: rng.int(1, 8),
      // The replete arm stays clear of the KDIGO iron-trial limits too (TSAT ≤30%, ferritin ≤500),
      // so the renal-anaemia rule and the RLS rule agree.
      fer: arm === 'iron' ? rng.int(60, 172) : rng.int(560, 760),
      tsat: arm === 'iron' ? rng.int(9, 17) : rng.int(34, 43),
      hb10: rng.int(98, 115),
      opts: opts.join('+'),
      lead: rng.int(0, 1)
    }
    const p = person(params.age, sex)
    const stem = fill(
      [
        `${p.a} who has had haemodialysis three times a week for ${params.yrs === 1 ? 'a year' : `${params.yrs} years`} is reviewed in the renal clinic.`,
        'For several months {she} has struggled to stay in the chair for the last part of each session because of an urge to move {her} legs, and the same feeling keeps {him} walking at home in the evenings; walking relieves it each time.',
        '{She} is given an erythropoiesis-stimulating agent (epoetin) at each session. Sensation in the feet is normal.'
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most appropriate next step?'
        : 'Which plan follows from these results?'
    const why = (code: string): string => {
      switch (code) {
        case 'dialysis-iv-iron-sucrose':
          return arm === 'iron'
            ? `on haemodialysis, IV iron sucrose is suggested for RLS when ferritin is below 200 ng/mL and TSAT below 20%; with ${params.fer} ng/mL and ${params.tsat}% both are met, and the renal team manages the dosing.`
            : `the renal criteria for IV iron in RLS are ferritin below 200 ng/mL and TSAT below 20%; at ${params.fer} ng/mL and ${params.tsat}% neither is met.`
        case 'dialysis-no-extra-iron':
          return arm === 'no-iron'
            ? `with ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% the criteria for IV iron are not met; the next steps are the medication list, dialysis adequacy and an RLS treatment dosed for kidney failure.`
            : `ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% meet the criteria for IV iron sucrose on dialysis, so withholding iron would miss a correctable contributor.`
        case 'dialysis-oral-iron':
          return 'oral iron is poorly absorbed in kidney failure and the RLS evidence on dialysis is for IV iron; the adult oral-iron route does not carry over.'
        case 'dialysis-adult-cutoffs':
          return 'the adult thresholds (ferritin ≤75 ng/mL or TSAT <20%) are for patients not on dialysis; on haemodialysis the renal criteria (ferritin <200 ng/mL with TSAT <20%) decide.'
        case 'dialysis-gabapentin-full-dose':
          return 'gabapentin is a first-line RLS treatment, but it is cleared by the kidneys: on haemodialysis it is given at a much lower dose, usually after sessions, and the iron criteria are settled first.'
        case 'dialysis-recheck-later':
          return `ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% already meet the renal criteria for IV iron sucrose; waiting six months leaves a correctable contributor untreated.`
        case 'dialysis-top-up-iron':
          return `with ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% the stores are replete; more IV iron is not indicated and adds a risk of overload.`
        case 'raise-esa':
          return 'pushing haemoglobin to normal with erythropoiesis-stimulating agents carries risk and is not an RLS treatment.'
        default:
          return 'dopamine agonists are not the preferred first step; their standard use in RLS is suggested against because of augmentation, and iron status comes first.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    const explanation =
      arm === 'iron'
        ? `End-stage kidney disease on dialysis is an established context for RLS, affecting roughly one in five patients. Iron decisions follow renal criteria rather than the adult thresholds: IV iron sucrose is suggested when ferritin is below 200 ng/mL and TSAT below 20%. Here ferritin is ${params.fer} ng/mL and TSAT ${params.tsat}%, so both are met, and the nephrology team gives it through the dialysis circuit and manages the dosing.`
        : `End-stage kidney disease on dialysis is an established context for RLS, affecting roughly one in five patients. Iron decisions follow renal criteria rather than the adult thresholds: IV iron sucrose is suggested when ferritin is below 200 ng/mL and TSAT below 20%. With ferritin ${params.fer} ng/mL and TSAT ${params.tsat}%, neither is met, so the next steps lie elsewhere.`
    return {
      params,
      claims: ['S1', 'S2'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits: [
        labsTable('Pre-dialysis bloods', sex === 'f' ? 'female' : 'male', [
          ['haemoglobin', params.hb10 / 10],
          ['ferritin', params.fer],
          ['tsat', params.tsat]
        ])
      ],
      question,
      options,
      objective:
        'On haemodialysis, decide on iron for RLS with the renal criteria (IV iron sucrose when ferritin <200 ng/mL and TSAT <20%), not the adult thresholds.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'trenkwalder2016'],
      facts: {
        kind: 'iron-dialysis',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'adult',
        dialysis: true
      }
    }
  }
}

// Haemodialysis: the renal iron rule for RLS (AASM 2024: IV iron sucrose when ferritin is below
// 200 ng/mL and TSAT below 20%), not the adult ≤75/<20% thresholds. One arm meets both criteria,
// the other is clearly replete; the mixed zone (ferritin <200 with TSAT ≥20%) is never generated.
import type { Template } from '../types'
import { labsTable } from '../kit/exhibits'
import { pickCodes, statementOptions, wordingFamily } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'
import { choose } from '../clinical/explain'
import { byLengthRank } from '../kit/choices'

export const DIALYSIS_FERRITIN_BELOW = 200
export const DIALYSIS_TSAT_BELOW = 20

// Every foil is a mistake made in real renal practice (oral iron, the adult ceiling, chasing the
// haemoglobin, an agonist first), written in the same plain register as the two keys.
// Each arm offers its own near-miss: a six-month wait where iron is due, a top-up where it is not.
// Three wordings of every code, one family drawn per item (read 2.16, P1/P6: one key text per arm).
// The replete key says "Give no IV iron now", not "Hold IV iron" (read 2.16, P3: the stem gives
// no maintenance IV iron to hold).
const WORDINGS: Record<string, readonly [string, string, string]> = {
  'dialysis-iv-iron-sucrose': [
    'Give IV iron sucrose through the dialysis circuit',
    'Resume IV iron sucrose within the dialysis routine',
    'Arrange iron sucrose infusions to run with dialysis'
  ],
  // Read 18 (F1#25): "Do not start IV iron" read oddly beside a top-up foil, and the stem now says
  // the unit gives iron sucrose under its protocol: the key withholds extra iron for the RLS. The
  // key says "infusions", not "iron": with iron in the stem, "iron" made it the option sharing
  // most words with the stem (most-stem-words +27).
  'dialysis-no-extra-iron': [
    'No extra infusions; review the other contributors',
    'No further infusions now; look at the other causes',
    'No more infusions now; look into the other causes'
  ],
  // Read 18 (F1#25): the key was the only option that withheld treatment. The nihilist's error:
  // RLS on dialysis is common, and it is treatable. Always offered in the replete arm. It does
  // not say "dialysis", which every IV key says (the iron arm's key was the hub of shared words).
  'dialysis-expected-untreated': [
    'Call the RLS part of renal failure and leave it',
    'Leave the RLS untreated as part of uraemia',
    'Accept the RLS as part of life with kidney failure, untreated'
  ],
  'dialysis-oral-iron': [
    'Start ferrous sulfate on non-dialysis days',
    'Begin oral ferrous sulfate on days off dialysis',
    'Prescribe iron tablets for non-dialysis days'
  ],
  // Read-through 2.15 (r10G): "Decide by the adult cut-offs" was a method, not a plan, and at TSAT
  // <20% the adult rule also gives iron, so it was wrong in reasoning but not in outcome. The foil
  // is now the concrete action the adult ferritin ceiling (IRLSSG: no IV iron above 100 ng/mL)
  // produces, offered only in the iron arm when ferritin is above 100.
  'dialysis-adult-ferritin-limit': [
    'Withhold IV iron, as ferritin is above the adult limit',
    'Give no IV iron, since ferritin exceeds the adult limit',
    'Avoid IV iron, as the ferritin is over the adult ceiling'
  ],
  'dialysis-dopamine-agonist': [
    'Start a dopamine agonist as the first RLS treatment',
    'Begin a dopamine agonist as first-line RLS treatment',
    'Prescribe a dopamine agonist as the first RLS drug'
  ],
  'dialysis-gabapentin-full-dose': [
    'Start gabapentin at the usual adult dose each evening',
    'Begin gabapentin at the standard adult evening dose',
    'Prescribe gabapentin at the full adult dose at night'
  ],
  'raise-esa': [
    'Raise the ESA dose to normalise haemoglobin',
    'Raise the ESA dose until haemoglobin is normal',
    'Push the ESA dose up until haemoglobin is normal'
  ],
  // A short foil and a longer agonist wording, so pickCodes can reach every length rank once the
  // adult-ceiling foil is confined to one arm (middle-length 33% without them).
  'dialysis-antihistamine': [
    'Offer a sedating antihistamine at night',
    'Give a sedating antihistamine at bedtime',
    'Prescribe a sedating antihistamine nightly'
  ],
  'dialysis-recheck-later': [
    'Repeat the iron studies in six months before any change',
    'Recheck the iron studies in six months before acting',
    'Wait six months and repeat the iron studies before acting'
  ],
  'dialysis-top-up-iron': [
    'Top up with IV iron sucrose to keep the stores high',
    'Add more IV iron sucrose to keep the stores topped up',
    'Give extra IV iron sucrose so the stores stay high'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)

// Three frames (the renal clinic, the dialysis nurses' report, evenings at home only), so two seeds
// rarely share a stem sentence (read-through 2.15: the stem was verbatim). Each meets the criteria.
const FRAMES = [
  '{A} who has had haemodialysis three times a week for {yrs} is reviewed in the renal clinic. For several months {she} has struggled to stay in the chair for the last part of each session because of an urge to move {her} legs, and the same feeling keeps {him} walking at home in the evenings; walking relieves it each time.',
  '{A} on haemodialysis for {yrs} is discussed at the unit review. The dialysis nurses report that {she} now asks to come off early most sessions, saying {she} cannot keep {her} legs still once {she} has been sitting for an hour; standing and walking about settle it for a while.',
  '{A} who has had haemodialysis for {yrs} is comfortable during sessions but, most evenings at home, an unpleasant crawling in the calves makes {him} get up from the armchair and walk; it eases while {she} keeps moving and is worst at bedtime.'
] as const

// Read 18 (F1#25): a foil offered "more IV iron" that the stem never mentioned. Both arms now
// say the unit gives iron sucrose under its anaemia protocol and when the last dose was.
const IRON_LINES = [
  'Under the anaemia protocol {she} is given intravenous iron from time to time; the last dose was {wk} weeks ago.',
  'The anaemia protocol gives {her} intravenous iron every few months, most recently {wk} weeks ago.'
] as const

/** Ferritin values of the iron arm: 60–172 ng/mL, at least 5 from the adult cut-offs 75 and 100. */
const IRON_ARM_FERRITIN: readonly number[] = Array.from({ length: 113 }, (_, i) => 60 + i).filter(
  (f) => Math.abs(f - 75) >= 5 && Math.abs(f - 100) >= 5
)

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
    // The replete arm stays clear of the KDIGO iron-trial limits too (TSAT ≤30%, ferritin ≤500),
    // so the renal-anaemia rule and the RLS rule agree.
    // Read 22 (F1#26): ferritin 101 sat one above the adult ceiling, where a learner applying the
    // adult rule meets the disagreement zone; the iron arm keeps 5 clear of 75 and 100 (brief §3)
    // though the renal rule decides here.
    const fer = arm === 'iron' ? rng.pick(IRON_ARM_FERRITIN) : rng.int(560, 760)
    // The adult-ceiling foil needs a ferritin above 100 (5 clear of it); when it is offered, the
    // plain "hold IV iron" foil is left out, so two withholding options are never discarded as one.
    const ceiling = arm === 'iron' && fer >= 105
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    // The replete arm always offers the other non-treatment plan (read 18, F1#25). It is a fixed
    // extra option, so the key's length rank is drawn first, over all three foils, and the fixed
    // foil's wording (any of its three, whatever the family) and the two drawn foils are chosen
    // to reach it (a fixed foil on one side of the key left it mid-length, +11).
    const FORCED = 'dialysis-expected-untreated'
    const keyLength = (TEXTS[key] ?? '').length
    const len = (c: string) => (TEXTS[c] ?? '').length
    const forcedForms = WORDINGS[FORCED] ?? ['']
    let forcedForm = wording
    let opts: string[]
    if (arm === 'iron') {
      opts = pickCodes(rng, key, TEXTS, 3, [
        'dialysis-top-up-iron',
        ceiling ? 'dialysis-no-extra-iron' : 'dialysis-adult-ferritin-limit'
      ])
    } else {
      const want = rng.int(0, 3)
      const longerForms = [0, 1, 2].filter((i) => (forcedForms[i] ?? '').length > keyLength)
      const shorterForms = [0, 1, 2].filter((i) => (forcedForms[i] ?? '').length < keyLength)
      const forcedLonger = want > 0 ? longerForms.length > 0 : shorterForms.length === 0
      forcedForm = rng.pick(forcedLonger ? longerForms : shorterForms)
      const pool = Object.keys(TEXTS).filter(
        (c) =>
          c !== key &&
          ![
            FORCED,
            'dialysis-recheck-later',
            'dialysis-iv-iron-sucrose',
            'dialysis-adult-ferritin-limit'
          ].includes(c)
      )
      const nLong = want - (forcedLonger ? 1 : 0)
      opts = [
        ...byLengthRank(rng, keyLength, pool, 2, len, () => Math.max(0, Math.min(2, nLong)), 0),
        FORCED
      ]
    }
    TEXTS[FORCED] = forcedForms[forcedForm] ?? TEXTS[FORCED] ?? ''
    const params = {
      arm,
      sex,
      age: rng.int(38, 82),
      yrs: rng.int(1, 8),
      fer,
      tsat: arm === 'iron' ? rng.int(9, 17) : rng.int(34, 43),
      hb10: rng.int(98, 115),
      opts: opts.join('+'),
      forcedForm,
      wording,
      lead: rng.int(0, 1),
      frame: rng.int(0, FRAMES.length - 1),
      esa: rng.int(0, 1),
      // Weeks since the protocol's last iron sucrose, drawn alike in both arms (read 18, F1#25).
      ironWeeks: rng.int(8, 16),
      ironLine: rng.int(0, IRON_LINES.length - 1)
    }
    const p = person(params.age, sex)
    const since = params.yrs === 1 ? 'a year' : `${params.yrs} years`
    const stem = fill(
      [
        (FRAMES[params.frame] ?? FRAMES[0]).replace('{A}', p.a).replace('{yrs}', since),
        // One sentence with the years in it, so two seeds rarely repeat it word for word.
        params.esa === 0
          ? `{She} has been given epoetin, an erythropoiesis-stimulating agent (ESA), at each session for ${since}, and sensation in the feet is normal.`
          : `{She} has had darbepoetin, an erythropoiesis-stimulating agent (ESA), once a week for ${since}; light touch and vibration sense in the feet are normal.`,
        (IRON_LINES[params.ironLine] ?? '').replace('{wk}', String(params.ironWeeks))
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
        case 'dialysis-adult-ferritin-limit':
          return `the adult ceiling (no IV iron above a ferritin of 100 ng/mL) is for patients not on dialysis; on haemodialysis the renal criteria decide, and ferritin ${params.fer} ng/mL with TSAT ${params.tsat}% meets them (below 200 ng/mL and below 20%).`
        case 'dialysis-gabapentin-full-dose':
          return 'gabapentin is a first-line RLS treatment, but it is cleared by the kidneys: on haemodialysis it is given at a much lower dose, usually after sessions, and the iron criteria are settled first.'
        case 'dialysis-recheck-later':
          return `ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% already meet the renal criteria for IV iron sucrose; waiting six months leaves a correctable contributor untreated.`
        case 'dialysis-top-up-iron':
          return `with ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% the stores are replete; more IV iron is not indicated and adds a risk of overload.`
        case 'dialysis-antihistamine':
          return 'sedating first-generation antihistamines are recognised aggravators of RLS and would make the legs worse, not better.'
        case 'dialysis-expected-untreated':
          return arm === 'iron'
            ? `RLS is common on dialysis but it is treatable, and here ferritin ${params.fer} ng/mL with TSAT ${params.tsat}% meets the renal criteria for IV iron sucrose.`
            : 'RLS is common on dialysis, but it is treatable: the medication list, dialysis adequacy and an RLS treatment dosed for kidney failure all have a part, even with the iron stores full.'
        case 'raise-esa':
          return 'pushing haemoglobin to normal with erythropoiesis-stimulating agents carries risk and is not an RLS treatment.'
        default:
          // Arm-specific (read-through 2.15): where iron is already replete, "iron comes first" is
          // no reason against the agonist.
          return arm === 'iron'
            ? 'dopamine agonists are not the preferred first step; their standard use in RLS is suggested against because of augmentation, and the low iron is corrected first.'
            : 'dopamine agonists are not the preferred first step; their standard use in RLS is suggested against because of augmentation, and with iron replete an α2δ ligand dosed for kidney failure is the usual choice.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    const context = choose(
      [
        'End-stage kidney disease on dialysis is an established context for RLS, affecting roughly one in five patients.',
        'RLS is common on dialysis, affecting roughly one patient in five, and kidney failure is an established context for it.'
      ],
      stem,
      'esrd'
    )
    const explanation =
      arm === 'iron'
        ? `${context} Iron decisions follow renal criteria rather than the adult thresholds: IV iron sucrose is suggested when ferritin is below 200 ng/mL and TSAT below 20%. Here ferritin is ${params.fer} ng/mL and TSAT ${params.tsat}%, so both are met, and the nephrology team gives it through the dialysis circuit and manages the dosing.`
        : `${context} Iron decisions follow renal criteria rather than the adult thresholds: IV iron sucrose is suggested when ferritin is below 200 ng/mL and TSAT below 20%. With ferritin ${params.fer} ng/mL and TSAT ${params.tsat}%, neither is met, so the next steps lie elsewhere.`
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

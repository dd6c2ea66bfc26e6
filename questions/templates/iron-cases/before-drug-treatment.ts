// A patient asks for a drug for RLS. Before any drug: iron studies if none have been done; iron
// if they qualify; an α2δ ligand when iron is replete and the RLS is clinically significant. The
// same plans are offered in every arm, so the learner has to read what has already been done.
import type { Template } from '../types'
import { labsTable } from '../kit/exhibits'
import { pickCodes, statementOptions, wordingFamily } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'
import { choose } from '../clinical/explain'
import { GENERAL_DEFICIENCY_FERRITIN, SOURCE_SEARCH_NOTE } from '../clinical/iron-options'

// No foil contradicts or presupposes the stem (read-through of bank 2.5.0, pattern 2): iron is
// offered without claiming results that were never taken, the iron check is offered only where no
// iron studies exist (elsewhere it re-orders a result the stem gives), and every foil is a step a
// clinician might really take (no coffee the stem never mentions, no quinine or "stress").
// One diagnostic foil, not two (read 6, P5: both "…to confirm the diagnosis" options were ruled
// out by the stem). No two texts share a length, and each arm's key has three foils on either
// side (2.11.0: the keys sat mid-band; middle-length +12).
// No foil is the lone hedged option (read 7: "Suggest an antihistamine…" matched the hedge
// lexicon and was never the key, a reverse cue in 53% of items).
// Three wordings of every code, one family drawn per item (read 2.16: one key text per arm, so a
// returning learner met the same key again). Each family keeps the length spread above, and no
// key repeats the lead-in's "first".
const WORDINGS: Record<string, readonly [string, string, string]> = {
  'check-iron-first': [
    'Check a morning ferritin and TSAT before choosing a drug',
    'Measure morning ferritin and TSAT before picking a drug',
    'Order morning ferritin and TSAT before deciding on a drug'
  ],
  // Read 20 (F1#6): the key was the longest option and the one staged "do X, then decide" plan.
  // It is now one action, like the drug foils; what follows the iron is taught in the feedback.
  'offer-iron-first': [
    'Offer a course of iron tablets or an infusion',
    'Give iron replacement, by mouth or by infusion',
    // Not "the low stores": in the untested arm, where this is a foil, nothing is known yet.
    'Start a course of iron now, as tablets or an infusion'
  ],
  'start-alpha2delta': [
    'Start an α2δ ligand such as gabapentin in the evening',
    'Begin an α2δ ligand, for example gabapentin, at night',
    'Prescribe an α2δ ligand such as pregabalin at night'
  ],
  'start-pramipexole': [
    'Start pramipexole at a low dose',
    'Begin low-dose pramipexole',
    'Prescribe pramipexole at a low dose'
  ],
  'order-polysomnography': [
    'Book polysomnography before a drug',
    'Arrange a sleep study before a drug',
    'Request polysomnography before a drug'
  ],
  'antihistamine-meanwhile': [
    'Advise an antihistamine sleep aid while the drug is chosen',
    'Recommend an antihistamine sleep aid until a drug is chosen',
    'Advise an antihistamine sleep aid for the nights meanwhile'
  ],
  'opioid-for-sleep': [
    'Start a low-dose opioid at night, as the sleep loss is severe',
    'Begin a low-dose opioid at bedtime, as the sleep loss is severe',
    'Prescribe a night-time opioid at low dose for the severe sleep loss'
  ],
  'ropinirole-as-asked': [
    'Start ropinirole at a low dose in the evening and review it',
    'Begin ropinirole at a low dose each evening and review it',
    'Prescribe ropinirole at a low dose each evening, then review'
  ],
  'alpha2delta-then-iron': [
    'Start gabapentin now; check iron if it fails',
    'Begin gabapentin now and test iron if it fails',
    'Give gabapentin now; look at iron if it fails'
  ],
  'sleep-hygiene-review': [
    'Advise sleep hygiene and review in a month',
    'Give sleep-hygiene advice, then review in a month',
    'Advise better sleep habits and review in a month'
  ],
  // A mid-length foil, so every key has a foil within 15% below it (read 7: the key was more than
  // 1.15 times the longest foil in 13% of items when the foils drawn were all short).
  'compression-stockings': [
    'Prescribe compression stockings before any drug',
    'Prescribe compression stockings before a drug',
    'Fit compression stockings before a drug'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
/** The longest the key may be against the longest foil (read 7's measure). */
const KEY_TO_LONGEST_FOIL = 1.15
/** Foils each arm leaves out: the iron check re-orders results the stem gives; where iron
 * qualifies, "gabapentin now, iron if it fails" is close to the key's own plan. */
const NOT_IN: Record<'untested' | 'low' | 'replete', readonly string[]> = {
  untested: [],
  low: ['check-iron-first', 'alpha2delta-then-iron'],
  replete: ['check-iron-first', 'alpha2delta-then-iron']
}
const ASKS = [
  'has read about pramipexole online and asks whether it would help',
  'asks for "the tablet my neighbour takes for restless legs", which turns out to be ropinirole',
  'wants something that works quickly, having tried stretching and warm baths',
  'asks for "a proper prescription", as magnesium from the health-food shop made no difference',
  'would like to leave today with a treatment that can be started tonight'
]
/** The ask in which someone else suggested the drug (the ropinirole rationale says so). */
const NEIGHBOUR_ASK = 1
type Who = { a: string; yrs: string; nights: string }
// Read 9 (P6, 91237 #0/#14): two items of one quiz shared the whole stem. Four openings (the
// patient's own story, work, a partner's account, a referral "for a prescription"), five asks,
// three history lines and several lists of checked tests are drawn apart.
const OPENINGS: readonly ((w: Who) => string)[] = [
  (w) =>
    `${w.a} who has had restless legs for ${w.yrs} now loses sleep to them ${w.nights}, and {she} is exhausted by day.`,
  (w) =>
    `${w.a} comes to the clinic after ${w.yrs} of restless legs; the urge to move keeps {him} awake ${w.nights}, and {her} work is suffering.`,
  (w) =>
    `${w.a} is seen with {her} partner, who says {she} gets up to walk the landing ${w.nights}; the legs have troubled {him} for ${w.yrs} in all.`,
  (w) =>
    `${w.a} has been sent by {her} family physician "for an RLS prescription" after ${w.yrs} of symptoms that now spoil {her} sleep ${w.nights}.`
]
const HISTORY = [
  'The history meets all the RLS criteria, {she} takes no regular medicines, drinks little alcohol, and the neurological examination is normal.',
  'The story fits RLS on every criterion; {she} takes no regular medicines and little alcohol, and the examination is normal.',
  'All five diagnostic criteria for RLS are met, there are no regular medicines, alcohol intake is light, and the neurological examination finds nothing.'
]
// Read 9 (MINOR, 91237 #0): the list was always "blood count, thyroid, kidney", so iron stood out
// as the gap. The lists vary and some hold tests that sit close to iron (MCV, a blood film,
// vitamin B12, folate, CRP) without measuring iron stores, so the learner has to read them.
const CHECKED: readonly (readonly string[])[] = [
  ['a blood count', 'thyroid function', 'kidney function'],
  ['a blood count with the MCV', 'a CRP', 'a vitamin B12 level'],
  ['a haemoglobin and blood film', 'thyroid function', 'a glucose'],
  ['a blood count', 'a folate level', 'liver function'],
  ['a blood count with the MCV', 'a CRP', 'thyroid function', 'an HbA1c']
]
const listOf = (tests: readonly string[]): string =>
  tests.length < 2 ? (tests[0] ?? '') : `${tests.slice(0, -1).join(', ')} and ${tests.at(-1)}`
const CHECKED_LINES: readonly ((list: string) => string)[] = [
  (list) => `Last month {her} family physician checked ${list}; all were normal.`,
  (list) => `Blood tests at {her} family practice last month (${list}) were all normal.`,
  (list) => `{Her} family physician arranged ${list} last month, and every result was normal.`
]
const IRON_DONE = [
  'Morning iron studies were done at the same visit.',
  'A morning ferritin and TSAT were drawn at the same time.',
  'Iron studies, taken early in the morning, were part of the same set.'
]

export const beforeDrugTreatment: Template = {
  id: 'iron-before-drug-treatment',
  family: '24',
  section: 'pitfalls-epidemiology',
  title: 'Asked for an RLS drug: what comes first?',
  generate(rng) {
    const arm = rng.pick(['untested', 'low', 'replete'] as const)
    const key =
      arm === 'untested'
        ? 'check-iron-first'
        : arm === 'low'
          ? 'offer-iron-first'
          : 'start-alpha2delta'
    const sex = pickSex(rng)
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    // Redrawn (seeded, so still a function of the seed) while the key would stand out as much
    // longer than every foil; the length-rank draw itself is unchanged.
    const tooLong = (codes: readonly string[]) =>
      (TEXTS[key] ?? '').length >
      KEY_TO_LONGEST_FOIL * Math.max(...codes.map((c) => (TEXTS[c] ?? '').length))
    let opts = pickCodes(rng, key, TEXTS, 3, NOT_IN[arm])
    for (let i = 0; i < 20 && tooLong(opts); i++) opts = pickCodes(rng, key, TEXTS, 3, NOT_IN[arm])
    const params = {
      arm,
      sex,
      age: rng.int(32, 78),
      yrs: rng.int(1, 6),
      nights: rng.int(4, 7),
      opening: rng.int(0, OPENINGS.length - 1),
      ask: rng.int(0, ASKS.length - 1),
      history: rng.int(0, HISTORY.length - 1),
      checked: rng.int(0, CHECKED.length - 1),
      checkedLine: rng.int(0, CHECKED_LINES.length - 1),
      ironDone: rng.int(0, IRON_DONE.length - 1),
      // Replete values stay inside the laboratory's range for the patient's sex (no flag).
      fer: arm === 'low' ? rng.int(30, 62) : rng.int(130, sex === 'f' ? 195 : 280),
      tsat: rng.int(22, 40),
      hb10: sex === 'f' ? rng.int(124, 146) : rng.int(136, 160),
      opts: opts.join('+'),
      lead: rng.int(0, 1),
      wording
    }
    const p = person(params.age, sex)
    // What was done, not what was not, and the same kind of routine tests in every arm
    // (read-through of bank 2.5.0, pattern 2: the list of other tests appeared only when iron was
    // missing, so it marked the arm); the learner has to notice whether iron studies are among them.
    const tests = listOf(CHECKED[params.checked] ?? CHECKED[0]!)
    const routine = (CHECKED_LINES[params.checkedLine] ?? CHECKED_LINES[0]!)(tests)
    const labs =
      arm === 'untested' ? routine : `${routine} ${IRON_DONE[params.ironDone] ?? IRON_DONE[0]}`
    const exhibits =
      arm === 'untested'
        ? []
        : [
            labsTable('Morning iron studies, last month', sex === 'f' ? 'female' : 'male', [
              ['ferritin', params.fer],
              ['tsat', params.tsat],
              // A number with its range, not "normal" (read-through 5, P5).
              ['haemoglobin', params.hb10 / 10]
            ])
          ]
    const who: Who = {
      a: p.a,
      yrs: params.yrs === 1 ? 'a year' : `${params.yrs} years`,
      nights: params.nights === 7 ? 'every night' : `${params.nights} nights a week`
    }
    const stem = fill(
      [
        (OPENINGS[params.opening] ?? OPENINGS[0]!)(who),
        `{She} ${ASKS[params.ask]}.`,
        HISTORY[params.history] ?? HISTORY[0],
        labs
      ].join(' '),
      p
    )
    const question =
      params.lead === 0 ? 'What is the most appropriate first step?' : 'Which step comes first?'
    const why = (code: string): string => {
      switch (code) {
        case 'check-iron-first':
          return arm === 'untested'
            ? 'ferritin and TSAT should be checked in everyone with clinically significant RLS, on a morning sample, because iron deficiency is a common, correctable contributor and changes the treatment.'
            : 'the iron studies have already been done on a proper morning sample, so repeating them would delay the decision they already support.'
        case 'offer-iron-first':
          return arm === 'low'
            ? `a ferritin of ${params.fer} ng/mL is at or below 75 ng/mL, the adult threshold for iron therapy in RLS, even though it is reported as normal; correcting it comes before a long-term drug.`
            : arm === 'untested'
              ? `the tests done (${tests}) say nothing about iron stores; iron is given when ferritin and TSAT qualify, and they have not been measured.`
              : `a ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% does not qualify for iron therapy.`
        case 'start-alpha2delta':
          return arm === 'replete'
            ? 'with iron replete, no aggravating drugs and clinically significant symptoms, an α2δ ligand (gabapentin, gabapentin enacarbil or pregabalin) is the recommended first-line drug.'
            : arm === 'low'
              ? 'an α2δ ligand may well be needed, but the ferritin qualifies for iron, a correctable contributor that comes first.'
              : 'an α2δ ligand may well be the drug, but ferritin and TSAT were not among the tests done, and a low ferritin would change the first step.'
        case 'start-pramipexole':
          return 'standard use of dopamine agonists for RLS is now suggested against because of the risk of augmentation, so this is not the first drug.'
        case 'order-polysomnography':
          return 'RLS is a clinical diagnosis; a sleep study is not needed to make it when the history meets the criteria.'
        case 'antihistamine-meanwhile':
          return 'sedating first-generation antihistamines, the usual over-the-counter sleep aids, are recognised aggravators of RLS and would worsen the legs while the plan is made.'
        case 'opioid-for-sleep':
          return `low-dose opioids are kept for RLS that has not responded to first-line treatment; here the first step is ${arm === 'untested' ? 'to check ferritin and TSAT' : arm === 'low' ? 'iron, as the ferritin qualifies' : 'an α2δ ligand, with iron already replete'}.`
        case 'ropinirole-as-asked':
          // "Whoever suggested it" only where someone did: the neighbour (read-through 5, P5).
          return params.ask === NEIGHBOUR_ASK
            ? 'ropinirole is a dopamine agonist; standard use is now suggested against because of the risk of augmentation, so it is not the first drug whoever suggested it.'
            : 'ropinirole is a dopamine agonist, and standard use of that class is now suggested against because of the risk of augmentation, so it is not the first drug.'
        case 'compression-stockings':
          return `compression stockings treat venous disease, not RLS: an urge to move that walking relieves is not eased by them, and the first step here is ${arm === 'untested' ? 'to check ferritin and TSAT' : arm === 'low' ? 'iron, as the ferritin qualifies' : 'an α2δ ligand, with iron already replete'}.`
        case 'sleep-hygiene-review':
          return 'sleep habits matter, but RLS that costs sleep most nights needs its correctable contributors checked and, if needed, treatment; a month of sleep hygiene changes neither.'
        default:
          return 'gabapentin may well be the drug, but ferritin and TSAT have not been measured; iron deficiency is a common, correctable contributor, checked before a long-term drug rather than after it fails.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    // Read 9 (P6): each arm's explanation was one fixed text, word for word across quizzes; each
    // sentence now comes in two or three wordings, chosen by the item's params.
    const salt = JSON.stringify(params)
    const agonists = choose(
      [
        'Dopamine agonists are no longer a standard first choice because of augmentation.',
        'A dopamine agonist such as ropinirole or pramipexole is no longer a standard first choice, because of augmentation.',
        'Standard use of dopamine agonists is now suggested against, since they cause augmentation.'
      ],
      salt,
      'agonists'
    )
    const explanation =
      arm === 'untested'
        ? [
            choose(
              [
                'Clinically significant RLS calls for ferritin and TSAT before a drug is chosen: iron deficiency is the commonest correctable contributor, and a ferritin at or below 75 ng/mL (or TSAT below 20%) changes the first step.',
                `None of the tests done (${tests}) measures iron stores, and a ferritin at or below 75 ng/mL or a TSAT below 20% would change the first step; so ferritin and TSAT, on a morning sample, come before any drug.`,
                'Before a drug for clinically significant RLS, ferritin and TSAT are checked on a morning sample, because low iron is the commonest correctable contributor and a ferritin at or below 75 ng/mL (or TSAT under 20%) puts iron first.'
              ],
              salt,
              'open'
            ),
            choose(
              [
                'The diagnosis itself is clinical, so no sleep study or nerve test is needed.',
                'The history makes the diagnosis; a sleep study adds nothing here.'
              ],
              salt,
              'clinical'
            ),
            agonists
          ].join(' ')
        : arm === 'low'
          ? [
              choose(
                [
                  `The iron studies are already done, and the ferritin of ${params.fer} ng/mL is at or below 75 ng/mL, the adult threshold for iron therapy in RLS, although the laboratory calls it normal.`,
                  `A ferritin of ${params.fer} ng/mL is inside the laboratory range but at or below 75 ng/mL, the adult threshold for iron therapy in RLS, and the iron studies were drawn properly in the morning.`,
                  `The morning iron studies give a ferritin of ${params.fer} ng/mL: normal to the laboratory, yet at or below 75 ng/mL, where adults with RLS are offered iron.`
                ],
                salt,
                'open'
              ),
              choose(
                [
                  'Iron comes first; an α2δ ligand can follow if symptoms persist.',
                  'Correcting iron is the first step, and an α2δ ligand follows if the legs still trouble the nights.'
                ],
                salt,
                'step'
              ),
              agonists,
              // Below 45 ng/mL the bank's other iron items raise a source search (read 8, P4).
              // Read 20 (F1#6, pattern 7): in a man or a woman of 50 or more it is said plainly,
              // as the recheck item says it, not left to "depends on age, sex and symptoms".
              params.fer < GENERAL_DEFICIENCY_FERRITIN && (sex === 'm' || params.age >= 50)
                ? `Separately, a ferritin of ${params.fer} ng/mL in a ${p.noun} of ${params.age} is a reason to look for a source of loss: ask about blood loss and consider a GI assessment, whatever is decided for the RLS. ${SOURCE_SEARCH_NOTE}`
                : params.fer < GENERAL_DEFICIENCY_FERRITIN
                  ? SOURCE_SEARCH_NOTE
                  : ''
            ]
              .filter(Boolean)
              .join(' ')
          : [
              choose(
                [
                  `The iron studies are done and replete (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), there are no aggravating drugs, and the symptoms are clinically significant.`,
                  `With ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% on a morning sample, iron is replete; no medicine aggravates the legs, and the sleep loss makes the RLS clinically significant.`,
                  `Iron is not the issue (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), nothing on a medicine list aggravates the legs, and the symptoms cost sleep most nights.`
                ],
                salt,
                'open'
              ),
              choose(
                [
                  'The recommended first-line drug is an α2δ ligand.',
                  'So a first-line drug is due, and the recommended one is an α2δ ligand (gabapentin, gabapentin enacarbil or pregabalin).'
                ],
                salt,
                'step'
              ),
              agonists
            ].join(' ')
    return {
      params,
      claims: arm === 'untested' ? ['T2', 'T1'] : arm === 'low' ? ['S2', 'P1'] : ['T2'],
      difficulty: arm === 'low' ? 3 : 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits,
      question,
      options,
      objective:
        'Before an RLS drug is chosen, check iron studies, correct iron when it qualifies, and start an α2δ ligand rather than a dopamine agonist when iron is replete.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'irlssg2018', 'silber2021'],
      facts:
        arm === 'untested'
          ? { kind: 'iron-first', ironTested: false }
          : {
              kind: 'iron-first',
              ironTested: true,
              labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
              population: 'adult',
              dialysis: false
            }
    }
  }
}

// The iron test itself: a TSAT above the 45% ceiling, either from a valid morning sample after a
// day without iron (so iron is not indicated) or from an afternoon sample drawn soon after an
// iron-containing supplement (so the result cannot be used and the tests are repeated properly).
// Ferritin sits in the 75–100 band, where the TSAT decides between IV iron and no iron.
import { labsTable } from '../kit/exhibits'
import { choose } from '../clinical/explain'
import type { Template } from '../types'
import { statementOptions, wordingFamily } from '../kit/statements'
import { byLengthRank } from '../kit/choices'
import { fill, person, pickSex, seconds } from '../kit/people'

// Every foil is a real error in reading iron studies; two of them, like the repeat-test key, speak
// about the supplement, so the key is not the only option that mirrors the stem's sampling story.
// "Accept the results" is offered only for the afternoon sample (on a valid one it is true), and
// "repeat both tests" only for it too: a raised fasting TSAT is itself confirmed on a repeat
// sample (read 7, P4), so on a valid one that foil is a second defensible answer. No two foils
// share an action (read 7, P5: "IV iron now" and "stop the supplement and arrange IV iron" were
// one action): the second IV option gave way to a sedating antihistamine, which worsens RLS.
// Lengths are spread so each key (60 and 62 characters) has at least three foils shorter and
// three longer in either arm, and the length-rank draw can put the key at every rank (the
// middle-length strategy: the key sat in the middle 87% of the time at 2.11.0).
// Three wordings of every code (read 2.16, P1/P6: one key text per arm, so a returning learner met
// the same key and often the same four options). A wording family is drawn by lot and used for
// all codes of the item, so the options of one item still read in one register; each family keeps
// the old length spread (key near 60, three foils shorter and three longer in either arm).
const WORDINGS: Record<string, readonly [string, string, string]> = {
  'repeat-valid-sample': [
    'Repeat both tests on an early sample after a day without iron',
    'Redo both tests at 8 am, once a full day off iron has passed',
    'Draw both tests again at 8 am, after a day off the iron'
  ],
  // Read 18 (F1#13): "a saturation past 45% is over the ceiling" explained the rule by itself;
  // each wording now says what the TSAT does to the decision.
  'withhold-high-tsat': [
    'Give no iron: a saturation over 45% argues against a deficit',
    'Withhold iron; a saturation past 45% speaks against a deficit',
    'Hold off iron: a saturation past 45% argues against a deficit'
  ],
  // Read 20 (F2#2): on the afternoon sample only the key answered the faulty sample. This foil is
  // sampling-aware too, and wrong: a fasting repeat taken on the supplement is no better. Offered
  // in every afternoon item; never on the valid sample (a raised fasting TSAT is confirmed on a
  // repeat there).
  'repeat-keep-supplement': [
    "Recheck the TSAT fasting, on that day's supplement",
    'Test the TSAT again fasting, with the usual morning dose taken',
    'Recheck the TSAT following an overnight fast, taking the supplement as usual'
  ],
  // Read 20 (F2#2): as a foil on the afternoon sample the withholding option no longer repeats the
  // valid arm's key word for word (a returning learner recognised a flipped copy).
  'withhold-foil': [
    'Give no iron now, since the TSAT is above the 45% ceiling',
    'Withhold iron, because this TSAT is over the 45% ceiling',
    'Hold off iron now, as the TSAT lies above the 45% ceiling'
  ],
  'iv-iron-now': [
    'Arrange IV iron now, because the ferritin lies between 75 and 100',
    'Book an iron infusion now, since the ferritin is in the 75–100 band',
    'Give intravenous iron now, as the ferritin is between 75 and 100'
  ],
  // Read 21 (F1#2): on the afternoon sample "check for anaemia first" was a thin foil. This IV
  // foil reads the TSAT, wrongly: it explains the high value away by the tablet, but a TSAT drawn
  // after iron cannot show that the true one is under 45%. One of the three IV foils per item.
  'iv-tsat-artefact': [
    'Arrange IV iron now; the morning tablet explains the high TSAT',
    'Book IV iron now, as the morning tablet accounts for the high TSAT',
    'Give IV iron now: ferritin is under 100 and the tablet explains the TSAT'
  ],
  'oral-iron-now': [
    'Start oral iron now, as a ferritin under 100 qualifies',
    'Begin oral iron now, since a ferritin below 100 counts',
    'Prescribe oral iron, as a ferritin under 100 qualifies'
  ],
  // Read 18 (F1#7): "repeat the ferritin alone, as saturation adds little" was a strawman. The
  // real error on an afternoon sample after iron: the ferritin is barely moved by one dose (true),
  // so act on it (wrong: in the 75–100 band the TSAT decides). Offered only on the afternoon
  // sample, and never beside "IV iron now", whose action it shares (read 7, P5).
  'ferritin-only': [
    'Go by the ferritin, which one dose barely moves, and book IV iron',
    'Trust the ferritin, little changed by one dose, and arrange IV iron',
    'Act on the ferritin, which a dose hardly shifts, and give IV iron'
  ],
  // Read 18 (test-wise notes: "decides the whole question" was an absolute only a foil carried).
  'blood-count-only': [
    'Check for anaemia first, as it would change the plan',
    'Look for anaemia first, since it would alter the plan',
    'Check for anaemia first, as that would settle the plan'
  ],
  // Read 18: the valid arm had five foils once the ferritin-led IV foil left it, too few for the
  // key to reach every length rank. Carrying on a smaller dose of iron is the other real error.
  'supplement-alternate-days': [
    'Keep the supplement on alternate days and recheck in three months',
    'Cut the supplement to alternate days and recheck in three months',
    'Carry on the supplement every other day and recheck in three months'
  ],
  'accept-results': [
    'Accept the results, as a daily supplement barely alters the TSAT',
    'Use these results, as one iron tablet hardly shifts the saturation',
    'Act on these results, as the supplement barely changes the TSAT'
  ],
  'sedating-antihistamine': [
    'Add a sedating antihistamine at night to settle the legs meanwhile',
    'Prescribe a sedating antihistamine at bedtime to calm the legs for now',
    'Give a sedating antihistamine at night to quieten the legs for now'
  ],
  'iron-rich-diet': [
    'Advise red meat and greens to lift the ferritin',
    'Recommend an iron-rich diet to raise the ferritin',
    'Recommend more red meat to build up the ferritin'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
// Read 21 (F1#4): on a valid sample the TSAT was flagged high and only the key spoke of it, so a
// flag-reader found the key. One foil in every valid item now reads the high TSAT the wrong way
// (a ferritin under 100 taken to outweigh it). Its three wordings sit on both sides of the key's
// length and are drawn apart from the family, as the afternoon arm's fixed foil is; it replaces
// "IV iron now", whose action it shares.
const IV_DESPITE_TSAT = [
  'Give IV iron; a high TSAT with ferritin under 100 still qualifies',
  'Book IV iron: a ferritin under 100 outweighs the high TSAT',
  'Arrange IV iron, as a ferritin under 100 qualifies even with a high TSAT'
] as const
const SUPPLEMENTS = [
  'a multivitamin containing iron',
  'an iron tablet bought from the pharmacy',
  'a "women\'s health" supplement with iron'
]

// Stem frames (read 8, P6: the stem was one frame). Read 9 (P6): the invalid arm still read word
// for word across quizzes apart from the age (91237 #33, 104729 #9: openings and draws were tied
// to one frame index). Openings, draws and a reason for the supplement are now drawn apart.
const OPENINGS = [
  'A_PATIENT with RLS most evenings for two years is seen in a sleep clinic to discuss iron.',
  'A_PATIENT is referred by {her} GP because RLS has kept {him} awake on most nights for two years; bloods were taken before the visit.',
  'At a follow-up visit, a_patient, whose RLS has troubled {him} on most evenings for two years, brings the blood results {her} GP asked for.',
  'A_PATIENT asks a sleep clinic whether iron could help the restless legs that have spoilt {her} evenings for about two years.',
  'Two years of RLS on most nights bring a_patient to the clinic; the nurse has already sent off iron studies.'
]
// Read 18 (F1#7): the stem announced the error ("No one mentioned pausing …, so she took it that
// day") and the valid arm its correctness ("stopped it … as instructed"). Both arms now give the
// same facts in the same sentences, as data: the supplement and when it was last taken (LAST),
// with the draw time and meal in the table's caption; reading them is the learner's task.
const DOSE_LINES = [
  'Medicines: SUPP, one each morning; last dose LAST.',
  '{She} takes SUPP each morning with breakfast; the last dose was LAST.',
  'Current medicines: SUPP daily, last taken LAST.',
  'The only thing {she} takes regularly is SUPP, one a day; the last one was LAST.',
  '{Her} medication list shows SUPP, one daily, last taken LAST.'
]
const LAST_DOSE = { invalid: 'on the morning of the test', valid: 'two days before the test' }
/** Why the supplement is taken, one clause drawn apart from the rest (none bears on the answer). */
const REASONS = [
  '',
  " {She} started the supplement on a friend's advice, hoping it would help {her} energy.",
  ' The supplement was {her} own idea after reading that iron can help RLS.',
  ' {She} has taken the supplement for a few months, on and off.'
]
const LEADS = [
  'What is the most appropriate next step?',
  'How should these results be acted on?',
  'What should be done with these results?'
] as const

export const samplingConditions: Template = {
  id: 'iron-sampling-conditions',
  family: '20',
  section: 'iron-status',
  title: 'A TSAT above 45%: a valid sample, or iron taken before the test?',
  generate(rng) {
    const arm = rng.pick(['invalid', 'valid'] as const)
    const key = arm === 'invalid' ? 'repeat-valid-sample' : 'withhold-high-tsat'
    const sex = pickSex(rng)
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    // One of the three IV foils per afternoon item, drawn by lot (they share an action); on a valid
    // sample the ferritin-led IV foil's "one dose barely moves it" has no dose to speak of, and the
    // TSAT-reading IV foil (IV_DESPITE_TSAT) stands in for "IV iron now".
    const IV_FOILS = ['iv-iron-now', 'ferritin-only', 'iv-tsat-artefact']
    const ivFoil = arm === 'invalid' ? rng.pick(IV_FOILS) : 'iv-despite-tsat'
    let fixedForm = -1
    // The fixed foil counts in the key's length rank, drawn over all three foils.
    const len = (c: string) => (TEXTS[c] ?? '').length
    const keyLength = len(key)
    const fixedCode = arm === 'invalid' ? 'repeat-keep-supplement' : 'iv-despite-tsat'
    // `want` foils longer than the key. The fixed foil's wording is drawn apart from the family,
    // on the side of the key that count needs.
    const want = rng.int(0, 3)
    const forms: readonly string[] =
      arm === 'invalid' ? (WORDINGS['repeat-keep-supplement'] ?? []) : IV_DESPITE_TSAT
    const fits = [0, 1, 2].filter((i) =>
      want === 0
        ? (forms[i] ?? '').length < keyLength
        : want === 3
          ? (forms[i] ?? '').length > keyLength
          : true
    )
    fixedForm = rng.pick(fits.length > 0 ? fits : [0, 1, 2])
    TEXTS[fixedCode] = forms[fixedForm] ?? ''
    const fixedLong = len(fixedCode) > keyLength ? 1 : 0
    // The afternoon sample never offers the valid arm's key; the valid sample never offers the
    // options about a faulty sample, nor "repeat both tests" (a raised fasting TSAT is confirmed on
    // a repeat, so it would be a second defensible answer), nor "IV iron now" (the fixed foil's
    // action). Read 21 (F1#2): "check for anaemia first" is not offered on the afternoon sample.
    const skip =
      arm === 'invalid'
        ? [
            key,
            ...IV_FOILS.filter((c) => c !== ivFoil),
            'iv-despite-tsat',
            'repeat-keep-supplement',
            'withhold-high-tsat',
            'blood-count-only'
          ]
        : [
            key,
            'accept-results',
            'repeat-valid-sample',
            'ferritin-only',
            'iv-tsat-artefact',
            'repeat-keep-supplement',
            'withhold-foil',
            'iv-iron-now',
            'iv-despite-tsat'
          ]
    const pool = Object.keys(TEXTS).filter((c) => !skip.includes(c))
    const opts = [
      ...byLengthRank(
        rng,
        keyLength,
        pool,
        2,
        len,
        () => Math.max(0, Math.min(2, want - fixedLong)),
        3
      ),
      fixedCode
    ]
    const params = {
      arm,
      sex,
      age: rng.int(30, 79),
      fer: rng.int(81, 95),
      tsat: rng.int(48, 62),
      // The "women's health" product only for women (read-through 5, P5).
      supp: rng.int(0, sex === 'f' ? SUPPLEMENTS.length - 1 : SUPPLEMENTS.length - 2),
      hb10: sex === 'f' ? rng.int(124, 146) : rng.int(136, 160),
      // The draw time, in the table's caption (read 18, F1#7): afternoon for the invalid arm.
      hour: rng.int(14, 16),
      opts: opts.join('+'),
      wording,
      ...(fixedForm >= 0 ? { fixedForm } : {}),
      lead: rng.int(0, LEADS.length - 1),
      // Which of the stem frames (read 8, P6: one frame in every item); draw and reason drawn
      // apart from the opening (read 9, P6).
      frame: rng.int(0, OPENINGS.length - 1),
      draw: rng.int(0, DOSE_LINES.length - 1),
      reason: rng.int(0, REASONS.length - 1)
    }
    const p = person(params.age, sex)
    const supplement = SUPPLEMENTS[params.supp] ?? SUPPLEMENTS[0]
    const draw = (DOSE_LINES[params.draw] ?? '').replace('LAST', LAST_DOSE[arm])
    const stem = fill(
      [
        OPENINGS[params.frame] ?? '',
        draw.replace('SUPP', supplement ?? '') + (REASONS[params.reason] ?? '')
      ]
        .join(' ')
        .replace('A_PATIENT', p.a)
        .replace('a_patient', p.a.charAt(0).toLowerCase() + p.a.slice(1)),
      p
    )
    const question = LEADS[params.lead] ?? LEADS[0]
    const why = (code: string): string => {
      switch (code) {
        case 'repeat-valid-sample':
          return arm === 'invalid'
            ? 'iron taken hours before the draw raises serum iron and TSAT, so this TSAT cannot be used; iron studies are drawn in the morning after at least 24 hours without iron, and here the TSAT decides between IV iron and none.'
            : 'the sample was already drawn correctly (morning, after two days without iron), so a repeat would not make iron indicated; a raised TSAT is confirmed for its own sake, not to decide on iron.'
        case 'repeat-keep-supplement':
          return 'fasting does not undo a supplement taken that morning: iron studies are drawn in the morning after at least 24 hours without iron, so a repeat on the supplement is as unusable as this one, and the ferritin is redrawn with the TSAT on the proper sample.'
        case 'withhold-foil':
        case 'withhold-high-tsat':
          return arm === 'valid'
            ? `on a valid sample a TSAT of ${params.tsat}% is above the 45% ceiling, above which iron therapy is not indicated whatever the ferritin. A raised fasting TSAT should then be confirmed on a second fasting sample and haemochromatosis considered (HFE testing).`
            : 'the high TSAT comes from a sample taken hours after an iron supplement, so it cannot support withholding iron; the test has to be repeated properly first.'
        case 'iv-iron-now':
          return arm === 'valid'
            ? `a ferritin between 75 and 100 ng/mL supports IV iron only when the TSAT is under 45%; at ${params.tsat}% iron is not indicated.`
            : 'IV iron in the 75–100 band depends on a usable TSAT, and this one is not usable: acting now would rest on a sample taken after iron.'
        case 'iv-tsat-artefact':
          return `a TSAT drawn hours after iron cannot show that the true TSAT is under 45%, and at a ferritin of ${params.fer} ng/mL IV iron is suggested only when it is; the tests are repeated on a morning sample after a day without iron before any route is chosen.`
        case 'iv-despite-tsat':
          return `a ferritin under 100 ng/mL supports IV iron only when the TSAT is under 45%; on this valid sample the TSAT of ${params.tsat}% is above that ceiling, and above it iron therapy is not indicated at any ferritin.`
        case 'oral-iron-now':
          return `oral iron is for ferritin at or below 75 ng/mL (or TSAT below 20%); at ${params.fer} ng/mL it is not expected to help, and the TSAT here is high.`
        case 'ferritin-only':
          return `one dose of iron does change the ferritin little, but at ${params.fer} ng/mL the decision turns on the TSAT, and this TSAT was measured hours after the supplement; IV iron booked on the ferritin alone could be given to someone whose true TSAT rules it out.`
        case 'blood-count-only':
          return 'the iron decision in RLS rests on ferritin and TSAT, not on whether there is anaemia; the haemoglobin is already normal.'
        case 'iron-rich-diet':
          return arm === 'valid'
            ? `at a TSAT of ${params.tsat}% on a valid sample iron is not indicated in any form, dietary or otherwise; a ferritin under 100 does not override the ceiling.`
            : 'a change of diet cannot make up for a sample taken too soon after a dose: with a ferritin between 75 and 100 the TSAT decides, and this TSAT was drawn after the supplement.'
        case 'sedating-antihistamine':
          return 'sedating antihistamines such as diphenhydramine can worsen RLS, and they leave the iron question exactly where it was.'
        case 'supplement-alternate-days':
          return arm === 'valid'
            ? `on a valid sample a TSAT of ${params.tsat}% is above the 45% ceiling, so no iron is indicated, in a smaller dose or otherwise; the supplement stops, and a raised fasting TSAT is confirmed and investigated rather than watched.`
            : 'a smaller dose leaves the question unanswered: this TSAT was measured hours after the supplement, so the tests are repeated on a proper morning sample before any iron plan is made.'
        case 'accept-results':
          return 'iron taken on the morning of the draw raises serum iron and TSAT markedly for hours; a sample taken after the supplement cannot be read, however small the dose.'
        default:
          throw new Error(`iron-sampling-conditions: no rationale for ${code}`)
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    // Two openings per arm, so two items of one quiz do not share an explanation (read 5, P3).
    // Read 18 (F1#13): the afternoon arm no longer recites the TSAT bands ("20–44% would mean IV
    // iron, 45% or more no iron"), which answered the other arm; it teaches the sampling point.
    const explanation =
      arm === 'invalid'
        ? `${choose(['Iron studies for RLS are drawn in the morning after at least 24 hours without iron supplements or iron-rich food, because recent iron lifts serum iron and TSAT for hours.', 'Iron taken within the last day lifts serum iron and TSAT for hours, so iron studies for RLS are drawn in the morning after at least 24 hours without supplements or iron-rich food.'], JSON.stringify(params), 'open')} ${choose([`With a ferritin of ${params.fer} ng/mL the TSAT decides the iron plan, and a TSAT from an afternoon sample taken after the supplement cannot make that call, so the tests are repeated properly first.`, `At a ferritin of ${params.fer} ng/mL the plan turns on the TSAT, and a TSAT measured hours after a dose of iron cannot be trusted to settle it: a proper morning sample comes first.`], JSON.stringify(params), 'rule')}`
        : `${choose(['This sample was drawn correctly, so the numbers stand.', 'The sample meets the drawing rules (morning, two days off the supplement), so the result can be used.'], JSON.stringify(params), 'open')} ${choose([`A ferritin of ${params.fer} ng/mL would support IV iron if the TSAT were below 45%, but at ${params.tsat}% the TSAT is above the ceiling at which iron therapy is not indicated, whatever the ferritin (IRLSSG 2018; Silber 2021). The supplement can stop, and RLS is managed by other means.`, `The ferritin of ${params.fer} ng/mL sits in the band where IV iron is suggested, yet a TSAT of ${params.tsat}% is past the 45% ceiling, and above it iron therapy is not indicated at any ferritin (IRLSSG 2018; Silber 2021). The iron supplement can be stopped and the RLS treated by other means.`], JSON.stringify(params), 'ceiling')} A raised fasting TSAT is not only a bar to iron: it should be confirmed on a second fasting sample and haemochromatosis considered (HFE testing)${sex === 'm' ? ', particularly in a man, in whom iron overload shows earlier' : ''}.`
    return {
      params,
      claims: ['T2', 'S2'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits: [
        labsTable(
          // No word of a key in the caption (the most-stem-words strategy reads the tables too).
          arm === 'invalid'
            ? `Results (drawn ${params.hour}:00, non-fasting)`
            : 'Results (drawn 08:00, fasting)',
          sex === 'f' ? 'female' : 'male',
          [
            ['ferritin', params.fer],
            ['tsat', params.tsat],
            // A number with its range, not the word "normal" (read-through 5, P5).
            ['haemoglobin', params.hb10 / 10]
          ]
        )
      ],
      question,
      options,
      // Read 21 (F1#2): the afternoon arm cannot apply the ceiling (its sample is unusable), so each
      // arm states its own objective.
      objective:
        arm === 'invalid'
          ? 'Use iron studies only from a valid sample (morning, after at least 24 hours without iron) before acting on them.'
          : 'Apply the TSAT ceiling of 45%, above which iron therapy is not indicated, to iron studies from a valid sample.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'irlssg2018', 'silber2021'],
      facts: {
        kind: 'iron-sampling',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'adult',
        dialysis: false,
        validSample: arm === 'valid'
      }
    }
  }
}

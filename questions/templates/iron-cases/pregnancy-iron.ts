// RLS in the second or third trimester: oral iron when ferritin is below 75 ng/mL (pregnancy
// consensus guideline), no iron when the stores are clearly replete. Values stay clear of 75 and
// of 30 (below which IV iron may be considered later in pregnancy), so no route is in doubt.
import type { Template } from '../types'
import { labsTable } from '../kit/exhibits'
import { rankedStatements, statementOptions } from '../kit/statements'
import { fill, person, seconds } from '../kit/people'
import { choose } from '../clinical/explain'

export const PREGNANCY_FERRITIN_CUTOFF = 75

// Every foil is a step a clinician might really take, in the same register as the two keys.
// Read 7: "Hold iron for now" implied a later indication and overlapped "defer the iron question
// until after delivery" (P5), so the no-iron key says iron is not needed and the deferral, the same
// action as that key, is no longer an option. Both keys sit mid-band with foils shorter and
// longer, and "iron" is in foils too, not only in the two keys.
// Read-through 2.15 (r10G pre-read, MAJOR): the no-iron arm could draw stop-vitamin /
// antihistamine / agonist beside the non-drug key, so "avoid drugs in pregnancy" found the key and
// the item no longer tested the iron decision. Now every item offers the opposite action to the
// key (OPPOSITE), and "stop the supplement, it unsettles the legs" is retired (implausible); a
// second non-drug foil (a sleep study or a neurology opinion first) keeps the key from being the one non-drug option.
const TEXTS: Record<string, string> = {
  'pregnancy-oral-iron': 'Begin oral iron now to treat the restless legs',
  'pregnancy-no-iron': 'Rely on the non-drug measures, which are enough here',
  'pregnancy-dopamine-agonist': 'Start a dopamine agonist for the evenings until delivery',
  // No "trial" (a hedge under the broadened list): forced into half the no-iron items, it was
  // the lone hedged option in 11% of items.
  'pregnancy-iv-iron-now': 'Arrange IV iron now rather than starting tablets',
  'pregnancy-antihistamine': 'Recommend an antihistamine sleep aid for the worst nights',
  // 2.18.6 (most-steps): two foils of the pool are two-step plans, as the keys can be, so the
  // option that "does the most" is no longer the iron key (the iron arm keyed the only two-step
  // plan in every item: +75 over chance).
  'pregnancy-double-vitamin': 'Double the prenatal vitamin and check her blood count at term',
  // Read 18 (F1#40, P9): the sleep-study foil recurred across iron items and was discarded by rote;
  // magnesium is what pregnant women are often told to try for night-time leg symptoms.
  'pregnancy-magnesium': 'Recommend magnesium tablets and review the legs in a month',
  'pregnancy-neurology': 'Refer to neurology for a specialist opinion first'
}

/** The foil that takes the opposite action to each key: withholding iron beside the iron key,
 * giving iron (by mouth or IV, by lot) beside the no-iron key. */
const OPPOSITE: Record<'iron' | 'no-iron', readonly string[]> = {
  iron: ['pregnancy-no-iron'],
  'no-iron': ['pregnancy-oral-iron', 'pregnancy-iv-iron-now']
}

// Wordings of the two keys and the always-offered rivals at different lengths: with the rivals
// fixed, one wording each left the key in the middle of the length order (middle-length 37%), and
// "stores" in both keys made the iron key share the most words (49%). No key wording repeats a
// word of the other key.
// Read 21 (F1#29): "as her stores are low" and "for the low stores" were a false premise when the
// iron key was a foil at a ferritin of 106–130 (rejected without knowledge), and "her stores
// suffice / are fine" one when the no-iron key was a foil at 33–68. No form states a lab fact now:
// each proposes a plan, and the ferritin in the exhibit is what decides between them. The step
// counts are unchanged (one, two, one; one, one, one, two).
const FORMS: Record<string, readonly string[]> = {
  'pregnancy-oral-iron': [
    'Begin oral iron now to treat the restless legs',
    'Start iron tablets and recheck the ferritin later in pregnancy',
    'Prescribe oral iron tablets at this visit'
  ],
  'pregnancy-no-iron': [
    'Rely on the non-drug measures, which are enough here',
    'Keep to non-drug measures; these are enough',
    'Rely on walking, stretching and massage, which suffice here',
    'Keep to non-drug measures and repeat the bloods in the third trimester'
  ],
  'pregnancy-iv-iron-now': [
    'Arrange IV iron now rather than starting tablets',
    'Arrange an intravenous iron infusion now rather than tablets',
    'Arrange an iron infusion now, then repeat the bloods after it'
  ],
  'pregnancy-neurology': [
    'Refer to neurology for a specialist opinion first',
    'Seek a neurology opinion before deciding',
    'Refer to neurology and wait for their advice before acting'
  ]
}

// Strategies the option search holds at chance besides length (2.18.6: with two-step wordings
// on both sides the iron arm's key still shared the most words, +27.6).
const BALANCE = ['most-steps', 'most-shared-words', 'most-hedged'] as const

/** Non-drug foils, wrong on content: one beside the non-drug key in every no-iron item. */
// Read 18 (F1#40): the sleep study gave way to magnesium, which is a tablet, so it joins the
// general pool and the neurology opinion is the one non-drug foil.
const NON_DRUG_FOILS = ['pregnancy-neurology'] as const

// Three openings and three symptom stories (who notices, where she is seen, what she feels), so
// two seeds rarely share a stem sentence; every story meets the RLS criteria.
const OPENINGS = [
  '{A} who is {gw} weeks pregnant{parity} tells her midwife that her evenings have become restless.',
  '{A}, {gw} weeks into {pregnancy}, is seen in the antenatal clinic because she is sleeping badly.',
  "{A} who is {gw} weeks pregnant{parity} comes to the obstetric clinic at her partner's urging."
] as const
const STORIES = [
  'Over the past month she has felt an irresistible need to move her legs when she sits down after work, eased by walking and worst as she tries to fall asleep. She had nothing like it before the pregnancy, and she takes a standard prenatal vitamin and no other medicines.',
  'For about six weeks a crawling, fidgety feeling deep in her calves has made her get up and walk the landing once she lies down; it settles while she keeps moving and is gone by morning. Her only medicine is a daily prenatal vitamin.',
  'Her partner says she cannot keep her legs still on the sofa in the evenings. She describes an urge to move them that rest brings on and a walk relieves, and it now delays her sleep most nights; apart from a prenatal vitamin she takes nothing.',
  'Since the second trimester began, evenings at her desk and in front of the television have brought an aching urge to move her legs that only stops while she walks about, and it is worst at bedtime. She takes a prenatal vitamin each morning and nothing else.'
] as const

export const pregnancyIron: Template = {
  id: 'iron-pregnancy-decision',
  family: '22',
  section: 'systemic',
  title: 'RLS in pregnancy: the iron decision',
  generate(rng) {
    const arm = rng.pick(['iron', 'no-iron'] as const)
    const key = arm === 'iron' ? 'pregnancy-oral-iron' : 'pregnancy-no-iron'
    // The no-iron key is a non-drug plan, so a second non-drug foil always stands beside it and
    // "avoid drugs in pregnancy" cannot single it out (the iron arm has the no-iron foil).
    const fixed =
      arm === 'iron'
        ? [rng.pick(OPPOSITE.iron)]
        : [rng.pick(OPPOSITE['no-iron']), rng.pick(NON_DRUG_FOILS)]
    const ranked = rankedStatements(rng, key, fixed, TEXTS, FORMS, 3 - fixed.length, [], BALANCE)
    const opts = ranked.opts
    const texts = ranked.texts
    const params = {
      arm,
      age: rng.int(21, 41),
      // Ferritin falls as pregnancy advances, so replete stores (the no-iron arm) are met in the
      // second trimester, not at 34 weeks on a prenatal vitamin (read 13).
      gw: arm === 'iron' ? rng.int(20, 35) : rng.int(20, 28),
      fer: arm === 'iron' ? rng.int(33, 68) : rng.int(106, 130),
      // Not near 20% (read 14, 139201 #17): the decision rests on ferritin, but a TSAT on the
      // adult cut-off reads as a borderline value.
      tsat: arm === 'iron' ? rng.pick([rng.int(11, 17), rng.int(23, 34)]) : rng.int(24, 40),
      hb10: rng.int(112, 128),
      para: rng.int(0, 2),
      opts: opts.join('+'),
      forms: ranked.form,
      lead: rng.int(0, 1),
      frame: rng.int(0, OPENINGS.length - 1),
      story: rng.int(0, STORIES.length - 1)
    }
    const p = person(params.age, 'f')
    const nth = params.para > 0 && params.age >= 26 ? (params.para === 1 ? 'second' : 'third') : ''
    const opening = (OPENINGS[params.frame] ?? OPENINGS[0])
      .replace('{A}', p.a)
      .replace('{gw}', String(params.gw))
      .replace('{parity}', nth ? ` with her ${nth} child` : '')
      .replace('{pregnancy}', `her ${nth || 'first'} pregnancy`)
    const stem = fill([opening, STORIES[params.story] ?? STORIES[0]].join(' '), p)
    const question =
      params.lead === 0 ? 'What is the most appropriate next step?' : 'Which plan is the best fit?'
    const why = (code: string): string => {
      switch (code) {
        case 'pregnancy-oral-iron':
          return arm === 'iron'
            ? `in pregnancy, oral iron is advised for RLS when ferritin is below 75 ng/mL; at ${params.fer} ng/mL she qualifies, and a repeat ferritin later in pregnancy shows whether it is working.`
            : `her ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% shows replete stores, well above the 75 ng/mL below which oral iron is advised.`
        case 'pregnancy-no-iron':
          return arm === 'no-iron'
            ? `with ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% iron is not indicated; non-drug measures (walking, stretching, massage, avoiding aggravating drugs) come first, and pregnancy-related RLS usually settles after delivery.`
            : `her ferritin of ${params.fer} ng/mL is below 75 ng/mL, the level below which oral iron is advised for RLS in pregnancy, so leaving iron aside would miss a correctable contributor.`
        case 'pregnancy-dopamine-agonist':
          return 'dopamine agonists are generally avoided in pregnancy for RLS, and their standard use is suggested against because of augmentation; iron status and non-drug measures come first.'
        case 'pregnancy-iv-iron-now':
          return arm === 'iron'
            ? // Read 18 (F1#40): "kept for later pregnancy with a much lower ferritin" confused a
              // woman already in later pregnancy; the criteria are now stated as they are.
              `IV iron in pregnancy is for the second or third trimester when ferritin is below about 30 ng/mL and oral iron has failed or cannot be taken; at ${params.fer} ng/mL, with no oral iron tried yet, oral iron comes first.`
            : 'with replete iron stores, no iron is indicated by any route.'
        case 'pregnancy-antihistamine':
          return 'sedating first-generation antihistamines (such as diphenhydramine or doxylamine) are recognised aggravators of RLS; the iron result decides the next step.'
        case 'pregnancy-magnesium':
          return arm === 'iron'
            ? `magnesium is often suggested for night-time leg symptoms in pregnancy, but there is no good evidence that it helps RLS; at a ferritin of ${params.fer} ng/mL iron is what is indicated.`
            : 'magnesium is often suggested for night-time leg symptoms in pregnancy, but there is no good evidence that it helps RLS; with replete stores, the non-drug measures come first.'
        case 'pregnancy-neurology':
          return 'RLS is a clinical diagnosis and her history meets the criteria; no specialist needs to confirm it, and the ferritin already decides the iron question.'
        default:
          return 'doubling a multivitamin doubles its other ingredients too and is not how iron is replaced; the ferritin decides whether iron is needed at all.'
      }
    }
    const options = statementOptions(key, opts, texts, why)
    const context = choose(
      [
        'Pregnancy is an established context for RLS, most often in the third trimester and usually easing after delivery.',
        'RLS is common in pregnancy, above all in the third trimester, and it usually settles after the birth.'
      ],
      stem,
      'preg'
    )
    const explanation =
      arm === 'iron'
        ? `${context} Iron is the first thing to act on: in pregnancy, oral iron is advised when ferritin is below 75 ng/mL, and at ${params.fer} ng/mL she qualifies even with a normal haemoglobin. Drug treatment is kept to a minimum in pregnancy.`
        : `${context} Her iron stores are replete (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), so iron is not indicated; non-drug measures come first, and drug treatment is kept to a minimum in pregnancy. Ferritin tends to fall as pregnancy advances, so a recheck is reasonable if the legs worsen later on.`
    return {
      params,
      claims: ['S3', 'S2'],
      difficulty: 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits: [
        labsTable('Morning bloods, after a day without the vitamin', 'pregnancy', [
          ['haemoglobin', params.hb10 / 10],
          ['ferritin', params.fer],
          ['tsat', params.tsat]
        ])
      ],
      question,
      options,
      objective:
        'Decide on iron for RLS in pregnancy with the pregnancy threshold (oral iron when ferritin is below 75 ng/mL).',
      explanation,
      evidenceNote: null,
      // Silber 2021 (brief §7) states the pregnancy iron advice; the IRLSSG pregnancy consensus it
      // draws on stays as a secondary reference only (read 7, P8). IRLSSG 2018 covers adults and
      // children, not pregnancy, so it is not cited for this threshold.
      references: ['silber2021', 'manconi2004', 'picchietti2015'],
      facts: {
        kind: 'iron-pregnancy',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'pregnancy',
        dialysis: false,
        gestationWeeks: params.gw
      }
    }
  }
}

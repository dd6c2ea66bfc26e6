// RLS in the second or third trimester: oral iron when ferritin is below 75 ng/mL (pregnancy
// consensus guideline), no iron when the stores are clearly replete. Values stay clear of 75 and
// of 30 (below which IV iron may be considered later in pregnancy), so no route is in doubt.
import type { Template } from '../types'
import { labsTable } from '../kit/exhibits'
import { pickCodes, statementOptions } from '../kit/statements'
import { fill, person, seconds } from '../kit/people'

export const PREGNANCY_FERRITIN_CUTOFF = 75

// Every foil is a step a clinician might really take, in the same register as the two keys.
// Read 7: "Hold iron for now" implied a later indication and overlapped "defer the iron question
// until after delivery" (P5), so the no-iron key says iron is not needed and the deferral, the same
// action as that key, is no longer an option; the lone hedged option ("may be unsettling", never the key, 37% of items)
// now states its error plainly, so no option's hedging sorts it. Both keys sit mid-band with three
// foils shorter and three longer, and "iron" is in foils too, not only in the two keys (the
// most-shared-words strategy picked them once the deferral option had gone).
const TEXTS: Record<string, string> = {
  'pregnancy-oral-iron': 'Begin oral iron, with a repeat check of the stores',
  'pregnancy-no-iron': 'Rely on the non-drug measures, as her stores suffice',
  'pregnancy-dopamine-agonist': 'Start a dopamine agonist for the evenings until delivery',
  'pregnancy-iv-iron-now': 'Arrange IV iron now, ahead of a trial of tablets',
  'pregnancy-stop-vitamin': 'Stop the daily supplement, as it is unsettling the legs',
  'pregnancy-antihistamine': 'Recommend an antihistamine sleep aid for the worst nights',
  'pregnancy-double-vitamin': 'Double the prenatal vitamin for its extra iron',
  'pregnancy-sleep-study': 'Book a sleep study before deciding on iron'
}

export const pregnancyIron: Template = {
  id: 'iron-pregnancy-decision',
  family: '22',
  section: 'systemic',
  title: 'RLS in pregnancy: the iron decision',
  generate(rng) {
    const arm = rng.pick(['iron', 'no-iron'] as const)
    const key = arm === 'iron' ? 'pregnancy-oral-iron' : 'pregnancy-no-iron'
    const opts = pickCodes(rng, key, TEXTS, 3)
    const params = {
      arm,
      age: rng.int(21, 41),
      gw: rng.int(24, 35),
      fer: arm === 'iron' ? rng.int(33, 68) : rng.int(108, 170),
      tsat: arm === 'iron' ? rng.int(12, 34) : rng.int(24, 40),
      hb10: rng.int(112, 128),
      para: rng.int(0, 2),
      opts: opts.join('+'),
      lead: rng.int(0, 1)
    }
    const p = person(params.age, 'f')
    const stem = fill(
      [
        `${p.a} who is ${params.gw} weeks pregnant${params.para > 0 && params.age >= 26 ? ` with her ${params.para === 1 ? 'second' : 'third'} child` : ''} tells her midwife that her evenings have become restless.`,
        'Over the past month she has felt an irresistible need to move her legs when she sits down after work, eased by walking and worst as she tries to fall asleep. She had nothing like it before the pregnancy.',
        'She takes a standard prenatal vitamin and no other medicines.'
      ].join(' '),
      p
    )
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
            ? `oral iron comes first at a ferritin of ${params.fer} ng/mL; IV iron is kept for later pregnancy with a much lower ferritin, usually after oral iron has failed or cannot be taken.`
            : 'with replete iron stores, no iron is indicated by any route.'
        case 'pregnancy-antihistamine':
          return 'sedating first-generation antihistamines (such as diphenhydramine or doxylamine) are recognised aggravators of RLS; the iron result decides the next step.'
        case 'pregnancy-sleep-study':
          return 'RLS is a clinical diagnosis, in pregnancy as at other times; her history meets the criteria, and a sleep study would not change the iron decision.'
        case 'pregnancy-double-vitamin':
          return 'doubling a multivitamin doubles its other ingredients too and is not how iron is replaced; the ferritin decides whether iron is needed at all.'
        default:
          return 'the iron in a prenatal vitamin does not worsen RLS; if anything, low iron is the contributor to look for.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    const explanation =
      arm === 'iron'
        ? `Pregnancy is an established context for RLS, most often in the third trimester and usually easing after delivery. Iron is the first thing to act on: in pregnancy, oral iron is advised when ferritin is below 75 ng/mL, and at ${params.fer} ng/mL she qualifies even with a normal haemoglobin. Drug treatment is kept to a minimum in pregnancy.`
        : `Pregnancy is an established context for RLS, most often in the third trimester and usually easing after delivery. Her iron stores are replete (ferritin ${params.fer} ng/mL, TSAT ${params.tsat}%), so iron is not indicated; non-drug measures come first, and drug treatment is kept to a minimum in pregnancy. Ferritin tends to fall as pregnancy advances, so a recheck is reasonable if the legs worsen later on.`
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

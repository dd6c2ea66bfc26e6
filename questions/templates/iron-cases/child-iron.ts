// A child with RLS: iron is indicated below the paediatric ferritin cut-off of 50 ng/mL (AASM 2024,
// IRLSSG 2018), not at the adult ≤75 ng/mL. One arm sits below the cut-off, the other above it —
// including ferritin values an adult rule would treat. Only child thresholds appear in the item.
import { labsTable } from '../kit/exhibits'
import type { Template } from '../types'
import { lengthRankMiss, statementOptions, wordingFamily } from '../kit/statements'
import { byLengthRank } from '../kit/choices'
import { cap, person, pickSex, seconds } from '../kit/people'
import { choose } from '../clinical/explain'

export const CHILD_FERRITIN_CUTOFF = 50

// Every foil is a step a paediatric clinician might really take, some shorter and some longer
// than the keys (so the key is not always the middle-length option). Iron for a ferritin "low in
// its range" is offered only when iron is not indicated (beside the iron key it would be a second
// iron answer).
// Three wordings of every code (read 2.16, P1/P6: one key text per arm, so a returning learner
// met the same key and foils again). One wording family is drawn per item for every code.
const WORDINGS: Record<string, readonly [string, string, string]> = {
  // No "about" before the interval (read 9: the per-item register gate counts it as a hedge).
  // 2.18.7 (most-steps): within each wording family every option has as many steps as the key
  // (two, one, two), so "the plan that does the most" finds nothing (the iron arm's key was the
  // only two-step plan: +64.7 over chance).
  'child-oral-iron': [
    'Start oral iron, with a recheck planned at twelve weeks',
    'Begin a twelve-week course of oral iron straight away',
    'Prescribe oral iron and plan a recheck in twelve weeks'
  ],
  // Not "other triggers": caffeine is a reasonable trial, not a trigger (brief §5, read 2.16 P5).
  // Read 13 (131071 #9): the no-iron arm now always offers its one iron foil, so the key does not
  // name iron (beside that foil, the word made the key the option sharing most words).
  'child-no-iron': [
    'Skip the supplement; work on the bedtime routine first',
    'No tablets yet; keep to a calm, steady bedtime routine',
    // Read 21 (F1#16): "begin with the bedtime routine and aggravators, no tablets" was the
    // longest option and read as beginning with the aggravators; two steps, as its family has.
    'Start a bedtime routine and remove aggravators; no tablets'
  ],
  // No "trial" in a foil (read 9: the register gate counts it as a hedge, and a hedged option that
  // is never the key is a reverse cue, lone-hedged −10.8 once "trial" joined the list).
  // Read 20 (situation arm=iron most-shared-words +7.8): beside the oral-iron key this was the
  // one foil sharing its word "iron", so the key was the option sharing most words. It names the
  // IV product instead.
  'child-iv-iron-first': [
    'Arrange ferric carboxymaltose, then recheck later',
    'Book intravenous ferric carboxymaltose, not tablets',
    'Give IV ferric carboxymaltose and then review later'
  ],
  // Read 18 (F1#27, F2#3): the sleep-study foil was the fourth of its kind in one learner's run
  // and a returning learner discarded it by rote; a drug started before the first steps is the
  // error paediatric clinics really see. Not a dopamine agonist (read 2: implausible for a child).
  'child-gabapentin': [
    'Prescribe gabapentin at night and review in a month',
    'Give gabapentin each evening to quieten the legs',
    'Use gabapentin each evening, then review it later'
  ],
  'child-growing-pains': [
    'Explain growing pains and review the child in a year',
    'Reassure the family that these are growing pains',
    'Call these growing pains, and see the child in a year'
  ],
  'child-antihistamine': [
    'Give a sedating antihistamine at bedtime, then reassess it',
    'Prescribe a sedating antihistamine each night to help settling',
    'Offer a sedating antihistamine at night and review in a month'
  ],
  // Read 18 (F2#3): "whatever the ferritin" was an absolute nobody would choose. The real error is
  // reading a ferritin low in the laboratory range as low enough for iron.
  'child-iron-low-range': [
    'Start oral iron as the ferritin is low in range, then recheck',
    'Give iron tablets, since the ferritin lies low in the laboratory range',
    'Offer oral iron for the low-range ferritin and recheck it later'
  ],
  // Two longer foils (2.11.0: with only one foil longer than the no-iron key, the key could
  // never be the shortest option and sat in the middle of the length order; +21 middle-length).
  // Read 9 (P7): "acetaminophen", the bank's word, and both foils treat the feeling the child
  // describes; the stem never reports aching or pain (its days are explicitly free of pain).
  'child-analgesic': [
    'Give acetaminophen at night and follow up in weeks',
    'Offer acetaminophen at bedtime to soothe the feeling in the legs',
    'Use acetaminophen each night and see the child again'
  ],
  'child-rheumatology': [
    'Refer to paediatric rheumatology and wait for their view',
    'Send to paediatric rheumatology for the evening leg feeling',
    'Ask paediatric rheumatology to assess and hold iron till then'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
// Several quotes, openings, evening and daytime lines, drawn apart, so two items of one quiz
// rarely share a sentence (read 7, P7: the quote, "plays sport without pain" and "bedtime has
// been a struggle" repeated word for word within one quiz).
const WORDS = [
  'it feels like bugs crawling in my legs',
  'my legs feel fizzy and I have to kick them',
  'my legs need to run even when I am lying down',
  'my legs go wriggly and will not keep still',
  'it is like something tickling inside my legs',
  'my legs get jumpy and I have to get up'
]
const PARENT = ['mother', 'father']
/** `first` names the child where the evening line first refers to it: "the girl" after an opening
 * about the parent, so a pronoun cannot be read as the parent (read 18, F2#3). */
type Kid = {
  an: string
  age: number
  kid: string
  her: string
  she: string
  She: string
  first: string
}
const OPENINGS: readonly ((k: Kid, parent: string) => string)[] = [
  (k, parent) =>
    `${k.an} ${k.age}-year-old ${k.kid} is brought to a paediatric sleep clinic by ${k.her} ${parent}, who has RLS.`,
  (k, parent) =>
    `${k.an} ${k.age}-year-old ${k.kid} comes to the children's clinic with ${k.her} ${parent}, who has had RLS for years.`,
  // Read 18 (F2#3): "advice on her nights; the mother has RLS too … she has been slow to settle"
  // left "her" and "she" open to the parent.
  (k, parent) =>
    `A ${parent} who has RLS asks a paediatrician for advice about ${parent === 'mother' ? 'her' : 'his'} ${k.age}-year-old ${k.kid === 'girl' ? 'daughter' : 'son'}'s nights.`
]
const EVENINGS: readonly ((k: Kid, months: number, quote: string) => string)[] = [
  (k, months, quote) =>
    `For ${months} months bedtime has been a struggle: "${quote}," ${k.first} says, and the feeling goes away while ${k.she} walks around the room but comes back when ${k.she} lies down.`,
  (k, months, quote) =>
    `Over the last ${months} months ${k.first} has been slow to settle at night. "${cap(quote)}," ${k.she} explains; walking eases it, and it returns once ${k.she} is back in bed.`,
  (k, months, quote) =>
    `Most evenings for the past ${months} months ${k.first} has got up again after lights-out. "${cap(quote)}," ${k.she} says; moving stops it, and keeping still brings it back.`,
  (k, months, quote) =>
    `Sitting through a film or lying in bed has become hard over ${months} months. "${cap(quote)}," ${k.first} tells you; pacing helps until ${k.she} sits or lies down again.`
]
const DAYS: readonly ((k: Kid) => string)[] = [
  (k) =>
    `${k.She} is fine in the daytime and plays sport without pain. Growth and examination are normal.`,
  (k) =>
    // "Runs around at school" reads young for a teenager (read 15, 151241 #11).
    `Days are untroubled: ${k.she} ${k.age >= 12 ? 'keeps up with sport at school' : 'runs around at school'} with no pain or limp. Growth is on track and the examination is normal.`,
  (k) =>
    `Nothing bothers ${k.her === 'her' ? 'her' : 'him'} by day, no joint is painful or swollen, and growth and examination are normal.`,
  (k) =>
    `At school ${k.she} is alert and active, with no aches by day; height and weight follow ${k.her} centiles, and the examination finds nothing abnormal.`
]
// Read 8 (P6): the lead-in and the closing sentence were fixed per arm.
const LEADS = [
  'What is the most appropriate next step?',
  'Which plan fits these results?',
  'Which course of action suits this child best?'
] as const

export const childIron: Template = {
  id: 'iron-child-threshold',
  family: '22',
  section: 'iron-status',
  title: 'A child with RLS: the paediatric ferritin cut-off',
  generate(rng) {
    const arm = rng.pick(['iron', 'no-iron'] as const)
    const key = arm === 'iron' ? 'child-oral-iron' : 'child-no-iron'
    const sex = pickSex(rng)
    // Without iron indicated, one iron-giving foil at most (read-through 5: three of four options
    // gave iron, so the one that did not was the odd one out).
    const ironFoils = ['child-oral-iron', 'child-iv-iron-first', 'child-iron-low-range']
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    const len = (c: string) => (TEXTS[c] ?? '').length
    // Without iron indicated, the one iron-giving foil is always offered (read 13, 131071 #9:
    // with none, the item never tested the paediatric cut-off of 50). Read 18: it is a fixed
    // extra option, so the key's length rank is drawn first over all three foils, the iron foil
    // is one that can stand on the side the rank needs, and the two drawn foils make up the rest
    // (the old swap of the last foil left the key mid-length, +4.9).
    // The key's length rank (foils longer than it) is drawn by lot and the foils searched so that
    // no two options tie beside the key or at an extreme (2.18.7: with the step-matched wordings
    // a plain draw left the key mid-length, +15.3; kit/statements.ts lengthRankMiss).
    const keyLength = len(key)
    const want = rng.int(0, 3)
    const draw = (): string[] => {
      if (arm === 'iron') {
        const pool = Object.keys(TEXTS).filter((c) => c !== key && c !== 'child-iron-low-range')
        return byLengthRank(rng, keyLength, pool, 3, len, () => want, 0)
      }
      const fits = ironFoils.filter((c) =>
        want === 0 ? len(c) < keyLength : want === 3 ? len(c) > keyLength : true
      )
      const keepIron = rng.pick(fits.length > 0 ? fits : ironFoils)
      const pool = Object.keys(TEXTS).filter((c) => c !== key && !ironFoils.includes(c))
      const nLong = want - (len(keepIron) > keyLength ? 1 : 0)
      return [
        ...byLengthRank(rng, keyLength, pool, 2, len, () => Math.max(0, Math.min(2, nLong)), 0),
        keepIron
      ]
    }
    let opts = draw()
    let miss = lengthRankMiss(keyLength, opts.map(len), want)
    for (let i = 0; i < 24 && miss > 0; i++) {
      const next = draw()
      const m = lengthRankMiss(keyLength, next.map(len), want)
      if (m < miss) [opts, miss] = [next, m]
    }
    const params = {
      arm,
      sex,
      age: rng.int(6, 15),
      // Read 18 (F1#27, F2#3, P6): the no-iron arm sits at 57–68 ng/mL, clear of the child cut-off
      // (50) and below the adult 75, so the adult rule gives the wrong answer and only the
      // paediatric cut-off gives the right one (no adult figure appears in the item). The TSAT
      // keeps off the 2-point margin of 20%.
      fer: arm === 'iron' ? rng.int(16, 44) : rng.int(57, 68),
      tsat: rng.int(25, 38),
      hb: rng.int(121, 139),
      words: rng.int(0, WORDS.length - 1),
      parent: rng.int(0, 1),
      opening: rng.int(0, OPENINGS.length - 1),
      evening: rng.int(0, EVENINGS.length - 1),
      day: rng.int(0, DAYS.length - 1),
      months: rng.int(4, 12),
      opts: opts.join('+'),
      wording,
      lead: rng.int(0, LEADS.length - 1)
    }
    const child = person(params.age, sex)
    const kid = sex === 'f' ? 'girl' : 'boy'
    const an = /^(8|11)$/.test(String(params.age)) ? 'An' : 'A'
    const k: Kid = {
      an,
      age: params.age,
      kid,
      her: child.her,
      she: child.she,
      She: child.She,
      first: params.opening === 2 ? `the ${kid}` : child.she
    }
    const parent = PARENT[params.parent] ?? 'mother'
    const stem = [
      (OPENINGS[params.opening] ?? OPENINGS[0])?.(k, parent),
      (EVENINGS[params.evening] ?? EVENINGS[0])?.(k, params.months, WORDS[params.words] ?? ''),
      (DAYS[params.day] ?? DAYS[0])?.(k)
    ].join(' ')
    const exhibits = [
      labsTable('Morning bloods', 'child', [
        ['ferritin', params.fer],
        ['tsat', params.tsat],
        // A number, not the word "normal" (read-through 5, P5).
        ['haemoglobin', params.hb / 10]
      ])
    ]
    const question = LEADS[params.lead] ?? LEADS[0]
    const why = (code: string): string => {
      switch (code) {
        case 'child-oral-iron':
          return arm === 'iron'
            ? `in children with RLS, iron is suggested when ferritin is below 50 ng/mL; ${params.fer} ng/mL is below that cut-off even though the laboratory calls it normal, and oral iron with a repeat ferritin is the usual start.`
            : `the paediatric cut-off for iron in RLS is a ferritin below 50 ng/mL; at ${params.fer} ng/mL with a normal TSAT iron is not indicated.`
        case 'child-no-iron':
          return arm === 'no-iron'
            ? `the ferritin of ${params.fer} ng/mL is above the paediatric cut-off of 50 ng/mL, so iron is not indicated; a regular bedtime routine and removing aggravators such as sedating antihistamines come first, and cutting late caffeine is a reasonable trial.`
            : `the ferritin of ${params.fer} ng/mL is below the paediatric cut-off of 50 ng/mL, so leaving iron aside would miss the correctable contributor.`
        case 'child-iv-iron-first':
          return arm === 'iron'
            ? 'ferric carboxymaltose is intravenous iron, and oral iron is the usual first step in children; IV iron is kept for those who cannot take or do not respond to oral iron.'
            : `with a ferritin of ${params.fer} ng/mL, above the paediatric cut-off, no iron is indicated, whether intravenous (ferric carboxymaltose) or oral.`
        case 'child-gabapentin':
          return arm === 'iron'
            ? `a ferritin of ${params.fer} ng/mL is below the paediatric cut-off of 50 ng/mL, so iron comes first; a drug such as gabapentin is off-label in children and kept for symptoms that persist once iron and the bedtime routine are dealt with.`
            : 'gabapentin is off-label in children and kept for symptoms that persist despite a regular bedtime routine and the removal of aggravators, which have not yet been tried here.'
        case 'child-antihistamine':
          return 'sedating first-generation antihistamines such as diphenhydramine are recognised aggravators of RLS, in children as in adults.'
        case 'child-iron-low-range':
          return `where a ferritin sits inside the laboratory range does not decide it: iron is suggested in children with RLS when ferritin is below 50 ng/mL, and at ${params.fer} ng/mL it is not indicated; iron given without an indication carries a risk of overload.`
        case 'child-analgesic':
          return 'the feeling the child describes is an urge to move that walking relieves, which is RLS, not pain, and an analgesic does not treat it; the first steps are iron when ferritin is low, a bedtime routine and removing aggravators.'
        case 'child-rheumatology':
          return 'nothing here suggests joint disease: the days are free of pain, the examination is normal, and an urge to move relieved by walking, with an affected parent, is RLS.'
        default:
          return '"growing pains" are a deep ache, eased by rubbing and comfort rather than by walking, with no urge to move at rest; an urge that moving relieves, with an affected parent, is RLS.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    // Openings and closing lines in several wordings, chosen by the item's params (read 7, P7).
    const open = choose(
      [
        `The child describes RLS in ${child.her} own words, with an affected parent.`,
        `An affected parent and the child’s own account of an evening urge to move make this RLS.`,
        `In ${child.her} own words the child gives the RLS pattern, and a parent has it too.`,
        `An urge to move that comes at rest in the evening and eases on walking, told in the child's own words, is RLS; the affected parent adds weight.`,
        `This is paediatric RLS: the child's own description fits, and RLS runs in the family.`
      ],
      JSON.stringify(params),
      'open'
    )
    const rule = choose(
      [
        'In children with RLS, iron is suggested when ferritin is below 50 ng/mL.',
        'The paediatric cut-off for iron in RLS is a ferritin below 50 ng/mL.',
        'For a child with RLS the iron decision turns on a ferritin below 50 ng/mL.'
      ],
      JSON.stringify(params),
      'rule'
    )
    const close = choose(
      arm === 'iron'
        ? [
            `At ${params.fer} ng/mL, inside the laboratory range but below that cut-off, oral iron with a repeat ferritin is the next step.`,
            `This child's ferritin of ${params.fer} ng/mL is flagged normal by the laboratory yet falls below it, so oral iron is started and the ferritin rechecked.`
          ]
        : [
            `At ${params.fer} ng/mL with a normal TSAT, iron is not indicated, and the plan starts with the bedtime routine and the removal of aggravators.`,
            `A ferritin of ${params.fer} ng/mL is above it and the TSAT is normal, so no iron is given; a steady bedtime routine and the removal of aggravators come first.`
          ],
      JSON.stringify(params),
      'close'
    )
    const explanation = `${open} ${rule} ${close}`
    return {
      params,
      claims: ['S2', 'T1'],
      difficulty: arm === 'no-iron' ? 3 : 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits,
      question,
      options,
      // Read 20 (F1#35): a ferritin below 50 gives iron under the adult rule as well, so the iron
      // arm cannot test the paediatric cut-off (the no-iron arm, at 57–68 ng/mL, does). Its
      // objective is what it does test: a lab-normal ferritin below 50 in a child, and the plan.
      objective:
        arm === 'iron'
          ? 'Recognise that a ferritin the laboratory calls normal can be below the paediatric cut-off of 50 ng/mL, and start a child with RLS on oral iron with a planned recheck.'
          : 'Apply the paediatric ferritin cut-off (below 50 ng/mL) to a child with RLS whose ferritin is above it but would meet an adult threshold.',
      explanation,
      evidenceNote: null,
      // IRLSSG 2018 (brief §7) is the source of the paediatric iron cut-off; the paediatric
      // criteria paper stays only as a secondary reference for the diagnosis (read 7, P8).
      references: ['irlssg2018', 'aasm2024', 'picchietti2013'],
      facts: {
        kind: 'iron-child',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'child',
        dialysis: false
      }
    }
  }
}

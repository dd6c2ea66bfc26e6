// A care-home resident who walks the corridors at night: RLS provoked by recently started
// mirtazapine in one arm, nocturnal leg cramps (with mirtazapine long-standing) in the other.
// The night staff's description carries the discriminating features.
import type { Template } from '../types'
import { pickCodes, statementOptions, wordingFamily } from '../kit/statements'
import { fill, person, pickSex, seconds, spell } from '../kit/people'
import { choose } from '../clinical/explain'

// The contrast the objective names is always on offer: RLS and cramps in every item, worded
// neutrally and of one length (no "drug-provoked" echoing the new drug), plus two other mimics
// drawn so that one or both are longer or shorter.
// Three wordings of every label, one family drawn per item (read 2.16, P1/P6: one key text per arm
// across a learner's quizzes). The keys of one family are within a few characters of each other.
const WORDINGS: Record<string, readonly [string, string, string]> = {
  'rls-drug-provoked': [
    'Restless legs syndrome',
    // Read 16 (159389 #19): "Restless legs, or RLS" read awkwardly (no eponym: read 11). Read 18
    // (F1#34, F2#8): "Restless-legs syndrome" was a hyphen artefact.
    'Restless legs (RLS)',
    'Restless legs syndrome (RLS)'
  ],
  'nocturnal-leg-cramps': [
    'Nocturnal leg cramping',
    'Nocturnal leg cramps',
    'Sleep-related leg cramps'
  ],
  // Read 7 (lead's measure): at 33–35 characters these two were a lone long option in 36% of
  // items, rarely the key; every foil is now at most 27, under 1.25x the keys' 22. Read 9
  // (104729 #13): "Akathisia with restlessness" said the same thing twice; now what causes it,
  // at a length (26) between the keys' 22 and the limit.
  akathisia: [
    'Medicine-induced akathisia',
    'Treatment-induced akathisia',
    'Akathisia from a medicine'
  ],
  // Read 18 (F2#8): "Neuropathy of the feet" was weak wording.
  'peripheral-neuropathy': ['Peripheral neuropathy', 'Polyneuropathy', 'Sensory neuropathy'],
  claudication: ['Claudication of the calves', 'Intermittent claudication', 'Calf claudication'],
  'positional-discomfort': [
    'Positional discomfort',
    'Discomfort from posture',
    'Uncomfortable positioning'
  ],
  'venous-stasis': ['Venous congestion', 'Venous insufficiency', 'Venous pooling in the legs'],
  'night-delirium': ['Night-time delirium', 'Nocturnal delirium', 'Delirium at night']
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
// Read 18 (F1#34, F2#8): each stem ruled out every foil (a textbook cramp, a perfect MMSE, calm
// days). Now the RLS resident may call the feeling "cramp", and the cramp resident walks about
// afterwards, so cramps and RLS are each a live rival and the discriminating features decide.
const RLS_NOTES = [
  'says it feels as if insects are crawling inside {her} calves and thighs as soon as {she} lies down, and that walking the corridor is the only thing that helps; the feeling returns when {she} goes back to bed',
  'describes an unbearable need to keep moving {her} lower limbs in the evening lounge and in bed, relieved while {she} walks and back within minutes of lying down',
  'calls it "cramp", but there is no hard knot: a deep, crawling ache in both calves comes on whenever {she} lies still and goes only while {she} walks, returning when {she} gets back into bed'
]
const CRAMP_NOTES = [
  'wakes suddenly with a rock-hard, very painful calf; {she} gets out of bed and pulls {her} toes up until the knot releases, then walks about the room for a few minutes before going back to bed',
  'cries out two or three times a night with a painful tightening in one calf that a carer can see and feel; standing and stretching the calf ends it within minutes, and {she} says {she} then has to walk it off'
]

// Read 18 (F1#34): why delirium is worth weighing, in several wordings (one sentence in every stem
// would recur across a learner's items).
const WORRIES = [
  'The staff wonder whether {she} is becoming confused at night.',
  'A carer asks whether {her} night-time trouble could be confusion.',
  'Since a fall last month the night staff have worried that {she} is muddled after dark.',
  'The night staff ask whether {she} might be disorientated at night.'
]

const OPENINGS = [
  'Night-time walking in a care home has many causes, so the resident’s own words matter.',
  'A resident who can describe the problem should be asked what the legs feel like before the walking is put down to wandering or agitation.',
  'In a resident who explains the problem clearly, the history decides: what the legs feel like, and what ends it.'
]

// Read 8 (P7): the cramp stems describe no walking, so their openings do not speak of it.
const CRAMP_OPENINGS = [
  'Night-time trouble in a care home has many causes, so the resident’s own words matter.',
  'A resident who can describe the problem should be asked what the legs feel like before the night-time distress is put down to agitation or to a medicine.',
  OPENINGS[2] ?? ''
]

// Openings and examination lines in several wordings (read 2.16: both sentences were in every stem).
const CALLS = [
  'The night staff of a residential care home ask the visiting physician to see A_PERSON who has been up most nights recently.',
  'A_PERSON living in a residential care home is seen by the visiting physician because the night carers report broken nights.',
  'On the weekly round of a care home, the nurse in charge asks about A_PERSON whose nights have been disturbed of late.'
]
// Read 18 (F1#34): "by day {she} is settled" ruled akathisia out by wording; the examination
// lines now give only the examination (the history's timing carries the contrast).
const EXAMS = [
  '{Her} foot pulses are present, there is no leg swelling, and sensation is normal.',
  'On examination {her} feet have good pulses, the legs are not swollen and sensation is intact.',
  '{Her} foot pulses are easily felt, neither leg is swollen, and light touch and vibration sense are normal.'
]

export const careHomeNightWalking: Template = {
  id: 'trigger-care-home-night-walking',
  family: '15',
  section: 'medications',
  title: 'Night-time walking in a care home: mirtazapine-provoked RLS or cramps?',
  generate(rng) {
    const arm = rng.pick(['rls', 'cramps'] as const)
    const key = arm === 'rls' ? 'rls-drug-provoked' : 'nocturnal-leg-cramps'
    const sex = pickSex(rng)
    const other = key === 'rls-drug-provoked' ? 'nocturnal-leg-cramps' : 'rls-drug-provoked'
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    const opts = [other, ...pickCodes(rng, key, TEXTS, 2, [other])]
    const params = {
      arm,
      sex,
      age: rng.int(76, 93),
      wk: rng.int(3, 8),
      // When the trouble began: days after the first dose (RLS arm), months ago (cramp arm).
      onset: arm === 'rls' ? rng.int(3, 12) : rng.int(2, 5),
      yrs: rng.int(2, 6),
      // Every resident is 76 or over: a new start is the older-adult 7.5–15 mg (read 11, 120121
      // #10: 30 mg started at 86); a dose taken for years may have been raised to 30 mg.
      dose: arm === 'rls' ? rng.pick([7.5, 15]) : rng.pick([15, 30]),
      note: arm === 'rls' ? rng.int(0, RLS_NOTES.length - 1) : rng.int(0, CRAMP_NOTES.length - 1),
      // Read 18 (F1#34): MMSE 29/30 ruled delirium out by wording; mild impairment keeps it live.
      mmse: rng.int(22, 26),
      opts: opts.join('+'),
      lead: rng.int(0, 1),
      open: rng.int(0, OPENINGS.length - 1),
      wording,
      call: rng.int(0, CALLS.length - 1),
      exam: rng.int(0, EXAMS.length - 1),
      worry: rng.int(0, WORRIES.length - 1)
    }
    const p = person(params.age, sex)
    const drugLine =
      arm === 'rls'
        ? `${spell(params.wk, 'week')} ago the visiting physician started mirtazapine ${params.dose} mg at night for low mood and weight loss.`
        : `${p.She} has taken mirtazapine ${params.dose} mg at night for low mood for ${params.yrs} years, and no medicine has changed this year.`
    // An onset sentence (read 2.16, P3: the rationale says "it began after mirtazapine", and the
    // stem never said when the night walking started).
    const onsetLine =
      arm === 'rls'
        ? `The night staff first noticed ${p.him} walking the corridor ${params.onset} days after the first dose.`
        : `The night-time episodes began ${spell(params.onset, 'month')} ago, long after the mirtazapine was started.`
    const note = arm === 'rls' ? RLS_NOTES[params.note] : CRAMP_NOTES[params.note]
    const stem = fill(
      [
        (CALLS[params.call] ?? CALLS[0] ?? '')
          .replace(/^A_PERSON/, p.a)
          .replace('A_PERSON', p.a.toLowerCase()),
        WORRIES[params.worry] ?? WORRIES[0] ?? '',
        `${p.She} has mild cognitive impairment (MMSE ${params.mmse}/30) but gives the same account each time ${p.she} is asked: {she} ${note}.`,
        drugLine.charAt(0).toUpperCase() + drugLine.slice(1),
        onsetLine,
        EXAMS[params.exam] ?? EXAMS[0] ?? ''
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most likely explanation for the night-time problem?'
        : 'Which diagnosis best fits the resident’s account?'
    const why = (code: string): string => {
      switch (code) {
        case 'rls-drug-provoked':
          return arm === 'rls'
            ? `an urge to move brought on by lying down, relieved by walking and worse at night meets the RLS criteria, and it began after mirtazapine, the antidepressant with the strongest RLS signal (28% new or worse RLS in one prospective cohort).`
            : 'there is no urge to move between episodes; a sudden, visible, painful contraction ended by stretching is a cramp, not RLS, and the mirtazapine has been unchanged for years.'
        case 'nocturnal-leg-cramps':
          return arm === 'cramps'
            ? 'sudden painful hardening of the calf, relieved by forceful stretching, with nothing in between, is the picture of nocturnal leg cramps.'
            : `cramps are sudden, hard, painful contractions relieved by stretching; here the resident describes an urge to move that walking relieves, with no hard contraction, whatever word ${p.she} uses for it.`
        case 'akathisia':
          return arm === 'rls'
            ? 'akathisia is a whole-body inner restlessness with little link to lying down or to the evening, and it follows D2-blocking drugs far more than mirtazapine; here the urge is in the legs, comes on at rest at night and eases with walking.'
            : 'akathisia is a whole-body inner restlessness with little link to lying down or to the evening, and it follows D2-blocking drugs far more than mirtazapine, which here has been unchanged for years; these are painful episodes in one calf.'
        case 'peripheral-neuropathy':
          return 'neuropathic pain is burning or numbness in a stocking distribution, not relieved by movement, with sensory signs; sensation here is normal.'
        case 'positional-discomfort':
          return 'positional discomfort settles with a single change of position; this resident has to get up again and again, night after night.'
        case 'claudication':
          return 'claudication is calf pain brought on by walking and relieved by rest, the opposite of this pattern, and the foot pulses are present.'
        case 'night-delirium':
          return 'delirium is an acute, fluctuating disturbance of attention; despite mild cognitive impairment this resident gives the same clear account each time, and the trouble is in the legs, not in awareness.'
        default:
          return 'venous congestion gives heaviness after standing, eased by elevation, with swelling; there is no swelling and the trouble comes on lying down.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    // Three openings, three bodies per arm built from the case's own numbers and a note on one of
    // the two other mimics shown, so the explanation is not one paragraph repeated across a
    // learner's quizzes (read 5, P3; read 9, 91237 #18 and 104729 #13 were verbatim).
    const openings = arm === 'rls' ? OPENINGS : CRAMP_OPENINGS
    const wk = spell(params.wk, 'week')
    const yrs = spell(params.yrs, 'year')
    const bodies =
      arm === 'rls'
        ? [
            `An urge to move the legs, brought on by lying down and relieved by walking, is RLS, and it began within ${wk} of starting mirtazapine ${params.dose} mg. Mirtazapine has the strongest RLS association among antidepressants; a review of the antidepressant with the prescriber is the next step.`,
            `${p.She} meets the RLS criteria: an urge to move the legs that comes on at rest and at night and eases with walking. It started within ${wk} of mirtazapine ${params.dose} mg, the antidepressant most clearly linked to new or worse RLS, so the next step is to review it with the prescriber.`,
            `What ${p.she} describes is RLS, not aimless wandering: discomfort that drives ${p.him} to move, comes on lying down and fades while ${p.she} walks. Mirtazapine ${params.dose} mg, begun ${wk} ago, is the likely trigger, as it carries the strongest RLS signal of any antidepressant; its benefit and an alternative are weighed with the prescriber.`
          ]
        : [
            `A sudden, visible, painful calf contraction ended by stretching, with no urge to move in between, is a nocturnal leg cramp. Mirtazapine can aggravate RLS, but ${p.she} has taken it unchanged for ${yrs} and the picture is not RLS.`,
            `The episodes are cramps: abrupt, painful and visible, ended by stretching the calf, with nothing between them. Mirtazapine is a recognised RLS aggravator, yet ${p.her} dose has not changed in ${yrs} and the account does not meet the RLS criteria.`,
            `A calf that knots painfully and releases with stretching is a nocturnal leg cramp; RLS is an urge to move with discomfort that movement eases. The long-standing mirtazapine, unchanged for ${yrs}, does not turn a cramp into RLS.`
          ]
    // The cramp stems describe no walking, so their note skips a mimic defined by it (read 8, P7).
    const mimic = opts.find(
      (c) => c !== other && !(arm === 'cramps' && /walk|wander/i.test(why(c)))
    )
    const explanation = [
      openings[params.open] ?? openings[0],
      choose(bodies, stem, 'care-home-body'),
      ...(mimic ? [`Among the other options, ${why(mimic)}`] : [])
    ].join(' ')
    return {
      params,
      claims: arm === 'rls' ? ['D2', 'T1'] : ['T1'],
      difficulty: 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'In an older care-home resident, tell mirtazapine-provoked RLS from nocturnal leg cramps by the discriminating features.',
      explanation,
      evidenceNote: null,
      references: ['rottach2008', 'kolla2018', 'irlssg2014'],
      facts: {
        kind: 'drug-advice',
        medications: ['mirtazapine'],
        aggravator: 'mirtazapine',
        aggravatorClass: 'mirtazapine',
        presentation: arm === 'rls' ? 'rls' : 'nocturnal-leg-cramps'
      }
    }
  }
}

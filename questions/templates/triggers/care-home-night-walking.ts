// A care-home resident who walks the corridors at night: RLS provoked by recently started
// mirtazapine in one arm, nocturnal leg cramps (with mirtazapine long-standing) in the other.
// The night staff's description carries the discriminating features.
import type { Template } from '../types'
import { statementOptions, wordingFamily } from '../kit/statements'
import { byLengthRank } from '../kit/choices'
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
    // Read 20: the third family's RLS key (28 characters) was longer than every foil of its
    // family; its foils now reach past it, so the key is not always the longest there.
    'Akathisia caused by a medicine'
  ],
  // Read 18 (F2#8): "Neuropathy of the feet" was weak wording.
  'peripheral-neuropathy': ['Peripheral neuropathy', 'Polyneuropathy', 'Sensory neuropathy'],
  // Read 20 (F1#14): claudication and venous congestion were ruled out by the examination line
  // (pulses present, no swelling), so they were no rivals; knee arthritis, which the stem does
  // not exclude by wording (brief §4: joint-localised, worse with weight-bearing), replaces them.
  arthritis: [
    'Arthritic knee pain at night',
    'Osteoarthritis of the knees',
    'Osteoarthritis pain in the knees'
  ],
  'positional-discomfort': [
    'Positional discomfort',
    'Discomfort from posture',
    'Uncomfortable positioning in bed'
  ],
  // Read 20: a sixth mimic from the brief's list (§4), so the smaller pool still varies the sets.
  'foot-tapping': [
    'Habitual foot tapping',
    'Restless foot-tapping habit',
    'Foot tapping from habit'
  ],
  'night-delirium': ['Night-time delirium', 'Confusion at night', 'Delirium at night']
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
// Read 20 (F2#14, MINOR): "a rock-hard calf", "a tightening a carer can see and feel" and "until
// the knot releases" named a cramp in lay terms. The notes now give only the discriminating
// features (sudden pain that wakes {her}, eased by a stretch of the calf, legs comfortable at rest
// between episodes, no urge), in words that fit RLS as well as cramp to someone who does not know
// them; and the resident walks afterwards, so walking does not tell the two apart.
const CRAMP_NOTES = [
  'is woken suddenly by severe pain low in one calf; it eases once {she} stands with the heel pressed to the floor, and {she} then walks about the room for a few minutes; between these episodes {her} legs feel normal, and lying in bed is comfortable',
  'calls out two or three times a night with sudden pain in one calf that wakes {him}; standing on that leg with the foot flat settles it within minutes, after which {she} walks it off, and lying still in bed before sleep is comfortable',
  'describes waking from sleep with pain gripping one calf, which lets go when {she} pulls {her} toes up towards {her} shin; {she} then walks a few steps to ease the soreness, and nothing troubles {her} legs while {she} lies awake before sleep'
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
  'On examination {her} feet have good pulses, there is no swelling and sensation is intact.',
  '{Her} foot pulses are easily felt, neither leg is swollen, and light touch and vibration sense are normal.',
  // Read 20: a fourth wording (the draws changed with the option search, and one of three
  // wordings put a shared sentence in more than a third of seed pairs).
  'The feet are warm with palpable pulses, there is no ankle oedema, and sensation is intact to light touch.'
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
    // Read 20: how many foils are longer than the key is drawn with the always-offered rival in
    // view. Within a wording family the rival is longer, shorter or as long as the key, so the
    // key can reach one extreme only; it is put there half the time (pickCodes, blind to the
    // rival, left it in the middle of the length order in most items once the foils' lengths
    // spanned the key's).
    const keyLength = (TEXTS[key] ?? '').length
    const rivalLength = (TEXTS[other] ?? '').length
    const longerFoils =
      rivalLength > keyLength ? [0, 1, 2, 2] : rivalLength < keyLength ? [0, 0, 1, 2] : [0, 0, 2, 2]
    const foils = byLengthRank(
      rng,
      keyLength,
      Object.keys(TEXTS).filter((c) => c !== key && c !== other),
      2,
      (c) => (TEXTS[c] ?? '').length,
      (want) => longerFoils[want] ?? 0,
      3
    )
    const opts = [other, ...foils]
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
            : `RLS is an urge to move that comes on with rest and returns whenever ${p.she} lies still; here sudden pain wakes ${p.him} from sleep, eases with a stretch of the calf, and the legs are comfortable at rest between episodes: the picture of a cramp. The mirtazapine has also been unchanged for years.`
        // Read 22 (F2#6): "whatever word she uses" only where the resident calls it cramp.
        case 'nocturnal-leg-cramps':
          return arm === 'cramps'
            ? 'sudden pain in one calf that wakes the patient, relieved by stretching the calf (standing with the heel down, or pulling the toes up), with no urge to move and nothing felt in between, is the picture of nocturnal leg cramps; the walking afterwards only eases the soreness.'
            : `cramps are sudden, hard, painful contractions relieved by stretching; here the resident describes an urge to move that walking relieves, with no hard contraction${stem.includes('calls it "cramp"') ? `, whatever word ${p.she} uses for it` : ''}.`
        case 'akathisia':
          return arm === 'rls'
            ? 'akathisia is a whole-body inner restlessness with little link to lying down or to the evening, and it follows D2-blocking drugs far more than mirtazapine; here the urge is in the legs, comes on at rest at night and eases with walking.'
            : 'akathisia is a whole-body inner restlessness with little link to lying down or to the evening, and it follows D2-blocking drugs far more than mirtazapine, which here has been unchanged for years; these are painful episodes in one calf that wake the resident.'
        case 'peripheral-neuropathy':
          return arm === 'rls'
            ? 'neuropathic pain is burning or numbness in a stocking distribution, not relieved by movement, with sensory signs; here walking relieves it and sensation is normal.'
            : 'neuropathic pain is burning or numbness in a stocking distribution, present at rest and not relieved by a stretch, with sensory signs; here the pain comes in sudden episodes in one calf and sensation is normal.'
        case 'positional-discomfort':
          return 'positional discomfort settles with a single change of position; this resident has to get up again and again, night after night.'
        case 'foot-tapping':
          return arm === 'rls'
            ? 'habitual foot tapping brings no discomfort and no urge, and does not trouble the person; this resident is driven out of bed by an uncomfortable urge that walking relieves.'
            : 'habitual foot tapping brings no discomfort and does not trouble the person; these are painful episodes that wake the resident from sleep.'
        case 'arthritis':
          return arm === 'rls'
            ? 'arthritis pain sits in the joints and is worse with weight-bearing, so walking would aggravate it; here the discomfort is in the calves and thighs, comes on lying down and eases while the resident walks.'
            : 'arthritis pain sits in the joints and is worse with weight-bearing; here the pain is in the calf muscle, comes suddenly out of sleep, and standing on the leg eases it.'
        case 'night-delirium':
          return 'delirium, the usual cause of new night-time confusion, is an acute, fluctuating disturbance of attention; despite mild cognitive impairment this resident gives the same clear account each time, and the trouble is in the legs, not in awareness.'
        default:
          return 'delirium is an acute, fluctuating disturbance of attention; the trouble here is in the legs, not in awareness.'
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
            `Sudden pain in one calf that wakes ${p.him} and eases with a stretch of the calf, with no urge to move in between, is a nocturnal leg cramp. Mirtazapine can aggravate RLS, but ${p.she} has taken it unchanged for ${yrs} and the picture is not RLS.`,
            `The episodes are cramps: abrupt and painful, out of sleep, ended by stretching the calf, with nothing between them. Mirtazapine is a recognised RLS aggravator, yet ${p.her} dose has not changed in ${yrs} and the account does not meet the RLS criteria.`,
            `Calf pain that wakes ${p.him} and lets go with a stretch is a nocturnal leg cramp; RLS is an urge to move, begun by rest, that movement eases only while it lasts. The long-standing mirtazapine, unchanged for ${yrs}, does not turn a cramp into RLS.`
          ]
    // Read 20 (F1#14, F2#14): the closing sentence repeated a distractor's rationale word for word;
    // it now says what follows from the answer.
    const next =
      arm === 'rls'
        ? 'Ferritin and TSAT are checked as well, as in anyone with clinically significant RLS, since low iron stores can add to a drug trigger.'
        : 'Calf stretching before bed is the usual first measure for nocturnal cramps; neither an RLS drug nor a change to the mirtazapine is called for.'
    const explanation = [
      openings[params.open] ?? openings[0],
      choose(bodies, stem, 'care-home-body'),
      next
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
      // Read 20 (F2#14): the antidepressant papers do not support a cramp key; the cramp arm cites
      // the criteria and mimics (irlssg2014) and rottach2008 only for its mirtazapine sentence.
      references:
        arm === 'rls'
          ? ['irlssg2014', 'rottach2008', 'kolla2018', 'aasm2024']
          : ['irlssg2014', 'rottach2008'],
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

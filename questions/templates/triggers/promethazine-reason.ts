// Promethazine at night, prescribed either for allergy or for nausea. Whatever the reason, it is
// both a sedating H1 antihistamine and a D2 blocker (brief §2), and either action can worsen RLS;
// the reason it was prescribed decides only the plan (read 10: "prescribed for nausea, it is
// acting as a dopamine-blocking antiemetic" said that receptor actions follow the indication).
// Both reason-specific statements are offered in every item.
import type { Template } from '../types'
import { rankedStatements, statementOptions } from '../kit/statements'
import { cap, fill, person, phrasing, pickSex, seconds, spell } from '../kit/people'

// Every foil is advice a prescriber might really give, in the same plain register as the keys.
// The steroid spray is offered only where there is a rhinitis to treat (it would be a non-answer
// after nausea). Every item offers advice that fits the *other* reason (read 5, P2): the
// nausea-arm key in the allergy arm, and a switch to another antiemetic in the nausea arm, so the
// learner must read why the drug was prescribed.
/** The keys and the fixed rival in three wordings of one shape (the first is the one in TEXTS). */
const FORMS: Record<string, readonly string[]> = {
  'stop-and-treat-allergy': [
    'Replace it with a daily steroid nasal spray',
    'Replace it with a steroid nasal spray',
    // At most 50 characters (read 7: a 58-character key was more than 1.15x the longest foil).
    'Replace it with a daily corticosteroid nasal spray'
  ],
  'stop-once-nausea-settled': [
    'Stop it and address sleep without a sedative',
    'Stop it and treat sleep without sedatives',
    'Stop it now, as sleep is better without a sedative'
  ],
  // Read 20 (F1#19): 'Switch to', not 'Replace it with' (the allergy key's opening).
  'swap-to-prochlorperazine': [
    'Switch to prochlorperazine at night',
    'Switch to prochlorperazine at night and review it',
    'Switch to prochlorperazine as needed for nausea'
  ]
}
// Read 20 (F1#19, MINOR): "Stop it and begin pramipexole" beside the key "Stop it and address
// sleep without a sedative" made a pair sharing an opening, and the key was the member that adds
// no new drug. Now no two options share a first word, and two foils are plans a prescriber might
// really try for the sleep it props up (keep it and add gabapentin; swap in diphenhydramine).
// Every code's lengths differ from every other's, so ties at an extreme do not hold the key in
// the middle of the length order (middle-length).
const TEXTS: Record<string, string> = {
  'stop-and-treat-allergy': 'Replace it with a daily steroid nasal spray',
  'stop-once-nausea-settled': 'Stop it and address sleep without a sedative',
  'swap-to-diphenhydramine': 'Swap it for a diphenhydramine sleep tablet, then review',
  'stop-start-agonist': 'Taper it off and start pramipexole nightly',
  'keep-and-start-iron': 'Continue it and start oral iron tablets',
  'keep-add-gabapentin': 'Add gabapentin at night and keep taking it for sleep',
  'halve-and-move-earlier': 'Halve the dose and take it earlier in the evening',
  'keep-for-sleep': 'Keep taking it each night while it helps sleep',
  'longer-course': 'Give it one more month, then reassess it',
  'swap-to-prochlorperazine': 'Switch to prochlorperazine at night'
}
/** The other reason's advice, always offered in each arm. */
const OTHER_REASON = {
  allergy: 'stop-once-nausea-settled',
  nausea: 'swap-to-prochlorperazine'
} as const
const ALLERGY = [
  'allergic rhinitis',
  'hay fever with a blocked nose',
  'year-round allergic rhinitis'
]
const NAUSEA = [
  'nausea after a bout of gastroenteritis',
  'nausea during a course of antibiotics',
  'nausea after a minor operation'
]

// Story frames drawn apart (read 2.16, P1: a returning learner met the stem word for word): where
// the patient raises it, how the promethazine came to be prescribed, how the legs are described
// and how the bloods are reported. Every variant keeps the facts the plan turns on (why it was
// given, whether that reason has passed, the legs since the first week on it, iron replete).
type Frame = { a: string; al: string; wk: number; Wk: string; reason: string }
const SETTINGS: readonly ((f: Frame) => string)[] = [
  (f) => `${f.a} asks about a change in {her} sleep at a pharmacist-led clinic.`,
  (f) => `${f.a} books a telephone appointment with {her} family physician about bad nights.`,
  (f) =>
    `At a routine review with the practice nurse, ${f.al} mentions that {her} evenings have changed.`,
  (f) =>
    `${f.a} calls in at a community pharmacy to ask whether something could be spoiling {her} sleep.`,
  (f) => `During a medication review at {her} practice, ${f.al} raises a new problem at night.`
]
const ALLERGY_RX: readonly ((f: Frame) => string)[] = [
  (f) =>
    `${f.Wk} ago an urgent-care doctor prescribed promethazine 25 mg at night for ${f.reason}; the nose is still troublesome most days.`,
  (f) =>
    `${f.Wk} ago, when {her} ${f.reason} flared, a walk-in clinic gave {him} promethazine 25 mg to take at night; the nose still runs and blocks on most days.`,
  (f) =>
    `{She} has taken promethazine 25 mg at night for ${f.wk} weeks, prescribed by a locum at {her} practice for ${f.reason}, which still bothers {him} most days.`
]
const NAUSEA_RX: readonly ((f: Frame) => string)[] = [
  (f) =>
    `${f.Wk} ago {she} was prescribed promethazine 25 mg at night for ${f.reason}. The nausea settled within a week, but {she} has kept taking it because it helps {him} sleep.`,
  (f) =>
    `${f.Wk} ago a locum doctor started promethazine 25 mg at night for ${f.reason}; the nausea was gone within days, yet {she} still takes it each night because {she} sleeps better on it.`,
  (f) =>
    `For ${f.reason}, {she} was given promethazine 25 mg at night ${f.wk} weeks ago. The nausea passed in a few days, but {she} has kept the tablets going as a sleeping aid.`
]
const LEGS = [
  'Since starting it, {she} has a creeping urge to move {her} legs when {she} goes to bed that eases while {she} walks and returns when {she} lies down; {she} never had this before.',
  'Since then {she} has had a crawling need to move {her} legs at bedtime; walking eases it, and it comes back once {she} lies down. {She} had nothing like it before.',
  'From the first week on it, lying down at night has brought an urge to move {her} legs that settles only while {she} is up and walking, something {she} had never felt before.',
  'Within days of the first dose {she} began to feel an uncomfortable, restless urge in {her} legs in bed, relieved by walking and back as soon as {she} lies still; it is new to {him}.',
  'In the evenings since {she} began it, {her} legs have felt jittery and uneasy as soon as {she} settles in bed, and {she} has to get up and walk to quieten them; this is new.',
  'Since the first week of taking it, {she} has had to get out of bed most nights because of a restless, pulling feeling in {her} calves that walking relieves; {she} has never had it before.'
]
const LABS: readonly ((fer: number, tsat: number) => string)[] = [
  (fer, tsat) =>
    `A recent morning ferritin was ${fer} ng/mL with a TSAT of ${tsat}%, and {she} takes no other regular medicines.`,
  (fer, tsat) =>
    `{Her} morning ferritin last month was ${fer} ng/mL (TSAT ${tsat}%), and promethazine is {her} one regular medicine.`,
  (fer, tsat) =>
    `Blood taken in the morning shows a ferritin of ${fer} ng/mL and a TSAT of ${tsat}%; {she} takes nothing else regularly.`
]

export const promethazineReason: Template = {
  id: 'trigger-promethazine-why-prescribed',
  family: '17',
  section: 'medications',
  title: 'Promethazine at night: advice that fits why it was prescribed',
  generate(rng) {
    const arm = rng.pick(['allergy', 'nausea'] as const)
    const key = arm === 'allergy' ? 'stop-and-treat-allergy' : 'stop-once-nausea-settled'
    const sex = pickSex(rng)
    const other = OTHER_REASON[arm]
    // The keys' and the fixed rival's wordings are chosen with the foils for a length rank by
    // lot (middle-length was +10.2 with one wording each).
    const ranked = rankedStatements(
      rng,
      key,
      [other],
      TEXTS,
      FORMS,
      2,
      arm === 'nausea' ? ['stop-and-treat-allergy'] : [],
      // 2.18.7: the nausea key is a two-step plan ("stop it and address sleep…"); the search keeps
      // the plan that does the most at chance (most-steps was +18.8 in that arm).
      ['most-steps']
    )
    const opts = ranked.opts
    const params = {
      arm,
      sex,
      age: rng.int(24, 74),
      why: rng.int(0, 2),
      wk: rng.int(3, 8),
      fer: rng.int(130, 260),
      tsat: rng.int(24, 41),
      opts: opts.join('+'),
      kf: ranked.form,
      lead: rng.int(0, 1),
      setting: rng.int(0, SETTINGS.length - 1),
      rx: rng.int(0, ALLERGY_RX.length - 1),
      legs: rng.int(0, LEGS.length - 1),
      labs: rng.int(0, LABS.length - 1)
    }
    const p = person(params.age, sex)
    const reason = arm === 'allergy' ? ALLERGY[params.why] : NAUSEA[params.why]
    const f: Frame = {
      a: p.a,
      al: p.a.charAt(0).toLowerCase() + p.a.slice(1),
      wk: params.wk,
      Wk: cap(spell(params.wk, 'week')),
      reason: reason ?? ''
    }
    const rx = (arm === 'allergy' ? ALLERGY_RX : NAUSEA_RX)[params.rx] ?? NAUSEA_RX[0]
    const stem = fill(
      [
        (SETTINGS[params.setting] ?? SETTINGS[0])?.(f),
        rx?.(f),
        LEGS[params.legs] ?? LEGS[0],
        (LABS[params.labs] ?? LABS[0])?.(params.fer, params.tsat)
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the best advice about the promethazine?'
        : 'Which plan for the promethazine fits this situation best?'
    const why = (code: string): string => {
      switch (code) {
        case 'stop-and-treat-allergy':
          return arm === 'allergy'
            ? 'promethazine is a sedating H1 antihistamine that also blocks D2 receptors, and both actions can worsen RLS; it was prescribed for the allergy, which is still active and can be treated with a steroid nasal spray instead.'
            : 'there is no allergy to treat here: promethazine was prescribed for nausea, and the nausea has already gone.'
        case 'stop-once-nausea-settled':
          return arm === 'nausea'
            ? 'promethazine blocks D2 receptors and is a sedating H1 antihistamine, whatever it was prescribed for, and both actions can worsen RLS; the nausea it was prescribed for has settled, so it can stop, and the sleep it was propping up is addressed without a sedating drug (for example sleep hygiene or CBT for insomnia).'
            : 'stopping it is right, but this plan leaves the rhinitis, still active and the reason it was prescribed, without a treatment once the promethazine stops.'
        case 'keep-add-gabapentin':
          return arm === 'nausea'
            ? 'gabapentin is a first-line RLS treatment, but the RLS began with the promethazine, which is no longer needed for the nausea; adding a drug for the side effect keeps the trigger in place every night.'
            : 'gabapentin is a first-line RLS treatment, but the rhinitis can be treated with something that does not aggravate RLS, so there is no need to keep the trigger and treat its side effect.'
        case 'stop-start-agonist':
          return 'withdrawing the trigger is right, but starting a dopamine agonist is not: standard use for RLS is now suggested against because of augmentation, and symptoms may settle once the promethazine is gone.'
        case 'swap-to-diphenhydramine':
          return 'diphenhydramine is a sedating first-generation antihistamine, itself a recognised aggravator of RLS, so the swap keeps the problem.'
        case 'keep-and-start-iron':
          return `the ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% does not meet the thresholds for iron therapy, and the likely trigger would stay.`
        case 'swap-to-prochlorperazine':
          return arm === 'nausea'
            ? 'prochlorperazine is another dopamine-blocking antiemetic and a recognised aggravator of RLS, so the switch would bring the same problem back; the nausea has gone, so nothing needs to replace it.'
            : 'the promethazine was prescribed for allergy, not nausea, and prochlorperazine is itself a dopamine-blocking antiemetic that aggravates RLS; the rhinitis still needs a treatment.'
        case 'longer-course':
          return 'another month of the likely trigger delays the fix; the reason it was prescribed either has passed or can be treated another way.'
        case 'keep-for-sleep':
          return arm === 'nausea'
            ? 'the nausea it was given for has gone, and using it as a hypnotic keeps a recognised aggravator in place every night; sleep is better addressed without it.'
            : 'the rhinitis can be treated with something that does not aggravate RLS; keeping a sedating antihistamine for sleep keeps the likely trigger.'
        default:
          return 'a smaller, earlier dose still exposes the patient to the trigger every evening; the drug is no longer needed for the reason it was given, or can be replaced.'
      }
    }
    const options = statementOptions(key, opts, ranked.texts, why)
    // Read 10: the pharmacology does not change with the indication; only the plan does.
    const pharm = phrasing(
      [
        'Promethazine is a phenothiazine that is both a sedating H1 antihistamine and a D2 blocker, whatever it was prescribed for, and both actions can worsen RLS.',
        'Whether it is given for allergy or for nausea, promethazine blocks H1 and D2 receptors alike, and either action can aggravate RLS.'
      ],
      stem,
      'pharm'
    )
    const explanation =
      arm === 'allergy'
        ? `${pharm} The reason it was prescribed decides the plan: here it was for allergy, and the rhinitis is still active, so stop it and treat the rhinitis with something that does not aggravate RLS, such as a steroid nasal spray. The iron studies do not call for iron.`
        : `${pharm} The reason it was prescribed decides the plan: here it was for nausea, and the nausea has gone, so it can stop; poor sleep is better addressed without a sedating drug that aggravates RLS. The iron studies do not call for iron.`
    return {
      params,
      claims: arm === 'allergy' ? ['D3'] : ['D1'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'Advise on promethazine-aggravated RLS according to the reason it was prescribed (allergy or nausea), knowing that it is both a sedating antihistamine and a D2 blocker either way.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'silber2021'],
      facts: {
        kind: 'drug-advice',
        medications: ['promethazine'],
        aggravator: 'promethazine',
        aggravatorClass: arm === 'allergy' ? 'h1-antihistamine' : 'd2-antiemetic',
        prescribedFor: arm,
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'adult',
        dialysis: false
      }
    }
  }
}

// Sleep apnoea alongside RLS (brief L3): untreated OSA is addressed as part of care, but it is not
// an established cause of RLS. One arm has clear OSA features (address it alongside the RLS);
// in the other the patient wants an apnoea test without any features of OSA, and the correctable
// RLS contributors have not been checked.
import type { Template } from '../types'
import { pickCodes, statementOptions, wordingFamily } from '../kit/statements'
import { byLengthRank } from '../kit/choices'
import type { Rng } from '../../rng'
import { fill, person, pickSex, seconds, spell } from '../kit/people'

// Every foil is a step a clinician might really take, in the same register as the two keys. A
// sleep study first is offered only when apnoea is not suspected (with its features it would be a
// second defensible answer); weight loss only with obesity. Three foils are shorter than both keys
// and three longer, so no length rank marks the key.
// Read-through of bank 2.5.0 (pattern 2): no foil re-orders what the stem reports (the iron check
// only where iron is unmeasured), one foil waits (not two, and not the weight-loss wait), and the
// rest are active errors.
// Three wordings of every code, one family drawn per item (read 2.16, P1/P6: one key text per arm,
// so a returning learner met the same key again). No key takes the stem's words ("test",
// "sleep", "apnoea" in the no-OSA arm), so the key is not the option that echoes the case.
const WORDINGS: Record<string, readonly [string, string, string]> = {
  'test-and-treat-osa-too': [
    'Arrange apnoea testing and manage it with the RLS',
    'Refer for apnoea testing and treat it with the RLS',
    'Book apnoea testing and treat it beside the RLS'
  ],
  // Read-through 2.15 (r10G): "… before a sleep study" implied a study would follow, while the
  // rationale and explanation say none is indicated. The key now names the checks and the full
  // medicine review, OTC products included, in the same length band (51 → 52 characters) and
  // with no absolute ("all medicines" would be one).
  'check-iron-and-drug-list': [
    'Check ferritin, TSAT and the drug list, OTC included',
    // 2.18.7 (most-steps): one action, as most foils are (two steps here made it the plan that
    // does the most: +20.4 in the no-apnoea arm).
    'Check ferritin, TSAT and each medicine taken, OTC too',
    'Check ferritin and TSAT and the medicine list, OTC too'
  ],
  'osa-explains-rls': [
    'Explain that treating apnoea should end the restless legs',
    'Explain that treating the apnoea should settle the RLS',
    'Say that once apnoea is treated the restless legs should go'
  ],
  'start-dopamine-agonist': [
    'Start pramipexole at a low dose tonight',
    'Begin low-dose pramipexole tonight',
    'Start low-dose pramipexole this evening'
  ],
  'sedative-for-sleep': [
    'Offer a sedating antihistamine at night',
    'Give a sedating antihistamine at bedtime',
    'Prescribe a sedating antihistamine nightly'
  ],
  // Read 18 (F1#3): "Start gabapentin now and reassess once the legs settle" never said that the
  // apnoea testing waits, and with replete iron an α2δ ligand is first-line, so the foil was
  // partly defensible. Each arm now names what the plan leaves out (GABAPENTIN_OSA for the
  // apnoea arm; here, the no-apnoea arm's skipped blood tests).
  'gabapentin-no-tests': [
    'Start gabapentin now and leave out further blood tests',
    'Begin gabapentin now, without further blood tests',
    'Start gabapentin today and leave out further blood tests'
  ],
  // Read 18 (F1#3): a second "test the apnoea and do something for the night" plan, wrong
  // because a hypnotic deepens untreated apnoea, so the key is not the only option that acts on
  // both problems.
  'osa-test-plus-hypnotic': [
    'Arrange apnoea testing, with a sleeping tablet until then',
    'Refer for apnoea testing and give a sleeping pill meanwhile',
    'Book apnoea testing and offer a sleeping tablet meanwhile'
  ],
  // A sequencing error a clinician makes, not a year's wait (read-through 5: an extreme foil).
  // No-apnoea arm only (read 18, F1#3): beside the apnoea arm's key it was the same two actions
  // in a worse order, so the pair pointed at the key.
  'rls-first-breathing-later': [
    'Settle the RLS first, then refer for apnoea testing',
    'Treat the RLS first, and test for apnoea afterwards',
    'Control the RLS first, then arrange apnoea tests'
  ],
  // No hedge word: "often" made this the one hedged option in 16% of items, never the key (read 7).
  'sleep-study-first': [
    'Arrange a sleep study, as apnoea is a cause of RLS',
    'Book a sleep study, since apnoea is a cause of RLS',
    'Order a sleep study, as apnoea is a known RLS cause'
  ],
  // The no-apnoea arm's error in the apnoea foil's length band (read 16, 155303 #11: "treating
  // apnoea should end the restless legs" beside a patient with no apnoea did not function): the
  // legs are put down to sleep habits and the correctable contributors are left unchecked. It
  // acts now, as the key does (the repeat-bloods foil's long form already waits).
  'sleep-habits-blamed': [
    'Put the legs down to poor sleep habits and advise on those',
    'Blame the legs on poor sleep habits and advise on sleep hygiene',
    'Put the legs down to poor sleep habits; give sleep hygiene advice'
  ],
  'modafinil-for-sleepiness': [
    'Treat the daytime sleepiness with modafinil',
    'Give modafinil for the daytime sleepiness',
    'Prescribe modafinil for the daytime sleepiness'
  ],
  // Where iron is unmeasured, a second "tests first" plan that repeats what was already normal,
  // so the key is not the only option that screens (read 6, 83267 #36). Its text comes from
  // REPEAT_FORMS, by the checks the stem reports.
  'repeat-routine-bloods': [
    'Repeat the blood count and thyroid function first',
    'Repeat the blood count and thyroid function first',
    'Repeat the blood count and thyroid function first'
  ],
  // Where the stem reports iron and the medicines, the habitual iron-and-drug-list step is a foil
  // (read 7, P7: across templates "check iron and the drug list" was the key whenever offered).
  'recheck-iron-and-drug-list': [
    'Recheck ferritin, TSAT and the drug list first',
    'Recheck ferritin, TSAT and the drug list once more',
    'Recheck the ferritin, TSAT and drug list first'
  ]
}
// Read 20 (F1#2): in the apnoea arm two options began "Book apnoea testing" and the key was the
// one that added "beside the RLS", so convergence and the do-both cue picked it. Every option of
// that arm now includes the apnoea test (the stem makes it obvious), and the discrimination rests
// on what goes with it: a sedative, a dopamine agonist, modafinil, a promise that it ends the
// RLS, or RLS care put on hold, against RLS care alongside it. These override WORDINGS there.
const OSA_WORDINGS: Record<string, readonly [string, string, string]> = {
  'test-and-treat-osa-too': [
    'Arrange apnoea testing and manage the RLS alongside it',
    'Refer for apnoea testing and treat the RLS alongside it',
    'Book apnoea testing and treat the RLS at the same time'
  ],
  'osa-explains-rls': [
    'Arrange apnoea testing, whose treatment should end the RLS',
    'Refer for apnoea testing; treating it should settle the RLS',
    'Book apnoea testing; treating it should end the RLS'
  ],
  'start-dopamine-agonist': [
    'Arrange apnoea testing and start low-dose pramipexole',
    'Refer for apnoea testing and begin pramipexole',
    'Book apnoea testing and start pramipexole tonight'
  ],
  'modafinil-for-sleepiness': [
    'Arrange apnoea testing, with modafinil until then',
    'Refer for apnoea testing and give modafinil meanwhile',
    'Book apnoea testing and offer modafinil for the sleepiness'
  ],
  'rls-care-waits': [
    'Arrange apnoea testing and hold RLS care until it is treated',
    'Refer for apnoea testing; leave the RLS until it is treated',
    'Book apnoea testing and defer the RLS care until then'
  ],
  'recheck-iron-and-drug-list': [
    'Recheck iron and the drug list; then test for apnoea',
    'Recheck iron and the drug list, then refer for apnoea',
    'Recheck iron and the drug list, then book apnoea testing'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
/** The apnoea arm's gabapentin foil, one per wording family: it says outright that the apnoea
 * testing waits for the legs (read 18, F1#3). */
const GABAPENTIN_OSA: readonly [string, string, string] = [
  'Start gabapentin and defer apnoea testing till the legs settle',
  'Begin gabapentin; leave apnoea tests until the legs settle',
  'Start gabapentin now and test for apnoea once the legs settle'
]
/** A short and a long form of the repeat-bloods foil, which every no-OSA item offers: one is
 * shorter than the key and one longer, so the forced foil leaves the key's length rank free. The
 * foil names what the stem reports as checked (LABS_CHECKED), so it changes with that sentence. */
const REPEAT_FORMS: readonly (readonly [string, string])[] = [
  [
    'Repeat the blood count and thyroid function first',
    'Repeat the blood count and thyroid function at the next visit'
  ],
  [
    'Repeat the health-check bloods before anything else',
    'Repeat the routine health-check bloods at the next visit'
  ],
  [
    'Repeat the blood count and vitamin D level first',
    'Repeat the blood count and vitamin D level at the next visit'
  ]
]
// What the no-OSA stem reports as already checked. Read-through 2.15 (r10G): the one list "blood
// count and thyroid" made iron the conspicuous gap; now the list is vague ("routine bloods") or
// includes an unrelated test, and the rationale of the repeat foil follows it.
const LABS_CHECKED = [
  {
    text: 'A blood count and thyroid function checked last month were normal',
    what: 'the blood count and thyroid function were'
  },
  {
    text: 'Routine bloods at a health check last month were reported as normal',
    what: 'the routine health-check bloods were'
  },
  {
    text: 'A blood count, kidney function and vitamin D level checked last month were normal',
    what: 'the blood count and vitamin D level were'
  }
] as const

/** The sleep study the no-OSA patient asks for, a short and a long form per wording family
 * (read 21, F1#12: the stem built on her request and no option offered the test, so the one
 * tempting wrong answer was missing). `{pr}` is the patient's pronoun. */
const ASKED_STUDY: readonly (readonly [string, string])[] = [
  [
    'Arrange the sleep study {pr} asks for',
    'Arrange the overnight sleep study {pr} asks for, to look for apnoea'
  ],
  [
    'Book the overnight test {pr} asks for',
    'Book the overnight sleep study {pr} has asked for, to rule out apnoea'
  ],
  [
    'Order the sleep study {pr} asks for',
    'Order the overnight sleep study {pr} wants, to look for apnoea'
  ]
]

/** The no-OSA arm's foils: the repeat-bloods foil and the sleep study the patient asks for, each
 * in a form shorter or longer than the key, plus one more; the number of foils longer than the
 * key is drawn uniformly (0…3) and spread at random over the three. */
function noOsaFoils(
  rng: Rng,
  key: string,
  checked: number,
  TEXTS: Record<string, string>,
  wording: number,
  pr: string
): { opts: string[]; repeatForm: number; studyForm: number; study: string } {
  const keyLength = (TEXTS[key] ?? '').length
  const forms = REPEAT_FORMS[checked] ?? REPEAT_FORMS[0]!
  const studyForms = (ASKED_STUDY[wording] ?? ASKED_STUDY[0]!).map((t) => t.replace('{pr}', pr))
  const longer = rng.int(0, 3)
  const slots = rng.shuffle([0, 1, 2]).slice(0, longer)
  const repeatForm = slots.includes(0) ? 1 : 0
  const studyForm = slots.includes(1) ? 1 : 0
  const pool = Object.keys(TEXTS).filter(
    (c) =>
      c !== key &&
      c !== 'repeat-routine-bloods' &&
      c !== 'sleep-study-first' &&
      // The asked-for study already offers apnoea testing; a second testing foil beside it
      // would let the two cancel out.
      c !== 'test-and-treat-osa-too' &&
      !NOT_IN['no-osa'].includes(c)
  )
  const others = byLengthRank(
    rng,
    keyLength,
    pool,
    1,
    (c) => (TEXTS[c] ?? '').length,
    () => (slots.includes(2) ? 1 : 0)
  )
  // Each forced form must sit on its side of the key, or the drawn rank is not the shown one.
  if ((forms[repeatForm] ?? '').length > keyLength !== (repeatForm === 1))
    throw new Error('repeat-bloods form on the wrong side of the key')
  if ((studyForms[studyForm] ?? '').length > keyLength !== (studyForm === 1))
    throw new Error('sleep-study form on the wrong side of the key')
  return {
    opts: Object.keys(TEXTS).filter(
      (c) => c === 'repeat-routine-bloods' || c === 'sleep-study-first' || others.includes(c)
    ),
    repeatForm,
    studyForm,
    study: studyForms[studyForm] ?? ''
  }
}
/** Foils each arm leaves out: with apnoea features, a sleep study first would be a second answer
 * and the iron check re-orders results the stem gives; without them, a drug for sleepiness
 * answers a problem the patient does not have. */
const NOT_IN: Record<'osa' | 'no-osa', readonly string[]> = {
  osa: [
    // A second sedative beside the sleeping-tablet plan, with no apnoea test (read 20, F1#2).
    'sedative-for-sleep',
    'rls-first-breathing-later',
    'sleep-study-first',
    'check-iron-and-drug-list',
    'repeat-routine-bloods',
    'sleep-habits-blamed'
  ],
  'no-osa': [
    'modafinil-for-sleepiness',
    'recheck-iron-and-drug-list',
    'osa-explains-rls',
    'osa-test-plus-hypnotic',
    'rls-care-waits'
  ]
}

// Three stories of apnoea (read-through 2.15: one stem for every OSA item): a partner's report
// with dozing at the wheel, a lorry driver referred by the dentist, a retiree napping all
// afternoon. `drives` decides whether the driving advice belongs in the rationale and explanation.
const OSA_STORIES = [
  {
    text: '{Her} partner describes loud snoring with pauses in breathing most nights, and {she} falls asleep at the wheel at traffic lights',
    drives: true,
    retired: false
  },
  {
    // Read 18 (F1#3): "referred him" said to no one; the dentist sends the patient to the
    // clinician now seeing {him}.
    text: '{She} drives a lorry for a living and admits to nodding off on long runs; {her} dentist told {him} to see {her} doctor about the snoring and the pauses in {her} breathing, which drove {her} partner out of the bedroom',
    drives: true,
    retired: false
  },
  {
    text: 'Since retiring {she} sleeps through most afternoons, and {her} partner hears loud snoring broken by long pauses in breathing',
    drives: false,
    retired: true
  }
] as const

export const sleepApnoea: Template = {
  id: 'lifestyle-sleep-apnoea-and-rls',
  family: '27',
  section: 'lifestyle-sleep',
  title: 'Sleep apnoea and RLS: address both, without calling OSA the cause',
  generate(rng) {
    const arm = rng.pick(['osa', 'no-osa'] as const)
    const key = arm === 'osa' ? 'test-and-treat-osa-too' : 'check-iron-and-drug-list'
    const sex = pickSex(rng)
    // The no-OSA arm: which checks the stem reports; the OSA arm: which story of apnoea.
    const frame = rng.int(0, arm === 'osa' ? OSA_STORIES.length - 1 : LABS_CHECKED.length - 1)
    const wording = rng.int(0, 2)
    const TEXTS =
      arm === 'osa'
        ? {
            ...textsOf(wording),
            ...wordingFamily(OSA_WORDINGS, wording),
            'gabapentin-no-tests': GABAPENTIN_OSA[wording] ?? GABAPENTIN_OSA[0]
          }
        : textsOf(wording)
    const { opts, repeatForm, studyForm, study } =
      arm === 'no-osa'
        ? noOsaFoils(rng, key, frame, TEXTS, wording, sex === 'f' ? 'she' : 'he')
        : {
            opts: pickCodes(rng, key, TEXTS, 3, NOT_IN.osa),
            repeatForm: 0,
            studyForm: 0,
            study: TEXTS['sleep-study-first'] ?? ''
          }
    const texts = {
      ...TEXTS,
      'repeat-routine-bloods': (REPEAT_FORMS[frame] ?? REPEAT_FORMS[0]!)[repeatForm] ?? '',
      'sleep-study-first': study
    }
    const params = {
      arm,
      sex,
      // The retiree story only at a retiring age.
      age: rng.int(arm === 'osa' && (OSA_STORIES[frame] ?? OSA_STORIES[0]).retired ? 62 : 38, 74),
      ess: arm === 'osa' ? rng.int(13, 19) : rng.int(2, 6),
      bmi: arm === 'osa' ? rng.int(32, 41) : rng.int(21, 27),
      fer: rng.int(140, 260),
      tsat: rng.int(24, 40),
      opts: opts.join('+'),
      rep: repeatForm,
      study: studyForm,
      lead: rng.int(0, 1),
      frame,
      yrs: rng.int(1, 4),
      wording
    }
    const story = OSA_STORIES[frame] ?? OSA_STORIES[0]!
    const drives = arm === 'osa' && story.drives
    const p = person(params.age, sex)
    const sleep =
      arm === 'osa'
        ? `${story.text} (Epworth score ${params.ess}; BMI ${params.bmi}).`
        : `{She} has read that sleep apnoea causes RLS and asks for an overnight test, though {she} does not snore, wakes refreshed on good nights and has an Epworth score of ${params.ess} (BMI ${params.bmi}).`
    const labs =
      arm === 'osa'
        ? `Morning ferritin is ${params.fer} ng/mL with a TSAT of ${params.tsat}%; {she} takes lisinopril for blood pressure and nothing over the counter.`
        : `${(LABS_CHECKED[frame] ?? LABS_CHECKED[0]).text}, and {she} takes lisinopril for blood pressure.`
    const since = params.yrs === 1 ? 'a year' : `${spell(params.yrs, 'year')}`
    const stem = fill(
      [
        params.yrs % 2 === 0
          ? `${p.a} has had an urge to move {her} legs in the evenings for ${since}; it starts when {she} sits, eases when {she} walks and delays sleep.`
          : `For ${since}, ${p.a.charAt(0).toLowerCase()}${p.a.slice(1)} has felt driven to move {her} legs once {she} sits down in the evening; walking eases it, and it keeps {him} from falling asleep.`,
        sleep,
        labs
      ].join(' '),
      p
    )
    const question =
      params.lead === 0 ? 'What is the most appropriate next step?' : 'Which plan is the best fit?'
    const why = (code: string): string => {
      switch (code) {
        case 'test-and-treat-osa-too':
          return arm === 'osa'
            ? `snoring with witnessed pauses, marked sleepiness and obesity point to untreated sleep apnoea, which should be confirmed and treated as part of care; it sits alongside the RLS rather than causing it.${drives ? ' Dozing while driving also calls for advice not to drive until the sleepiness is treated.' : ' If the sleepiness affects driving, the advice is not to drive until it is treated.'}`
            : `there are no features of sleep apnoea (no snoring, Epworth ${params.ess}), and apnoea is not an established cause of RLS, so testing for it is not the next step.`
        case 'check-iron-and-drug-list':
          return arm === 'no-osa'
            ? 'iron status and aggravating drugs are the correctable RLS contributors; the checks reported do not include ferritin and TSAT, and over-the-counter products have not been asked about, while apnoea is not an established cause of RLS and nothing suggests it here.'
            : 'iron is already known to be replete and there are no aggravating medicines, while the clear features of sleep apnoea need addressing.'
        case 'rls-care-waits':
          return 'testing the apnoea is right, but the RLS need not wait for it: apnoea is not an established cause of RLS, so treating it will not settle the legs, and RLS care goes ahead alongside.'
        case 'osa-explains-rls':
          return 'sleep apnoea is not an established cause of RLS; treating it helps sleep and health, but should not be promised to end the RLS.'
        case 'start-dopamine-agonist':
          // Read 18 (F1#6): not "because of augmentation", which gave mechanism-in-practice's
          // augmentation key away to a learner who met this rationale first.
          if (arm === 'osa')
            return 'testing the apnoea is right, but standard use of dopamine agonists such as pramipexole for RLS is now suggested against because of the long-term worsening of RLS they can cause.'
          return 'standard use of dopamine agonists such as pramipexole for RLS is now suggested against because of the long-term worsening of RLS they can cause, and it leaves the sleep problem unaddressed.'
        case 'sedative-for-sleep':
          return arm === 'osa'
            ? 'sedating antihistamines are recognised aggravators of RLS, and sedatives are unwise with likely sleep apnoea.'
            : 'sedating antihistamines are recognised aggravators of RLS, and a sedative leaves the correctable contributors unchecked.'
        case 'repeat-routine-bloods':
          return `${(LABS_CHECKED[frame] ?? LABS_CHECKED[0]).what} normal a month ago, and a routine panel does not include ferritin and TSAT; what is missing is the iron studies and a review of every medicine.`
        case 'rls-first-breathing-later':
          return arm === 'osa'
            ? `snoring with witnessed pauses and marked sleepiness${drives ? ', in a patient who dozes while driving,' : ''} need assessing now, alongside the RLS, not after it.`
            : 'the RLS work-up has not started: ferritin, TSAT and the drug list come before any treatment, and nothing here calls for apnoea testing.'
        case 'recheck-iron-and-drug-list':
          return `ferritin ${params.fer} ng/mL and TSAT ${params.tsat}% are replete and the only medicine is lisinopril, so repeating them adds nothing and only delays the testing that the clear features of sleep apnoea call for.`
        case 'modafinil-for-sleepiness':
          return 'testing the apnoea is right, but a wake-promoting drug treats the symptom and hides the likely cause; the sleepiness comes with snoring and witnessed pauses, so it is the apnoea that is treated, not the sleepiness on its own.'
        case 'sleep-habits-blamed':
          return 'an urge to move the legs at rest in the evening, eased by walking, is RLS rather than a habit; sleep advice helps, but the correctable contributors, iron status and aggravating medicines, have not been checked.'
        case 'osa-test-plus-hypnotic':
          return `testing the apnoea is right, but a sleeping tablet can deepen untreated apnoea and add to the daytime sleepiness${drives ? ' of someone who dozes while driving' : ''}; the RLS is managed without a sedative.`
        case 'sleep-study-first':
          return `apnoea is not an established cause of RLS, nothing suggests it here (no snoring, Epworth ${params.ess}), and RLS is a clinical diagnosis; iron and the drug list come first.`
        default:
          return arm === 'osa'
            ? 'gabapentin is a first-line RLS drug, but it can add to the sleepiness, and the sleepiness here comes with snoring and witnessed pauses: the likely apnoea needs testing and treating now, not after the legs settle.'
            : 'gabapentin is a first-line RLS treatment, but iron status and aggravating drugs are checked first because they may be correctable.'
      }
    }
    const options = statementOptions(key, opts, texts, why)
    const explanation =
      arm === 'osa'
        ? `Untreated obstructive sleep apnoea should be addressed alongside RLS care: it worsens sleep and health whatever the RLS. But it is not an established cause of RLS, so its treatment is not promised as the cure. Here iron is replete and there are no aggravating drugs, so testing and treating the apnoea is the step that is missing.${drives ? ' A patient who dozes while driving should also be advised not to drive while sleepy until the apnoea is treated, following the local licensing rules.' : ' If the sleepiness affects driving, the patient is advised not to drive until the apnoea is treated, following the local licensing rules.'}`
        : 'Sleep apnoea is addressed when it is present, but it is not an established cause of RLS, and this patient has no features of it. The RLS work-up has skipped the steps that matter: ferritin and TSAT (iron therapy if ferritin is at or below 75 ng/mL or TSAT below 20%) and a review of aggravating medicines, including over-the-counter sleep aids.'
    return {
      params,
      claims: arm === 'osa' ? ['L3'] : ['L3', 'T2', 'P2'],
      difficulty: 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      // Read 22 (F1#2): one objective named both arms; each arm now states its own.
      objective:
        arm === 'osa'
          ? 'Address untreated sleep apnoea alongside RLS care without presenting it as the cause of the RLS.'
          : 'When sleep apnoea is not suspected, check iron status and the medication list before looking elsewhere for what worsens RLS.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024'],
      facts: { kind: 'lifestyle', topic: 'osa', osaFeatures: arm === 'osa' }
    }
  }
}

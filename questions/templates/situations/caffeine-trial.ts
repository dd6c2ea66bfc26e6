// Caffeine in RLS counselling (brief §5): avoiding it is a reasonable, low-cost trial, not the
// removal of a proven trigger. In one arm the trial has not been tried (heavy afternoon and evening
// intake); in the other it has been tried for months without change, so the work-up moves on to
// iron and the medication list.
import { claimById } from '../../content/claims'
import type { Template } from '../types'
import { statementOptions, wordingFamily } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'
import type { Rng } from '../../rng'
import { byLengthRank } from '../kit/choices'

// Every foil is advice a clinician might really give, in the same register as the two keys. No
// foil may contradict or presuppose the stem (read-through of bank 2.5.0, pattern 2): iron for a
// higher ferritin only where the ferritin is reported, "check iron" and gabapentin only where
// iron is unchecked (with iron replete and no caffeine trial yet gabapentin would be a fair
// second answer). Every text sits in one band (37–58 characters) with lengths on both sides of
// each key, so the key lands at every length rank (2.11.0). The sleep study stands alone:
// "switch to decaf and book a sleep study" was half the right trial (read 6, P5).
// Three wordings of every code, one family drawn per item (read 2.16, P1/P6: one key text per arm,
// so a returning learner met the same key again). Each family keeps the band and the spread.
const WORDINGS: Record<string, readonly [string, string, string]> = {
  // The untried key stays shorter than two trial forms and longer than two (see untriedFoils).
  // Read 20: one hedge ("try"), not two ("try a few weeks"): beside the caffeine over-claim,
  // which has none, two made the key tie the trial-shaped drug foils as the most hedged. No
  // "month" or "after", which the stem has ("last month", "after 4 pm").
  'caffeine-trial': [
    'Try three weeks without caffeine from midday',
    'Try a break from caffeine from lunchtime onwards',
    'Try three weeks going caffeine-free from noon'
  ],
  // Read 18 (F1#9): "Take the result; check iron and the medicine list" opened awkwardly.
  'move-on-to-iron-and-drugs': [
    'Check iron and medicines now the caffeine is out',
    'Move on now to checking iron and the drug list',
    'Check ferritin, TSAT and the medicine list next'
  ],
  'caffeine-for-good': [
    'Advise giving up all caffeinated drinks for good',
    'Advise stopping every caffeinated drink for good',
    'Advise dropping all caffeinated drinks for life'
  ],
  'sleep-study-first': [
    'Book a sleep study before cutting down the caffeine',
    'Arrange a sleep study before cutting down the cola',
    'Request a sleep study before changing the drinks'
  ],
  // "Offer", not "Suggest": a hedge word that only this foil carried (read 7).
  'antihistamine-sleep-aid': [
    'Offer an antihistamine sleep aid for the bad nights',
    'Offer an antihistamine sleep aid on the worst nights',
    'Give an antihistamine sleep aid for the bad nights'
  ],
  'stricter-caffeine-ban': [
    'Advise cutting out tea and chocolate as well',
    'Advise cutting tea and chocolate out as well',
    'Advise giving up tea and chocolate as well'
  ],
  'start-dopamine-agonist': [
    'Start low-dose pramipexole in the evening',
    'Begin low-dose pramipexole each evening',
    'Start pramipexole at a low dose at night'
  ],
  'iron-to-raise-ferritin': [
    'Start oral iron to raise the ferritin',
    'Begin oral iron to lift the ferritin',
    'Prescribe oral iron to raise the ferritin'
  ],
  'start-gabapentin': [
    'Start gabapentin in the evening, reviewing it in a month',
    'Begin gabapentin at night and review it after a month',
    'Start gabapentin each evening, with a review in a month'
  ],
  // Where iron and the medicines were just reviewed, a repeat check is wrong (read 7, P7).
  'recheck-iron-and-drugs': [
    'Recheck ferritin and the drug list before any change',
    'Recheck ferritin and the drug list ahead of any change',
    'Recheck the ferritin and drug list before any change'
  ],
  // Read 9 gate lists: "try" and "a few weeks" are hedges, so once the trial is done a repeat of
  // it would be the one hedged option; that arm offers a referral ahead of the checks instead.
  // Read 18 (F1#9): "…before checking iron" told the examinee that iron was the missing step, and
  // "see them" was a pronoun slip; the referral now stands on its own.
  'refer-before-checks': [
    'Refer to a neurologist for an assessment',
    'Refer to neurology for a specialist opinion',
    'Ask neurology to assess the legs first'
  ]
}
/** Read 18 (F1#9): the tried arm's key was its only work-up option. Every tried item now offers a
 * second, wrong one: repeating the tests the stem reports as normal, which leaves out ferritin and
 * TSAT. A short and a long form, so the forced foil leaves the key's length rank free. */
const REPEAT_FORMS: readonly [string, string] = [
  'Repeat the blood count and thyroid tests',
  'Repeat the blood count and the thyroid function tests'
]
const REPEAT = 'repeat-count-and-thyroid'

/** The tried arm's foils: the repeat foil plus two more, the key's length rank drawn uniformly. */
function triedFoils(rng: Rng, texts: Record<string, string>): { opts: string[]; rep: number } {
  const keyLength = (texts['move-on-to-iron-and-drugs'] ?? '').length
  const longer = rng.int(0, 3)
  const rep = longer === 0 ? 0 : longer === 3 ? 1 : rng.int(0, 1)
  const want = longer - ((REPEAT_FORMS[rep] ?? '').length > keyLength ? 1 : 0)
  const pool = Object.keys(texts).filter(
    (c) => c !== 'move-on-to-iron-and-drugs' && !NOT_IN.tried.includes(c)
  )
  const others = byLengthRank(
    rng,
    keyLength,
    pool,
    2,
    (c) => (texts[c] ?? '').length,
    () => want
  )
  return { opts: [REPEAT, ...others], rep }
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
/** Wordings that fit one arm's facts only. Once the caffeine has stopped, a foil cannot put a
 * sleep study "before cutting down" (read 7, 85093 #25). Before the trial, three wrong steps are
 * written as trials, in the key's own time-limited register (read 9, 91237 #4: the key was the
 * one hedged, time-limited option beside two bans of one idea and an agonist). */
const ARM_TEXTS: Record<'untried' | 'tried', readonly Record<string, string>[]> = {
  untried: [{}, {}, {}],
  tried: [
    { 'sleep-study-first': 'Book a sleep study before changing anything else' },
    { 'sleep-study-first': 'Arrange a sleep study before making other changes' },
    { 'sleep-study-first': 'Request a sleep study before making another change' }
  ]
}
/** Foils each arm leaves out, because there they would contradict the stem or be defensible. A
 * ban for good and a stricter ban are one idea, so each arm has one of them (read 9, 91237 #4). */
const NOT_IN: Record<'untried' | 'tried', readonly string[]> = {
  untried: [
    'start-gabapentin',
    'move-on-to-iron-and-drugs',
    'stricter-caffeine-ban',
    'refer-before-checks'
  ],
  tried: ['iron-to-raise-ferritin', 'recheck-iron-and-drugs', 'caffeine-for-good', 'caffeine-trial']
}
/** Before the trial, foils written as trials (read 9), at least two in every item, each in a
 * form shorter and a form longer than the key, so any length rank can be reached with them. */
const TRIAL_FORMS: Record<string, readonly [string, string]> = {
  'antihistamine-sleep-aid': [
    'Try a few weeks of an antihistamine at night',
    'Try an antihistamine sleep aid for a few weeks'
  ],
  'start-dopamine-agonist': [
    'Try low-dose pramipexole for a few weeks',
    'Try low-dose pramipexole at night for a few weeks'
  ],
  'iron-to-raise-ferritin': [
    'Try a few weeks of iron to lift the ferritin',
    'Try a few weeks of oral iron to lift the ferritin'
  ],
  // Read 20 (F1#24): with the caffeine over-claim in every item, the recheck of replete iron and a
  // reviewed drug list (read 7, P7) is offered in the trial register, in place of a drug foil.
  'recheck-iron-and-drugs': [
    'Try a recheck of ferritin and the drug list',
    'Try a recheck of ferritin and the drug list first'
  ]
}

/** Read 20 (F1#24): the untried arm's key was its one non-drug option and the one that took up
 * the stem's cola and energy drinks, so a reader with no RLS knowledge picked it. Every untried
 * item now also offers caffeine advice that is wrong for a reason needing the evidence: stopping
 * it as a known trigger, which it is not. It names the cola, not "caffeine", so it takes up
 * the stem's words and the key shares no word with it. A form shorter and one longer than the
 * key per wording family, so the forced foil leaves the key's length rank free. */
const BAN = 'caffeine-for-good'
const BAN_FORMS: readonly (readonly [string, string])[] = [
  ['Cut out cola, which sets off RLS', 'Advise stopping the cola, since it sets off RLS'],
  ['Give up the cola, which triggers RLS', 'Advise giving up the cola drinks, as they trigger RLS'],
  [
    'Drop the cola, a recognised cause of RLS',
    'Advise dropping the cola, as it is a recognised RLS cause'
  ]
]

/** Three untried-arm foils: the caffeine over-claim and two trial-shaped drug foils, as "code" or
 * "code~form" (the form chosen), with the number longer than the key drawn by lot (0–3), so the
 * key's length rank stays uniform. */
function untriedFoils(rng: Rng, texts: Record<string, string>, wording: number): string[] {
  const key = (texts['caffeine-trial'] ?? '').length
  const pool = Object.keys(texts).filter(
    (c) => c !== 'caffeine-trial' && c !== BAN && !NOT_IN.untried.includes(c) && TRIAL_FORMS[c]
  )
  const sets: string[][] = []
  const withForms = (set: string[], at: number, acc: string[]) => {
    if (at === set.length) {
      sets.push(acc)
      return
    }
    const c = set[at] as string
    if (TRIAL_FORMS[c]) for (const f of [0, 1]) withForms(set, at + 1, [...acc, `${c}~${f}`])
    else withForms(set, at + 1, [...acc, c])
  }
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++)
      for (const b of [0, 1]) withForms([pool[i], pool[j]] as string[], 0, [`${BAN}~${b}`])
  const want = rng.int(0, 3)
  const longer = (set: string[]) =>
    set.filter((c) => (untriedText(texts, c, wording) ?? '').length > key).length
  const fit = sets.filter((set) => longer(set) === want)
  return rng.pick(fit.length > 0 ? fit : sets)
}

/** The text of an untried-arm foil written as "code" or "code~form". */
function untriedText(
  texts: Record<string, string>,
  entry: string,
  wording: number
): string | undefined {
  const [code, form] = entry.split('~') as [string, string | undefined]
  if (form === undefined) return texts[code]
  if (code === BAN) return (BAN_FORMS[wording] ?? BAN_FORMS[0])?.[Number(form)]
  return TRIAL_FORMS[code]?.[Number(form)]
}

export const caffeineTrial: Template = {
  id: 'lifestyle-caffeine-trial',
  family: '26',
  section: 'lifestyle-sleep',
  title: 'Caffeine: a reasonable trial, not a proven trigger',
  generate(rng) {
    const arm = rng.pick(['untried', 'tried'] as const)
    const key = arm === 'untried' ? 'caffeine-trial' : 'move-on-to-iron-and-drugs'
    const sex = pickSex(rng)
    const wording = rng.int(0, 2)
    const texts = { ...textsOf(wording), ...ARM_TEXTS[arm][wording] }
    const tried = arm === 'tried' ? triedFoils(rng, texts) : undefined
    const opts = tried ? tried.opts : untriedFoils(rng, texts, wording)
    if (tried) texts[REPEAT] = REPEAT_FORMS[tried.rep === 1 ? 1 : 0]
    const params = {
      arm,
      sex,
      age: rng.int(26, 72),
      cups: rng.int(4, 7),
      months: rng.int(3, 6),
      job: rng.int(0, 2),
      opts: opts.join('+'),
      rep: tried?.rep ?? 0,
      lead: rng.int(0, 1),
      wording
    }
    const p = person(params.age, sex)
    // Day jobs only (read 16, 155303 #40): a lorry driver or a night-shift worker told to drop
    // caffeine "from lunchtime on" raises alertness at work, which the item does not address.
    const jobs = [
      'works long day shifts as a hospital porter',
      'runs a busy café',
      'teaches at a secondary school'
    ]
    // Read 9 (P6): lifestyle-counselling's coffee form told heavy coffee, replete iron and a clean
    // drug review in one order; here the story comes as a sleep diary, the caffeine as cola and
    // energy drinks, and the checks as the practice's bloods and a pharmacist's review.
    const caffeine =
      arm === 'untried'
        ? `{She} ${jobs[params.job]} and gets through ${params.cups} cans of cola or energy drink a day, the last two after 4 pm.`
        : `Convinced that coffee was the cause, {she} gave it up completely ${params.months} months ago; the evenings are no better, and {she} is frustrated.`
    const stem = fill(
      [
        arm === 'untried'
          ? `${p.a} brings a two-week sleep diary to the practice: on most evenings an urge to move {her} legs, eased by walking, keeps {him} from sleep, and it has been getting worse for a year.`
          : `${p.a} describes an urge to move {her} legs most evenings, relieved by walking, that has made {her} sleep worse over the past year.`,
        caffeine,
        arm === 'untried'
          ? 'Blood tests at the practice last month showed a morning ferritin of 186 ng/mL with a TSAT of 32%, and the pharmacist has been through {her} prescriptions and over-the-counter products and found nothing that aggravates RLS.'
          : '{Her} last blood tests, two years ago, were a blood count and thyroid function, both normal, and {she} takes no prescribed medicines.'
      ].join(' '),
      p
    )
    const question =
      params.lead === 0 ? 'What is the most appropriate advice?' : 'Which response is the best one?'
    const why = (code: string): string => {
      switch (code) {
        case 'caffeine-trial':
          return arm === 'untried'
            ? 'with heavy late-day caffeine, a few weeks without it is a reasonable, low-cost trial that may also help sleep, offered as an experiment rather than the removal of a proven cause; iron is already replete.'
            : `that trial has already been done for ${params.months} months without benefit, so repeating it adds nothing.`
        case 'move-on-to-iron-and-drugs':
          return arm === 'tried'
            ? 'the caffeine trial has answered its question; the correctable contributors that have not been checked are iron status (ferritin and TSAT) and the medication list, including over-the-counter sleep aids.'
            : 'there has been no caffeine trial yet, and the iron studies are already known to be replete.'
        case 'caffeine-for-good':
          return 'caffeine is not a proven trigger or cause of RLS (a large cohort found no association with it), so advice that presents stopping it as removing a known cause overstates the evidence; a time-limited trial, offered as an experiment, answers the question for this patient.'
        case 'stricter-caffeine-ban':
          return `${params.months} months without coffee has not helped; a stricter ban treats caffeine as a proven trigger, which it is not, and delays the checks that matter.`
        case 'antihistamine-sleep-aid':
          return 'even for a few weeks, sedating first-generation antihistamines, the usual over-the-counter sleep aids, are recognised aggravators of RLS.'
        case 'start-dopamine-agonist':
          // Read 18 (F1#6): generic, so it does not give mechanism-in-practice's augmentation key.
          return 'standard use of dopamine agonists such as pramipexole for RLS is now suggested against because of the long-term worsening of RLS they can cause, and the correctable contributors come first.'
        case 'iron-to-raise-ferritin':
          return 'a ferritin of 186 ng/mL with TSAT 32% is above the thresholds for iron therapy (ferritin ≤75 ng/mL or TSAT <20%), so iron is not indicated.'
        // Read 18 (F1#14): these two rationales no longer state the general rule that RLS is a
        // clinical diagnosis, which knowledge-diagnosis keys.
        case 'refer-before-checks':
          return 'nothing here needs a specialist yet: the simple work-up, ferritin and TSAT and the medication list, has not been done, and it comes before any referral.'
        case REPEAT:
          return 'the blood count and thyroid function were normal two years ago and neither measures iron stores; what has never been checked is ferritin and TSAT, with a review of every medicine and over-the-counter product.'
        case 'recheck-iron-and-drugs':
          return 'ferritin and TSAT were measured last month and are replete, and the pharmacist has reviewed the medicines, over-the-counter products included; what has not been tried is the late-day caffeine.'
        case 'start-gabapentin':
          return 'gabapentin is a first-line RLS drug, but ferritin and TSAT have not been measured and the medication list has not been reviewed; those correctable contributors come before a long-term drug.'
        default:
          return arm === 'tried'
            ? 'the story already fits RLS and nothing suggests a second sleep disorder, so a sleep study adds nothing; what has not been checked is iron status and the medication list.'
            : 'the story already fits RLS and nothing suggests a second sleep disorder, so a sleep study adds nothing; what has not been tried is the late-day caffeine.'
      }
    }
    // The untried arm's trial-shaped foils carry their chosen form ("code~form") in `opts`.
    const shown = { ...texts }
    for (const entry of opts)
      shown[entry.split('~')[0] as string] = untriedText(texts, entry, wording) ?? ''
    const options = statementOptions(
      key,
      opts.map((e) => e.split('~')[0] as string),
      shown,
      why
    )
    const explanation =
      arm === 'untried'
        ? 'Caffeine is often blamed for RLS, but the evidence is thin: a large prospective cohort found no association. Avoiding it is still a reasonable, low-cost trial, especially with heavy late-day intake that also disturbs sleep, framed as an experiment rather than the removal of a proven trigger.'
        : `Caffeine is often blamed for RLS, but the evidence is thin: a large prospective cohort found no association, and this patient's own ${params.months}-month trial has shown no benefit. The work-up moves on to what is known to matter and has not been checked: ferritin and TSAT, and a medication review that includes over-the-counter products.`
    return {
      params,
      claims: arm === 'untried' ? ['L2'] : ['L2', 'T2', 'P2'],
      difficulty: 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'Frame caffeine avoidance as a reasonable trial rather than a proven cure, and move on to iron and medicines when the trial has not helped.',
      explanation,
      evidenceNote: claimById.get('L2')?.evidenceNote ?? null,
      references: ['aasm2024', 'batoolanwar2016'],
      facts: { kind: 'lifestyle', topic: 'caffeine', trialDone: arm === 'tried' }
    }
  }
}

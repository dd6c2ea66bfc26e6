// Alcohol in RLS counselling (brief §5): the evidence is mixed, so advice on RLS grounds is a
// suggestion to limit evening drinking for moderate drinkers; intake above safe limits is advised
// against on health grounds whatever it does to the RLS. Both framings are offered in every item.
import { claimById } from '../../content/claims'
import type { Template } from '../types'
import { lengthRankMiss, pickCodes, statementOptions, wordingFamily } from '../kit/statements'
import { byLengthRank } from '../kit/choices'
import type { Rng } from '../../rng'
import { fill, person, pickSex, seconds } from '../kit/people'

// Every foil is advice a clinician might really give, in the keys' own register: a plain
// instruction with no hedge or absolute word, of the keys' length (read-through 5, P1: no
// absolute-only, absurd or nightcap straw man). Some foils belong to one arm only: reassurance
// and "unrelated" are errors only above safe limits (two dry evenings a week is the right
// advice's twin for a moderate drinker), and referral, abstinence for the RLS and "protects" are
// written for a moderate drinker. Lengths sit on both sides of each key.
// Three wordings of every code, one family drawn per item (read 2.16, P1/P6: one key text per arm,
// so a returning learner met the same key again). Each family keeps the lengths on both sides of
// each key and no key echoes the stem's words ("alcohol", "evenings", "drinks").
const WORDINGS: Record<string, readonly [string, string, string]> = {
  // Read 9 (91237 #37): key and one foil both opened "Offer a trial of…", and the key was the
  // short hedged one. The key is now a plain instruction with its review, like the other options
  // (the trial framing lives in the rationale and explanation), and no foil shares its opening.
  'trial-less-evening': [
    'Advise drinking less late in the day, then review',
    // 2.18.6 (most-steps): the review step in one family only, and two-step foils beside it,
    // so "the option that does the most" no longer finds the key (+49.5 in this arm).
    'Advise easing off late in the day for four weeks',
    // Read 22 (F1#36): "Advise less to drink after dark over six weeks" was not English.
    'Advise drinking less after dark for six weeks'
  ],
  // Read 20 (F1#16): "Urge cutting down for health, whatever RLS does" read clumsily.
  // Read 21 (F1#34): "Urge cutting down" is not English. "Press for", not "Advise", which the
  // moderate arm's key and foils open with.
  'cut-down-for-health': [
    'Press for cutting down for health, whatever the RLS',
    'Press to cut down for health, whatever the RLS does',
    'Push for less drinking for health, whatever the RLS'
  ],
  // Read 20 (F1#16, MAJOR): the heavy arm offered no option with the misconception it teaches
  // against (alcohol as an established cause), so common sense alone found the key. Always
  // offered there; the false reason is in the option, so it is wrong in substance.
  'stop-as-recognised-cause': [
    'Recommend stopping alcohol, a recognised cause of RLS',
    'Recommend quitting alcohol, a known cause of RLS',
    'Tell the patient to stop alcohol, a recognised trigger of RLS'
  ],
  'abstain-for-rls': [
    'Advise stopping alcohol and reassess once the RLS settles',
    'Advise giving up alcohol so that the legs settle',
    'Advise quitting alcohol so that the RLS calms down'
  ],
  // Read 16 (155303 #26): "Keep drinking as before; alcohol is unrelated" at 30 drinks a week was
  // no clinician's plan. The error now has the reason one might give: cohorts that found less RLS
  // in drinkers (batoolanwar2016), read as licence for any amount.
  'alcohol-unrelated': [
    'Keep drinking as before; cohorts find less RLS',
    'Carry on drinking as before; cohorts show less RLS',
    'Keep the usual drinking; cohorts find less RLS'
  ],
  'treat-after-abstinence': [
    'Defer RLS treatment until drinking stops',
    'Hold RLS treatment until the drinking stops',
    'Put off RLS treatment until alcohol stops'
  ],
  'reassure-amount': [
    'Reassure that this much drinking is of little concern',
    'Reassure that this level of drinking is of little concern',
    'Reassure that drinking this much is of little concern'
  ],
  'refer-before-treating': [
    'Refer to an alcohol service before RLS care',
    'Refer to alcohol services before treating RLS',
    'Send to an alcohol service before RLS care'
  ],
  'moderate-protects': [
    'Say moderate drinking helps protect the legs',
    'Say moderate drinking protects the legs',
    'Say a moderate intake helps protect the legs'
  ],
  'trial-then-treat': [
    'Ask for a dry month first, then start the RLS treatment',
    'Ask for a month off alcohol, then start RLS treatment',
    'Request a dry month first, then begin RLS treatment'
  ],
  'promise-cure': [
    'Promise that cutting back on drinking settles the legs',
    'Promise that less drinking sets the legs right again',
    'Promise that cutting down on alcohol settles the RLS'
  ],
  'two-dry-evenings': [
    'Advise two alcohol-free evenings a week for the legs',
    'Advise two dry evenings each week for the legs',
    'Advise two evenings a week without alcohol for the RLS'
  ],
  // Iron and the drug list are already known here, so the habitual "check iron" step is wrong in
  // this template (read 7, P7: across templates it was the key whenever it was offered).
  'recheck-iron-and-drugs': [
    'Recheck iron and the drug list first',
    'Recheck the iron tests and drug list first',
    'Recheck the iron and drug list, then review'
  ],
  // Heavy-arm foils that cut nothing or make cutting optional (read 15, 147209 #9: with the
  // evening trial and two dry evenings gone from that arm, the key needs foils either side of it).
  'same-amount-earlier': [
    'Keep the same amount, but finish drinking by early evening',
    'Keep the same amount, but drink it in the afternoon',
    'Drink the same amount, but finish it well before bedtime'
  ],
  'cut-for-a-month': [
    'Ease off for a month, then return to the usual amount',
    'Ease off for a month, then go back to the old amount',
    'Drink less for a month, then resume the usual amount'
  ],
  // A short foil that does not wait on the drinking, so a moderate-drinker item whose measured
  // foil is the waiting one still has two shorter foils to draw (the key's rank stays uniform).
  'drinks-diary-first': [
    'Request a drinks diary before advising',
    'Get a drinks diary, then review before advising',
    'Start a drinks diary before giving advice'
  ]
}
/** The texts of one wording family (0..2). */
const textsOf = (family: number): Record<string, string> => wordingFamily(WORDINGS, family)
/** Foils that make RLS care wait on the drinking: at most one per item, or two options share one
 * action (read 7, 85093 #39: "trial of stopping before treatment" beside "defer treatment"). */
const WAITS = ['treat-after-abstinence', 'refer-before-treating', 'trial-then-treat'] as const
/** Foils that are not offered in an arm (a second answer there, or a foil written for the other). */
const NOT_IN_ARM = {
  moderate: [
    'stop-as-recognised-cause',
    'reassure-amount',
    'alcohol-unrelated',
    'two-dry-evenings',
    'same-amount-earlier',
    'cut-for-a-month'
  ],
  heavy: [
    // The stem already reports both (read 20, F1#16: the stem refuted it).
    'recheck-iron-and-drugs',
    'stop-as-recognised-cause',
    'abstain-for-rls',
    'refer-before-treating',
    'moderate-protects',
    'trial-then-treat',
    // Above safe limits a diary is a fair part of a plan to cut down, so not a foil there.
    'drinks-diary-first',
    // Nor is less evening drinking or two dry evenings: each is advice to cut down, wrong only
    // in its reason, which the option does not state (read 15, 147209 #9: two defensible
    // answers).
    'trial-less-evening',
    'two-dry-evenings'
  ]
} as const
// For a moderate drinker every item offers one of these: as measured in tone as the key ("offer
// a trial", "helps") but wrong in substance, one shorter than the key and one longer (read 6,
// 83267 #16: the key was the one measured option beside three extremes). Still no hedge or
// absolute word, as for every option here (read-through 5, P1).
const MEASURED_FOILS = ['moderate-protects', 'trial-then-treat'] as const
// The moderate sentences are this template's own: lifestyle-counselling has gin, beer with the
// news and whisky after supper (read 7, P7: both said "a glass of wine with dinner").
const PATTERNS = {
  moderate: [
    ['a small glass of wine while cooking on', 'evenings a week'],
    ['a bottle of beer after work on', 'evenings a week']
  ],
  heavy: [
    ['about a bottle of wine on', 'evenings a week'],
    ['five or six pints of beer on', 'evenings a week']
  ]
} as const

/** Three foils for the heavy arm: the misconception foil always, two more drawn so the key's
 * length rank (options longer than it) is uniform and no two options tie at an extreme. */
function heavyFoils(
  rng: Rng,
  key: string,
  TEXTS: Record<string, string>
): { codes: string[]; form: number } {
  const len = (code: string): number => (TEXTS[code] ?? '').length
  const forced = 'stop-as-recognised-cause'
  const forms = WORDINGS[forced] ?? []
  const want = rng.int(0, 3)
  let best: { miss: number; codes: string[]; form: number } | null = null
  for (let i = 0; i < 36; i++) {
    // The misconception's wording is drawn with the set (its three lengths let the key reach
    // every rank); the other options keep the item's wording family.
    const form = i % forms.length
    const lenOf = (c: string): number => (c === forced ? (forms[form] ?? '').length : len(c))
    const codes = [forced, ...pickCodes(rng, key, TEXTS, 2, NOT_IN_ARM.heavy)]
    const miss = lengthRankMiss(len(key), codes.map(lenOf), want)
    if (!best || miss < best.miss) best = { miss, codes, form }
    if (miss === 0) break
  }
  const chosen = best as { codes: string[]; form: number }
  return { codes: chosen.codes, form: chosen.form }
}

/** Three foils for the moderate arm, one of them measured, with the key's length rank uniform. */
function moderateFoils(rng: Rng, key: string, TEXTS: Record<string, string>): string[] {
  const len = (code: string): number => (TEXTS[code] ?? '').length
  const keyLength = len(key)
  const longer = rng.int(0, 3)
  const measured = MEASURED_FOILS.filter((c) =>
    longer === 0 ? len(c) < keyLength : longer === 3 ? len(c) > keyLength : true
  )
  const forced = rng.pick(measured)
  // One waiting foil at most: the measured one when it waits, else one of the others by lot.
  const waiting = rng.pick(WAITS.filter((c) => c !== 'trial-then-treat'))
  const rest = Object.keys(TEXTS).filter(
    (c) =>
      c !== key &&
      !(MEASURED_FOILS as readonly string[]).includes(c) &&
      !(NOT_IN_ARM.moderate as readonly string[]).includes(c) &&
      (!(WAITS as readonly string[]).includes(c) ||
        (c === waiting && forced !== 'trial-then-treat'))
  )
  const want = longer - (len(forced) > keyLength ? 1 : 0)
  const others = byLengthRank(rng, keyLength, rest, 2, len, () => want)
  return Object.keys(TEXTS).filter((c) => c === forced || others.includes(c))
}

export const alcoholIntake: Template = {
  id: 'lifestyle-alcohol-intake',
  family: '26',
  section: 'lifestyle-sleep',
  title: 'Alcohol and RLS: the advice depends on how much',
  generate(rng) {
    const arm = rng.pick(['moderate', 'heavy'] as const)
    const key = arm === 'moderate' ? 'trial-less-evening' : 'cut-down-for-health'
    const sex = pickSex(rng)
    const wording = rng.int(0, 2)
    const TEXTS = textsOf(wording)
    const heavy = arm === 'heavy' ? heavyFoils(rng, key, TEXTS) : null
    const opts = heavy ? heavy.codes : moderateFoils(rng, key, TEXTS)
    if (heavy)
      TEXTS['stop-as-recognised-cause'] = WORDINGS['stop-as-recognised-cause']?.[heavy.form] ?? ''
    const params = {
      arm,
      sex,
      age: rng.int(30, 76),
      pattern: rng.int(0, PATTERNS[arm].length - 1),
      frame: rng.int(0, 1),
      evenings: arm === 'moderate' ? rng.int(3, 6) : rng.int(5, 7),
      asks: rng.int(0, 1),
      opts: opts.join('+'),
      lead: rng.int(0, 1),
      wording,
      // The misconception foil's own wording (heavy arm), drawn with the option set.
      mis: heavy ? heavy.form : 0
    }
    const p = person(params.age, sex)
    const [what, per] = PATTERNS[arm][params.pattern] ?? PATTERNS.moderate[0]
    const weekly =
      arm === 'moderate'
        ? params.evenings
        : params.pattern === 0
          ? params.evenings * 5
          : Math.round(params.evenings * 5.5 * 1.6)
    const stem = fill(
      [
        `${p.a} with RLS on most evenings is reviewed in primary care; {her} ferritin and TSAT are above the RLS treatment thresholds and {she} takes no aggravating medicines.`,
        params.frame === 0
          ? `{She} drinks ${what} ${params.evenings} ${per} (about ${weekly} standard drinks a week).`
          : `By {her} own count {she} has ${what} ${params.evenings} ${per}, some ${weekly} standard drinks a week.`,
        params.asks === 0
          ? '{She} asks whether alcohol has anything to do with the legs.'
          : '{She} has read that alcohol triggers RLS and asks what {she} should do.'
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most appropriate advice about alcohol?'
        : 'How is alcohol best addressed here?'
    const why = (code: string): string => {
      switch (code) {
        case 'trial-less-evening':
          return arm === 'moderate'
            ? 'at this moderate intake the evidence on alcohol and RLS is mixed, so limiting evening drinking is offered as a low-cost trial, not as the cure for a proven cause.'
            : `about ${weekly} drinks a week is above safe limits; framing the advice as an optional RLS trial understates it, because cutting down is advised on health grounds whatever it does to the RLS.`
        case 'cut-down-for-health':
          return arm === 'heavy'
            ? `about ${weekly} drinks a week is above safe limits, so cutting down is advised on health grounds whatever the effect on the RLS; the RLS evidence is mixed and is not the reason.`
            : `about ${weekly} drinks a week is within the usual low-risk guidance, so urging a cut on health grounds overstates the risk; the fair advice here is a trial of less evening alcohol for the legs.`
        case 'alcohol-unrelated':
          return 'the cohort findings of less RLS in drinkers are mixed evidence about RLS, not a licence for this amount; an intake above safe limits has to be addressed for health reasons whatever the RLS.'
        case 'stop-as-recognised-cause':
          return `alcohol is not an established cause of RLS (the studies are mixed, some finding less RLS in drinkers); at about ${weekly} drinks a week cutting down is advised on health grounds, and the RLS adds no reason of its own.`
        case 'abstain-for-rls':
          return `alcohol is not an established cause of RLS, so giving it up cannot be promised to settle the legs; at about ${weekly} drinks a week the fair advice is a trial of less evening alcohol.`
        case 'refer-before-treating':
          return `about ${weekly} drinks a week is within safe limits, so there is nothing for an alcohol service to treat, and RLS care does not wait on the drinking.`
        case 'trial-then-treat':
          return `a trial of less evening alcohol is fair at about ${weekly} drinks a week, but alcohol is not an established cause of RLS, so the usual RLS care does not wait on giving it up.`
        case 'moderate-protects':
          return 'one cohort found moderate drinking linked with a lower risk of developing RLS; that is an association about who develops RLS, not evidence that drinking protects or relieves the legs.'
        case 'promise-cure':
          return 'alcohol is not an established cause of RLS, so a cure cannot be promised; less evening alcohol is offered as a trial, and the usual RLS care goes on.'
        case 'two-dry-evenings':
          return `about ${weekly} drinks a week is above safe limits; a token change framed around the legs understates it, because cutting down is advised on health grounds whatever the RLS.`
        case 'same-amount-earlier':
          return `about ${weekly} drinks a week is above safe limits whenever in the day it is drunk; moving it earlier leaves the health risk as it was, and alcohol is not an established cause of RLS.`
        case 'cut-for-a-month':
          return `about ${weekly} drinks a week is above safe limits, so cutting down is advised for good on health grounds, not as a month's trial for the legs.`
        case 'reassure-amount':
          return `about ${weekly} drinks a week is above safe limits; reassurance would miss the health risk, which is advised on whatever the RLS.`
        case 'drinks-diary-first':
          return `the intake is already clear, about ${weekly} drinks a week and within the usual low-risk guidance, so a diary adds nothing; a trial of less evening alcohol can be offered now.`
        case 'recheck-iron-and-drugs':
          return 'ferritin and TSAT are already known to be above the treatment thresholds and no aggravating medicines are taken, so repeating those checks adds nothing; the question here is the alcohol.'
        case 'treat-after-abstinence':
          return 'alcohol is not an established cause, so RLS care does not wait on abstinence; the drinking is addressed in its own right.'
        default:
          return 'alcohol is not an established cause of RLS; the evidence is mixed, so abstinence is not advised on RLS grounds (above safe limits it is advised on health grounds).'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    const explanation =
      arm === 'moderate'
        ? `Evidence on alcohol and RLS is mixed: some cohorts find no link, and one large prospective cohort found moderate drinking associated with a lower risk. For a moderate drinker like this one (about ${weekly} drinks a week), limiting evening alcohol is reasonable to try, framed as a trial rather than the removal of a proven cause.`
        : `Evidence on alcohol and RLS is mixed, so the RLS is not the main reason to act here. About ${weekly} drinks a week is above safe limits, and that is advised against on health grounds whatever the RLS: the advice is to cut down, said plainly, with support offered.`
    return {
      params,
      claims: ['L1'],
      difficulty: 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'Counsel on alcohol in RLS in proportion: a trial of less evening alcohol for moderate drinkers, and health-based advice to cut down when intake is above safe limits.',
      explanation,
      evidenceNote: claimById.get('L1')?.evidenceNote ?? null,
      references: ['aasm2024', 'batoolanwar2016'],
      facts: {
        kind: 'lifestyle',
        topic: 'alcohol',
        drinksPerWeek: weekly,
        aboveSafeLimits: arm === 'heavy'
      }
    }
  }
}

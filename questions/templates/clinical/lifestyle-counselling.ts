// Family 11: counselling on alcohol, caffeine and untreated sleep apnoea in the brief's safe
// framing (L1–L3): limiting evening alcohol and caffeine is common advice, not a cure for a proven
// cause; untreated OSA is addressed alongside RLS care but is not an established cause.
import type { Rng } from '../../rng'
import type { Template } from '../types'
import { factOptions, parallelOptions, type Choice, type Fact } from '../parallel'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening, rlsStory } from './vignette'
import { bodyAfter, choose } from './explain'
import { fill } from '../kit/people'

type Topic = 'alcohol' | 'caffeine' | 'osa'

/** What the patient asks, and the facts that answer it (the only ones keyed for that ask): the
 * key is the teaching the question raises, never a side fact beside the main teaching written as
 * negated foils (read 7, 85093 #16: the key was a stopgap sedative the stem never raised). */
interface Ask {
  text: string
  keys: readonly string[]
  /** A keyed fact of this ask only, not in the topic's grid (read 20, F1#21). */
  own?: Fact
  /** Wrong answers to this ask in particular, one offered per item (read 9, 91237 #13: to
   * "must treatment wait?" only the key answered the question, beside foils that overclaimed
   * with "often"). Their false forms are the foils; the true forms are never keyed. */
  foils?: readonly Fact[]
}

/** Wrong answers to "does treatment wait until the habit stops?": a set interval, or a set
 * amount, before RLS care starts (mutually exclusive conditions), so the key is not the one
 * option that answers the question. Hedged ("generally"), as a careful clinician might put it,
 * so every set keeps a foil as measured as a careful key (read 6, 83267 #3). */
function waitFoils(habit: 'alcohol' | 'coffee'): Fact[] {
  const free = habit === 'alcohol' ? 'a dry month' : 'two coffee-free weeks'
  const over = habit === 'alcohol' ? 'a dry month is over' : 'two coffee-free weeks are over'
  const less =
    habit === 'alcohol' ? 'drinking is down to weekends' : 'coffee is down to one cup a day'
  const what =
    habit === 'alcohol'
      ? 'alcohol is not an established cause'
      : 'caffeine is not an established trigger'
  const interval = `${what}, so RLS care does not wait for ${free}; cutting back can run alongside it.`
  const amount = `${what}, so RLS care is not held back until ${less}; the usual care goes ahead now.`
  return [
    {
      code: `${habit}-wait-interval`,
      true: [`RLS care need not wait for ${free}`],
      false: [
        `RLS treatment generally starts once ${over}`,
        `Treatment for the legs is generally begun after ${free}`
      ],
      whyTrue: interval,
      whyFalse: interval
    },
    {
      code: `${habit}-wait-amount`,
      true: [`RLS care need not wait until ${less}`],
      false: [
        `RLS treatment generally starts once ${less}`,
        `Treatment for the legs generally begins when ${less}`
      ],
      whyTrue: amount,
      whyFalse: amount
    }
  ]
}

const LIMIT_TRIAL: Fact = {
  code: 'alcohol-limit-trial',
  true: [
    'Drinking less is a reasonable trial to offer',
    'Cutting down evening drinks is a reasonable trial to offer',
    'Drinking less in the evening is a reasonable trial to offer'
  ],
  // Every false form of this fact and of "care goes on" is hedged, so each item offers a
  // foil as careful in tone as the key but wrong in substance (read 6, 83267 #3: the key
  // was the one balanced statement and every foil an extreme).
  false: [
    'Drinking less generally settles the legs in weeks',
    'Cutting down evening drinks tends to settle the legs in weeks',
    'Drinking less in the evening often ends the RLS within weeks'
  ],
  whyTrue:
    'limiting evening alcohol is common, low-cost advice in RLS and may help sleep; it is offered as a trial, not as a proven remedy.',
  whyFalse:
    'alcohol is not an established cause, so less drinking cannot be promised as a cure; it is offered as a trial.'
}

/** Read 20 (F1#21): to "should I keep up the evening drink for the RLS?" the key was "Some
 * cohorts tied drinking to lower risk, not relief", a telegraphic, narrow cohort claim under "with
 * confidence", and the practical answer was not offered. The key is now what the patient is told:
 * a drink is not a treatment for RLS, and a few weeks without it is a reasonable trial. Its foils
 * are the two over-claims (alcohol causes RLS; moderate drinking relieves it) and a promised
 * cure, not the "hold treatment until the drinking stops" foil of lifestyle-alcohol-intake. */
const ALCOHOL_NOT_A_TREATMENT: Fact = {
  code: 'alcohol-drink-not-remedy',
  // No hedge word ("trial", "try"): each foil has one or two, and a hedged key was the most
  // hedged option. Forms short and long enough to reach either end of the foils' length band.
  true: [
    // Read 21 (F1#37): "pause it" was curt and undersold the trial.
    'Alcohol does not treat RLS, so a month without it is sensible',
    'A drink does not treat RLS; a month off is sensible',
    'Alcohol does not treat RLS; a dry month is worth a go',
    'The drink is not a treatment for RLS; a month without it is sensible'
  ],
  false: [
    'A drink eases RLS, so keeping it up is reasonable',
    'Moderate drinking relieves RLS, so the evening drink can stay',
    'The drink relaxes the legs, so it is worth keeping up for the RLS'
  ],
  whyTrue:
    'alcohol is not a recognised treatment for RLS, and limiting evening alcohol is common, low-cost advice that may also help sleep; a few weeks without the drink is offered as a trial, not as a promised cure.',
  whyFalse:
    'alcohol is not a recognised treatment for RLS; the cohort finding of a lower risk among moderate drinkers describes who develops RLS, not what relieves it.'
}

interface Counsel {
  facts: readonly Fact[]
  /** How the patient's habit or problem is described, in several wordings (read 7, P7: one
   * drinking sentence was shared with lifestyle-alcohol-intake). */
  habits: readonly ((n: number) => string)[]
  asks: readonly Ask[]
  /** Forms written in three matched length bands (short, middle, long) for key and foils alike,
   * drawn independently of which option is the key (parallelOptions budget 0). */
  banded?: boolean
  amount: (rng: Rng) => number
  claims: string[]
  references: string[]
}

// Each topic is a fact grid (templates/parallel.ts): the keyed statement and the distractors are
// true and minimally altered false forms of the same sentences.
const COUNSEL: Record<Topic, Counsel> = {
  alcohol: {
    // Moderate drinking only: above safe limits the advice is a health matter whatever the RLS.
    amount: (rng) => rng.int(3, 5),
    // Spirits and beer at home, in this template's own words: lifestyle-alcohol-intake has the
    // wine-while-cooking and beer-after-work sentences (read 7, P7).
    habits: [
      (n) => `{She} has a gin and tonic before dinner on ${n} evenings a week.`,
      (n) => `{She} drinks a small bottle of beer with the evening news ${n} times a week.`,
      (n) => `{She} has a small whisky after supper on ${n} nights a week.`
    ],
    asks: [
      // "Will giving it up cure the legs?" is answered by the cause and the trial, not by "care goes
      // on", which has its own ask (read 8, 88651 #16: the key did not answer the question asked).
      {
        text: '{She} has read online that alcohol causes RLS and asks whether giving it up will cure the legs.',
        keys: ['alcohol-not-established-cause', 'alcohol-limit-trial']
      },
      {
        text: 'A friend has told {him} that alcohol is behind RLS; {she} asks whether stopping would make the legs go away.',
        keys: ['alcohol-not-established-cause', 'alcohol-limit-trial']
      },
      {
        text: '{She} asks whether treatment for {her} legs has to wait until {she} has stopped drinking.',
        keys: ['alcohol-care-goes-on'],
        foils: waitFoils('alcohol')
      },
      // The cohort finding is keyed only where the patient asks about it.
      {
        text: '{She} has heard that an evening drink relaxes the legs and asks whether {she} should keep it up for the RLS.',
        keys: ['alcohol-drink-not-remedy'],
        own: ALCOHOL_NOT_A_TREATMENT,
        foils: [LIMIT_TRIAL]
      }
    ],
    // Two registers, two facts each, so every option set holds both and neither marks the key:
    // advice (what to tell the patient) and evidence (what studies show). Cutting down is advice,
    // never "the evidence supports" (read-through 5, P1/P4; brief §1 L1, §5). The false forms are
    // four different errors, not three ways of saying "alcohol causes RLS": a cause, a promised
    // cure, care deferred until the drinking stops, and drinking read as protective.
    facts: [
      {
        code: 'alcohol-not-established-cause',
        true: [
          'Studies have not shown that alcohol causes RLS',
          'Cohort studies have not shown that drinking alcohol causes RLS'
        ],
        // Read 18 (F1#37): "…does cause RLS" was an emphatic throwaway; the claim a patient
        // really meets is that alcohol can bring RLS on.
        false: [
          'Studies have shown that alcohol can cause RLS',
          'Cohort studies have shown that drinking alcohol can bring on RLS',
          // Hedged like a careful key but wrong in substance (read 6, 83267 #3: the key was the
          // only hedged statement and every foil an extreme).
          // Read 16 (155303 #32): "often the main cause" was implausible.
          'Studies suggest alcohol is often a direct cause of RLS'
        ],
        whyTrue:
          'alcohol is not an established cause of RLS: the cohorts are mixed, and some find no association or a lower risk with moderate drinking.',
        whyFalse:
          'alcohol is not an established cause of RLS; some cohorts find no association, or a lower risk, with moderate drinking.'
      },
      LIMIT_TRIAL,
      {
        code: 'alcohol-care-goes-on',
        // Read 18 (F1#37): "The usual RLS care for the legs goes ahead with or without alcohol"
        // was redundant and the longest option; the forms now say what goes ahead.
        true: [
          'RLS care need not wait until the drinking stops',
          'RLS care starts now, while the drinking goes on',
          'RLS assessment and treatment need not wait on the drinking'
        ],
        false: [
          'RLS care can wait until the drinking has stopped',
          'RLS care is best left to wait until the drinking can stop',
          'The usual RLS care can wait until drinking has stopped for a month'
        ],
        whyTrue:
          'alcohol is not an established cause, so assessment and treatment of the RLS do not wait on the drinking.',
        whyFalse:
          'alcohol is not an established cause, so RLS care does not wait on abstinence; a trial of less evening alcohol can run alongside it.'
      },
      {
        code: 'alcohol-association-not-remedy',
        true: [
          'Some cohorts linked moderate drinking with less RLS, not with relief',
          'Some cohorts tied moderate drinking to lower risk, not to relief',
          'Some cohorts linked drinking with lower risk, not relief'
        ],
        false: [
          'Some cohorts found that moderate drinking relieves the legs',
          'Some cohorts found that an evening drink eases the legs',
          'Some cohorts found a drink eases the legs'
        ],
        whyTrue:
          'a lower risk of developing RLS among moderate drinkers is an association in a cohort, not evidence that drinking relieves symptoms.',
        whyFalse:
          'the cohorts describe who develops RLS, not what relieves it; a lower risk among moderate drinkers is no reason to drink for the legs.'
      }
    ],
    claims: ['L1'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  caffeine: {
    amount: (rng) => rng.int(3, 6),
    habits: [
      (n) => `{She} drinks ${n} cups of coffee a day, the last one mid-afternoon.`,
      (n) => `{She} gets through ${n} mugs of strong coffee a day, the last after the evening meal.`
    ],
    asks: [
      // Each ask keys only the facts that answer it (read 8, 88651 #16: "must he give up coffee?"
      // was keyed "care goes ahead with or without the coffee", which does not answer it; §5: the
      // answer is that cutting back is a reasonable low-cost trial).
      {
        text: '{She} has heard that caffeine triggers RLS and asks whether {she} must give up coffee.',
        keys: ['caffeine-cut-back-trial']
      },
      {
        // Not "what the studies actually show": the key "Studies have not shown…" echoed it (read 11, 116047 #5).
        text: '{She} has read that coffee sets off RLS and asks whether there is good evidence for it.',
        keys: ['caffeine-no-cohort-link', 'caffeine-not-proven-trigger']
      },
      {
        text: '{She} asks whether treatment for {her} legs has to wait until {she} has cut out coffee.',
        keys: ['caffeine-care-goes-on'],
        foils: waitFoils('coffee')
      }
    ],
    // As for alcohol: two advice and two evidence facts, each false form a different error.
    facts: [
      {
        code: 'caffeine-no-cohort-link',
        true: [
          'A large cohort found no link between coffee and RLS',
          'A large cohort found coffee drinkers had RLS as often as others',
          'A large cohort found no link between caffeine and new RLS',
          'A large cohort found coffee probably does not raise RLS risk'
        ],
        false: [
          'Studies have not yet looked at coffee as a cause of RLS',
          'Studies of coffee and RLS have so far been too small to judge',
          'A large cohort found caffeine raises RLS risk',
          'A large cohort found coffee probably protects against RLS'
        ],
        whyTrue:
          'a large prospective cohort found no association between caffeine intake and incident RLS.',
        whyFalse:
          'a large prospective cohort did look, and found no association either way between caffeine and incident RLS: neither harm nor protection.'
      },
      {
        code: 'caffeine-cut-back-trial',
        true: [
          'Less coffee is worth trying, not a cure',
          'Cutting back coffee is a reasonable trial to offer',
          'Cutting back coffee is worth trying, not a promised cure',
          'Avoiding coffee after midday may help, though it is no cure'
        ],
        // Hedged and denying false forms here and in the evidence facts, so neither a careful
        // tone nor a "not" marks the key (read 12, 124309 #22; read 13, 131071 #3).
        false: [
          'Less coffee leaves sleep and RLS unchanged',
          'Cutting back coffee does not help sleep or RLS',
          'Avoiding coffee after midday tends to cure RLS within weeks',
          'Cutting back coffee cures RLS within a few weeks'
        ],
        whyTrue:
          'avoiding caffeine later in the day is a reasonable, cheap experiment and may help sleep; it is advice, not the removal of a proven trigger.',
        whyFalse:
          'cutting back caffeine is a reasonable, low-cost trial that may help sleep; no study shows that it cures RLS.'
      },
      {
        code: 'caffeine-not-proven-trigger',
        true: [
          'Studies have not shown caffeine triggers RLS',
          'Studies have left caffeine unproven as an RLS trigger',
          'Studies have not shown that caffeine is a trigger of RLS',
          'Studies suggest caffeine is probably not an RLS trigger'
        ],
        false: [
          'Studies have not shown that caffeine disturbs sleep',
          'Studies have not linked caffeine with poorer sleep',
          'Studies have shown that caffeine is a true trigger of RLS',
          'Studies suggest caffeine is probably the main RLS trigger'
        ],
        whyTrue:
          'caffeine is not an established trigger of RLS, so avoiding it is advice to try, not the removal of a proven cause.',
        whyFalse:
          'caffeine is not an established trigger of RLS, though it does disturb sleep; the evidence supports a trial of cutting back, no more.'
      },
      {
        code: 'caffeine-care-goes-on',
        true: [
          'RLS care goes ahead with or without the coffee',
          'The usual RLS care goes ahead with or without the coffee'
        ],
        false: [
          'RLS care should not start while the coffee goes on',
          'RLS care can wait until the coffee has stopped',
          'The usual RLS care can wait until the coffee has stopped for a month'
        ],
        whyTrue:
          'caffeine is not an established trigger, so assessment and treatment of the RLS do not wait on the coffee.',
        whyFalse:
          'caffeine is not an established trigger, so RLS care does not wait on giving it up; a trial of cutting back can run alongside it.'
      }
    ],
    claims: ['L2'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  osa: {
    banded: true,
    amount: (rng) => rng.int(11, 18),
    habits: [
      (n) =>
        `{Her} partner reports loud snoring and pauses in {her} breathing at night; {she} dozes off easily during the day, with an Epworth Sleepiness Scale score of ${n}.`,
      (n) =>
        `{Her} partner has watched {him} stop breathing for several seconds at a time between loud snores, and {she} nods off whenever {she} sits to read (Epworth score ${n}).`
    ],
    asks: [
      {
        text: '{She} asks whether the breathing problem matters while the RLS is being treated.',
        keys: ['address-osa-alongside']
      },
      {
        text: '{She} wonders whether the breathing problem is what sets off {her} legs.',
        keys: ['osa-not-a-cause']
      }
    ],
    // Every form, true or false, carries one hedge and no absolute, so wording does not sort the
    // options: the foils are as careful in tone as the key and wrong in substance (read 7, 85093
    // #16: the teaching appeared only as "Defer", "established trigger" and "can wait" foils).
    // No foil is about a step the stem does not raise (the sedating antihistamine was one).
    facts: [
      {
        code: 'address-osa-alongside',
        true: [
          'Assess the likely apnoea now, beside the RLS care',
          'Assess the likely apnoea now, in step with the RLS care',
          'The likely apnoea is worth assessing now, beside the RLS care'
        ],
        false: [
          'Assess the likely apnoea once the RLS has settled',
          'Assess the likely apnoea after the RLS care has settled',
          'The likely apnoea is worth assessing once the RLS has settled'
        ],
        whyTrue:
          'sleep apnoea is likely here, and it harms sleep and daytime function whatever the legs do, so it is assessed now, as part of good RLS care.',
        whyFalse:
          'snoring, witnessed pauses and daytime sleepiness point to sleep apnoea, which needs assessing now, not after the RLS.'
      },
      {
        code: 'osa-not-a-cause',
        true: [
          'Apnoea can coexist with RLS, and not be its cause',
          'Sleep apnoea can sit beside RLS without being its cause',
          'The apnoea can sit alongside the RLS, without being the cause'
        ],
        false: [
          'Apnoea is often the hidden cause of RLS like this',
          'Sleep apnoea is often the hidden cause of RLS like this',
          'The apnoea is often what is setting off the legs in the night'
        ],
        whyTrue:
          'the evidence supports treating sleep apnoea as part of management, not as the cause of the legs; it is assessed because it harms sleep.',
        whyFalse:
          'sleep apnoea is not an established cause of RLS; it is assessed because it harms sleep and daytime function.'
      },
      {
        code: 'osa-legs-may-persist',
        true: [
          'CPAP may help sleep; the legs need their own care',
          'Treating the apnoea may help sleep; the legs need care too',
          'Treating the apnoea may help sleep; the legs need their own care'
        ],
        false: [
          'CPAP often settles the legs within about a month',
          'Treating the apnoea often settles the legs within weeks',
          'Treating the apnoea often settles the leg symptoms in a month'
        ],
        whyTrue: 'CPAP treats the apnoea; it should not be promised as a cure for RLS.',
        whyFalse:
          'sleep apnoea is not an established cause of RLS, so its treatment should not be expected to settle the legs; the RLS care goes on alongside it.'
      },
      {
        code: 'osa-sleepiness-points-to-apnoea',
        true: [
          'Dozing by day probably reflects the apnoea as well',
          'Sleepiness this marked probably points to the apnoea',
          'Daytime sleepiness probably comes from the apnoea, not the RLS'
        ],
        false: [
          'Dozing by day probably reflects broken RLS nights',
          'Sleepiness this marked probably reflects the RLS itself',
          'The daytime sleepiness probably results from broken RLS sleep'
        ],
        whyTrue:
          'RLS delays sleep but seldom makes people this sleepy by day; with loud snoring and witnessed pauses, the apnoea is the likely cause.',
        whyFalse:
          'RLS delays sleep but seldom makes people this sleepy by day; with loud snoring and witnessed pauses, an Epworth score this high points to sleep apnoea, which needs assessing.'
      },
      {
        code: 'osa-pauses-are-apnoea',
        true: [
          'Those pauses probably come from apnoea, not the legs',
          'The pauses probably reflect apnoea, not the leg movements',
          'The breathing pauses probably reflect apnoea, not leg movements'
        ],
        false: [
          'Those pauses are probably arousals from leg jerks',
          'The pauses are probably arousals from the leg movements',
          'The breathing pauses are probably arousals from leg movements'
        ],
        whyTrue:
          'loud snoring with witnessed pauses is the picture of obstructive apnoea; leg movements in sleep do not stop the breathing.',
        whyFalse:
          'loud snoring with witnessed pauses is the picture of obstructive apnoea; leg movements in sleep cause arousals, not pauses in breathing, so the apnoea still needs assessing.'
      }
    ],
    claims: ['L3'],
    references: ['aasm2024']
  }
}

// The explanation opens on the topic, not with the key's rationale, which the learner has just
// read beside the option (read 6, 83267 #3: the explanation opened by repeating the rationale).
const OPENERS: Record<Topic, readonly string[]> = {
  alcohol: [
    'On alcohol, what can be offered is a trial of advice, not the removal of a proven cause.',
    'Drinking less is worth a try in RLS, but the evidence does not make alcohol a cause.',
    'The honest answer on alcohol is that cutting down may help sleep and is not a promised cure.'
  ],
  caffeine: [
    'On caffeine, what can be offered is a trial of advice, not the removal of a proven trigger.',
    'Cutting back coffee is worth a try in RLS, but the evidence does not make caffeine a trigger.',
    'The honest answer on coffee is that cutting back may help sleep and is not a promised cure.'
  ],
  osa: [
    'Snoring, witnessed pauses and daytime sleepiness call for an apnoea assessment in their own right.',
    'Likely sleep apnoea is worked up alongside the RLS, not after it and not as its explanation.',
    'The breathing problem matters now, for sleep and daytime function, whatever happens to the legs.'
  ]
}

/** The advice-and-evidence sentences of an alcohol or caffeine explanation. */
function counselBody(topic: 'alcohol' | 'caffeine', keyCode: string): string[] {
  const evidence =
    topic === 'alcohol'
      ? 'Alcohol has not been shown to cause RLS, and one large cohort found moderate drinking linked with a lower risk.'
      : 'A large prospective cohort found no association between caffeine and developing RLS.'
  // The opener already frames cutting down as advice to try, so the advice is not said again.
  return keyCode.endsWith('not-remedy')
    ? [
        evidence,
        'A lower risk among moderate drinkers describes who develops RLS, not what relieves it.'
      ]
    : [evidence]
}

/** A fact grid whose forms sit in matched length bands: the key's true form and the foils' false
 * forms are drawn by lot, independently of which is the key, so every option is as likely as any
 * other to be the longest, the shortest or in the middle (read 7: with the key fixed per ask, the
 * rank search over lengths and shared words left it at an extreme). */
function bandedOptions(rng: Rng, facts: readonly Fact[], keyCode: string) {
  const key = facts.find((f) => f.code === keyCode) as Fact
  const pool: Choice[] = facts
    .filter((f) => f !== key)
    .map((f) => ({ code: `not-${f.code}`, texts: f.false, rationale: `Incorrect: ${f.whyFalse}` }))
  const asKey: Choice = { code: key.code, texts: key.true, rationale: `Correct: ${key.whyTrue}` }
  return { ...parallelOptions(rng, asKey, pool, 4, '', 0), key }
}

/** A grid item for an ask with its own wrong answers (`Ask.foils`): the key, one of those
 * answers by lot, and the false forms of the topic's two evidence statements, so the set keeps
 * two advice and two evidence statements (read-through 5, P1/P4) and the key is not the only
 * option that answers the question asked (read 9, 91237 #13). */
function askedOptions(rng: Rng, facts: readonly Fact[], foils: readonly Fact[], keyCode: string) {
  const key = facts.find((f) => f.code === keyCode) as Fact
  const falseOf = (f: Fact): Choice => ({
    code: `not-${f.code}`,
    texts: f.false,
    rationale: `Incorrect: ${f.whyFalse}`
  })
  const evidence = facts.filter((f) => f !== key && EVIDENCE.test(f.true[0] ?? ''))
  const pool = [rng.pick(foils), ...evidence].map(falseOf)
  const asKey: Choice = { code: key.code, texts: key.true, rationale: `Correct: ${key.whyTrue}` }
  return { ...parallelOptions(rng, asKey, pool, 4, '', 400, 1, [], true), key }
}
/** Evidence statements of a topic's grid (what studies show), as against advice. */
const EVIDENCE = /^(Studies|Cohort studies|Some cohorts|A large( prospective)? cohort)\b/

const CHECKED = [
  'Iron studies last month were above the treatment thresholds and {her} medication list contains nothing that worsens RLS.',
  'Ferritin and TSAT were recently checked and are above the thresholds for iron therapy; {she} takes no drugs known to aggravate RLS.',
  'A recent morning ferritin was 160 ng/mL with TSAT 31%, and a medication review found no aggravating drugs.'
] as const

export const lifestyleCounselling: Template = {
  id: 'lifestyle-counselling',
  family: '11',
  section: 'lifestyle-sleep',
  title: 'Counselling on alcohol, caffeine and untreated sleep apnoea',
  generate(rng) {
    const topic = rng.pick(['alcohol', 'caffeine', 'osa'] as const)
    const c = COUNSEL[topic]
    const p = makePatient(rng, topic === 'osa' ? 40 : 28, 76)
    const n = c.amount(rng)
    const setting = rng.pick(SETTINGS)
    const story = rlsStory(rng, p)
    const checked = rng.int(0, CHECKED.length - 1)
    const habit = rng.int(0, c.habits.length - 1)
    const ask = rng.int(0, c.asks.length - 1)
    const asked = c.asks[ask] as Ask
    const said = `${(c.habits[habit] as (n: number) => string)(n)} ${asked.text}`
    const stem = `${opening(p, setting)} with RLS that meets the diagnostic criteria. ${story.text} ${fill(CHECKED[checked] ?? '', p)} ${fill(said, p)}`
    const keyCode = rng.pick(asked.keys)
    const { options, form, key } = c.banded
      ? bandedOptions(rng, c.facts, keyCode)
      : asked.foils
        ? askedOptions(rng, asked.own ? [...c.facts, asked.own] : c.facts, asked.foils, keyCode)
        : factOptions(rng, c.facts, 4, keyCode, '')
    const opener = choose(OPENERS[topic], stem, 'counsel-open')
    // Read 18 (F1#37): "best supported by the evidence" did not fit an ask answered by a
    // management statement ("does treatment have to wait?"), so those asks get a reply lead.
    const lead = rng.pick(
      asked.foils
        ? ['What is the best reply?', 'Which statement can you make to {him} with confidence?']
        : [
            'Which statement can you make to {him} with confidence?',
            'Which statement is best supported by the evidence?'
          ]
    )
    return {
      params: {
        topic,
        n,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        story: story.phrasing,
        checked,
        habit,
        ask,
        form,
        lead
      },
      claims: c.claims,
      difficulty: key.code.includes('no-cure') || key.code.includes('legs') ? 1 : 2,
      estimatedSeconds: 70,
      stem,
      question: fill(lead, p),
      options,
      objective:
        topic === 'osa'
          ? 'Address untreated obstructive sleep apnoea alongside RLS care without presenting it as a cause of RLS.'
          : `Counsel about ${topic} in RLS as reasonable advice to try, without presenting it as an established cause.`,
      explanation: `${opener} ${bodyAfter(
        opener,
        topic === 'osa'
          ? [
              'Untreated obstructive sleep apnoea should be assessed and treated in a patient with RLS because both disturb sleep and daytime function.',
              'The evidence supports this as part of management; it does not show that sleep apnoea causes RLS.',
              'CPAP should not be promised as a cure for the legs.'
            ]
          : [
              // Each point once: the opener (the key's reason) is not said again in other words
              // (read-through 5: the first two sentences said the same thing).
              ...counselBody(topic, key.code),
              'Counselling should not promise a cure or delay the usual assessment of iron status and medications.',
              topic === 'alcohol'
                ? 'Drinking above safe limits would be advised against on health grounds, whatever the RLS.'
                : ''
            ]
      )}`,
      evidenceNote: evidenceFor(c.claims),
      references: c.references,
      facts: { topic, amount: n, ironChecked: true, aggravatingDrugs: [], age: p.age, sex: p.sex }
    }
  }
}

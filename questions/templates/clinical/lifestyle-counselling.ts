// Family 11: counselling on alcohol, caffeine and untreated sleep apnoea in the brief's safe
// framing (L1–L3): limiting evening alcohol and caffeine is common advice, not a cure for a proven
// cause; untreated OSA is addressed alongside RLS care but is not an established cause.
import type { Rng } from '../../rng'
import type { Template } from '../types'
import { factOptions, type Fact } from '../parallel'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening, rlsStory } from './vignette'
import { bodyAfter } from './explain'
import { fill } from '../kit/people'

type Topic = 'alcohol' | 'caffeine' | 'osa'

interface Counsel {
  facts: readonly Fact[]
  prompt: (n: number) => string
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
    prompt: (n) =>
      `{She} has a glass of wine with dinner on ${n} evenings a week and has read online that alcohol causes RLS. {She} asks whether giving it up will cure the legs.`,
    // Every statement, true or false, is a claim about what studies show, so the key is not the
    // one option worded as evidence; the foils are real misreadings, not absurdities (read-
    // through of 2.8.0, P2).
    facts: [
      {
        code: 'alcohol-not-established-cause',
        true: [
          'Studies have not shown that alcohol causes RLS',
          'Cohort studies have not shown that drinking alcohol causes RLS'
        ],
        false: [
          'Studies have shown that alcohol does cause RLS',
          'Cohort studies have shown that drinking alcohol does cause RLS'
        ],
        whyTrue:
          'the evidence is mixed, and some cohorts find no association or a lower risk with moderate drinking; alcohol is not an established cause.',
        whyFalse:
          'alcohol is not an established cause of RLS; some cohorts find no association, or a lower risk, with moderate drinking.'
      },
      {
        code: 'alcohol-limit-trial',
        true: [
          'The evidence supports limiting evening alcohol as a trial',
          'The evidence supports cutting down evening drinks as a trial'
        ],
        false: [
          'The evidence supports a bedtime drink to help the legs rest',
          'The evidence supports a drink at bedtime to settle the legs'
        ],
        whyTrue:
          'limiting evening alcohol is common advice in RLS, and may help sleep, though it is not a proven cure.',
        whyFalse:
          'alcohol at bedtime fragments sleep later in the night; the usual advice is to limit evening alcohol.'
      },
      {
        // Not "check iron now": the stem says iron and medicines were checked last month.
        code: 'alcohol-moderate-no-link',
        true: [
          'Several cohorts found no link between moderate drinking and RLS',
          'Several cohorts found moderate drinking was not linked with RLS'
        ],
        false: [
          'Several cohorts found moderate drinking doubles the risk of RLS',
          'Several cohorts found moderate drinking was linked with more RLS'
        ],
        whyTrue:
          'some cohorts find no association, or even a lower risk, with moderate drinking, which is one reason alcohol is not an established cause.',
        whyFalse:
          'no such risk is established; some cohorts find no association, or a lower risk, with moderate drinking.'
      },
      {
        code: 'alcohol-no-cure-promise',
        true: [
          'Studies support stopping as a trial, not as a promised cure',
          'Studies support giving up wine as a trial, not as a cure'
        ],
        false: [
          'Studies show that stopping settles the legs within a few weeks',
          'Studies show that giving up wine settles the legs for good'
        ],
        whyTrue:
          'promising a cure would overstate the evidence and can delay looking at iron, medications and treatment.',
        whyFalse:
          'alcohol is not an established cause; promising a cure sets up disappointment and delays proper assessment.'
      }
    ],
    claims: ['L1'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  caffeine: {
    amount: (rng) => rng.int(3, 6),
    prompt: (n) =>
      `{She} drinks ${n} cups of coffee a day, the last one mid-afternoon, and has heard that caffeine triggers RLS. {She} asks whether {she} must give up coffee.`,
    // As for alcohol: one evidential register for every option, and plausible misreadings.
    facts: [
      {
        code: 'caffeine-no-cohort-link',
        true: [
          'A large cohort found no link with new RLS',
          'A large prospective cohort found no link between caffeine and new RLS'
        ],
        false: [
          'A large cohort found a doubled risk of new RLS',
          'A large prospective cohort found caffeine doubles the risk of new RLS'
        ],
        whyTrue:
          'a large prospective cohort found no association between caffeine intake and incident RLS.',
        whyFalse:
          'no such risk is established; the large cohort that looked found no association with incident RLS.'
      },
      {
        code: 'caffeine-cut-back-trial',
        true: [
          'The evidence supports cutting back as a trial',
          'The evidence supports cutting back coffee as a trial, not a cure'
        ],
        false: [
          'The evidence shows cutting back treats the RLS',
          'The evidence shows that cutting back coffee settles RLS for good'
        ],
        whyTrue:
          'avoiding caffeine later in the day is a reasonable, cheap experiment and may help sleep.',
        whyFalse:
          'no study shows that cutting back caffeine cures RLS; it is a reasonable trial, not a treatment of a cause.'
      },
      {
        code: 'caffeine-not-proven-trigger',
        true: [
          'Studies have not shown caffeine triggers RLS',
          'Studies have not shown that caffeine is a trigger of RLS'
        ],
        false: [
          'Studies have shown that caffeine triggers RLS',
          'Studies have shown that caffeine is a true trigger of RLS'
        ],
        whyTrue: 'avoiding it is advice to try, not the removal of an established trigger.',
        whyFalse:
          'caffeine is not an established trigger; the evidence supports a trial of cutting back, no more.'
      },
      {
        code: 'caffeine-no-cure-promise',
        true: [
          'Studies do not support promising a cure from stopping coffee',
          'Studies do not support promising that giving up coffee cures RLS'
        ],
        false: [
          'Studies show that stopping coffee settles the legs within weeks',
          'Studies show that giving up coffee settles the legs for good'
        ],
        whyTrue:
          'a cure would overstate the evidence; iron status, medications and treatment still matter.',
        whyFalse: 'caffeine is not an established trigger, so a cure cannot be promised.'
      }
    ],
    claims: ['L2'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  osa: {
    amount: (rng) => rng.int(11, 18),
    prompt: (n) =>
      `{Her} partner reports loud snoring and pauses in {her} breathing at night; {she} dozes off easily during the day, with an Epworth Sleepiness Scale score of ${n}. {She} asks whether the breathing problem matters while the RLS is being treated.`,
    facts: [
      {
        code: 'address-osa-alongside',
        true: [
          'Assess the likely sleep apnoea alongside the RLS care',
          'Arrange a sleep apnoea assessment now, alongside the RLS care'
        ],
        false: [
          'Defer the likely sleep apnoea until the RLS is settled',
          'Arrange a sleep apnoea assessment once the RLS has settled'
        ],
        whyTrue:
          'untreated obstructive sleep apnoea harms sleep and daytime function and is addressed as part of good RLS care.',
        whyFalse:
          'snoring, witnessed apnoeas and daytime sleepiness point to sleep apnoea, which needs assessing now.'
      },
      {
        code: 'osa-not-a-cause',
        true: [
          'Sleep apnoea is not an established cause of RLS',
          'Sleep apnoea often accompanies RLS but is not an established cause'
        ],
        false: [
          'Sleep apnoea is an established cause of RLS',
          'Sleep apnoea often causes RLS and is an established trigger of it'
        ],
        whyTrue:
          'the evidence supports treating OSA as part of management, not as the cause of the legs.',
        whyFalse:
          'sleep apnoea is not an established cause of RLS; it is addressed because it harms sleep.'
      },
      {
        code: 'osa-legs-may-persist',
        true: [
          'Treating apnoea helps sleep; the legs are a separate matter',
          'CPAP should help sleep, while the leg symptoms need their own care'
        ],
        false: [
          'Treating apnoea should settle the legs within weeks',
          'CPAP should settle the leg symptoms, so the RLS care can wait'
        ],
        whyTrue: 'CPAP treats the apnoea; it should not be promised as a cure for RLS.',
        whyFalse:
          'sleep apnoea is not an established cause, so its treatment should not be expected to cure the legs.'
      },
      {
        code: 'osa-no-sedating-antihistamine',
        true: [
          'A sedating antihistamine is a poor stopgap until testing',
          'A sedating antihistamine at night can worsen both while testing waits'
        ],
        false: [
          'A sedating antihistamine is a sensible stopgap until testing',
          'A sedating antihistamine at night can bridge the wait for testing'
        ],
        whyTrue:
          'sedating first-generation antihistamines can worsen RLS, and sedatives are unhelpful in untreated apnoea.',
        whyFalse:
          'sedating first-generation antihistamines such as diphenhydramine can worsen RLS and do not help sleep apnoea.'
      }
    ],
    claims: ['L3'],
    references: ['aasm2024']
  }
}

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
    const { options, form, key } = factOptions(rng, c.facts, 4)
    const opener = `${key.whyTrue.charAt(0).toUpperCase()}${key.whyTrue.slice(1)}`
    const lead = rng.pick([
      'Which statement can you make to {him} with confidence?',
      'Which statement is best supported by the evidence?'
    ])
    const antihistamine = options.some((x) => x.code.includes('antihistamine'))
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
        form,
        lead
      },
      claims: antihistamine ? [...c.claims, 'D3'] : c.claims,
      difficulty: key.code.includes('no-cure') || key.code.includes('legs') ? 1 : 2,
      estimatedSeconds: 70,
      stem: `${opening(p, setting)} with RLS that meets the diagnostic criteria. ${story.text} ${fill(CHECKED[checked] ?? '', p)} ${fill(c.prompt(n), p)}`,
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
              `Patients with RLS are commonly advised to limit evening ${topic === 'alcohol' ? 'alcohol' : 'caffeine'} and to see whether symptoms and sleep improve.`,
              {
                text: `That is sensible, cheap advice, but it is advice: ${topic === 'alcohol' ? 'alcohol has not been shown to cause RLS' : 'a large prospective cohort found no association between caffeine and developing RLS'}.`,
                instead:
                  'That is sensible, cheap advice, but it is advice, not the removal of a cause.'
              },
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

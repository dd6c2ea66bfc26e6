// Family 11: counselling on alcohol, caffeine and untreated sleep apnoea in the brief's safe
// framing (L1–L3): limiting evening alcohol and caffeine is common advice, not a cure for a proven
// cause; untreated OSA is addressed alongside RLS care but is not an established cause.
import type { Rng } from '../../rng'
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { statementOptions, type Distractor } from './options'
import { SETTINGS, fill, makePatient, opening, rlsStory, type Patient } from './vignette'

type Topic = 'alcohol' | 'caffeine' | 'osa'

interface Counsel {
  key: Distractor
  wrong: readonly Distractor[]
  prompt: (p: Patient, n: number) => string
  amount: (rng: Rng) => number
  claims: string[]
  references: string[]
}

const d = (
  code: string,
  text: string,
  why: string | ((p: Patient, n: number) => string)
): Distractor => ({
  code,
  text,
  why: typeof why === 'string' ? () => why : why
})

const COUNSEL: Record<Topic, Counsel> = {
  alcohol: {
    amount: (rng) => rng.int(2, 4),
    prompt: (_p, n) =>
      `{She} drinks ${n} glasses of wine most evenings and has read online that alcohol causes RLS. {She} asks whether giving up drinking will cure it.`,
    key: d(
      'alcohol-limit-advice',
      'Cutting down evening alcohol is reasonable to try, but alcohol has not been shown to cause RLS',
      'limiting evening alcohol is common, low-cost advice and may help sleep, but the evidence does not establish alcohol as a cause of RLS, so it should not be promised as a cure.'
    ),
    wrong: [
      d(
        'alcohol-proven-cause',
        'Alcohol is an established cause of RLS, so stopping will cure the symptoms',
        'alcohol is not an established cause; promising a cure sets up disappointment and can delay looking at iron, medications and treatment.'
      ),
      d(
        'alcohol-irrelevant',
        'Alcohol has no bearing on sleep or RLS, so there is nothing to discuss',
        'dismissing it misses common, low-cost advice; evening alcohol also fragments sleep, which matters to someone already losing sleep to RLS.'
      ),
      d(
        'alcohol-nightcap',
        'A nightcap helps people with RLS fall asleep, so a drink at bedtime is worth encouraging',
        'alcohol at bedtime worsens sleep quality later in the night, and the usual advice in RLS is to limit evening alcohol, not add more.'
      ),
      d(
        'alcohol-first',
        'No other RLS assessment is worthwhile until alcohol has been stopped completely',
        'alcohol is not an established cause, so iron status, medications and sleep still need assessing now rather than after abstinence.'
      )
    ],
    claims: ['L1'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  caffeine: {
    amount: (rng) => rng.int(3, 6),
    prompt: (_p, n) =>
      `{She} drinks ${n} cups of coffee a day, the last one mid-afternoon, and has heard that caffeine triggers RLS. {She} asks whether {she} must give up coffee.`,
    key: d(
      'caffeine-advice-not-cause',
      'Cutting back caffeine, especially later in the day, is reasonable to try, but a large cohort found no link with developing RLS',
      'reducing caffeine is common advice and may help sleep, but a large prospective cohort found no association between caffeine intake and new RLS, so it is advice to try, not a proven trigger to eliminate.'
    ),
    wrong: [
      d(
        'caffeine-proven-trigger',
        'Caffeine is a well-established trigger of RLS; stopping it will resolve the symptoms',
        'caffeine is not an established trigger; a large prospective cohort found no association with incident RLS, so a cure should not be promised.'
      ),
      d(
        'caffeine-doubles-risk',
        'Regular coffee drinkers have about twice the risk of developing RLS, so coffee must stop completely',
        'no such risk is established; the large cohort that looked found no association between caffeine and incident RLS.'
      ),
      d(
        'caffeine-helps',
        'Extra evening coffee may help, because its stimulant effect counters RLS',
        'there is no evidence that caffeine treats RLS, and evening caffeine would make the sleep loss worse.'
      )
    ],
    claims: ['L2'],
    references: ['aasm2024', 'batoolanwar2016']
  },
  osa: {
    amount: (rng) => rng.int(11, 18),
    prompt: (_p, n) =>
      `{Her} partner reports loud snoring and pauses in {her} breathing at night; {she} dozes off easily during the day, with an Epworth Sleepiness Scale score of ${n}. {She} asks whether the breathing problem matters while the RLS is being treated.`,
    key: d(
      'address-osa-alongside',
      'Arrange assessment and treatment of the likely sleep apnoea alongside the RLS care',
      'untreated obstructive sleep apnoea worsens sleep and daytime function and should be addressed as part of good RLS care, even though it is not an established cause of RLS.'
    ),
    wrong: [
      d(
        'osa-is-cause',
        'Sleep apnoea is causing the RLS, so treating it will cure the leg symptoms',
        'sleep apnoea is not an established cause of RLS; treating it helps sleep but should not be expected to cure the legs.'
      ),
      d(
        'osa-defer',
        'Leave the snoring until the RLS is controlled, because the leg symptoms explain the sleepiness',
        (_p, n) =>
          `loud snoring, witnessed apnoeas and an Epworth score of ${n} point to sleep apnoea, which needs assessing now; RLS alone does not explain witnessed pauses in breathing.`
      ),
      d(
        'osa-antihistamine',
        'Add a sedating antihistamine at bedtime to help with both problems',
        'sedating first-generation antihistamines such as diphenhydramine can worsen RLS, and sedatives are unhelpful in untreated sleep apnoea.'
      )
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
    const pick = rng.sample(c.wrong, Math.min(c.wrong.length, rng.int(3, 4)))
    const lead = rng.pick([
      'Which response is best supported by the evidence?',
      'What is the most appropriate advice?'
    ])
    const antihistamine = pick.some((x) => x.code === 'osa-antihistamine')
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
        pick: pick.map((x) => x.code).join('+'),
        lead
      },
      claims: antihistamine ? [...c.claims, 'D3'] : c.claims,
      difficulty: topic === 'osa' ? 1 : 2,
      estimatedSeconds: 70,
      stem: `${opening(p, setting)} with RLS that meets the diagnostic criteria. ${story.text} ${fill(CHECKED[checked] ?? '', p)} ${fill(c.prompt(p, n), p)}`,
      question: lead,
      options: statementOptions(c.key, pick, p, n),
      objective:
        topic === 'osa'
          ? 'Address untreated obstructive sleep apnoea alongside RLS care without presenting it as a cause of RLS.'
          : `Counsel about ${topic} in RLS as reasonable advice to try, without presenting it as an established cause.`,
      explanation:
        topic === 'osa'
          ? 'Untreated obstructive sleep apnoea should be assessed and treated in a patient with RLS because both disturb sleep and daytime function. The evidence supports this as part of management; it does not show that sleep apnoea causes RLS, so CPAP should not be promised as a cure for the legs.'
          : `Patients with RLS are commonly advised to limit evening ${topic === 'alcohol' ? 'alcohol' : 'caffeine'} and to see whether symptoms and sleep improve. That is sensible, cheap advice, but it is advice: ${topic === 'alcohol' ? 'alcohol has not been shown to cause RLS' : 'a large prospective cohort found no association between caffeine and developing RLS'}. Counselling should not promise a cure or delay the usual assessment of iron status and medications.`,
      evidenceNote: evidenceFor(c.claims),
      references: c.references,
      facts: { topic, amount: n, ironChecked: true, aggravatingDrugs: [], age: p.age, sex: p.sex }
    }
  }
}

// Caffeine in RLS counselling (brief §5): avoiding it is a reasonable, low-cost trial, not the
// removal of a proven trigger. In one arm the trial has not been tried (heavy afternoon and evening
// intake); in the other it has been tried for months without change, so the work-up moves on to
// iron and the medication list.
import { claimById } from '../../content/claims'
import type { Template } from '../types'
import { pickCodes, statementOptions } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'

const TEXTS: Record<string, string> = {
  'caffeine-trial': 'Try a few weeks without caffeine after midday',
  'move-on-to-iron-and-drugs': 'Accept the result and check iron and the drug list',
  'caffeine-proven-trigger': 'Advise lifelong avoidance of caffeine as a known trigger',
  'more-coffee-protects': 'Recommend extra caffeine, which protects against this',
  'switch-to-energy-drinks': 'Swap to caffeinated energy drinks, which act differently',
  'decaf-then-sleep-study': 'Switch to decaffeinated drinks and book a sleep study',
  'coffee-at-bedtime': 'Drink coffee only at bedtime',
  'milk-in-coffee': 'Add milk to reduce the caffeine',
  'caffeine-tablets': 'Take caffeine tablets instead'
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
    const opts = pickCodes(rng, key, TEXTS, 3)
    const params = {
      arm,
      sex,
      age: rng.int(26, 72),
      cups: rng.int(4, 7),
      months: rng.int(3, 6),
      job: rng.int(0, 2),
      opts: opts.join('+'),
      lead: rng.int(0, 1)
    }
    const p = person(params.age, sex)
    const jobs = [
      'works night shifts as a paramedic',
      'runs a busy café',
      'is a long-distance lorry driver'
    ]
    const caffeine =
      arm === 'untried'
        ? `{She} ${jobs[params.job]} and drinks ${params.cups} cups of strong coffee a day, the last two after 4 pm.`
        : `Convinced that coffee was the cause, {she} gave it up completely ${params.months} months ago; the evenings are no better, and {she} is frustrated.`
    const stem = fill(
      [
        `${p.a} describes an urge to move {her} legs most evenings, relieved by walking, that has made {her} sleep worse over the past year.`,
        caffeine,
        arm === 'untried'
          ? 'Morning ferritin is 186 ng/mL with a TSAT of 32%, and {she} takes no regular medicines.'
          : 'No blood tests have been done, and {she} has not been asked about medicines bought over the counter.'
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
        case 'caffeine-proven-trigger':
          return 'caffeine is not a proven trigger of RLS; a large cohort found no association with RLS, so lifelong avoidance cannot be promised to help.'
        case 'more-coffee-protects':
          return 'no protective effect of caffeine is established; the large cohort found no association either way.'
        case 'switch-to-energy-drinks':
          return 'energy drinks are another source of caffeine, usually with more of it; the swap makes no sense as a trial.'
        case 'coffee-at-bedtime':
          return 'late caffeine is the most likely to disturb sleep, and moving it to bedtime is the opposite of a trial.'
        case 'milk-in-coffee':
          return 'milk does not remove caffeine; this is not a trial of anything.'
        case 'caffeine-tablets':
          return 'caffeine tablets are the same stimulant in another form.'
        default:
          return 'a sleep study is not needed to diagnose RLS, which is clinical, and nothing here suggests a second sleep disorder.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
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

// Family 5a: recognising augmentation on a dopaminergic RLS drug.
import type { OptionDraft, Template } from '../types'
import {
  AUG_EVIDENCE,
  augmentationStem,
  drawAugmentationItem,
  drawnWrongOptions,
  type AugItemParams
} from './augmentation-story'
import { at, cap, estimateSeconds, fill } from './vignette'

const WRONG = [
  {
    code: 'early-morning-rebound',
    text: 'End-of-dose rebound as each dose wears off',
    why: 'Rebound shows up in the early morning hours as a dose wears off; it does not move the onset into the afternoon or spread symptoms to the arms.'
  },
  {
    code: 'natural-progression',
    text: 'Natural progression of RLS, unrelated to the treatment',
    why: 'RLS can progress slowly over years, but onset moving hours earlier after dose increases, spread to the arms and short-lived benefit from each increase point to a treatment effect.'
  },
  {
    code: 'peripheral-neuropathy',
    text: 'A new peripheral neuropathy',
    why: 'Neuropathy causes stocking-distribution numbness or burning that movement does not relieve; here there is no numbness and the examination is normal.'
  },
  {
    code: 'akathisia',
    text: 'Drug-induced akathisia',
    why: 'Akathisia follows dopamine-blocking drugs, not dopaminergic ones, and is a whole-body restlessness without an evening pattern.'
  }
] as const

const LEADS = [
  'What is the most likely explanation for the change in {her} symptoms?',
  'Which diagnosis best explains the change?',
  'What is happening to {her} RLS?'
] as const

export const augmentationRecognise: Template = {
  id: 'augmentation-recognise',
  family: '5',
  section: 'medications',
  title: 'Recognising augmentation on a dopaminergic drug',
  generate(rng) {
    return render(drawAugmentationItem(rng, LEADS.length))
  }
}

function render(params: AugItemParams) {
  const { p, stem, name, drug } = augmentationStem(params)
  const question = fill(at(LEADS, params.lead), p)
  const options: OptionDraft[] = [
    {
      text: `Augmentation from long-term ${name} treatment`,
      code: 'augmentation',
      correct: true,
      rationale:
        'Earlier onset in the day, spread to the arms and brief benefit from each dose increase after years on a dopaminergic drug are the hallmarks of augmentation.'
    },
    ...drawnWrongOptions(WRONG, params.wrong)
  ]
  const explanation =
    `Augmentation is a worsening of RLS caused by the dopaminergic treatment itself: symptoms start earlier in the day, come on faster at rest, grow more intense and spread to other body parts such as the arms. ` +
    `It develops with long-term use of pramipexole, ropinirole, rotigotine and especially levodopa, and raising the dose makes it worse. ` +
    `${cap(name)} belongs on the medication review of every RLS patient for this reason. Management follows the cause: check iron status and move away from the dopaminergic drug toward an α2δ ligand, under supervision.`
  return {
    params: { ...params },
    claims: ['T5', 'P2'],
    difficulty: 2 as const,
    estimatedSeconds: estimateSeconds(
      [stem, question, ...options.map((o) => o.text)],
      options.length
    ),
    stem,
    question,
    options,
    objective:
      'Recognise augmentation (earlier onset, spread to the arms, brief benefit from dose increases) in a patient on long-term dopaminergic treatment.',
    explanation,
    evidenceNote: AUG_EVIDENCE,
    references: ['aasm2024', 'silber2021'],
    facts: {
      kind: 'augmentation',
      age: p.age,
      sex: p.sex,
      medications: [drug],
      aggravator: drug,
      yearsOnDrug: params.yrs,
      earlierOnset: true,
      spreadToArms: true
    }
  }
}

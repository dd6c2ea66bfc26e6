// Family 5a: what explains the new symptoms of a patient on a dopaminergic RLS drug: augmentation
// (earlier onset, spread to the arms, brief benefit from each increase), end-of-dose rebound
// (levodopa: early-morning return as the dose wears off) or a new peripheral neuropathy (a mimic
// with numbness, burning and sensory signs, beside RLS that is still controlled). The question
// does not presuppose that the RLS itself has changed (read 20, F2#1). The options are parallel
// phrasings (templates/parallel.ts), so the key is found from the story, not from its wording.
import type { Template } from '../types'
import { parallelOptions, type Choice } from '../parallel'
import {
  ironState,
  AUG_EVIDENCE,
  augmentationStem,
  drawAugmentationItem,
  type AugItemParams,
  type AugPicture
} from './augmentation-story'
import { paramsRng } from './drug-options'
import { at } from './vignette'
import { seconds, fill } from '../kit/people'

const TEXTS: Record<string, readonly string[]> = {
  augmentation: [
    'Augmentation caused by the treatment',
    'Treatment-related augmentation of the RLS',
    'Augmentation of the RLS by long-term dopaminergic therapy'
  ],
  'early-morning-rebound': [
    'End-of-dose rebound of the RLS',
    'Rebound of the RLS as each dose wears off',
    'Early-morning rebound as the bedtime dose wears off'
  ],
  'natural-progression': [
    'Natural progression of the RLS',
    'Progression of the RLS with advancing age',
    'Natural worsening of the RLS over the years, on or off medicines'
  ],
  'peripheral-neuropathy': [
    'A new peripheral neuropathy',
    'A length-dependent peripheral neuropathy',
    'A peripheral neuropathy developing alongside the RLS'
  ],
  akathisia: [
    'Drug-induced akathisia',
    'Akathisia brought on by the medication',
    'Akathisia from a drug that acts on dopamine'
  ]
}

const KEY_OF: Record<AugPicture, string> = {
  augmentation: 'augmentation',
  rebound: 'early-morning-rebound',
  neuropathy: 'peripheral-neuropathy'
}

/** Why each option is right or wrong, for the picture the story shows. */
function why(code: string, picture: AugPicture): string {
  const key = KEY_OF[picture]
  if (code === key) {
    if (picture === 'augmentation')
      return 'Correct: earlier onset in the day, spread to the arms and brief benefit from each dose increase after years on a dopaminergic drug are the hallmarks of augmentation.'
    if (picture === 'rebound')
      return 'Correct: symptoms that return in the early morning as a short-acting levodopa dose wears off, without earlier onset in the day or spread, are end-of-dose rebound.'
    return 'Correct: constant numbness and burning in the feet, not relieved by walking, with absent ankle reflexes and reduced vibration sense, point to a peripheral neuropathy, a mimic that can coexist with RLS.'
  }
  switch (code) {
    case 'augmentation':
      return picture === 'rebound'
        ? 'Incorrect: augmentation brings symptoms earlier in the day and spreads them; here they only return in the early morning as the dose wears off.'
        : 'Incorrect: augmentation moves RLS earlier in the day or spreads it; here the evening RLS is controlled and the new symptoms are sensory loss and burning.'
    // Each rebuttal answers what this stem shows (read 7, 85093 #29: afternoon onset and arm
    // spread were rebutted beside a stem that described neither).
    case 'early-morning-rebound':
      return picture === 'neuropathy'
        ? 'Incorrect: rebound is an early-morning return of the RLS as a dose wears off; it does not cause constant numbness and burning with lost reflexes, and the evening RLS here is controlled.'
        : 'Incorrect: rebound is an early-morning return as a dose wears off; it does not move the onset into the afternoon or spread the symptoms to the arms.'
    case 'natural-progression':
      return picture === 'augmentation'
        ? 'Incorrect: RLS can progress slowly over years, but here the change followed the dose increases of the dopaminergic drug, which the natural course does not explain.'
        : picture === 'rebound'
          ? 'Incorrect: RLS can progress slowly over years, but here the symptoms return on the clock of each levodopa dose, which the natural course does not explain.'
          : 'Incorrect: RLS can progress slowly over years, but it does not cause the sensory loss and absent reflexes found on examination here.'
    case 'peripheral-neuropathy':
      return 'Incorrect: neuropathy causes stocking-distribution numbness or burning that movement does not relieve, with sensory signs; here there is no numbness and the examination is normal.'
    default:
      return 'Incorrect: akathisia follows dopamine-blocking drugs, not dopaminergic ones, and is a whole-body restlessness without an evening pattern.'
  }
}

/** Read 18 (F2#1): the objective promises augmentation against end-of-dose rebound, yet the rebound
 * option could be left out. The contrast is always offered: rebound beside an augmentation key,
 * augmentation beside a rebound or neuropathy key. */
const CONTRAST: Record<AugPicture, string> = {
  augmentation: 'early-morning-rebound',
  rebound: 'augmentation',
  neuropathy: 'augmentation'
}

// Read 20 (F2#1): "What explains how {her} RLS has changed?" contradicted the neuropathy key (the
// RLS has not changed; something new has come beside it). Every lead is neutral between the
// three pictures: it asks about the symptoms, not about a change in the RLS.
const LEADS = [
  'What is the most likely explanation for the change in {her} symptoms?',
  'Which diagnosis best explains the change?',
  'What best explains {her} new symptoms?'
] as const

export const augmentationRecognise: Template = {
  id: 'augmentation-recognise',
  family: '5',
  section: 'medications',
  title: 'Augmentation, rebound or a new neuropathy on a dopaminergic drug',
  generate(rng) {
    // The story's draw (drug, doses, iron line, lead) is shared with augmentation-next-step.
    const a = drawAugmentationItem(rng, LEADS.length)
    const roll = rng.int(0, 9)
    // Rebound is a short-acting levodopa phenomenon; other drugs tell augmentation from neuropathy.
    const picture: AugPicture =
      roll < 3 ? 'neuropathy' : roll < 5 && a.drug === 3 ? 'rebound' : 'augmentation'
    return render({ ...a, pic: picture })
  }
}

function render(params: AugItemParams & { pic: AugPicture }) {
  const picture = params.pic
  const { p, stem, name, drug } = augmentationStem(params, picture)
  const question = fill(at(LEADS, params.lead), p)
  const key = KEY_OF[picture]
  const choice = (code: string): Choice => ({
    code,
    texts: TEXTS[code] ?? [code],
    rationale: why(code, picture)
  })
  const others = Object.keys(TEXTS).filter((c) => c !== key)
  const count = params.wrong.split('+').length + 1
  const { options } = parallelOptions(
    paramsRng(params),
    choice(key),
    others.map(choice),
    count,
    stem,
    600,
    1,
    [CONTRAST[picture]]
  )
  const explanation =
    picture === 'augmentation'
      ? `Augmentation is a worsening of RLS caused by the dopaminergic treatment itself: symptoms start earlier in the day, come on faster at rest, grow more intense and spread to other body parts such as the arms. It develops with long-term use of pramipexole, ropinirole, rotigotine and especially levodopa, and raising the dose makes it worse. Dopaminergic drugs are looked at in every RLS review for this reason, and here ${name} is the cause; management moves away from the dopaminergic drug toward an α2δ ligand, under supervision. Iron studies, ${ironState(params.iron)} here, are checked first: low ferritin is a risk factor for augmentation.`
      : picture === 'rebound'
        ? `An early-morning return of symptoms some hours after a bedtime dose of short-acting levodopa is end-of-dose rebound. Unlike augmentation, the onset has not moved earlier in the day and nothing has spread. It still argues for moving away from levodopa, which carries the highest augmentation risk, toward an α2δ ligand; iron studies, ${ironState(params.iron)} here, belong in that review too.`
        : `New constant numbness and burning in the feet that walking does not relieve, with absent ankle reflexes and reduced vibration sense, is a peripheral neuropathy, not a change in the RLS, which remains controlled. Neuropathy is a mimic and a possible association of RLS; it needs its own work-up (for example glucose, B12 and thyroid function). Iron studies, ${ironState(params.iron)} here, would not explain the feet, but a ferritin belongs in the RLS review as well.`
  return {
    params: { ...params },
    claims: picture === 'neuropathy' ? ['S4', 'T4'] : ['T5', 'P2'],
    // Augmentation is the familiar picture; rebound and the neuropathy each need discrimination.
    difficulty: (picture === 'augmentation' ? 2 : 3) as 2 | 3,
    estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length, {
      min: 30
    }),
    stem,
    question,
    options,
    objective:
      'Tell augmentation (earlier onset, spread, brief benefit from dose increases) from end-of-dose rebound and from a new peripheral neuropathy in a patient on dopaminergic treatment.',
    explanation,
    evidenceNote: AUG_EVIDENCE,
    references:
      picture === 'neuropathy' ? ['trenkwalder2016', 'aasm2024'] : ['aasm2024', 'silber2021'],
    facts: {
      kind: 'augmentation',
      picture,
      age: p.age,
      sex: p.sex,
      medications: [drug],
      aggravator: drug,
      yearsOnDrug: params.yrs,
      earlierOnset: picture === 'augmentation',
      spreadToArms: picture === 'augmentation'
    }
  }
}

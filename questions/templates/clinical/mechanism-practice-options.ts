// The answers of mechanism-in-practice, per situation, with their explanation sentences. Every
// answer has two phrasings of one shape; key and distractors carry hedges alike, and no
// distractor uses a word of the absolute-cue list. `{She}` is filled with the patient's pronoun.
import type { Choice } from '../parallel'
import type { Teaching } from './explain'

export type Situation = 'iron-normal-blood-count' | 'agonist-augmentation'

export const ANSWERS: Readonly<Record<Situation, { key: Choice; pool: readonly Choice[] }>> = {
  'iron-normal-blood-count': {
    // Read-through 6 (83267 #39): the key no longer turns the patient's question around, and
    // every distractor is a hedged belief of the same shape, wrong in substance.
    key: {
      code: 'iron-helps-without-anaemia',
      texts: [
        'Iron stores can run low enough to feed RLS before the haemoglobin drops',
        'The legs can respond to iron at this ferritin, which reflects stores, not red cells',
        'RLS can respond to iron while stores are still too high to lower the haemoglobin'
      ],
      rationale:
        'Correct: the AASM 2024 thresholds for iron in RLS (ferritin ≤75 ng/mL or TSAT <20%) apply whatever the haemoglobin, and the trials of iron in RLS treated people who were not anaemic.'
    },
    pool: [
      {
        code: 'iron-prevents-anaemia',
        texts: [
          'Iron is mainly offered to head off the anaemia this ferritin can lead to',
          'Iron can prevent a later anaemia here, and the legs may ease as a side benefit'
        ],
        rationale:
          'Incorrect: the reason to offer iron here is the RLS itself; the thresholds for iron in RLS were set for symptom relief, not to prevent anaemia.'
      },
      {
        code: 'ferritin-means-anaemia',
        texts: [
          'This ferritin can count as a hidden anaemia, though the haemoglobin looks normal',
          'A ferritin at this level is likely an early anaemia that the routine blood count misses'
        ],
        rationale:
          'Incorrect: anaemia is defined by haemoglobin, which is normal here; the ferritin threshold of 75 ng/mL for RLS is a treatment threshold, not a definition of anaemia or of iron deficiency.'
      },
      {
        code: 'iron-any-ferritin',
        texts: [
          'Iron can ease RLS at most ferritin levels, as it raises dopamine',
          'The legs can respond to iron at a high ferritin too, since it boosts dopamine'
        ],
        rationale:
          'Incorrect: iron is indicated for RLS only up to the thresholds (ferritin ≤75 ng/mL or TSAT <20%; IV iron up to 100 ng/mL); above them it is not offered, and it is not a dopamine drug.'
      },
      {
        code: 'iron-through-haemoglobin',
        texts: [
          'Iron can ease RLS by lifting the haemoglobin a little, even from a normal level',
          'The legs can respond to iron through a small rise in a haemoglobin that is already normal'
        ],
        rationale:
          'Incorrect: the benefit of iron in RLS does not come through the haemoglobin, which is normal here; it is tied to iron stores at the RLS thresholds.'
      },
      {
        code: 'iron-placebo',
        texts: [
          'Iron may help here, but with a normal count mostly as a placebo',
          'The legs may respond to iron, but mostly as a placebo, given the normal count'
        ],
        rationale:
          'Incorrect: iron improves RLS beyond placebo in controlled trials when ferritin or TSAT meet the thresholds, with or without anaemia.'
      }
    ]
  },
  // Read 10 (Q1#7): foils that explained only "the arm symptoms" or "the spread" left the key the
  // one option about the whole change; every option now explains the change as a whole.
  'agonist-augmentation': {
    key: {
      code: 'augmentation',
      texts: [
        'This is likely augmentation, a worsening caused by the treatment itself',
        'Years of this treatment can themselves worsen RLS, a change called augmentation',
        'This is likely augmentation, caused by the drug itself',
        'Years of this treatment can themselves make RLS worse, a change known as augmentation'
      ],
      rationale:
        'Correct: earlier onset in the day, faster onset at rest and spread to the arms after years on a dopamine agonist, with each dose rise helping only briefly, is augmentation; AASM 2024 suggests against standard use of dopamine agonists for this reason.'
    },
    pool: [
      {
        code: 'dose-too-low',
        texts: [
          'The dose has likely become too low, and a further rise can restore control',
          '{She} has grown used to the drug, so a higher dose can bring relief back',
          // A named process too, so the key is not the one option naming a term (read 15,
          // 147209 #6: "a change known as augmentation").
          'The drug has lost its effect, a change called tolerance, so a higher dose can help'
        ],
        rationale:
          'Incorrect: raising the agonist dose is what drives augmentation further; each rise here helped only briefly, the typical pattern.'
      },
      {
        code: 'turning-into-parkinson',
        texts: [
          'This is likely the RLS turning into Parkinson disease over time',
          'The whole change is likely early Parkinson disease, which RLS can lead to'
        ],
        rationale:
          'Incorrect: RLS does not turn into Parkinson disease; spread of the urge to the arms on a dopamine agonist is a feature of augmentation.'
      },
      {
        code: 'new-neuropathy',
        texts: [
          'This is likely a new neuropathy, separate from the agonist',
          'The change likely reflects a neuropathy that has developed alongside'
        ],
        rationale:
          'Incorrect: a neuropathy gives numbness or burning that movement does not relieve; an urge to move that spreads to the arms and starts earlier on an agonist is augmentation.'
      },
      {
        code: 'worry-about-symptoms',
        texts: [
          'This is likely anxiety about the RLS, which makes the urge seem wider',
          'Worry about the symptoms can make them seem to start earlier and spread'
        ],
        rationale:
          'Incorrect: earlier onset, faster onset at rest and spread to the arms on a dopamine agonist are the recognised signs of augmentation, not an effect of worry.'
      },
      {
        code: 'dopamine-running-out',
        texts: [
          'The brain is likely running out of dopamine, which the agonist now covers less well',
          'Dopamine neurons are likely being lost, so the agonist covers less each year'
        ],
        rationale:
          'Incorrect: RLS shows no loss of dopamine neurons; dopaminergic function is altered rather than deficient, and the worsening is an effect of the treatment.'
      }
    ]
  }
}

/** An answer that shares a statement with knowledge-mechanism's grid when it is shown. */
export const SHARED_STATEMENT: Readonly<Record<string, string>> = {
  'dopamine-running-out': 'mechanism:dopamine-altered'
}

const wrong = (correct: string[]): Teaching => ({ open: [], teach: [], correct })

export const MECHANISM_CASE_TEACHING: Readonly<Record<string, Teaching>> = {
  'iron-helps-without-anaemia': {
    open: [
      'In RLS, iron is offered for the legs, not for the blood count.',
      'A normal haemoglobin does not rule out iron treatment for RLS.'
    ],
    teach: [
      'AASM 2024 suggests iron for adults with RLS when ferritin is ≤75 ng/mL or TSAT is <20%, whatever the haemoglobin, and a laboratory can flag such a ferritin as normal.',
      'The RLS thresholds sit above the cut-offs general medicine uses for iron deficiency, so many patients who qualify have a normal blood count and a ferritin the laboratory calls normal.',
      // Read 14 (139201 #7): the explanation never named brain iron, the reason iron helps.
      'The leading explanation is low iron in the brain, which serum tests may not reveal, so iron can ease the legs while the blood count stays the same.'
    ],
    correct: []
  },
  'iron-prevents-anaemia': wrong([
    'Preventing anaemia is not the aim here; the RLS symptoms are the reason iron is offered.'
  ]),
  'ferritin-means-anaemia': wrong([
    'Anaemia is a haemoglobin diagnosis; a ferritin below 75 ng/mL with a normal blood count is not anaemia.'
  ]),
  'iron-any-ferritin': wrong([
    'Iron has no place for RLS once ferritin and TSAT are above the thresholds.'
  ]),
  'iron-through-haemoglobin': wrong([
    'The haemoglobin is normal and is not the route of benefit; iron helps RLS through iron stores.'
  ]),
  'iron-placebo': wrong([
    'Controlled trials show a benefit of iron over placebo when the iron thresholds are met.'
  ]),
  augmentation: {
    // Read 9 (91237 #9): the opening, the case sentence and the teaching each listed the signs
    // (earlier, faster, stronger, wider); the case sentence now tells them once, as this
    // patient's, and the opening and teaching say what they do not.
    open: [
      'Worsening on a dopamine agonist is usually the drug, not the disease.',
      'Years on a dopamine agonist can make RLS itself worse: that is augmentation.'
    ],
    teach: [
      'Augmentation is a treatment effect of long-term dopaminergic drugs, more likely with higher doses, longer use and low iron stores, and the main reason AASM 2024 suggests against their standard use.',
      'Because each dose rise gives only brief relief and then further worsening, the usual plan is to check iron and move gradually to an α2δ ligand rather than to raise the agonist again.'
    ],
    correct: []
  },
  'dose-too-low': wrong([
    'A higher agonist dose feeds augmentation; the brief benefit of each rise is part of the pattern.'
  ]),
  'turning-into-parkinson': wrong(['RLS is not a precursor of Parkinson disease.']),
  'new-neuropathy': wrong([
    'A neuropathy would bring numbness or burning that movement does not ease, not an urge to move.'
  ]),
  'worry-about-symptoms': wrong([
    'Worry does not move the onset hours earlier or carry the urge to the arms; augmentation does.'
  ]),
  'dopamine-running-out': wrong([
    'Dopamine neurons are not lost in RLS, so the worsening is not a failing dopamine supply.'
  ])
}

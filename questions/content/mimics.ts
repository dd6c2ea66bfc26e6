// RLS and the conditions that imitate it (clinical brief §4), with the one feature that tells
// each apart. `presentation` is the structured form of that feature: templates copy it into an
// item's facts, and the quality gates classify it with their own rules to recompute the key.

/** The five IRLSSG diagnostic criteria (2012/2014); all five are needed. */
export const irlssgCriteria = [
  {
    id: 'urge',
    text: 'An urge to move the legs, usually with, or caused by, unpleasant leg sensations'
  },
  {
    id: 'rest',
    text: 'The urge begins or worsens during rest or inactivity such as sitting or lying'
  },
  {
    id: 'relief',
    text: 'The urge is partly or totally relieved by movement, for at least as long as the movement continues'
  },
  {
    id: 'evening',
    text: 'The urge is worse in the evening or at night than during the day, or occurs only then'
  },
  {
    id: 'not-explained',
    text: 'The features are not solely accounted for by another medical or behavioural condition (such as cramps, positional discomfort, myalgia, venous stasis, oedema, arthritis or habitual foot tapping)'
  }
] as const

export type CriterionId = (typeof irlssgCriteria)[number]['id']

export type MimicId =
  | 'leg-cramps'
  | 'positional-discomfort'
  | 'akathisia'
  | 'peripheral-neuropathy'
  | 'venous-stasis'
  | 'arterial-claudication'
  | 'arthritis-myalgia'
  | 'habitual-foot-tapping'

export interface Presentation {
  urgeToMove: boolean
  /** Begins or worsens at rest. */
  restProvoked: boolean
  relief: 'sustained-movement' | 'stretching' | 'position-change' | 'elevation' | 'rest' | 'none'
  eveningPredominant: boolean
  distribution: 'legs' | 'calf' | 'whole-body' | 'stocking' | 'joints' | 'feet'
  trigger: 'none' | 'walking' | 'standing' | 'new-d2-blocker' | 'weight-bearing'
  /** Objective sensory loss on examination. */
  sensorySigns: boolean
  /** Any unpleasant sensation at all. */
  discomfort: boolean
}

export const rlsPresentation: Presentation = {
  urgeToMove: true,
  restProvoked: true,
  relief: 'sustained-movement',
  eveningPredominant: true,
  distribution: 'legs',
  trigger: 'none',
  sensorySigns: false,
  discomfort: true
}

export interface Mimic {
  id: MimicId
  name: string
  /** The brief's discriminating feature, in one line. */
  discriminatingFeature: string
  presentation: Presentation
  /** Rationale when this mimic is the answer. */
  whyThis: string
  /** Rationale when it is offered but the case lacks its defining feature. */
  whyNotThis: string
  /** Why RLS is wrong when this mimic is the answer (which criterion fails). */
  rlsFails: string
}

const base = { ...rlsPresentation, urgeToMove: false, eveningPredominant: false }

export const mimics: readonly Mimic[] = [
  {
    id: 'leg-cramps',
    name: 'Nocturnal leg cramps',
    discriminatingFeature:
      'Sudden, painful, hard muscle contraction relieved by forceful stretching; no urge between episodes',
    presentation: { ...base, restProvoked: true, relief: 'stretching', distribution: 'calf' },
    whyThis:
      'Correct: sudden, painful, palpably hard contractions of the calf that release with a forceful stretch, with comfortable legs in between, are nocturnal cramps.',
    whyNotThis:
      'Cramps are sudden, painful, hard contractions released by forceful stretching; no such episodes are described.',
    rlsFails:
      'The legs are comfortable at rest between episodes, and relief comes from a forceful stretch of a hard, contracted muscle rather than from ongoing movement, so the RLS criteria are not met.'
  },
  {
    id: 'positional-discomfort',
    name: 'Positional discomfort',
    discriminatingFeature: 'Relieved by a single change of position',
    presentation: { ...base, restProvoked: true, relief: 'position-change' },
    whyThis:
      'Correct: discomfort that builds in one posture and goes away with a single change of position, without any continuing need to move, is positional discomfort.',
    whyNotThis:
      'Positional discomfort settles with a single change of posture; nothing in this history goes away with one shift of position.',
    rlsFails:
      'One shift of posture settles it for good, with no continuing urge to move, so the relief criterion of RLS is not met.'
  },
  {
    id: 'akathisia',
    name: 'Akathisia',
    discriminatingFeature:
      'Whole-body inner restlessness with pacing or rocking, little circadian pattern, after a new or higher D2-blocker dose',
    presentation: {
      ...base,
      urgeToMove: true,
      relief: 'sustained-movement',
      distribution: 'whole-body',
      trigger: 'new-d2-blocker'
    },
    whyThis:
      'Correct: an inner restlessness of the whole body, with pacing and rocking through the day, starting soon after a dopamine-blocking drug was begun or increased, is akathisia.',
    whyNotThis:
      'Akathisia is a whole-body restlessness with pacing that follows a new or increased D2-blocking drug; no such drug change is described.',
    rlsFails:
      'D2 blockers can also worsen RLS, but here the restlessness involves the whole body, is as bad in the morning as at night and followed a dose change, which points to akathisia; the evening-predominance criterion of RLS is not met.'
  },
  {
    id: 'peripheral-neuropathy',
    name: 'Peripheral neuropathy',
    discriminatingFeature:
      'Numbness or burning in a stocking distribution, not relieved by movement, with sensory signs',
    presentation: {
      ...base,
      restProvoked: false,
      relief: 'none',
      distribution: 'stocking',
      sensorySigns: true
    },
    whyThis:
      'Correct: burning and numbness in a stocking distribution with objective sensory loss, unchanged by walking and present by day, is peripheral neuropathy.',
    whyNotThis:
      'Neuropathy gives stocking-distribution numbness or burning with sensory loss on examination and no relief from movement; no sensory loss is described.',
    rlsFails:
      'Movement brings no relief, there is no urge to move, and the examination shows sensory loss; the symptoms are explained by the neuropathy, so the RLS criteria are not met. (Neuropathy and RLS can coexist, but this history describes neuropathy alone.)'
  },
  {
    id: 'venous-stasis',
    name: 'Venous insufficiency',
    discriminatingFeature: 'Heaviness after standing, eased by elevating the legs',
    presentation: { ...base, restProvoked: false, relief: 'elevation', trigger: 'standing' },
    whyThis:
      'Correct: heavy, aching legs after long standing, with oedema or varicose veins, eased by elevating the legs, is venous insufficiency.',
    whyNotThis:
      'Venous discomfort is heaviness after standing that eases when the legs are raised; nothing in this history improves with elevation.',
    rlsFails:
      'The heaviness builds with standing, walking about does not ease it and raising the legs does, whereas RLS is relieved by moving for as long as the movement lasts; the symptoms are explained by the veins, so the RLS criteria are not met.'
  },
  {
    id: 'arterial-claudication',
    name: 'Arterial claudication',
    discriminatingFeature: 'Provoked by walking, relieved by rest (the opposite of RLS)',
    presentation: {
      ...base,
      restProvoked: false,
      relief: 'rest',
      distribution: 'calf',
      trigger: 'walking'
    },
    whyThis:
      'Correct: calf pain that comes on reliably after walking a set distance and eases within minutes of standing still, with weak pulses, is arterial claudication.',
    whyNotThis:
      'Claudication is calf pain brought on by walking a predictable distance and relieved within minutes by standing still, with weak pulses; that pattern is not described.',
    rlsFails:
      'Walking provokes the pain and rest relieves it, the exact opposite of RLS, and evenings at rest are symptom-free.'
  },
  {
    // Read 20 (F1#37): "Arthritis or myalgia" named two diagnoses in one option; the option is the
    // one diagnosis the stories tell, osteoarthritis (brief §4: joint-localised, worse with
    // weight-bearing). The id stays, so items keep their option code.
    id: 'arthritis-myalgia',
    name: 'Osteoarthritis',
    discriminatingFeature: 'Joint-localised pain, worse with weight-bearing',
    presentation: {
      ...base,
      restProvoked: false,
      relief: 'rest',
      distribution: 'joints',
      trigger: 'weight-bearing'
    },
    whyThis:
      'Correct: pain felt in the knees themselves, made worse by standing up and climbing stairs and eased by lying down, with crepitus on examination, is osteoarthritis.',
    whyNotThis:
      'Osteoarthritis gives pain in the joints themselves, worse with weight-bearing and eased by rest, with joint signs such as crepitus; the symptoms in this history do not arise from the joints.',
    rlsFails:
      'The pain sits in the knees, standing up and the stairs make it worse and lying down eases it, whereas RLS is brought on by rest and relieved by moving; the osteoarthritis explains the symptoms, so the RLS criteria are not met.'
  },
  {
    id: 'habitual-foot-tapping',
    name: 'Habitual foot tapping',
    discriminatingFeature: 'No discomfort or urge, not bothersome',
    presentation: {
      ...base,
      restProvoked: true,
      relief: 'none',
      distribution: 'feet',
      discomfort: false
    },
    whyThis:
      'Correct: repetitive foot movement that stops when noticed, with the legs comfortable when still and sleep undisturbed, is a habit, not a disorder.',
    whyNotThis:
      'Habitual foot tapping comes without discomfort or urge and bothers no one; this patient is troubled by the symptoms.',
    rlsFails:
      'The feet can be kept still without any unpleasant sensation, and sleep is undisturbed, so there is no urge to move and the RLS criteria are not met; movement alone is not RLS.'
  }
]

export const mimicById: ReadonlyMap<MimicId, Mimic> = new Map(mimics.map((m) => [m.id, m]))

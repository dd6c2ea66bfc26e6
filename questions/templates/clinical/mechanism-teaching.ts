// The mechanism items' explanation sentences, per fact of knowledge-mechanism (brief M1–M5): an
// opening, the teaching when the fact is keyed, and the correction when its false form was shown.
import type { Teaching } from './explain'

export const MECHANISM_TEACHING: Readonly<Record<string, Teaching>> = {
  'brain-iron-low': {
    open: [
      'Brain iron sits at the centre of the best-supported model.',
      'Low brain iron is one of the two pillars of the current model.'
    ],
    teach: [
      'Spinal fluid, MRI and autopsy studies point to less iron in the brain in idiopathic RLS, most clearly when it began early.',
      'Three kinds of evidence point to low brain iron: spinal fluid studies, MRI iron measures and autopsy tissue.',
      'Reduced brain iron, shown in spinal fluid, imaging and post-mortem tissue, is one of the two best-supported mechanisms of idiopathic RLS.'
    ],
    correct: [
      'Low brain iron is not a feature of anaemia-related RLS alone: it is described in idiopathic RLS with normal serum iron studies and blood count.',
      'Brain iron insufficiency is among the best-supported mechanisms of idiopathic RLS, found in people without anaemia.'
    ]
  },
  'dopamine-altered': {
    open: [
      'RLS is not Parkinson disease of the legs: dopamine is altered, not lost.',
      'The dopamine finding in RLS is a change in regulation, not a shortage.'
    ],
    teach: [
      'Autopsy and imaging show more tyrosine hydroxylase and more synaptic dopamine, with fewer D2 receptors and less membrane transporter: a system running high, not a depleted one.',
      'The dopaminergic pattern in RLS looks presynaptically overactive, with raised tyrosine hydroxylase and postsynaptic down-regulation, which is why "deficient" is the wrong word.',
      'Dopamine neurons are not lost in RLS; the studies describe altered signalling, with raised synthesis and fewer D2 receptors and transporters.'
    ],
    correct: [
      'Unlike Parkinson disease, RLS shows no loss of dopamine neurons; the signalling is altered rather than deficient.',
      'Calling RLS a dopamine deficiency misreads the evidence, which points to presynaptic overactivity with fewer D2 receptors.'
    ]
  },
  'a11-hypothesis': {
    open: [
      'The A11 story is an attractive idea that autopsy has not borne out.',
      'The hypothalamic A11 pathway remains a proposal, not a finding.'
    ],
    teach: [
      'Dopaminergic A11 neurons project to the spinal cord and were proposed as the source of RLS, but an autopsy study found them normal in number and appearance.',
      'The A11 cell group was proposed as a candidate, yet when brains of people with RLS were examined those neurons looked normal, so it stays a hypothesis.',
      'Human autopsy did not find the A11 neurons reduced, so the pathway is a proposal and not an established mechanism of RLS.'
    ],
    correct: [
      'An autopsy study found the A11 neurons normal in RLS, so the pathway is a hypothesis and not a well-supported mechanism.',
      'The A11 pathway has not been confirmed in people with RLS: their A11 neurons looked normal at autopsy.'
    ]
  },
  'd2-fewer': {
    open: [
      'The D2 finding is a down-regulation beside raised dopamine, not a shortage.',
      'In RLS the dopamine system looks turned up, with its receptors turned down.'
    ],
    teach: [
      'Autopsy and imaging studies find more tyrosine hydroxylase and synaptic dopamine, with fewer D2 receptors: postsynaptic down-regulation in a presynaptically overactive system.',
      'Fewer D2 receptors beside raised synaptic dopamine is the pattern of a system compensating for too much dopamine, not too little.'
    ],
    correct: [
      'The studies find fewer D2 receptors and more synaptic dopamine, not the reverse.',
      'D2 receptors are reduced, not increased, and synaptic dopamine is raised rather than low.'
    ]
  },
  'cns-iron-can-be-low': {
    open: [
      'Normal blood iron does not settle the question of brain iron.',
      'The blood and the brain can tell different stories about iron.',
      'Serum iron values are a window on the body, not on the brain.'
    ],
    teach: [
      'At group level, spinal fluid ferritin and brain iron on MRI are lower in RLS even when serum ferritin and TSAT fall in the reference range.',
      'Serum indices are a poor window on the brain: studies find reduced brain iron in patients whose ferritin and saturation are normal.',
      'Brain iron insufficiency is described in patients with normal serum iron studies, which is why normal blood results do not rule out an iron mechanism.'
    ],
    correct: [
      'Normal serum iron studies do not show normal brain iron: it can be reduced while serum indices look normal.',
      'Group studies find the brain iron deficit with normal serum values, so normal blood results do not settle it.'
    ]
  },
  'no-brain-iron-test': {
    open: [
      'Brain iron cannot be measured in clinic, which is why the serum thresholds exist.',
      'There is no bedside or routine scan for brain iron.'
    ],
    teach: [
      'MRI iron findings are averages over groups that overlap with healthy people, so no routine test measures an individual’s brain iron.',
      'Research MRI shows lower brain iron in groups of patients, but the overlap with controls is too wide to use for one person.',
      'Because brain iron cannot be measured in practice, management rests on serum ferritin and TSAT judged against the RLS thresholds.'
    ],
    correct: [
      'A routine MRI does not measure one patient’s brain iron: the research findings are group averages that overlap with controls.',
      'MRI is not a test for RLS or its brain iron; the group differences are too small and overlap with healthy controls.'
    ]
  },
  // Read 18 (F1#2): was `late-onset-less-iron`, the inverse of what the fact says.
  'early-onset-low-iron': {
    open: [
      'Age at onset matters: the iron deficit is clearest in early-onset RLS.',
      'The brain iron finding is strongest in those whose RLS began young.'
    ],
    teach: [
      'MRI studies found reduced brain iron in early-onset RLS and little or none in late-onset disease, so the mechanism may differ with age at onset.',
      'In imaging work the iron deficit was concentrated in patients whose symptoms began early, and was not seen when RLS started late.',
      'Early-onset RLS carries the clearest evidence of low brain iron; late-onset RLS showed no such deficit on MRI.'
    ],
    correct: [
      'It is the other way round: imaging found the brain iron deficit in early-onset, not late-onset, RLS.',
      'Late-onset RLS is where the MRI iron deficit was absent; it was early-onset disease that showed it.'
    ]
  }
}

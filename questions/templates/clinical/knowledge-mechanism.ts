// Family 12, mechanism (M1–M5) in safe forms: brain iron insufficiency and *altered* dopaminergic
// function. Why iron helps without anaemia is asked as a case (mechanism-in-practice.ts), not here. Never "dopamine deficiency" as a key, and the A11 hypothesis never keyed: only ever a
// wrong option ("well supported") whose rationale says it is unproven (brief M2, M3).
import type { Template } from '../types'
import type { Fact } from '../parallel'
import { balancedDraw, gridStatements } from './statements'
import { factOptions } from '../parallel'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening } from './vignette'
import { fill } from '../kit/people'
import { keyedExplanation } from './explain'
import { MECHANISM_TEACHING } from './mechanism-teaching'

// Each variant is a fact grid (templates/parallel.ts): true and minimally altered false forms.
export const MECHANISM_FACTS: readonly Fact[] = [
  {
    code: 'brain-iron-low',
    // Read 9 (91237 #35): the long "leading, well-supported mechanism" form was the longest and
    // the only qualified option, and echoed the question's "best supported". Both forms are now
    // committed findings, like the other facts' (read 8 did the same for dopamine-altered).
    true: [
      'Autopsy studies find low brain iron in idiopathic RLS',
      // Read 21 (F1#7): "in adults with idiopathic RLS" over-generalised (M5: absent in late onset).
      'CSF, MRI and autopsy studies find low brain iron in early-onset idiopathic RLS'
    ],
    // Not "least-supported" (a throwaway): the real misreading ties brain iron to anaemia (M4).
    false: [
      'Low brain iron belongs to anaemic, not idiopathic, RLS',
      'Low iron in the brain is a finding of anaemia-related RLS, not idiopathic RLS'
    ],
    whyTrue:
      'CSF, imaging and autopsy studies point to low brain iron, especially in early-onset idiopathic RLS.',
    whyFalse:
      'low brain iron is described in idiopathic RLS, most clearly early-onset, in people whose serum iron studies and blood count are normal.'
  },
  {
    code: 'dopamine-altered',
    // Committed forms on both sides (read 8, 88651 #37: the key was the hedged "looks altered
    // rather than mainly deficient").
    true: [
      'Dopamine signalling in RLS is altered, not deficient as in Parkinson disease',
      'RLS shows presynaptic dopamine overactivity, not a loss of neurons'
    ],
    false: [
      'Dopamine signalling in RLS is deficient, much as in Parkinson disease',
      'RLS shows a loss of dopamine neurons, much as Parkinson disease does'
    ],
    whyTrue:
      'studies show more tyrosine hydroxylase and synaptic dopamine with fewer D2 receptors and less membrane dopamine transporter: altered, not deficient.',
    whyFalse:
      'imaging and autopsy point to altered, not deficient, dopamine signalling (presynaptic overactivity, fewer D2 receptors).'
  },
  {
    code: 'a11-hypothesis',
    true: [
      'The A11 pathway is a hypothesis; autopsy found A11 neurons normal',
      'A hypothalamic A11 pathway remains a hypothesis, as its neurons looked normal at autopsy'
    ],
    false: [
      'The A11 pathway is well supported; autopsy found fewer A11 cells',
      'A hypothalamic A11 pathway is well supported, with fewer neurons at autopsy'
    ],
    whyTrue:
      'an autopsy study found the A11 neurons normal in RLS; the pathway remains a hypothesis.',
    whyFalse:
      'an autopsy study found the A11 neurons normal in RLS; the pathway remains a hypothesis.'
  },
  {
    // Replaces "RLS arises in leg muscles weakened by poor blood flow", a foil no partly informed
    // learner would pick (read-through of 2.8.0, P2): the misconception here is the D2 direction.
    code: 'd2-fewer',
    true: [
      'Studies find fewer D2 receptors with more synaptic dopamine',
      'Autopsy and imaging find fewer D2 receptors alongside raised synaptic dopamine'
    ],
    false: [
      'Studies find more D2 receptors with less synaptic dopamine',
      'Autopsy and imaging find more D2 receptors alongside reduced synaptic dopamine'
    ],
    whyTrue:
      'the pattern is presynaptic overactivity (more tyrosine hydroxylase and synaptic dopamine) with postsynaptic down-regulation of D2 receptors.',
    whyFalse:
      'it is the other way round: synaptic dopamine is raised and D2 receptors are fewer, a down-regulated system rather than a depleted one.'
  }
]

/** The onset-and-imaging fact's code. */
export const ONSET_CODE = 'early-onset-low-iron'

export const IRON_FACTS: readonly Fact[] = [
  {
    code: 'cns-iron-can-be-low',
    true: [
      // Read 11 (116047 #33): "is found low" said more than brief M4's "can be low"; what the
      // studies report, said as a finding.
      'Low brain iron has been found despite normal serum iron studies',
      'Brain iron has been found low while blood tests of iron look normal'
    ],
    false: [
      // Not "are taken to show", which read as a claim about practice (read 8, 88651 #37).
      'Normal serum iron studies show that brain iron is normal too',
      'Blood tests of iron that look normal show that brain iron is normal'
    ],
    whyTrue:
      'CSF, imaging and autopsy studies show reduced brain iron at group level even with normal serum indices.',
    whyFalse:
      'serum indices do not reliably reflect brain iron: CSF, imaging and autopsy studies show it low in RLS while they look normal.'
  },
  {
    code: 'no-brain-iron-test',
    // Not the truism "routine tests do not measure brain iron": what the studies show (M5).
    true: [
      'MRI brain iron results overlap too much with controls to test one patient',
      'Group MRI studies find low brain iron, too overlapping to test one patient'
    ],
    false: [
      // Read 16 (155303 #18): "well enough" left open what for.
      'MRI brain iron results separate one patient from controls',
      'Group MRI studies find low brain iron, clear enough to test one patient'
    ],
    whyTrue:
      'imaging findings are group averages that overlap with controls; serum values are judged against the RLS thresholds instead.',
    whyFalse:
      'MRI iron findings are group averages that overlap with controls and are absent in late-onset RLS; MRI is not a test for RLS.'
  },
  {
    // Read 18 (F1#2): was `late-onset-less-iron`, which reads as the inverse of what the true form
    // says (the deficit is in early-onset RLS). Written in the length band of the other facts, so
    // the key is not the shortest option. Both forms name early and late onset, and neither says
    // "began", so neither echoes the onset sentence of the stem (read 18: "Her RLS began at 18" →
    // "…in people whose RLS began early in life").
    code: ONSET_CODE,
    true: [
      'The brain iron deficit on MRI marks early-onset, not late-onset, RLS',
      'Imaging shows low brain iron mainly in early-onset RLS, not late-onset'
    ],
    false: [
      'The brain iron deficit on MRI marks late-onset, not early-onset, RLS',
      'Imaging shows low brain iron mainly in late-onset RLS, not early-onset'
    ],
    whyTrue:
      'MRI iron deficits were found in early-onset RLS and were absent in late-onset disease.',
    whyFalse:
      'it is the other way round: imaging deficits were found in early-onset, not late-onset, RLS.'
  }
]

const VARIANTS = {
  mechanism: {
    question: 'Which statement about the mechanism of RLS is best supported?',
    claims: ['M1', 'M3'],
    facts: MECHANISM_FACTS
  },
  'serum-vs-brain': {
    question: 'Which statement about iron and the brain in RLS is best supported?',
    claims: ['M4', 'M5', 'M1'],
    facts: IRON_FACTS
  }
} as const

// What the patient asks: open questions that every option answers (right or wrong), drawn apart
// from the key, so the question cannot point at the keyed fact (read-through of bank 2.5.0,
// pattern 1: "muscles or brain?" had only one option that answered it).
const ASKED: Record<'mechanism' | 'serum-vs-brain', readonly string[]> = {
  mechanism: [
    'what is known about what goes wrong in the nervous system',
    'what the research says causes the feeling in the legs',
    'how well doctors understand why RLS happens',
    'what is actually behind the symptoms'
  ],
  // Read 9: two of the four without "iron" or "brain", which every iron-grid key shared with
  // the question and most foils did not (the most-stem-words strategy).
  'serum-vs-brain': [
    'what iron has to do with RLS',
    'what the research says about the cause of RLS',
    'how well the research explains RLS',
    'why iron keeps coming up when RLS is discussed'
  ]
}

// The facts each variant keys; the A11 pathway is never keyed (brief M2: background only).
const KEYABLE: Record<'mechanism' | 'serum-vs-brain', readonly string[]> = {
  mechanism: MECHANISM_FACTS.map((f) => f.code).filter((c) => c !== 'a11-hypothesis'),
  'serum-vs-brain': IRON_FACTS.map((f) => f.code)
}

// Read 12 (124309 #13): an onset at 48 beside a brain-iron key, with the explanation reasoning
// about her brain iron; the MRI deficit was found in early-onset RLS (earley2006), so a late
// onset is told that the findings describe groups.
const LATE_ONSET_NOTE = (onset: number): string =>
  `An onset at ${onset} is late, and the MRI iron deficit was found mainly in early-onset RLS, so these findings describe groups and do not predict {her} own brain iron.`

// Several ways to tell the history, so one stem sentence does not recur (read 5, P3).
const FRAMES: readonly ((onset: number) => string)[] = [
  (onset) =>
    `{Her} RLS began at ${onset} and has no secondary cause; the neurological examination is unremarkable.`,
  (onset) =>
    `Since the age of ${onset} {she} has had RLS with no secondary cause found, and {her} examination is normal.`,
  (onset) =>
    `{She} has had idiopathic RLS from the age of ${onset}; the neurological examination shows nothing abnormal.`
]
// Read 18 (F1#2): when the onset fact is keyed the stem gives no age at onset, so no stem detail
// maps onto the key alone; a third of the other items give none either, so a missing onset does
// not mark the onset fact.
const NO_ONSET_FRAMES: readonly string[] = [
  '{Her} RLS is idiopathic, with no secondary cause found; the neurological examination is unremarkable.',
  '{She} has idiopathic RLS with no secondary cause found; {her} examination is normal.'
]

export const knowledgeMechanism: Template = {
  id: 'knowledge-mechanism',
  family: '12',
  section: 'dopamine-brain-iron',
  title: 'Brain iron and altered dopaminergic function',
  generate(rng) {
    const which = rng.pick(['mechanism', 'serum-vs-brain'] as const)
    const v = VARIANTS[which]
    const p = makePatient(rng, 25, 70)
    const setting = rng.pick(SETTINGS)
    const ferritin = rng.int(110, 260)
    const tsat = rng.int(22, 40)
    const lead = rng.int(0, 1)
    // The question and the key are drawn apart; the A11 pathway appears only as a false statement.
    const asked = rng.pick(ASKED[which])
    const keyCode = rng.pick(KEYABLE[which])
    // Onset, when stated, is a number below the patient's age (read 5: "began in his twenties" at
    // 25), early or late by lot whenever the age allows both (read-through 6, 83267 #22). Items
    // keying the onset fact state none (read 18, F1#2: see NO_ONSET_FRAMES).
    const statesOnset = keyCode !== ONSET_CODE && rng.int(0, 2) > 0
    const late = statesOnset && p.age >= 52 && rng.int(0, 1) === 1
    const onset = !statesOnset
      ? 0
      : late
        ? rng.int(46, p.age - 4)
        : rng.int(16, Math.min(35, p.age - 4))
    const frame = rng.int(0, (statesOnset ? FRAMES : NO_ONSET_FRAMES).length - 1)
    const history = statesOnset
      ? (FRAMES[frame] as (o: number) => string)(onset)
      : (NO_ONSET_FRAMES[frame] as string)
    const stem = fill(
      `${opening(p, setting)}. ${history} Morning ferritin is ${ferritin} ng/mL with TSAT ${tsat}%. {She} asks ${asked}.`,
      p
    )
    // The distractors come from both grids, so the option sets vary widely.
    const all = [...MECHANISM_FACTS, ...IRON_FACTS]
    const { options, form, key } = balancedDraw(
      rng,
      () => factOptions(rng, all, 4, keyCode, stem),
      stem
    )
    const codes = options.map((x) => x.code)
    const notes = [
      'M3',
      ...(codes.some((c) => c.includes('a11')) ? ['M2'] : []),
      ...(codes.some((c) => c.includes('brain-iron-test')) ? ['M5'] : [])
    ]
    return {
      params: {
        which,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        ferritin,
        onset,
        frame,
        tsat,
        asked,
        form,
        lead
      },
      claims: [...v.claims],
      difficulty: key.code === ONSET_CODE ? 3 : 2,
      estimatedSeconds: 75,
      stem,
      question:
        lead === 0
          ? 'Which statement is best supported by current research?'
          : 'Which of these statements is accurate?',
      options,
      objective:
        'Describe the best-supported mechanisms of RLS: brain iron insufficiency, which serum tests may not reveal, and altered (not deficient) dopaminergic function.',
      explanation: keyedExplanation({
        stem,
        key: key.code,
        shown: codes,
        teachings: MECHANISM_TEACHING,
        cases: [
          `{Her} ferritin of ${ferritin} ng/mL and TSAT of ${tsat}% are above the RLS treatment thresholds, as they are in many people with idiopathic RLS.`,
          `With a morning ferritin of ${ferritin} ng/mL and a TSAT of ${tsat}%, {her} blood results say little about iron inside the brain.`,
          `An unremarkable examination and iron results above the RLS thresholds (ferritin ${ferritin} ng/mL, TSAT ${tsat}%) fit idiopathic RLS.`
        ].map((c) =>
          fill(late && key.code !== ONSET_CODE ? `${c} ${LATE_ONSET_NOTE(onset)}` : c, p)
        )
      }),
      evidenceNote: evidenceFor(notes),
      references: [
        'allen2007',
        'earley2006',
        'connor2009',
        'earley2011',
        'earley2013',
        'earley2009'
      ],
      facts: {
        topic: which,
        keyedFact: key.code,
        statements: gridStatements('mechanism', options),
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        age: p.age,
        sex: p.sex
      }
    }
  }
}

// Family 12, mechanism (M1–M5) in safe forms: brain iron insufficiency and *altered* dopaminergic
// function. Never "dopamine deficiency" as a key, and the A11 hypothesis only ever as a wrong
// option whose rationale says it is unproven (brief M2, M3).
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { statementOptions, type Distractor } from './options'
import { SETTINGS, fill, makePatient, opening } from './vignette'

const d = (code: string, text: string, why: string): Distractor => ({ code, text, why: () => why })

const DOPAMINE_DEFICIENCY = d(
  'dopamine-deficiency',
  'A simple deficiency of brain dopamine, as in Parkinson disease',
  'imaging and autopsy studies point to altered, not deficient, dopamine signalling: more tyrosine hydroxylase and synaptic dopamine, with fewer D2 receptors and less membrane dopamine transporter.'
)

const VARIANTS = {
  mechanism: {
    question: 'Which description of the mechanism of RLS is best supported?',
    claims: ['M1', 'M3', 'M2'],
    key: d(
      'brain-iron-altered-dopamine',
      'Low brain iron together with altered dopaminergic function, with signs of presynaptic overactivity and fewer D2 receptors',
      'brain iron insufficiency and altered dopaminergic function are the best-supported mechanisms, especially in early-onset idiopathic RLS; the dopamine system looks overactive presynaptically, with downregulated D2 receptors and transporter.'
    ),
    wrong: [
      DOPAMINE_DEFICIENCY,
      d(
        'a11-loss',
        'Proven loss of the dopaminergic neurons of the hypothalamic A11 cell group',
        'a descending A11 pathway has been proposed, but an autopsy study found the A11 neurons normal in RLS; it remains a hypothesis.'
      ),
      d(
        'leg-blood-flow',
        'Poor blood flow to the leg muscles while resting',
        'RLS is a central sensorimotor disorder with normal pulses; reduced blood flow causes claudication, a mimic that is provoked by walking.'
      ),
      d(
        'muscle-disease',
        'A primary disease of the leg muscles that weakens them',
        'muscle strength and examination are normal in RLS; the problem lies in central iron and dopamine regulation, not the muscles.'
      )
    ]
  },
  'serum-vs-brain': {
    question: 'Which statement about iron and the brain in RLS is best supported?',
    claims: ['M4', 'M5', 'M1'],
    key: d(
      'cns-iron-can-be-low',
      'Brain iron can be low even when serum ferritin and TSAT are normal, and there is no clinical test of brain iron',
      'cerebrospinal fluid, imaging and autopsy studies show reduced brain iron in RLS at group level even with normal serum indices, and no routine test measures brain iron, so serum values are judged against the RLS thresholds.'
    ),
    wrong: [
      d(
        'normal-serum-excludes',
        'Normal serum iron studies rule out any role for iron in RLS',
        'serum indices do not reflect brain iron reliably; brain iron can be low while ferritin and TSAT look normal.'
      ),
      d(
        'mri-confirms-all',
        'Brain MRI iron imaging shows iron deficiency in every patient and confirms the diagnosis',
        'imaging findings are group averages that overlap with controls and are absent in late-onset RLS; MRI is not a diagnostic test for RLS.'
      ),
      DOPAMINE_DEFICIENCY,
      d(
        'iron-only-anaemia',
        'Iron matters in RLS only when there is anaemia',
        'iron therapy can help RLS well above anaemic levels: the guideline thresholds are ferritin ≤75 ng/mL or TSAT <20% regardless of haemoglobin.'
      )
    ]
  }
} as const

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
    // The patient's question leads into the variant: dopamine for the mechanism, iron for the other.
    const asked = rng.pick(
      which === 'mechanism'
        ? [
            'whether RLS is "a lack of dopamine, like Parkinson’s"',
            'what is actually going wrong in the nervous system'
          ]
        : [
            'why a doctor mentioned iron when the blood tests are normal',
            'whether normal blood iron means iron plays no part'
          ]
    )
    const pick = rng.sample(v.wrong, Math.min(v.wrong.length, rng.int(3, 4)))
    const codes = pick.map((x) => x.code)
    const notes = [
      'M3',
      ...(codes.includes('a11-loss') ? ['M2'] : []),
      ...(codes.includes('mri-confirms-all') ? ['M5'] : [])
    ]
    return {
      params: {
        which,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        ferritin,
        tsat,
        asked,
        pick: codes.join('+')
      },
      claims: [...v.claims],
      difficulty: which === 'mechanism' ? 2 : 3,
      estimatedSeconds: 75,
      stem: fill(
        `${opening(p, setting)} with idiopathic RLS that began in {her} twenties. Neurological examination is normal, and morning ferritin is ${ferritin} ng/mL with TSAT ${tsat}%. {She} asks ${asked}.`,
        p
      ),
      question: v.question,
      options: statementOptions(v.key, pick, p),
      objective:
        'Describe the best-supported mechanisms of RLS: brain iron insufficiency, which serum tests may not reveal, and altered (not deficient) dopaminergic function.',
      explanation:
        'The best-supported model of idiopathic RLS, particularly early-onset disease, combines low brain iron with altered dopaminergic function. The dopamine system is not simply depleted: studies show increased tyrosine hydroxylase and synaptic dopamine with fewer D2 receptors and less membrane transporter. Brain iron can be low while serum ferritin and TSAT are normal, and no clinical test measures it. A hypothalamic A11 pathway has been proposed, but autopsy found those neurons normal.',
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
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        age: p.age,
        sex: p.sex
      }
    }
  }
}

// Family 12, genetics (G1–G3) in safe forms: RLS is highly heritable, common variants near MEIS1,
// BTBD9, MAP2K5/SKOR1 and PTPRD raise risk, and many more loci have been found since. The bank
// never asks "which three chromosomes" (early linkage loci, brief G1).
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { statementOptions, type Distractor } from './options'
import { SETTINGS, fill, makePatient, opening } from './vignette'

const d = (code: string, text: string, why: string): Distractor => ({ code, text, why: () => why })

const VARIANTS = {
  variants: {
    question: 'Which statement about the genetics of RLS is best supported?',
    key: d(
      'common-variants',
      'RLS is highly heritable; common variants near MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD each raise risk modestly',
      'genome-wide studies found common variants near MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD, each adding a modest risk; by 2020 there were 22 known loci and the 2024 meta-analysis found many more.'
    ),
    wrong: [
      d(
        'single-gene-test',
        'RLS is caused by one dominant gene, so a genetic test can confirm the diagnosis',
        'RLS risk is spread over many common variants of small effect; no gene test confirms it, and the diagnosis is clinical.'
      ),
      d(
        'linkage-settled',
        'A few early family-linkage loci explain most cases, so genome-wide studies have added little',
        'the early linkage loci came from single families; genome-wide studies have since identified dozens of risk loci.'
      ),
      d(
        'not-heritable',
        'Family clustering reflects shared diet and environment; RLS is not meaningfully heritable',
        'twin and family studies show high heritability, and specific risk variants have been replicated.'
      ),
      d(
        'variants-deterministic',
        'Carrying the MEIS1 risk variant means a person will develop RLS',
        'each common variant only shifts risk modestly; many carriers never develop RLS.'
      )
    ]
  },
  family: {
    question: 'Which statement about family history in RLS is best supported?',
    key: d(
      'family-history-early-onset',
      'A positive family history is common, in up to about 60%, and is typical of RLS that begins before about 45',
      'family history is reported in up to about 60% of patients and is characteristic of early-onset disease, like this patient’s.'
    ),
    wrong: [
      d(
        'family-history-rare',
        'Fewer than 5% of people with RLS have an affected relative',
        'family history is common, in up to about 60% of patients, not rare.'
      ),
      d(
        'family-history-late-onset',
        'Family history is mainly a feature of RLS that starts after 60',
        'it is the other way round; a positive family history is typical of early-onset RLS (before about 45).'
      ),
      d(
        'family-history-secondary',
        'A family history points to RLS secondary to kidney disease or iron deficiency',
        'familial clustering is characteristic of primary, early-onset RLS rather than of the secondary forms.'
      )
    ]
  }
} as const

const RELATIVES = [
  'mother',
  'father',
  'older sister',
  'brother',
  'maternal aunt',
  'grandmother'
] as const

export const knowledgeGenetics: Template = {
  id: 'knowledge-genetics',
  family: '12',
  section: 'genetics',
  title: 'Heritability, family history and risk variants',
  generate(rng) {
    const which = rng.pick(['variants', 'family'] as const)
    const v = VARIANTS[which]
    const p = makePatient(rng, 24, 48)
    const onset = rng.int(14, Math.min(40, p.age - 2))
    const rel = rng.sample(RELATIVES, rng.int(1, 2))
    const setting = rng.pick(SETTINGS)
    const ask = rng.pick([
      'whether {her} children are likely to be affected',
      'whether a gene test would help',
      'why RLS seems to run in the family'
    ])
    const pick = rng.sample(v.wrong, Math.min(v.wrong.length, rng.int(3, 4)))
    return {
      params: {
        which,
        age: p.age,
        sex: p.sex,
        job: p.job,
        onset,
        rel: rel.join('+'),
        setting,
        ask,
        pick: pick.map((x) => x.code).join('+')
      },
      claims: ['G1', 'G2', 'G3'],
      difficulty: which === 'variants' ? 2 : 1,
      estimatedSeconds: 60,
      stem: fill(
        `${opening(p, setting)}. {She} has had typical RLS since age ${onset}, meeting all five diagnostic criteria, with normal iron studies and examination. {Her} ${rel.join(' and ')} ${rel.length > 1 ? 'have' : 'has'} similar symptoms. {She} asks ${ask}.`,
        p
      ),
      question: v.question,
      options: statementOptions(v.key, pick, p),
      objective:
        'Describe the genetics of RLS in its current form: high heritability, frequent family history in early-onset disease, and many common risk variants (MEIS1, BTBD9, MAP2K5/SKOR1, PTPRD and others).',
      explanation:
        'RLS is highly heritable. Up to about 60% of patients report an affected relative, mostly those whose symptoms began before about 45. Early family-linkage studies pointed to a handful of chromosomal regions; genome-wide association studies then found common variants near MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD, and later studies raised the count to dozens of loci. Each variant shifts risk only modestly, so there is no diagnostic gene test.',
      evidenceNote: evidenceFor(['G1', 'G2']),
      references: [
        'trenkwalder2005',
        'winkelmann2007',
        'schormair2008',
        'didriksen2020',
        'schormair2024'
      ],
      facts: { topic: which, onsetAge: onset, affectedRelatives: rel, age: p.age, sex: p.sex }
    }
  }
}

// Family 12, genetics (G1–G3) in safe forms: RLS is highly heritable, common variants near MEIS1,
// BTBD9, MAP2K5/SKOR1 and PTPRD raise risk, and many more loci have been found since. The bank
// never asks "which three chromosomes" (early linkage loci, brief G1). Options come from a fact
// grid (templates/parallel.ts), so the key and the distractors are written by one rule.
// What a relative's risk means and what a gene test can tell are asked as cases, in
// genetics-family-risk.ts, and are kept out of this grid: a quiz shows a statement once (read 5, P3).
import type { Template } from '../types'
import { factOptions, type Fact } from '../parallel'
import { gridStatements } from './statements'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening } from './vignette'
import { fill } from '../kit/people'
import { keyedExplanation } from './explain'
import { GENETICS_TEACHING } from './genetics-teaching'

export const GENETICS_FACTS: readonly Fact[] = [
  {
    // Read 9 (91237 #31): "Twin research shows…" cited a kind of study the reference list does
    // not hold; the forms now name the family studies that the cited reviews report.
    code: 'heritable',
    // A third, longer form, so the key is not held to the short end of the options (2.17.7).
    true: [
      'RLS is highly heritable',
      'Family research shows that RLS is highly heritable',
      'Family and population studies show that RLS is highly heritable'
    ],
    // Read 22 (F1#9, P2): "weakly heritable", "just four", "many times over" and "failed to
    // replicate" were the overstatements a test-wise examinee strikes out; each false form now
    // carries its error in what it says, in the register of the true forms.
    false: [
      'RLS clustering reflects diet',
      'Family research traces RLS clustering to shared diet',
      'Family and population studies trace RLS clustering to a shared diet'
    ],
    whyTrue: 'family studies show strong clustering, and specific risk variants replicate.',
    whyFalse:
      'the clustering is heritable: it follows relatedness rather than a shared household, and specific risk variants replicate.'
  },
  {
    code: 'common-variants-modest',
    true: [
      'Each common risk variant raises the risk of RLS a little',
      'Common variants near MEIS1 or BTBD9 each raise the risk of RLS modestly'
    ],
    // A size, as the true forms give one ("tenfold" against "a little"), so the register does
    // not tell which form is shown (read 7's broader hedge list; read 22, P2).
    false: [
      'Each common risk variant raises the risk of RLS about 10-fold',
      'Common variants near MEIS1 or BTBD9 each raise the risk of RLS roughly tenfold'
    ],
    whyTrue:
      'variants near MEIS1, BTBD9, MAP2K5/SKOR1, PTPRD and others each shift risk by a modest amount; many carriers never develop RLS.',
    whyFalse:
      'each common variant shifts risk by a modest amount, and many carriers never develop RLS; the risk is spread over many loci.'
  },
  {
    // Added when the child-risk and gene-test facts moved to the case template, so the grid keeps
    // varied option sets (copyK): the best-replicated locus, G2.
    code: 'meis1-replicated',
    true: [
      'Variants near MEIS1 rank with the best-replicated RLS risk loci',
      'Genome-wide studies replicate MEIS1 as one of the strongest RLS risk loci',
      'MEIS1 is a well-replicated RLS risk locus'
    ],
    false: [
      'Variants near MEIS1 were an early RLS signal that later studies lost',
      'Genome-wide studies after 2008 lost MEIS1 as one of the RLS risk loci',
      'MEIS1 dropped out of later lists of RLS risk loci'
    ],
    whyTrue:
      'the MEIS1 association, found in the first genome-wide studies, has replicated across populations and again in the 2024 meta-analysis.',
    whyFalse:
      'the MEIS1 association has replicated across populations since 2007 and again in the 2024 meta-analysis; each variant still raises risk only modestly.'
  },
  {
    code: 'many-loci',
    true: [
      'Genome-wide studies have found more than twenty risk loci',
      'Genome-wide studies have found over twenty RLS risk loci since 2007'
    ],
    false: [
      'Genome-wide studies have found four risk loci to date',
      'Genome-wide studies have found four RLS risk loci since 2007'
    ],
    whyTrue:
      'the first genome-wide studies (2007–2008) found MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD; by 2020 there were 22 loci, and the 2024 meta-analysis found many more.',
    whyFalse:
      'four loci was the count around 2008; by 2020 there were 22, and the 2024 meta-analysis found many more.'
  },
  {
    code: 'family-history-early-onset',
    true: [
      'Familial RLS mostly begins before about age 45',
      'Clustering in families is typical of RLS starting before about 45'
    ],
    false: [
      'Familial RLS mostly begins after about age 50',
      'Clustering in families is typical of RLS starting after about 50'
    ],
    whyTrue:
      'familial clustering is characteristic of early-onset RLS (before about 45); a later onset makes a familial form less likely without ruling it out.',
    whyFalse: 'it is the other way round: a family history is typical of early-onset RLS.'
  },
  {
    code: 'family-history-common',
    true: [
      'Up to about 60% of people with RLS report an affected relative',
      // Read 21 (F1#15): "a parent or sibling" narrowed the source's "positive family history".
      'Up to about 60% of patients with RLS report an affected relative of their own'
    ],
    false: [
      'About 1 in 10 people with RLS report an affected relative',
      'About 1 in 10 patients with RLS report an affected relative of their own'
    ],
    whyTrue: 'a positive family history is reported by up to about 60% of patients.',
    whyFalse: 'family history is reported by up to about 60% of patients, far more than 1 in 10.'
  }
]

const RELATIVES = [
  'mother',
  'father',
  'older sister',
  'brother',
  'maternal aunt',
  'grandmother'
] as const

// What the patient asks: open questions that every option answers (right or wrong), drawn apart
// from the key, so the question cannot point at the keyed fact (read-through of bank 2.5.0,
// pattern 1: "should I have my DNA checked?" had only one option about testing).
const ASKS: readonly string[] = [
  'what is known about RLS running in families',
  'what genes have to do with {her} RLS',
  'what the research says about inheritance in RLS',
  'what {her} family history means for {him} and {her} relatives'
]

// Several ways to tell the history (read 5, P3: one stem sentence recurred in 3 items of a quiz).
const FRAMES: readonly ((onset: number, relatives: string) => string)[] = [
  (onset, relatives) =>
    `{Her} RLS began at age ${onset} and meets all five diagnostic criteria; iron tests and the examination are normal. {Her} ${relatives} similar symptoms.`,
  (onset, relatives) =>
    `The evening urge to move {her} legs first troubled {him} at ${onset}. {Her} ${relatives} the same complaint, and {her} ferritin, TSAT and examination are normal.`,
  (onset, relatives) =>
    `{She} has had RLS since the age of ${onset}, diagnosed on the clinical criteria with normal iron studies. {Her} ${relatives} been diagnosed with RLS too.`
]

export const knowledgeGenetics: Template = {
  id: 'knowledge-genetics',
  family: '12',
  section: 'genetics',
  title: 'Heritability, family history and risk variants',
  generate(rng) {
    // A third of the stories start after 50 (read 12, 124309 #15): with every onset early, the
    // key "familial RLS mostly begins before about 45" restated the stem. Now the stem's onset
    // matches the key's form or the foil's as often as not.
    const late = rng.int(0, 2) === 0
    const p = makePatient(rng, late ? 56 : 24, late ? 72 : 48)
    const onset = late ? rng.int(50, Math.min(62, p.age - 2)) : rng.int(14, Math.min(40, p.age - 2))
    const rel = rng.sample(RELATIVES, rng.int(1, 2))
    const setting = rng.pick(SETTINGS)
    // The question and the key are drawn apart (every statement answers the question).
    const ask = rng.pick(ASKS)
    const keyCode = rng.pick(GENETICS_FACTS).code
    const lead = rng.pick([
      'Which statement on the genetics of RLS is best supported?',
      'Which of these statements on inheritance in RLS is accurate?'
    ])
    const relatives = `${rel.join(' and ')} ${rel.length > 1 ? 'have' : 'has'}`
    const frame = rng.int(0, FRAMES.length - 1)
    const stem = fill(
      `${opening(p, setting)}. ${(FRAMES[frame] as (o: number, r: string) => string)(onset, relatives)} {She} asks ${ask}.`,
      p
    )
    const { options, form, key } = factOptions(rng, GENETICS_FACTS, rng.int(4, 5), keyCode, stem)
    return {
      params: {
        age: p.age,
        sex: p.sex,
        job: p.job,
        onset,
        rel: rel.join('+'),
        setting,
        ask,
        frame,
        form,
        lead
      },
      claims: ['G1', 'G2', 'G3'],
      difficulty: key.code.startsWith('family') || key.code === 'heritable' ? 1 : 2,
      estimatedSeconds: 60,
      stem,
      question: lead,
      options,
      objective:
        'Describe the genetics of RLS in its current form: high heritability, frequent family history in early-onset disease, and many common risk variants (MEIS1, BTBD9, MAP2K5/SKOR1, PTPRD and others).',
      explanation: keyedExplanation({
        stem,
        key: key.code,
        shown: options.map((o) => o.code),
        teachings: GENETICS_TEACHING,
        cases: (late
          ? [
              `An onset at ${onset} is later than the familial pattern usually shows, yet {her} ${rel.join(' and ')} ${rel.length > 1 ? 'are' : 'is'} affected too: a family history occurs at any age of onset, most often when RLS starts young.`,
              `{Her} ${rel.join(' and ')} and {her} own onset at age ${onset} show that later-onset RLS can run in families too, though clustering is strongest when it begins before about 45.`,
              `For a patient whose RLS began at ${onset}, an affected ${rel.join(' and ')} is less typical than in early-onset RLS, and it bears on risk, not on how the diagnosis is made.`
            ]
          : [
              `Onset at ${onset} with an affected ${rel.join(' and ')} is the early-onset, familial pattern the genetic studies describe.`,
              `{Her} ${rel.join(' and ')} and {her} own onset at age ${onset} make a familial form likely, which bears on risk but not on how the diagnosis is made.`,
              `For a patient whose RLS began at ${onset} and whose ${rel.join(' and ')} ${rel.length > 1 ? 'are' : 'is'} affected, the family history fits early-onset RLS.`
            ]
        ).map((c) => fill(c, p))
      }),
      evidenceNote: evidenceFor(['G1', 'G2']),
      references: [
        'trenkwalder2005',
        'winkelmann2007',
        'schormair2008',
        'didriksen2020',
        'schormair2024'
      ],
      facts: {
        topic: 'genetics',
        keyedFact: key.code,
        statements: gridStatements('genetics', options),
        onsetAge: onset,
        affectedRelatives: rel,
        age: p.age,
        sex: p.sex
      }
    }
  }
}

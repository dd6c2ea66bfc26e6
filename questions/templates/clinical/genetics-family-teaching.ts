// Explanation sentences of genetics-family-risk: an opening and teaching for each keyed answer,
// and a correction for each distractor the learner may have seen (written apart from the
// rationales, so the explanation adds to them rather than repeating them).
import type { Teaching } from './explain'

const wrong = (correct: string[]): Teaching => ({ open: [], teach: [], correct })

export const GENETICS_CASE_TEACHING: Readonly<Record<string, Teaching>> = {
  'child-raised-risk': {
    open: [
      'A parent’s RLS raises a child’s risk without deciding it.',
      'Familial RLS raises the odds for the next generation; it does not set them.'
    ],
    teach: [
      'RLS is highly heritable, but the risk is carried by many common variants of modest effect, so children of an affected parent are at raised risk and many of them never develop it.',
      'Family studies show strong clustering, yet no single variant decides the outcome: the honest answer is a raised risk, not a forecast.'
    ],
    correct: []
  },
  'child-risk-lapses': wrong([
    'The parent’s age at onset does not set the child’s: within a family RLS can begin at very different ages, or not at all.'
  ]),
  'child-near-certain': wrong([
    'Calling RLS likely overstates it: each common variant adds a little risk, and many children of affected parents stay well.'
  ]),
  'child-gene-test': wrong([
    'A gene test cannot answer this question, because the risk variants are common in people who never develop RLS.'
  ]),
  'child-female-line': wrong([
    'The raised risk does not come down one parent’s side: a child of an affected father or mother shares it.'
  ]),
  'child-usual-risk': wrong([
    'That many such children stay well does not make the risk usual: it is raised, only not decided.'
  ]),
  'child-iron-only': wrong([
    'Iron stores matter for treatment, but they do not account for the clustering of early-onset RLS in families.'
  ]),
  'no-predictive-test': {
    open: [
      'There is no predictive gene test for RLS to offer a healthy relative.',
      'Genetic testing has no place in predicting RLS in a relative.'
    ],
    teach: [
      'Genome-wide studies found many common risk loci, MEIS1 and BTBD9 among them, each of small effect and frequent in people without RLS, so a genotype says little about one person’s future.',
      'Because the risk is spread over many frequent variants, most people who carry them stay well and many who get RLS carry few of them; the relative can be told to seek advice if symptoms appear.'
    ],
    correct: []
  },
  'order-meis1': wrong([
    'Most carriers of the MEIS1 risk variants never develop RLS, so the result would mislead rather than inform.'
  ]),
  'screening-sleep-study': wrong([
    'Without symptoms there is nothing for a sleep study to diagnose: RLS is defined by its symptoms.'
  ]),
  'preventive-iron': wrong([
    'Iron treats RLS when the iron thresholds are met; it is not a preventive for a relative without symptoms.'
  ]),
  'yearly-ferritin': wrong([
    'A ferritin result guides treatment in people with RLS; it does not forecast RLS in someone who is well.'
  ]),
  'single-gene-panel': wrong([
    'No single gene has been identified that explains familial RLS; the known risk is polygenic.'
  ]),
  'family-history-supports': {
    open: [
      'A family history supports the diagnosis; it does not finish the work-up.',
      'Familial RLS still needs the same iron and medication review as any other.'
    ],
    teach: [
      'A positive family history is a supportive feature, reported by up to about 60% of patients, but ferritin and TSAT are checked in everyone with clinically significant RLS and aggravating medicines are looked for, because both can be corrected.',
      'Heritable risk and a reversible contributor often coexist: a patient with affected relatives can also have a ferritin at or below 75 ng/mL or take an antihistamine at night.'
    ],
    correct: []
  },
  'family-history-needs-gene-test': wrong([
    'The diagnosis is clinical, and no gene test confirms that RLS is familial.'
  ]),
  'family-history-shared-cause': wrong([
    'Early onset with affected relatives and a normal examination is the pattern of primary, heritable RLS, not of an inherited neuropathy.'
  ]),
  'family-history-sleep-study': wrong([
    'A sleep study is not needed when the history meets the criteria: RLS is a clinical diagnosis, and limb movements in sleep neither make nor exclude it.'
  ]),
  'family-history-iron-threshold': wrong([
    'The iron thresholds do not move with the family history: ferritin ≤75 ng/mL or TSAT <20% for everyone.'
  ]),
  'family-history-agonist': wrong([
    'Treatment choice follows AASM 2024 whatever the family history: α2δ ligands first, and dopamine agonists are suggested against for standard use.'
  ])
}

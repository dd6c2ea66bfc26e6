// The genetics items' explanation sentences, per fact of knowledge-genetics (brief G1–G3): an
// opening, the teaching when the fact is keyed, and the correction when its false form was shown.
import type { Teaching } from './explain'

export const GENETICS_TEACHING: Readonly<Record<string, Teaching>> = {
  // Read 9 (91237 #31): the opening and the teaching both said "highly heritable", and the
  // twin data had no study in the reference list; the teaching now adds what the opening does not.
  heritable: {
    open: [
      'Heritability is high: RLS clusters in families.',
      'RLS runs in families more than most sleep disorders do.'
    ],
    teach: [
      'The clustering is strongest when symptoms begin young, and risk variants that replicate across populations show that it is inherited, not only shared habits or surroundings.',
      'Genome-wide studies back the family data with replicated risk variants, near MEIS1 and BTBD9 among others, each adding a little to the inherited share.'
    ],
    correct: [
      'The clustering in families is not explained by a shared diet: it follows relatedness, most of all with early onset, and specific risk variants replicate.',
      'Putting the clustering down to a shared diet ignores the risk variants that genome-wide studies have replicated.'
    ]
  },
  'common-variants-modest': {
    open: [
      'A risk variant is not a verdict: each one shifts risk a little.',
      'The common RLS variants are frequent and individually weak.'
    ],
    teach: [
      'Variants near MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD are common in the population and each raises the odds of RLS modestly; many carriers never develop it.',
      'Each common risk allele adds a small increment of risk, so carrying one says little about a given person’s chance of RLS.',
      'The effect of any one common variant is modest: risk builds up across many loci rather than resting on one gene.'
    ],
    correct: [
      'No common variant raises the risk tenfold; each has a modest effect, and the risk is spread over many loci.',
      'Even the variants near MEIS1 and BTBD9 raise risk only modestly, and many people who carry them never develop RLS.'
    ]
  },
  'meis1-replicated': {
    open: [
      'MEIS1 is the locus that has held up best.',
      'Of the RLS risk loci, MEIS1 has the firmest footing.'
    ],
    teach: [
      'The MEIS1 association came out of the first genome-wide studies and has replicated in population after population, up to the 2024 meta-analysis.',
      'Replication across cohorts is what makes MEIS1 a well-established risk locus, even though each variant near it shifts risk only a little.'
    ],
    correct: [
      'MEIS1 was not lost by later studies: it is among the most consistently confirmed RLS risk loci.',
      'The MEIS1 signal has been confirmed repeatedly since 2007, most recently in the 2024 meta-analysis.'
    ]
  },
  'many-loci': {
    open: [
      'The genetic map has grown from a handful of regions to many loci.',
      'Each larger genome-wide study has added risk loci.'
    ],
    teach: [
      'The first genome-wide studies of 2007–2008 found MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD; later meta-analyses took the count to 22 and then to many more loci.',
      'Genome-wide association work has moved from four loci around 2008 to 22 by 2020, and the 2024 meta-analysis found many more.',
      'Larger samples keep finding new loci, which fits a trait shaped by many common variants of small effect.'
    ],
    correct: [
      'Four loci was the count around 2008; by 2020 there were 22, and the 2024 meta-analysis found many more.',
      'The list of risk loci did not stop at four: later genome-wide meta-analyses raised it past twenty, then far beyond.'
    ]
  },
  'family-history-early-onset': {
    open: [
      'Early onset and an affected relative tend to go together.',
      'Age at onset is the best pointer to a familial form.'
    ],
    teach: [
      'A family history is most typical when RLS begins before about 45; RLS that starts later in life runs in families less often.',
      'Familial clustering is characteristic of early-onset disease, the group in which genetic and family studies find the strongest effects.',
      'Patients whose symptoms began young report affected relatives far more often than those whose RLS started late.'
    ],
    correct: [
      'It is the other way round: a family history is typical of RLS that begins before about 45, not after 50.',
      'Onset after 50 makes a familial form less likely; clustering in families belongs to RLS that starts before about 45.'
    ]
  },
  'family-history-common': {
    open: [
      'An affected relative is common in RLS, most of all when it starts young.',
      'Asking about relatives is worthwhile: many patients have one.'
    ],
    teach: [
      'Up to about 60% of people with RLS report an affected relative, most often when their own symptoms began early.',
      'A positive family history is reported by up to about 60% of patients, so an affected parent or sibling is common, though far from universal.',
      'Family history is among the supportive features of the diagnosis, present in up to about 60% of patients.'
    ],
    correct: [
      'A family history is far more common than 1 in 10: up to about 60% of patients report one.',
      'One in ten badly underestimates familial RLS; up to about 60% of patients name an affected relative.'
    ]
  }
}

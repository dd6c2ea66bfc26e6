// One record per claim of the source summary (clinical brief §1, ids M1 … P3), plus the brief's
// other keyable teaching points (§5, ids T1 … T5). Each record says, in the project's own words,
// what the source asserts, what the bank may actually key, the source's citation numbers, the
// primary references to cite instead, and — where the source overstates or is outdated — the
// one-line evidence note that explanations carry.
import type { SectionId } from '../item'

export type Verdict =
  | 'supported'
  | 'nuance'
  | 'do-not-key'
  | 'outdated'
  | 'possible-association'
  | 'low-evidence'
  | 'advice-not-cause'
  | 'use-ranges'

export interface Claim {
  id: string
  section: SectionId
  /** What the source summary asserts, paraphrased (never quoted). */
  sourceSays: string
  /** The form the bank may teach and, when `keyable`, use as a right answer. */
  statement: string
  /** The source's own citation numbers for the claim, [1]–[5]; empty for teaching points. */
  sourceRefs: number[]
  /** Primary references (ids in references.ts) that support `statement`. */
  references: string[]
  verdict: Verdict
  /** The brief's verdict in words, e.g. "class HIGH; example weak". */
  verdictLabel: string
  /** True when the safe form is HIGH or MODERATE evidence and may be the keyed answer. */
  keyable: boolean
  /** One line for explanations where the source overstates or is outdated; otherwise null. */
  evidenceNote: string | null
  /**
   * Regular expression (source, case-insensitive) that recognises the claim being discussed in an
   * explanation. The coverage gate counts a claim as covered when an item tests it (its id is in
   * `item.claims`) or when an explanation or evidence note matches this pattern.
   */
  mentions: string
}

export const claims: readonly Claim[] = [
  // -- Mechanisms -----------------------------------------------------------------------------
  {
    id: 'M1',
    section: 'dopamine-brain-iron',
    sourceSays:
      'Low brain iron plus dopamine dysfunction is the core mechanism of RLS whatever its cause.',
    statement:
      'Brain iron insufficiency and altered dopaminergic function are the best-supported mechanisms in idiopathic RLS, especially early-onset disease.',
    sourceRefs: [1],
    references: ['allen2007', 'earley2006'],
    verdict: 'nuance',
    verdictLabel: 'nuance',
    keyable: true,
    evidenceNote:
      'The source applies this mechanism to every cause; the evidence is strongest for idiopathic, early-onset RLS.',
    mentions: 'brain iron'
  },
  {
    id: 'M2',
    section: 'dopamine-brain-iron',
    sourceSays: 'A failing A11 hypothalamic dopaminergic circuit is the heart of RLS.',
    statement:
      'A descending A11 dopaminergic pathway has been proposed, but an autopsy study found the A11 neurons normal; this is a hypothesis, not an established mechanism.',
    sourceRefs: [1],
    references: ['earley2009'],
    verdict: 'do-not-key',
    verdictLabel: 'do not key',
    keyable: false,
    evidenceNote:
      'The A11 hypothesis is unproven: A11 neurons looked normal in RLS autopsy brains (Earley 2009).',
    mentions: '\\bA11\\b'
  },
  {
    id: 'M3',
    section: 'dopamine-brain-iron',
    sourceSays:
      'Low iron inside nigral neurons impairs dopamine transport, which drives symptoms in most patients.',
    statement:
      'Dopaminergic function in RLS is altered rather than deficient: presynaptic activity is increased (more tyrosine hydroxylase and synaptic dopamine) while D2 receptors and membrane dopamine transporter are reduced.',
    sourceRefs: [1],
    references: ['connor2009', 'earley2011', 'earley2013'],
    verdict: 'nuance',
    verdictLabel: 'nuance',
    keyable: true,
    evidenceNote:
      'RLS is not a state of dopamine deficiency: imaging and autopsy work point to a hyperdopaminergic presynaptic state with downregulated D2 receptors and transporter.',
    mentions:
      'dopamine transporter|D2 receptors?|tyrosine hydroxylase|hyperdopaminergic|dopamine deficien'
  },
  {
    id: 'M4',
    section: 'dopamine-brain-iron',
    sourceSays: 'The iron–dopamine problem can exist while serum iron tests look normal.',
    statement:
      'Iron in the central nervous system can be low even when serum iron indices are normal.',
    sourceRefs: [1],
    references: ['allen2007', 'aasm2024'],
    verdict: 'supported',
    verdictLabel: 'supported',
    keyable: true,
    evidenceNote: null,
    mentions: 'serum iron|brain iron'
  },
  {
    id: 'M5',
    section: 'dopamine-brain-iron',
    sourceSays: 'Every RLS brain studied shows disturbed regulation of brain iron.',
    statement:
      'A small autopsy series found reduced CNS iron, and imaging shows lower regional brain iron at group level; individual values overlap with controls and the finding is absent in late-onset RLS.',
    sourceRefs: [4],
    references: ['satija2008', 'earley2006'],
    verdict: 'nuance',
    verdictLabel: 'do not key "all"',
    keyable: true,
    evidenceNote:
      'Low brain iron is not a finding in every patient: it comes from small series and group averages that overlap with controls, and it is not seen in late-onset RLS.',
    mentions: 'autopsy|late-onset'
  },
  // -- Genetics -------------------------------------------------------------------------------
  {
    id: 'G1',
    section: 'genetics',
    sourceSays: 'Loci on chromosomes 12, 14 and 9 explain many cases of primary RLS.',
    statement:
      'RLS is highly heritable; the chromosome 12, 14 and 9 loci were early family-linkage findings and have been superseded by genome-wide association studies.',
    sourceRefs: [2],
    references: ['trenkwalder2005'],
    verdict: 'outdated',
    verdictLabel: 'outdated',
    keyable: true,
    evidenceNote:
      'The 12/14/9 loci come from early linkage studies in families; genome-wide studies have since replaced them, so the bank does not ask which chromosomes.',
    mentions: 'linkage|chromosome'
  },
  {
    id: 'G2',
    section: 'genetics',
    sourceSays: 'Risk variants have been found in four chromosomal regions.',
    statement:
      'Common variants near MEIS1, BTBD9, MAP2K5/SKOR1 and PTPRD raise RLS risk; 22 risk loci were known by 2020 and the 2024 meta-analysis added many more.',
    sourceRefs: [3],
    references: ['winkelmann2007', 'schormair2008', 'didriksen2020', 'schormair2024'],
    verdict: 'outdated',
    verdictLabel: 'outdated',
    keyable: true,
    evidenceNote:
      'The first genome-wide studies (2007–2008) found a handful of risk regions; by 2020 there were 22 risk loci, and the 2024 meta-analysis found many more.',
    mentions: 'MEIS1|BTBD9|PTPRD|risk loci|genome-wide'
  },
  {
    id: 'G3',
    section: 'genetics',
    sourceSays: 'A positive family history is frequent.',
    statement:
      'Up to about 60% of patients report an affected relative; a family history is typical of early-onset RLS (before about age 45).',
    sourceRefs: [2],
    references: ['trenkwalder2005'],
    verdict: 'supported',
    verdictLabel: 'supported',
    keyable: true,
    evidenceNote: null,
    mentions: 'family history|affected relative'
  },
  // -- Systemic -------------------------------------------------------------------------------
  {
    id: 'S1',
    section: 'systemic',
    sourceSays: 'Uraemia from end-stage renal disease is strongly linked with RLS.',
    statement:
      'End-stage renal disease is an established secondary context for RLS, affecting roughly one in five people on dialysis.',
    sourceRefs: [4, 2],
    references: ['trenkwalder2016', 'trenkwalder2005'],
    verdict: 'supported',
    verdictLabel: 'supported, HIGH',
    keyable: true,
    evidenceNote: null,
    mentions: 'dialysis|end-stage renal|ESRD'
  },
  {
    id: 'S2',
    section: 'iron-status',
    sourceSays:
      'Systemic iron deficiency, given as ferritin ≤75 ng/mL or TSAT <20%, is a major reversible cause.',
    statement:
      'Iron deficiency is an established, reversible contributor to RLS. Ferritin ≤75 ng/mL or TSAT <20% are the AASM thresholds for offering iron to adults with RLS, not a general definition of iron deficiency.',
    sourceRefs: [5],
    references: ['aasm2024'],
    verdict: 'nuance',
    verdictLabel: 'nuance',
    keyable: true,
    evidenceNote:
      'The ≤75 ng/mL and <20% figures are treatment thresholds for adults with RLS; general-medicine definitions of iron deficiency use much lower ferritin cut-offs (WHO <15 µg/L).',
    mentions: 'ferritin'
  },
  {
    id: 'S3',
    section: 'systemic',
    sourceSays: 'RLS is more common in pregnancy, through mechanisms specific to pregnancy.',
    statement:
      'Pregnancy-related RLS affects roughly 20–25% of pregnancies, typically in the third trimester, and usually resolves after delivery.',
    sourceRefs: [5, 2],
    references: ['trenkwalder2005', 'manconi2004'],
    verdict: 'supported',
    verdictLabel: 'supported, HIGH',
    keyable: true,
    evidenceNote: null,
    mentions: 'pregnan'
  },
  // -- Neurological ---------------------------------------------------------------------------
  {
    id: 'S4',
    section: 'neurological',
    sourceSays: 'Neuropathy and RLS are linked, with the nature of the link still unsettled.',
    statement:
      'Peripheral neuropathy has a possible association with RLS and is also a key mimic: stocking-distribution numbness or burning that movement does not relieve.',
    sourceRefs: [4, 2],
    references: ['satija2008', 'trenkwalder2016'],
    verdict: 'possible-association',
    verdictLabel: 'possible association',
    keyable: false,
    evidenceNote:
      'The association with neuropathy is possible, not established; neuropathy is more useful to know as a mimic than as a cause.',
    mentions: 'neuropath'
  },
  {
    id: 'S5',
    section: 'neurological',
    sourceSays: 'Spinal cord lesions of many kinds can provoke RLS.',
    statement: 'Spinal cord lesions have a possible association with RLS (background only).',
    sourceRefs: [3],
    references: ['trenkwalder2005'],
    verdict: 'possible-association',
    verdictLabel: 'possible association',
    keyable: false,
    evidenceNote:
      'Evidence for spinal cord lesions comes from case series; treat it as a possible association.',
    mentions: 'spinal cord'
  },
  {
    id: 'S6',
    section: 'neurological',
    sourceSays: 'Essential tremor and some inherited ataxias show higher RLS rates.',
    statement:
      'Essential tremor and some genetic ataxias may be associated with RLS (the original review says "possibly"; background only).',
    sourceRefs: [4],
    references: ['satija2008', 'trenkwalder2016'],
    verdict: 'possible-association',
    verdictLabel: 'possible (the original says "possibly")',
    keyable: false,
    evidenceNote:
      'This association is possible rather than established: the primary review reports it with a hedge, and it is background, not a cause to act on.',
    mentions: 'essential tremor|ataxia'
  },
  {
    id: 'S7',
    section: 'neurological',
    sourceSays: 'Rheumatoid arthritis has been connected with symptomatic RLS.',
    statement:
      'Rheumatoid arthritis has a possible association with RLS, and arthritis is also a mimic (background only).',
    sourceRefs: [2],
    references: ['trenkwalder2005', 'trenkwalder2016'],
    verdict: 'possible-association',
    verdictLabel: 'possible association',
    keyable: false,
    evidenceNote:
      'The link with rheumatoid arthritis is a possible association; joint pain is also a mimic of RLS.',
    mentions: 'rheumatoid'
  },
  // -- Medications ----------------------------------------------------------------------------
  {
    id: 'D1',
    section: 'medications',
    sourceSays:
      'Dopamine antagonists, lurasidone being the example given, can provoke or worsen RLS.',
    statement:
      'D2-blocking antipsychotics (classic examples haloperidol, olanzapine, quetiapine, risperidone) and dopamine-blocking antiemetics (metoclopramide, prochlorperazine, promethazine) can provoke or worsen RLS.',
    sourceRefs: [5, 1],
    references: ['perezlloret2012', 'aasm2024'],
    verdict: 'supported',
    verdictLabel: 'class HIGH; example weak',
    keyable: true,
    evidenceNote:
      'The class effect is well supported, but lurasidone is a poor example: there are no RLS-specific reports and its usual movement effect is akathisia, a mimic.',
    mentions: 'antipsychotic|metoclopramide|prochlorperazine|promethazine'
  },
  {
    id: 'D2',
    section: 'medications',
    sourceSays: 'SSRIs and tricyclics are well-documented causes of worse RLS.',
    statement:
      'Mirtazapine has the strongest antidepressant association (28% new or worse RLS in a prospective cohort); SSRIs and SNRIs can worsen RLS in some patients.',
    sourceRefs: [5, 1],
    references: ['rottach2008', 'kolla2018'],
    verdict: 'nuance',
    verdictLabel: 'MODERATE (SSRI/SNRI), LOW (TCA)',
    keyable: true,
    evidenceNote:
      'The evidence is uneven: SSRIs and SNRIs worsen RLS in some patients (moderate evidence), tricyclics only in case reports; mirtazapine has the strongest signal.',
    mentions: 'SSRI|SNRI|mirtazapine'
  },
  {
    id: 'D3',
    section: 'medications',
    sourceSays: 'Antihistamines can make symptoms worse.',
    statement:
      'Sedating first-generation H1 antihistamines (diphenhydramine, doxylamine, hydroxyzine, chlorpheniramine), including over-the-counter "PM" sleep aids, can worsen RLS.',
    sourceRefs: [5],
    references: ['aasm2024'],
    verdict: 'supported',
    verdictLabel: 'MODERATE',
    keyable: true,
    evidenceNote: null,
    mentions: 'antihistamine'
  },
  {
    id: 'D4',
    section: 'medications',
    sourceSays: 'Lithium has been reported to worsen RLS.',
    statement: 'Lithium-associated RLS rests on case reports (background only).',
    sourceRefs: [1],
    references: ['terao1991'],
    verdict: 'low-evidence',
    verdictLabel: 'LOW',
    keyable: false,
    evidenceNote: 'Lithium rests on case reports only, so the bank never keys it.',
    mentions: 'lithium'
  },
  {
    id: 'D5',
    section: 'medications',
    sourceSays: 'Antidopaminergic drugs of every class should be avoided.',
    statement:
      'Avoid or minimise centrally acting dopamine antagonists in people with RLS when an alternative exists.',
    sourceRefs: [5],
    references: ['aasm2024', 'silber2021'],
    verdict: 'nuance',
    verdictLabel: 'nuance',
    keyable: true,
    evidenceNote:
      'The advice is to avoid or minimise these drugs when alternatives exist, not an absolute ban.',
    mentions: 'dopamine antagonist|dopamine-blocking'
  },
  // -- Lifestyle and sleep --------------------------------------------------------------------
  {
    id: 'L1',
    section: 'lifestyle-sleep',
    sourceSays: 'Drinking alcohol can make RLS worse.',
    statement:
      'Patients are commonly advised to limit evening alcohol; alcohol is not an established cause of RLS.',
    sourceRefs: [5],
    references: ['aasm2024', 'batoolanwar2016'],
    verdict: 'advice-not-cause',
    verdictLabel: 'advice, not cause',
    keyable: true,
    evidenceNote:
      'Limiting evening alcohol is common advice, but alcohol has not been shown to cause RLS.',
    mentions: 'alcohol'
  },
  {
    id: 'L2',
    section: 'lifestyle-sleep',
    sourceSays: 'Caffeine is a recognised trigger of worse symptoms.',
    statement:
      'Patients are commonly advised to limit caffeine; a large prospective cohort found no association between caffeine and new RLS.',
    sourceRefs: [5],
    references: ['aasm2024', 'batoolanwar2016'],
    verdict: 'advice-not-cause',
    verdictLabel: 'advice, not cause',
    keyable: true,
    evidenceNote:
      'Caffeine is not an established trigger: a large cohort found no link with incident RLS, though limiting it is reasonable advice.',
    mentions: 'caffeine'
  },
  {
    id: 'L3',
    section: 'lifestyle-sleep',
    sourceSays: 'Untreated obstructive sleep apnoea worsens RLS and has to be dealt with.',
    statement:
      'Untreated obstructive sleep apnoea should be addressed alongside RLS care; it is not an established cause of RLS.',
    sourceRefs: [5],
    references: ['aasm2024'],
    verdict: 'supported',
    verdictLabel: 'supported as management',
    keyable: true,
    evidenceNote:
      'Treating sleep apnoea is part of good RLS care, but sleep apnoea is not an established cause of RLS.',
    mentions: 'sleep apn(o)?ea|\\bOSA\\b'
  },
  // -- Pitfalls and epidemiology --------------------------------------------------------------
  {
    id: 'P1',
    section: 'pitfalls-epidemiology',
    sourceSays: 'Normal serum iron studies should not be taken to rule out iron deficiency in RLS.',
    statement:
      'Normal serum iron studies do not exclude low brain iron, and a ferritin the laboratory flags as normal may still be ≤75 ng/mL and qualify for iron therapy; there is no clinical test of brain iron.',
    sourceRefs: [1],
    references: ['aasm2024', 'allen2007'],
    verdict: 'supported',
    verdictLabel: 'supported',
    keyable: true,
    evidenceNote: null,
    mentions: 'normal ferritin|flagged (as )?normal|reference range|normal range|normal serum iron'
  },
  {
    id: 'P2',
    section: 'pitfalls-epidemiology',
    sourceSays: 'Every patient should be screened for medicines that worsen RLS.',
    statement:
      'Review the whole medication list in every patient with RLS, including over-the-counter sleep aids and antiemetics.',
    sourceRefs: [1],
    references: ['aasm2024', 'silber2021'],
    verdict: 'supported',
    verdictLabel: 'supported',
    keyable: true,
    evidenceNote: null,
    mentions: 'medication review|medication list|medicines? review'
  },
  {
    id: 'P3',
    section: 'pitfalls-epidemiology',
    sourceSays:
      'About one in ten Caucasians has RLS, women twice as often as men, and severity climbs with age.',
    statement:
      'About 5–10% of Western adults report RLS of any severity and about 2–3% have clinically significant RLS; it is more common in women and with increasing age.',
    sourceRefs: [4],
    references: ['ohayon2012', 'hogl2005', 'allen2011'],
    verdict: 'use-ranges',
    verdictLabel: 'use ranges',
    keyable: true,
    evidenceNote:
      'Prevalence depends on the definition: 5–10% for any severity, about 2–3% for clinically significant RLS.',
    mentions: 'prevalence|of (Western )?adults'
  }
]

/** The brief's other keyable teaching points (§5), used by items beyond the source's claims. */
export const teachingPoints: readonly Claim[] = [
  {
    id: 'T1',
    section: 'pitfalls-epidemiology',
    sourceSays: '',
    statement:
      'RLS is a clinical diagnosis made on the five IRLSSG criteria; no test is needed to diagnose it.',
    sourceRefs: [],
    references: ['irlssg2014'],
    verdict: 'supported',
    verdictLabel: 'teaching point',
    keyable: true,
    evidenceNote: null,
    mentions: 'clinical diagnosis|IRLSSG'
  },
  {
    id: 'T2',
    section: 'iron-status',
    sourceSays: '',
    statement:
      'Check ferritin and transferrin saturation in everyone with clinically significant RLS.',
    sourceRefs: [],
    references: ['aasm2024', 'irlssg2018'],
    verdict: 'supported',
    verdictLabel: 'teaching point',
    keyable: true,
    evidenceNote: null,
    mentions: 'transferrin saturation|TSAT'
  },
  {
    id: 'T3',
    section: 'systemic',
    sourceSays: '',
    statement:
      'The established secondary contexts for RLS are iron deficiency, end-stage renal disease and pregnancy.',
    sourceRefs: [],
    references: ['trenkwalder2016', 'aasm2024'],
    verdict: 'supported',
    verdictLabel: 'teaching point',
    keyable: true,
    evidenceNote: null,
    mentions: 'secondary context'
  },
  {
    id: 'T4',
    section: 'neurological',
    sourceSays: '',
    statement:
      'Primary RLS usually comes with a normal neurological examination; abnormal signs point to a mimic or another diagnosis.',
    sourceRefs: [],
    references: ['irlssg2014', 'trenkwalder2016'],
    verdict: 'supported',
    verdictLabel: 'teaching point',
    keyable: true,
    evidenceNote: null,
    mentions: 'neurological examination'
  },
  {
    id: 'T5',
    section: 'medications',
    sourceSays: '',
    statement:
      'Long-term dopaminergic treatment (pramipexole, ropinirole, rotigotine, levodopa) can cause augmentation: symptoms start earlier in the day, come on faster at rest, grow more intense and spread to the arms.',
    sourceRefs: [],
    references: ['aasm2024', 'silber2021'],
    verdict: 'supported',
    verdictLabel: 'teaching point',
    keyable: true,
    evidenceNote: null,
    mentions: 'augmentation'
  }
]

/** Source claims and teaching points by id. */
export const claimById: ReadonlyMap<string, Claim> = new Map(
  [...claims, ...teachingPoints].map((c) => [c.id, c])
)

/** The source-claim ids M1 … P3 in brief order (the coverage gate checks every one). */
export const sourceClaimIds: readonly string[] = claims.map((c) => c.id)

// The vetted medication lists of the clinical brief §2, plus the realistic details (indication and
// regimen) that case generators need to write a believable medication list. Generators draw keys
// only from `keyableAggravators` and distractors only from `safeDistractors` (and the α2δ ligands,
// which are first-line RLS treatments). Nothing here is quoted from the source summary.

export type Confidence = 'HIGH' | 'MODERATE'

export type AggravatorClassId =
  | 'd2-antipsychotic'
  | 'd2-antiemetic'
  | 'h1-antihistamine'
  | 'mirtazapine'
  | 'ssri'
  | 'snri'
  | 'dopaminergic'

export interface AggravatorClass {
  id: AggravatorClassId
  name: string
  confidence: Confidence
  /** The claim (claims.ts) that lets the bank key this class. */
  claim: string
  references: string[]
  drugs: readonly string[]
  /** Why the class worsens RLS, in one clause, for option rationales. */
  why: string
  /** Evidence note to attach when a drug of this class is keyed, or null. */
  evidenceNote: string | null
}

export const aggravatorClasses: readonly AggravatorClass[] = [
  {
    id: 'd2-antipsychotic',
    name: 'D2-blocking antipsychotic',
    confidence: 'HIGH',
    claim: 'D1',
    references: ['perezlloret2012', 'aasm2024'],
    drugs: [
      'haloperidol',
      'chlorpromazine',
      'fluphenazine',
      'olanzapine',
      'quetiapine',
      'risperidone',
      'ziprasidone'
    ],
    why: 'by blocking central D2 receptors, antipsychotics of this kind are a recognised cause of new or worse RLS',
    evidenceNote: null
  },
  {
    id: 'd2-antiemetic',
    name: 'dopamine-blocking antiemetic',
    confidence: 'HIGH',
    claim: 'D1',
    references: ['aasm2024', 'silber2021'],
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    why: 'by blocking central dopamine receptors, these antiemetics are a recognised cause of new or worse RLS',
    evidenceNote: null
  },
  {
    id: 'h1-antihistamine',
    name: 'sedating first-generation H1 antihistamine',
    confidence: 'MODERATE',
    claim: 'D3',
    references: ['aasm2024'],
    drugs: ['diphenhydramine', 'doxylamine', 'hydroxyzine', 'chlorpheniramine'],
    // Read 10 (94649 #21): "belongs to a class recognised to worsen RLS: this class … is a
    // recognised aggravator" said one thing twice. Now what the class does and where it hides.
    // Read 22 (F2#11): "one of them is the active ingredient of … 'PM' sleep aids" read, beside
    // chlorpheniramine, as naming chlorpheniramine; the sleep aids' ingredients are named now.
    why: 'first-generation H1 blockers cross into the brain and are a recognised cause of new or worse RLS; diphenhydramine and doxylamine, two of them, are the active ingredients of most over-the-counter "PM" sleep aids',
    evidenceNote: null
  },
  {
    id: 'mirtazapine',
    name: 'noradrenergic and specific serotonergic antidepressant',
    confidence: 'HIGH',
    claim: 'D2',
    references: ['rottach2008', 'kolla2018'],
    drugs: ['mirtazapine'],
    why: 'it has the strongest RLS signal of any antidepressant, with new or worse RLS in 28% of a prospective cohort',
    evidenceNote: null
  },
  {
    id: 'ssri',
    name: 'SSRI',
    confidence: 'MODERATE',
    claim: 'D2',
    references: ['kolla2018', 'rottach2008'],
    drugs: ['fluoxetine', 'sertraline', 'paroxetine', 'citalopram', 'escitalopram'],
    why: 'SSRIs can worsen RLS in some patients',
    evidenceNote:
      'SSRIs worsen RLS in some patients, not most (moderate evidence); many people with RLS take them without trouble.'
  },
  {
    id: 'snri',
    name: 'SNRI',
    confidence: 'MODERATE',
    claim: 'D2',
    references: ['kolla2018', 'rottach2008'],
    drugs: ['venlafaxine', 'duloxetine'],
    why: 'SNRIs can worsen RLS in some patients',
    evidenceNote:
      'SNRIs worsen RLS in some patients, not most (moderate evidence); many people with RLS take them without trouble.'
  },
  {
    id: 'dopaminergic',
    name: 'dopaminergic RLS treatment',
    confidence: 'HIGH',
    claim: 'T5',
    references: ['aasm2024', 'silber2021'],
    drugs: ['pramipexole', 'ropinirole', 'rotigotine', 'levodopa'],
    why: 'long-term use can cause augmentation, a treatment-induced worsening of RLS',
    evidenceNote: null
  }
]

/** One way a drug appears in a medication list. */
export interface DrugUse {
  indication: string
  regimen: string
}

export type DrugRole = 'aggravator' | 'safe' | 'alpha2delta'

export interface DrugEntry {
  /** Generic name: the option `code` for drug options. */
  generic: string
  role: DrugRole
  /** Pharmacological class in plain words, e.g. "ACE inhibitor". */
  className: string
  /** Aggravator class id, for role "aggravator". */
  aggravatorClass?: AggravatorClassId
  uses: readonly DrugUse[]
  /** Only appears in men's medication lists (e.g. BPH drugs). */
  maleOnly?: boolean
  /** A statin: never pair with a stem describing myalgia (brief §2). */
  statin?: boolean
  /** Extra specific sentence for the rationale. */
  note?: string
}

const aggravatorUses: Record<string, readonly DrugUse[]> = {
  haloperidol: [{ indication: 'schizophrenia', regimen: '2 mg twice daily' }],
  chlorpromazine: [{ indication: 'schizophrenia', regimen: '100 mg at night' }],
  fluphenazine: [
    { indication: 'schizophrenia', regimen: 'decanoate 25 mg by injection every 3 weeks' }
  ],
  olanzapine: [
    { indication: 'bipolar disorder', regimen: '10 mg at night' },
    { indication: 'schizophrenia', regimen: '15 mg at night' }
  ],
  quetiapine: [
    { indication: 'bipolar disorder', regimen: '300 mg at night' },
    { indication: 'poor sleep (off-label)', regimen: '25 mg at night' }
  ],
  risperidone: [
    { indication: 'schizophrenia', regimen: '2 mg twice daily' },
    { indication: 'bipolar disorder', regimen: '2 mg at night' }
  ],
  ziprasidone: [{ indication: 'bipolar disorder', regimen: '40 mg twice daily with food' }],
  metoclopramide: [
    { indication: 'diabetic gastroparesis', regimen: '10 mg before meals and at bedtime' },
    { indication: 'nausea', regimen: '10 mg up to three times daily as needed' }
  ],
  prochlorperazine: [
    { indication: 'vertigo', regimen: '5 mg three times daily' },
    { indication: 'nausea', regimen: '10 mg up to three times daily as needed' }
  ],
  promethazine: [
    { indication: 'nausea', regimen: '25 mg at bedtime as needed' },
    { indication: 'allergic rhinitis', regimen: '25 mg at night' }
  ],
  diphenhydramine: [{ indication: 'sleep, bought over the counter', regimen: '50 mg at bedtime' }],
  doxylamine: [{ indication: 'sleep, bought over the counter', regimen: '25 mg at bedtime' }],
  hydroxyzine: [
    { indication: 'itchy eczema', regimen: '25 mg at night' },
    { indication: 'anxiety', regimen: '25 mg at night as needed' }
  ],
  chlorpheniramine: [{ indication: 'hay fever', regimen: '4 mg up to four times daily' }],
  mirtazapine: [
    { indication: 'depression with insomnia', regimen: '15 mg at night' },
    { indication: 'depression with poor appetite', regimen: '30 mg at night' }
  ],
  fluoxetine: [{ indication: 'depression', regimen: '20 mg every morning' }],
  sertraline: [
    { indication: 'depression', regimen: '50 mg once daily' },
    { indication: 'generalised anxiety disorder', regimen: '100 mg once daily' }
  ],
  paroxetine: [{ indication: 'panic disorder', regimen: '20 mg once daily' }],
  citalopram: [{ indication: 'depression', regimen: '20 mg once daily' }],
  escitalopram: [
    { indication: 'generalised anxiety disorder', regimen: '10 mg once daily' },
    { indication: 'depression', regimen: '10 mg once daily' }
  ],
  venlafaxine: [{ indication: 'depression', regimen: '75 mg extended-release once daily' }],
  duloxetine: [{ indication: 'generalised anxiety disorder', regimen: '60 mg once daily' }],
  pramipexole: [{ indication: 'restless legs syndrome', regimen: '0.25 mg two hours before bed' }],
  ropinirole: [{ indication: 'restless legs syndrome', regimen: '1 mg two hours before bed' }],
  rotigotine: [{ indication: 'restless legs syndrome', regimen: '2 mg/24 h skin patch' }],
  levodopa: [
    { indication: 'restless legs syndrome', regimen: 'carbidopa/levodopa 25/100 mg in the evening' }
  ]
}

const safe: DrugEntry[] = [
  {
    generic: 'lisinopril',
    role: 'safe',
    className: 'ACE inhibitor',
    uses: [
      { indication: 'hypertension', regimen: '10 mg once daily' },
      { indication: 'hypertension', regimen: '20 mg once daily' }
    ]
  },
  {
    generic: 'enalapril',
    role: 'safe',
    className: 'ACE inhibitor',
    uses: [
      { indication: 'hypertension', regimen: '10 mg twice daily' },
      { indication: 'heart failure', regimen: '5 mg twice daily' }
    ]
  },
  {
    generic: 'losartan',
    role: 'safe',
    className: 'angiotensin receptor blocker',
    uses: [
      { indication: 'hypertension', regimen: '50 mg once daily' },
      { indication: 'diabetic kidney protection', regimen: '100 mg once daily' }
    ]
  },
  {
    generic: 'hydrochlorothiazide',
    role: 'safe',
    className: 'thiazide diuretic',
    uses: [{ indication: 'hypertension', regimen: '25 mg every morning' }]
  },
  {
    generic: 'chlorthalidone',
    role: 'safe',
    className: 'thiazide-like diuretic',
    uses: [{ indication: 'hypertension', regimen: '12.5 mg every morning' }]
  },
  {
    generic: 'atorvastatin',
    role: 'safe',
    className: 'statin',
    statin: true,
    uses: [
      { indication: 'high cholesterol', regimen: '20 mg at night' },
      { indication: 'secondary prevention after a heart attack', regimen: '80 mg at night' }
    ]
  },
  {
    generic: 'rosuvastatin',
    role: 'safe',
    className: 'statin',
    statin: true,
    uses: [{ indication: 'high cholesterol', regimen: '10 mg once daily' }]
  },
  {
    generic: 'metformin',
    role: 'safe',
    className: 'biguanide',
    uses: [
      { indication: 'type 2 diabetes', regimen: '1000 mg twice daily' },
      { indication: 'type 2 diabetes', regimen: '500 mg twice daily with meals' }
    ]
  },
  {
    generic: 'sitagliptin',
    role: 'safe',
    className: 'DPP-4 inhibitor',
    uses: [{ indication: 'type 2 diabetes', regimen: '100 mg once daily' }]
  },
  {
    generic: 'insulin glargine',
    role: 'safe',
    className: 'long-acting insulin',
    uses: [{ indication: 'type 2 diabetes', regimen: '22 units at bedtime' }]
  },
  {
    generic: 'levothyroxine',
    role: 'safe',
    className: 'thyroid hormone replacement',
    note: 'That holds for a replacement dose, as here.',
    uses: [{ indication: 'hypothyroidism', regimen: '100 micrograms every morning' }]
  },
  {
    generic: 'acetaminophen',
    role: 'safe',
    className: 'simple analgesic',
    uses: [{ indication: 'knee osteoarthritis', regimen: '1 g up to three times daily as needed' }]
  },
  {
    generic: 'amoxicillin',
    role: 'safe',
    className: 'penicillin antibiotic',
    uses: [{ indication: 'chest infection', regimen: '500 mg three times daily for 5 days' }]
  },
  {
    generic: 'cephalexin',
    role: 'safe',
    className: 'cephalosporin antibiotic',
    uses: [{ indication: 'cellulitis', regimen: '500 mg four times daily for 7 days' }]
  },
  {
    generic: 'tamsulosin',
    role: 'safe',
    className: 'alpha-1 blocker',
    maleOnly: true,
    uses: [{ indication: 'benign prostatic hyperplasia', regimen: '0.4 mg at bedtime' }]
  },
  {
    generic: 'finasteride',
    role: 'safe',
    className: '5-alpha-reductase inhibitor',
    maleOnly: true,
    uses: [{ indication: 'benign prostatic hyperplasia', regimen: '5 mg once daily' }]
  },
  {
    generic: 'alendronate',
    role: 'safe',
    className: 'bisphosphonate',
    uses: [{ indication: 'osteoporosis', regimen: '70 mg once weekly' }]
  }
]

const alpha2delta: DrugEntry[] = [
  {
    generic: 'gabapentin',
    role: 'alpha2delta',
    className: 'α2δ ligand',
    note: 'It is a first-line RLS treatment (AASM 2024), not an aggravator.',
    // The second use lets a list carry it as a centrally acting non-aggravator (read-through P6).
    uses: [
      { indication: 'restless legs syndrome', regimen: '300 mg in the early evening' },
      { indication: 'sciatic nerve pain', regimen: '300 mg three times daily' }
    ]
  },
  {
    generic: 'pregabalin',
    role: 'alpha2delta',
    className: 'α2δ ligand',
    note: 'It is a first-line RLS treatment (AASM 2024), not an aggravator.',
    uses: [
      { indication: 'restless legs syndrome', regimen: '75 mg in the early evening' },
      { indication: 'generalised anxiety disorder', regimen: '75 mg twice daily' }
    ]
  }
]

const aggravators: DrugEntry[] = aggravatorClasses.flatMap((cls) =>
  cls.drugs.map((generic) => ({
    generic,
    role: 'aggravator' as const,
    className: cls.name,
    aggravatorClass: cls.id,
    uses: aggravatorUses[generic] ?? []
  }))
)

/** Every drug a generator may name, by generic name. */
export const drugs: ReadonlyMap<string, DrugEntry> = new Map(
  [...aggravators, ...safe, ...alpha2delta].map((d) => [d.generic, d])
)

/** Keyable aggravators (may be the right answer), with their class and confidence. */
export const keyableAggravators: ReadonlyMap<string, AggravatorClass> = new Map(
  aggravatorClasses.flatMap((cls) => cls.drugs.map((d) => [d, cls] as const))
)

/** Common drugs with no recognised association with worse RLS (an absence-of-evidence list). */
export const safeDistractors: readonly string[] = safe.map((d) => d.generic)

/** First-line RLS treatments, usable as a non-aggravating option in "which drug worsens" items. */
export const alpha2deltaOptions: readonly string[] = alpha2delta.map((d) => d.generic)

/** Never the keyed answer (brief §2): weak, mixed or case-report-only evidence. */
export const neverKey: readonly string[] = [
  'lithium',
  'amitriptyline',
  'nortriptyline',
  'imipramine',
  'lurasidone',
  'tramadol',
  'trazodone',
  'doxepin',
  // D2 partial agonist with reports both ways, and weak D2 blockade with case reports only
  // (brief §2): neither keyed nor offered as a distractor.
  'aripiprazole',
  'clozapine'
]

/** Never a distractor (brief §2): mixed evidence or an indirect link that invites a fair appeal. */
export const neverUseAsDistractor: readonly string[] = [
  'bupropion',
  'tramadol',
  'metoprolol',
  'atenolol',
  'propranolol',
  'bisoprolol',
  'carvedilol',
  'amlodipine',
  'nifedipine',
  'felodipine',
  'loratadine',
  'fexofenadine',
  'cetirizine',
  'trazodone',
  'doxepin',
  'omeprazole',
  'pantoprazole',
  'lansoprazole',
  'esomeprazole',
  'ibuprofen',
  'naproxen',
  'diclofenac',
  'aspirin',
  'warfarin',
  'apixaban',
  'rivaroxaban',
  'enoxaparin',
  'heparin',
  'lorazepam',
  'diazepam',
  'clonazepam',
  'alprazolam',
  'temazepam',
  'ondansetron',
  'domperidone'
]

/** Bupropion: never a distractor, but the brief allows it as the key of a "choose an
 * antidepressant for a patient with RLS" item, citing bayard2011. */
export const antidepressantOfChoiceInRls = 'bupropion'

export function isStatin(generic: string): boolean {
  return drugs.get(generic)?.statin === true
}

/**
 * Rationale sentence for a drug option that is not the answer in a "which drug worsens" item.
 * `indication` (optional) names what the patient takes it for, to make the rationale specific.
 */
export function nonAggravatorRationale(generic: string, indication?: string): string {
  const d = drugs.get(generic)
  if (!d) throw new Error(`unknown drug ${generic}`)
  if (d.role === 'alpha2delta') {
    return `${cap(generic)} is an ${d.className} and a first-line treatment for RLS (AASM 2024); it does not worsen RLS.`
  }
  if (d.role !== 'safe') throw new Error(`${generic} is not a non-aggravating option`)
  const what = `${article(d.className)} ${d.className}${indication ? `, taken here for ${indication}` : ''}`
  const extra = d.note ? ` ${d.note}` : ''
  return `${cap(generic)} (${what}) is not a recognised aggravator of RLS.${extra}`
}

/** Promethazine prescribed for something other than nausea is explained as what it is there: a
 * sedating phenothiazine antihistamine that also blocks D2 receptors (brief §2). */
export function promethazineAsAntihistamine(generic: string, indication?: string): boolean {
  return generic === 'promethazine' && indication !== undefined && !/nausea|vomit/i.test(indication)
}

export const PROMETHAZINE_ANTIHISTAMINE_WHY =
  'a sedating phenothiazine antihistamine that also blocks central D2 receptors, it is a recognised cause of new or worse RLS'

export const PROMETHAZINE_ANTIHISTAMINE_ADVICE =
  'Promethazine taken for allergy or sleep can usually be replaced by a non-sedating approach to the allergy (for example a nasal steroid) or by sleep measures that do not block dopamine.'

/** Rationale sentence for a keyed aggravator; `indication` (why it was prescribed) shapes it. */
export function aggravatorRationale(generic: string, indication?: string): string {
  const cls = keyableAggravators.get(generic)
  if (!cls) throw new Error(`${generic} is not a keyable aggravator`)
  if (promethazineAsAntihistamine(generic, indication))
    return `${cap(generic)}, taken here for ${indication}, is ${PROMETHAZINE_ANTIHISTAMINE_WHY}.`
  return `${cap(generic)} is ${article(cls.name)} ${cls.name}: ${cls.why}.`
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function article(word: string): string {
  return /^[aeiouα]/i.test(word) || /^(SSRI|SNRI|ACE|H1)/.test(word) ? 'an' : 'a'
}

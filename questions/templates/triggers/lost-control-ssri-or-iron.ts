// RLS that was well controlled on an α2δ ligand loses control. In one arm an SSRI was started by
// another prescriber weeks before; in the other the SSRI is long-standing and the ferritin has
// fallen since the last check. The same explanations are offered in both, so the learner has to
// weigh the timeline and the iron results rather than spot the only drug mentioned.
import type { Template } from '../types'
import { byLengthRank } from '../kit/choices'
import { lengthRankMiss, statementOptions } from '../kit/statements'
import { classEvidence } from '../kit/meds'
import { cap, fill, person, pickSex, seconds, spell } from '../kit/people'

// Both arms' keys are always offered (read 5, P1: without the SSRI option the iron key was the one
// option echoing the stem). The other foils are pharmacology a learner must know to reject; none is
// ruled out by a sentence of the stem (adherence, neuropathy and interdose withdrawal were, and
// "Parkinson disease unmasked" was a straw man).
const TEXTS: Record<string, string> = {
  'ssri-effect': 'A side effect of the serotonergic antidepressant',
  'falling-iron': 'Depletion of iron stores since the previous check',
  'a2d-tolerance': 'Tolerance to the α2δ ligand that has built up over time',
  'natural-progression': 'Natural worsening of idiopathic disease with age',
  'a2d-augmentation': 'Augmentation brought on by the α2δ ligand itself',
  'new-osa': 'Newly developed obstructive sleep apnoea',
  'renal-clearance': 'Faster clearance of the α2δ ligand by the kidneys',
  'a2d-interaction': 'Lower α2δ ligand levels from a drug interaction'
}
const BOTH_KEYS = ['ssri-effect', 'falling-iron']
// More wordings of each key, shorter and longer, drawn by lot for each independently,
// so the rival key (always offered) is not a fixed length neighbour and the key can reach every
// length rank (middle-length: 40.2% vs chance 22.6% with one wording each).
const KEY_FORMS: Record<string, readonly string[]> = {
  'ssri-effect': [
    'A side effect of the serotonergic antidepressant',
    'A side effect of the SSRI antidepressant',
    'A side effect of the serotonergic (SSRI) antidepressant',
    'A side effect of the SSRI'
  ],
  'falling-iron': [
    'Depletion of iron stores since the previous check',
    'Iron stores falling since the previous check',
    'Iron loss since the previous check',
    'Depletion of the iron stores since the previous blood test'
  ]
}
const SSRIS = [
  ['sertraline', '50 mg once daily', 'generalised anxiety', 'an occupational health doctor'],
  ['fluoxetine', '20 mg every morning', 'premenstrual dysphoric disorder', 'a gynaecologist'],
  ['escitalopram', '10 mg once daily', 'depression', 'a telepsychiatry service'],
  // Another service, as the explanation says (read 9, 91237 #12: "a locum" was a detail
  // with nothing to do with the question).
  ['citalopram', '20 mg once daily', 'depression', 'a family physician at a previous practice'],
  ['paroxetine', '20 mg once daily', 'panic disorder', 'a psychiatrist']
] as const
// Read 6 (98731 #5, MAJOR): the history named one iron-loss event in the iron arm only, so its
// presence found the key. Now both arms tell of one such event beside an unrelated one, in an order
// drawn by lot, and only the ferritin trend separates them.
// Read 7 (99551 #5): "regular blood donation, every twelve weeks and a fortnight of walking
// holidays" read as one garbled list, and a ferritin stable at 173 through four donations a year
// is implausible. The frequency is now in parentheses, and where the iron is stable (SSRI arm) the
// donor gave blood twice in the year.
const LOSS = [
  'heavy menstrual periods',
  'regular blood donation (every twelve weeks)',
  'a switch to a vegan diet'
]
const LOSS_STABLE_IRON: Readonly<Record<number, string>> = { 1: 'two blood donations' }
const NEUTRAL = [
  'a change of job',
  'a house move',
  'a course of physiotherapy for a shoulder strain',
  'a fortnight of walking holidays'
]

/** The option texts with each key in one of its wordings: `kf` = ssri form + 4 × iron form
 * (four wordings each). */
function textsFor(kf: number): Record<string, string> {
  return {
    ...TEXTS,
    'ssri-effect': KEY_FORMS['ssri-effect']?.[kf % 4] as string,
    'falling-iron': KEY_FORMS['falling-iron']?.[Math.floor(kf / 4)] as string
  }
}

/** Read 6 (98731 #5): a fall in ferritin is put down to blood loss before diet. One sentence of
 * its own (read 9, 91237 #12: "needs its cause found: blood loss first: the regular blood
 * donation…" ran two colons together). */
function causeOfFall(loss: number, menstruating: boolean): string {
  if (loss === 0)
    return 'Blood loss comes first: the heavy periods the history mentions, and gastrointestinal loss if they do not account for it.'
  const other = menstruating ? 'menstrual or gastrointestinal' : 'gastrointestinal'
  if (loss === 1)
    return `Blood loss comes first, and the history names one source, the regular blood donation; ${other} loss is looked for too.`
  return `Blood loss (${other}) is looked for first, and only then the vegan diet, which may add to it.`
}

export const lostControlSsriOrIron: Template = {
  id: 'trigger-lost-control-ssri-or-iron',
  family: '14',
  section: 'medications',
  title: 'Controlled RLS slips: a new SSRI or falling iron?',
  generate(rng) {
    const arm = rng.pick(['ssri', 'iron'] as const)
    const key = arm === 'ssri' ? 'ssri-effect' : 'falling-iron'
    const ssri = rng.int(0, SSRIS.length - 1)
    const female = (SSRIS[ssri]?.[2] ?? '').includes('premenstrual')
    const loss = rng.int(0, LOSS.length - 1)
    const sex = female || loss === 0 ? 'f' : pickSex(rng)
    const rival = key === 'ssri-effect' ? 'falling-iron' : 'ssri-effect'
    // A target rank by lot (how many options are longer than the key), then the two keys'
    // wordings (four lengths each) and the foils that reach it, so the key's length rank stays
    // uniform with the rival key always offered.
    const free = rng.int(2, 3)
    const want = rng.int(0, free + 1)
    const foils = Object.keys(TEXTS).filter((c) => !BOTH_KEYS.includes(c))
    let best: { miss: number; kf: number; picked: string[] } | null = null
    for (const kf of rng.shuffle(Array.from({ length: 16 }, (_, i) => i))) {
      const t = textsFor(kf)
      const len = (c: string) => (t[c] as string).length
      const keyLen = len(key)
      const rivalLonger = len(rival) > keyLen ? 1 : 0
      const picked = byLengthRank(rng, keyLen, foils, free, len, () =>
        Math.max(0, Math.min(free, want - rivalLonger))
      )
      const others = [rival, ...picked]
      const miss = lengthRankMiss(keyLen, others.map(len), want)
      if (!best || miss < best.miss) best = { miss, kf, picked }
      if (miss === 0) break
    }
    const { kf, picked } = best as { kf: number; picked: string[] }
    const texts = textsFor(kf)
    const opts = [rival, ...picked]
    const params = {
      arm,
      ssri,
      sex,
      // Menstrual loss and premenstrual dysphoric disorder both need a premenopausal age.
      age: rng.int(loss === 0 ? 28 : 32, loss === 0 || female ? 48 : 70),
      a2d: rng.pick(['gabapentin 600 mg', 'pregabalin 150 mg']),
      yrs: rng.int(2, 8),
      wk: rng.int(4, 9),
      ssriYrs: rng.int(3, 9),
      oldFer: rng.int(130, 190),
      // In the SSRI arm the ferritin is stable (within about 20 ng/mL of last year's), well above 100.
      ferDelta: arm === 'ssri' ? rng.int(-20, 25) : 0,
      fer: arm === 'ssri' ? 0 : rng.int(22, 62),
      tsat: arm === 'ssri' ? rng.int(24, 40) : rng.int(22, 36),
      loss,
      neutral: rng.int(0, NEUTRAL.length - 1),
      lossFirst: rng.int(0, 1),
      opts: opts.join('+'),
      kf,
      lead: rng.int(0, 1)
    }
    if (arm === 'ssri') params.fer = params.oldFer + params.ferDelta
    const [drug, regimen, indication, by] = SSRIS[ssri] ?? SSRIS[0]
    const p = person(params.age, sex)
    // The SSRI is stated neutrally in both arms (drug, dose, prescriber, start), with no sentence
    // ruling it in or out (read 6, 98731 #5: "without change, through the years of good control").
    const ssriLine =
      arm === 'ssri'
        ? `${cap(spell(params.wk, 'week'))} ago ${by} started ${drug} ${regimen} for ${indication}.`
        : `${p.She} takes ${drug} ${regimen} for ${indication}, started by ${by} ${params.ssriYrs} years ago.`
    const events = [
      (arm === 'ssri' ? LOSS_STABLE_IRON[loss] : undefined) ?? LOSS[loss],
      NEUTRAL[params.neutral]
    ]
    if (params.lossFirst === 0) events.reverse()
    const ironLine = `The past year has brought ${events.join(' and ')}. A morning ferritin last week was ${params.fer} ng/mL with a TSAT of ${params.tsat}% (${params.oldFer} ng/mL a year ago); the laboratory marks both as normal.`
    const stem = fill(
      [
        `${p.a} has had RLS for many years, well controlled for the last ${params.yrs} years on ${params.a2d} in the early evening.`,
        `Over the past month the symptoms have returned most nights despite taking every dose.`,
        ssriLine,
        ironLine
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most likely reason the RLS has lost control?'
        : 'Which explanation for the change is best supported?'
    const why = (code: string): string => {
      switch (code) {
        case 'ssri-effect':
          return arm === 'ssri'
            ? `${drug} was started ${params.wk} weeks ago, shortly before the change; SSRIs can worsen RLS in some patients, and the iron studies are unchanged and clear of the thresholds.`
            : `${drug} was started ${params.ssriYrs} years ago and has been taken through the years of good control, so it does not explain a change this month.`
        case 'falling-iron':
          return arm === 'iron'
            ? `ferritin has fallen from ${params.oldFer} to ${params.fer} ng/mL; at or below 75 ng/mL it meets the AASM threshold for iron therapy in RLS even though the laboratory calls it normal, and the cause of the loss needs addressing.`
            : `the ferritin of ${params.fer} ng/mL and TSAT of ${params.tsat}% are stable and above the thresholds for iron therapy, so iron does not explain the change.`
        case 'a2d-tolerance':
          return 'loss of effect on an α2δ ligand, when it happens, comes slowly over years; a change within a month after years of stable control points to something new.'
        case 'natural-progression':
          return 'primary RLS can slowly progress over years, but a sudden change within a month after years of stability calls for a specific cause first.'
        case 'a2d-augmentation':
          return 'augmentation is a complication of dopaminergic drugs (pramipexole, ropinirole, rotigotine, levodopa), not of α2δ ligands.'
        case 'renal-clearance':
          return 'gabapentin and pregabalin are cleared by the kidneys, and kidney function does not rise with age or time; if anything, falling clearance raises their levels.'
        case 'a2d-interaction':
          return `gabapentin and pregabalin are not metabolised by the liver and have few interactions; ${drug} does not lower their levels.`
        default:
          return 'untreated sleep apnoea should be addressed when present, but it is not an established cause of RLS.'
      }
    }
    const options = statementOptions(key, opts, texts, why)
    const explanation =
      arm === 'ssri'
        ? `When controlled RLS slips, look for what changed. Here it is a new prescription from another service: ${drug}, an SSRI. SSRIs can worsen RLS in a minority of patients, and the timing fits, while the iron studies are stable. A review with the prescriber, weighing the benefit for ${indication}, comes before raising the ${params.a2d.split(' ')[0]} dose.`
        : `When controlled RLS slips, look for what changed. The medicines have not, but the iron stores have: ferritin has dropped to ${params.fer} ng/mL, below the 75 ng/mL at which iron therapy is advised in adults with RLS, although the laboratory range calls it normal. Iron can be offered, and a fall of ${params.oldFer - params.fer} ng/mL in a year needs its cause found. ${causeOfFall(loss, sex === 'f' && params.age < 50)} A long-taken SSRI is a less likely culprit for a change this month.`
    return {
      params,
      claims: arm === 'ssri' ? ['D2', 'P2'] : ['S2', 'P1'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'When controlled RLS loses control, weigh a newly started serotonergic drug against falling iron stores, using the dates and the ferritin.',
      explanation,
      evidenceNote: arm === 'ssri' ? classEvidence('ssri') : null,
      references:
        arm === 'ssri'
          ? ['kolla2018', 'rottach2008', 'aasm2024']
          : ['aasm2024', 'irlssg2018', 'allen2007'],
      facts: {
        kind: 'drug-advice',
        medications: [drug, params.a2d.split(' ')[0] ?? 'gabapentin'],
        aggravator: drug,
        aggravatorClass: 'ssri',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'adult',
        dialysis: false,
        cause: arm
      }
    }
  }
}

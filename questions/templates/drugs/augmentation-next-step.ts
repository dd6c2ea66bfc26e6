// Family 5b: the next step once augmentation is apparent, kept to what the cause implies and to
// what AASM 2024 allows. Two pictures with different keys: iron not checked (check ferritin and
// TSAT, and plan a gradual switch to an α2δ ligand) and iron recently found low (treat the iron
// and plan the switch). The options are parallel phrasings (templates/parallel.ts).
import type { Template } from '../types'
import { parallelOptions, type Choice } from '../parallel'
import { AUG_EVIDENCE, augmentationStem, drawAugmentationItem } from './augmentation-story'
import { paramsRng } from './drug-options'
import { at } from './vignette'
import { seconds, fill } from '../kit/people'

const LEADS = [
  'What is the most appropriate next step?',
  'Which plan is most appropriate?',
  'How should {her} treatment be changed?'
] as const

// 'replete': iron was checked two weeks ago and is above the thresholds, so the habitual "check
// iron" is a foil (read 7, P7: across templates it was right whenever it was offered).
type Iron = 'unknown' | 'low' | 'replete'

// Every option is a two-step plan of one shape ("first this, then that") in one length band, so
// the key is not the one long, qualified plan among one-line extremes (read-through 5, P1). Each
// foil is an error a clinician really makes: escalating, adding a second dopaminergic drug, a
// sedating antihistamine for the sleep, reassurance, or stopping the drug abruptly.
function choices(name: string, drug: string, iron: Iron, ferritin: number, tsat: number): Choice[] {
  const second = drug === 'levodopa' ? 'pramipexole' : 'carbidopa/levodopa'
  return [
    {
      code: 'check-iron-switch-alpha2delta',
      // Beside a reported result the plan repeats the test ("recheck"), which is what it would be.
      texts:
        iron === 'replete'
          ? [
              'Recheck iron, then taper onto pregabalin',
              'Recheck iron, then move slowly to an α2δ ligand',
              'Repeat ferritin and TSAT, then move slowly to an α2δ ligand'
            ]
          : [
              'Check iron, then taper onto pregabalin',
              'Check iron, then move slowly to an α2δ ligand',
              'Check ferritin and TSAT, then move slowly to an α2δ ligand'
            ],
      rationale:
        iron === 'unknown'
          ? 'Correct: iron deficiency is a reversible contributor to augmentation, so iron status is measured, and α2δ ligands are first-line treatment that does not cause augmentation; the switch is gradual because stopping the dopaminergic drug can transiently worsen symptoms.'
          : iron === 'replete'
            ? `Incorrect: iron was checked two weeks ago and is replete (ferritin ${ferritin} ng/mL, TSAT ${tsat}%), so checking it again only delays the switch to an α2δ ligand.`
            : `Not the best answer: iron was checked two weeks ago and is low (ferritin ${ferritin} ng/mL), so it needs treating now rather than checking again.`
    },
    {
      code: 'keep-iron-switch-alpha2delta',
      texts: [
        'Leave iron as is, then taper onto pregabalin',
        'Leave iron as it is, then move slowly to an α2δ ligand',
        'Leave the iron as it is, then move slowly to an α2δ ligand'
      ],
      rationale: `Correct: ferritin ${ferritin} ng/mL with TSAT ${tsat}% is above the thresholds for iron therapy, so the iron needs nothing; moving gradually to an α2δ ligand, first-line and free of augmentation, treats the cause.`
    },
    {
      code: 'treat-iron-switch-alpha2delta',
      texts: [
        'Replace iron, then taper onto gabapentin',
        'Replace iron, then move slowly to an α2δ ligand',
        'Treat the low iron, then move slowly to an α2δ ligand'
      ],
      rationale:
        iron === 'low'
          ? `Correct: ferritin ${ferritin} ng/mL meets the threshold for iron therapy and low iron feeds augmentation; moving gradually to an α2δ ligand, first-line and free of augmentation, treats the cause.`
          : iron === 'replete'
            ? `Incorrect: ferritin ${ferritin} ng/mL with TSAT ${tsat}% is above the thresholds for iron therapy, so there is no iron to replace.`
            : 'Not the best answer: iron status is unknown here, so it has to be measured before it can be treated.'
    },
    // A second iron plan that is wrong on the drug, so the key is not the only option that deals
    // with iron (read 6, 83267 #1: the one iron option was the key).
    iron === 'unknown'
      ? {
          code: 'check-iron-stop-now',
          texts: [
            'Check iron, then stop the drug today',
            `Check iron, then stop ${name} at once`,
            `Check ferritin and TSAT, then stop ${name} at once`
          ],
          rationale:
            'Incorrect: checking iron is right, but stopping a dopaminergic drug at once after years of use brings a marked rebound; it is tapered while an α2δ ligand is introduced.'
        }
      : {
          code: 'treat-iron-stop-now',
          texts: [
            'Replace iron, then stop the drug today',
            `Replace iron, then stop ${name} at once`,
            `Treat the low iron, then stop ${name} at once`
          ],
          rationale:
            'Incorrect: treating the low iron is right, but stopping a dopaminergic drug at once after years of use brings a marked rebound; it is tapered while an α2δ ligand is introduced.'
        },
    {
      code: 'increase-dopaminergic',
      texts: [
        'Raise the dose, then review in a month',
        'Raise the dose, then add an early-afternoon dose',
        drug === 'rotigotine'
          ? 'Move to a stronger patch, then review in a month'
          : `Raise the ${name} dose, then review in a month`
      ],
      rationale:
        'Incorrect: escalating the dopaminergic dose drives augmentation; it buys brief relief and then makes the problem worse.'
    },
    {
      code: 'add-second-dopaminergic',
      texts: [
        `Keep the dose, then add ${second}`,
        `Keep the dose, then add ${second} after lunch`,
        `Keep ${name}, then add ${second} for the afternoons`
      ],
      rationale:
        'Incorrect: a second dopaminergic drug feeds the same process; the AASM 2024 guideline suggests against standard use of dopaminergic drugs because of augmentation.'
    },
    {
      code: 'add-sedating-antihistamine',
      texts: [
        'Keep the dose, then add diphenhydramine',
        'Keep the dose, then add diphenhydramine at night',
        'Keep the plan, then add diphenhydramine for sleep'
      ],
      rationale:
        'Incorrect: diphenhydramine is a sedating first-generation antihistamine and itself a recognised RLS aggravator, and the augmentation goes on.'
    },
    {
      code: 'reassure-continue',
      texts: [
        'Reassure about age, then keep the dose',
        'Explain that RLS worsens with age, then keep the dose',
        'Reassure about ageing, then continue the same dose'
      ],
      rationale:
        'Incorrect: this misses augmentation, which is caused by the treatment and does not settle while the drug is continued or escalated.'
    },
    {
      code: 'stop-abruptly',
      texts: [
        'Stop it today, then start gabapentin',
        `Stop ${name} today, then start an α2δ ligand`,
        'Stop the drug at once, then start gabapentin'
      ],
      rationale:
        iron === 'replete'
          ? 'Incorrect: stopping a dopaminergic drug at once after years of use brings a marked rebound of symptoms; it is tapered while the α2δ ligand is introduced.'
          : 'Incorrect: stopping a dopaminergic drug at once after years of use brings a marked rebound of symptoms; it is tapered while the α2δ ligand is introduced, and low iron, the reversible contributor, is dealt with first.'
    }
  ]
}

const KEY_OF: Record<Iron, string> = {
  unknown: 'check-iron-switch-alpha2delta',
  low: 'treat-iron-switch-alpha2delta',
  replete: 'keep-iron-switch-alpha2delta'
}

export const augmentationNextStep: Template = {
  id: 'augmentation-next-step',
  family: '5',
  section: 'medications',
  title: 'Managing augmentation: iron and a switch to an α2δ ligand',
  generate(rng) {
    const a = drawAugmentationItem(rng, LEADS.length)
    const roll = rng.next()
    const iron: Iron = roll < 0.35 ? 'low' : roll < 0.6 ? 'replete' : 'unknown'
    // Low enough to qualify, high enough not to call for a work-up of its own; clear of cut-offs.
    // Replete: well above 100 ng/mL with TSAT well inside 20–45% (brief §3: away from the cuts).
    const ferritin = iron === 'low' ? rng.int(40, 65) : iron === 'replete' ? rng.int(150, 280) : 0
    const tsat =
      iron === 'low'
        ? rng.pick([14, 15, 16, 17, 23, 25, 27, 29])
        : iron === 'replete'
          ? rng.int(25, 40)
          : 0
    return render({ ...a, ironState: iron, ferritin, tsat })
  }
}

function render(
  params: ReturnType<typeof drawAugmentationItem> & {
    ironState: Iron
    ferritin: number
    tsat: number
  }
) {
  const aug = augmentationStem(params)
  const { p, name, drug } = aug
  const iron = params.ironState
  // Replace the stem's "iron not checked" line with the recent result when iron is known.
  const stem =
    iron !== 'unknown'
      ? aug.stem.replace(
          /(Iron studies have not been checked since the diagnosis\.|Ferritin was last measured four years ago\.|No iron studies are on record\.)/,
          `Morning iron studies two weeks ago: ferritin ${params.ferritin} ng/mL, TSAT ${params.tsat}%.`
        )
      : aug.stem
  const question = fill(at(LEADS, params.lead), p)
  const all = choices(name, drug, iron, params.ferritin, params.tsat)
  const keyCode = KEY_OF[iron]
  const key = all.find((c) => c.code === keyCode) as Choice
  // Where iron is unknown or low, the other iron-and-switch plan is never offered beside the key
  // (a near-twin) and the iron-and-stop plan always is, so "stop it today" alone would be its
  // twin. Where iron is replete, the recheck-and-switch plan is the always-offered second iron
  // option: the one step that differs from the key is the habitual iron check.
  const pool = all.filter((c) =>
    iron === 'replete'
      ? c.code !== keyCode &&
        !c.code.endsWith('stop-now') &&
        c.code !== 'treat-iron-switch-alpha2delta'
      : c.code !== keyCode && !c.code.endsWith('switch-alpha2delta') && c.code !== 'stop-abruptly'
  )
  const ironFoil =
    iron === 'low'
      ? 'treat-iron-stop-now'
      : iron === 'replete'
        ? 'check-iron-switch-alpha2delta'
        : 'check-iron-stop-now'
  const count = params.wrong.split('+').length + 1
  const { options } = parallelOptions(paramsRng(params), key, pool, count, stem, 600, 1, [ironFoil])
  const explanation =
    'The picture is augmentation: after years of dopaminergic treatment and dose increases, symptoms start earlier in the day and have spread to the arms. ' +
    (iron === 'low'
      ? `Iron is low (ferritin ${params.ferritin} ng/mL), which both qualifies for iron therapy and feeds augmentation, so it is corrected while the dopaminergic drug is gradually replaced. `
      : iron === 'replete'
        ? `Iron was checked two weeks ago and is replete (ferritin ${params.ferritin} ng/mL, TSAT ${params.tsat}%), so there is nothing to correct or to check again; the dopaminergic drug is gradually replaced. `
        : 'Iron status is not known, and low iron feeds augmentation, so ferritin and TSAT are checked first; iron is corrected if ferritin is ≤75 ng/mL or TSAT <20%. ') +
    'The move, under supervision, is to an α2δ ligand (gabapentin, gabapentin enacarbil or pregabalin), first-line in the AASM 2024 guideline; more dopaminergic drug only feeds the problem.'
  return {
    params: { ...params },
    claims: ['T5', 'T2'],
    difficulty: 3 as const,
    estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length, {
      min: 30
    }),
    stem,
    question,
    options,
    objective:
      'Manage augmentation as the guideline does: check or correct iron and move from the dopaminergic drug to an α2δ ligand rather than escalating.',
    explanation,
    evidenceNote: AUG_EVIDENCE,
    references: ['aasm2024', 'silber2021', 'irlssg2018'],
    facts: {
      kind: 'augmentation',
      age: p.age,
      sex: p.sex,
      medications: [drug],
      aggravator: drug,
      yearsOnDrug: params.yrs,
      earlierOnset: true,
      spreadToArms: true,
      ...(iron !== 'unknown'
        ? { ironStudies: { ferritinNgMl: params.ferritin, tsatPercent: params.tsat } }
        : {})
    }
  }
}

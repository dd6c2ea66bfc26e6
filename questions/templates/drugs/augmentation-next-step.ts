// Family 5b: the next step once augmentation is apparent, kept to what the cause implies and to
// what AASM 2024 allows. Two pictures with different keys: iron not checked (check ferritin and
// TSAT, and plan a gradual switch to an α2δ ligand), iron recently found low (treat the iron
// and plan the switch) and iron recently found replete (leave it and switch). The options are a
// 2 × 2 grid of iron step × drug step (augmentation-plans.ts), in parallel phrasings.
import type { Template } from '../types'
import { planGrid, WRONG_DRUG, WRONG_IRON, type IronState } from './augmentation-plans'
import { AUG_EVIDENCE, augmentationStem, drawAugmentationItem } from './augmentation-story'
import { paramsRng } from './drug-options'
import { at } from './vignette'
import { seconds, fill, years } from '../kit/people'
import { gridOptions } from './augmentation-forms'

const LEADS = [
  'What is the most appropriate next step?',
  'Which plan is most appropriate?',
  'How should {her} treatment be changed?'
] as const

export const augmentationNextStep: Template = {
  id: 'augmentation-next-step',
  family: '5',
  section: 'medications',
  title: 'Managing augmentation: iron and a switch to an α2δ ligand',
  generate(rng) {
    // The shared draw's `wrong` (which of recognise's foils) has no meaning here: the grid's
    // wrong iron step and wrong drug step are drawn instead and named in the id.
    const { wrong: _unused, ...a } = drawAugmentationItem(rng, LEADS.length)
    void _unused
    const roll = rng.next()
    const iron: IronState = roll < 0.35 ? 'low' : roll < 0.6 ? 'replete' : 'unknown'
    // Low enough to qualify, high enough not to call for a work-up of its own; clear of cut-offs.
    // Replete: well above 100 ng/mL with TSAT well inside 20–45% (brief §3: away from the cuts).
    const ferritin = iron === 'low' ? rng.int(40, 65) : iron === 'replete' ? rng.int(150, 280) : 0
    const tsat =
      iron === 'low'
        ? rng.pick([14, 15, 16, 17, 23, 25, 27, 29])
        : iron === 'replete'
          ? rng.int(25, 40)
          : 0
    const wrongIron = rng.pick(WRONG_IRON[iron])
    const wrongDrug = rng.pick(WRONG_DRUG)
    return render({ ...a, ironState: iron, ferritin, tsat, wrongIron, wrongDrug })
  }
}

function render(
  params: Omit<ReturnType<typeof drawAugmentationItem>, 'wrong'> & {
    ironState: IronState
    ferritin: number
    tsat: number
    wrongIron: (typeof WRONG_IRON)[IronState][number]
    wrongDrug: (typeof WRONG_DRUG)[number]
  }
) {
  const aug = augmentationStem(params)
  const { p, name, drug } = aug
  const iron = params.ironState
  // Replace the stem's "iron not checked" line with the recent result when iron is known.
  const stem =
    iron !== 'unknown'
      ? aug.stem.replace(
          /(Iron studies have not been checked since the diagnosis\.|Ferritin was last measured four years ago\.|Iron studies were last done before the agonist was started\.)/,
          `Morning iron studies two weeks ago: ferritin ${params.ferritin} ng/mL, TSAT ${params.tsat}%.`
        )
      : aug.stem
  const question = fill(at(LEADS, params.lead), p)
  const second = drug === 'levodopa' ? 'pramipexole' : 'carbidopa/levodopa'
  const facts = { state: iron, name, second, ferritin: params.ferritin, tsat: params.tsat }
  const { key, foils } = planGrid(facts, params.wrongIron, params.wrongDrug)
  // All four cells are always offered (the grid is what makes the set cue-free); the search only
  // picks each cell's phrasing, aiming the key at a length rank drawn by lot.
  // Every cell is always offered (the grid is what makes the set cue-free); only each cell's
  // phrasing is chosen, aiming the key at a length rank drawn by lot (augmentation-forms.ts).
  const options = gridOptions(paramsRng(params), key, foils, stem)
  const explanation =
    // The time on the drug is the stem's (levodopa can augment within a year; pre-read r10G:
    // "after years of" beside "for 1 year").
    `The picture is augmentation: after ${years(params.yrs)} of dopaminergic treatment and dose increases, symptoms start earlier in the day and have spread to the arms. ` +
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

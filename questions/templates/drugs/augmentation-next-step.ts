// Family 5b: the next step once augmentation is apparent, kept to what the cause implies and to
// what AASM 2024 allows: check iron, and move from the dopaminergic drug to an α2δ ligand.
import type { OptionDraft, Template } from '../types'
import {
  AUG_EVIDENCE,
  augmentationStem,
  drawAugmentationItem,
  drawnWrongOptions,
  type AugItemParams
} from './augmentation-story'
import { at, estimateSeconds, fill } from './vignette'

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
    return render(drawAugmentationItem(rng, LEADS.length))
  }
}

function render(params: AugItemParams) {
  const { p, stem, name, drug } = augmentationStem(params)
  const second =
    drug === 'levodopa'
      ? {
          text: 'Add pramipexole in the early afternoon',
          why: 'Adding a second dopaminergic drug feeds the same process; the AASM 2024 guideline suggests against standard use of dopamine agonists because of augmentation.'
        }
      : {
          text: 'Add carbidopa/levodopa in the early afternoon',
          why: 'Levodopa carries the highest augmentation risk of all, and adding a second dopaminergic drug feeds the same process.'
        }
  const wrong = [
    {
      code: 'increase-dopaminergic',
      text:
        drug === 'rotigotine'
          ? 'Move to a stronger rotigotine patch'
          : `Raise the ${name} dose again and add an afternoon dose`,
      why: 'Escalating the dopaminergic dose drives augmentation: it buys brief relief and then makes the problem worse.'
    },
    { code: 'add-second-dopaminergic', ...second },
    {
      code: 'add-sedating-antihistamine',
      text: 'Add diphenhydramine at bedtime to help sleep',
      why: 'Diphenhydramine is a sedating first-generation antihistamine and itself a recognised RLS aggravator.'
    },
    {
      code: 'reassure-continue',
      text: fill('Reassure {him} that RLS worsens with age and continue the current dose', p),
      why: 'This misses augmentation, which is caused by the treatment and will not settle while the drug is continued or escalated.'
    }
  ]
  const question = fill(at(LEADS, params.lead), p)
  const options: OptionDraft[] = [
    {
      text: `Check ferritin and transferrin saturation, and plan a gradual switch from ${name} to an α2δ ligand such as gabapentin or pregabalin`,
      code: 'check-iron-switch-alpha2delta',
      correct: true,
      rationale:
        'Low iron is a reversible contributor to augmentation and to RLS itself, and α2δ ligands are first-line treatment that does not cause augmentation; the switch is made gradually because stopping the dopaminergic drug can transiently worsen symptoms.'
    },
    ...drawnWrongOptions(wrong, params.wrong)
  ]
  const explanation =
    'The picture is augmentation: after years of dopaminergic treatment and dose increases, symptoms start earlier in the day and have spread to the arms. ' +
    'Treatment follows the cause: stop feeding it with more dopaminergic drug, correct iron if ferritin is ≤75 ng/mL or TSAT <20% (IV iron when ferritin is 76–100 ng/mL), and move under supervision to an α2δ ligand (gabapentin, gabapentin enacarbil or pregabalin), the first-line treatment in the AASM 2024 guideline. ' +
    'A fresh medication review also removes any aggravators, such as sedating antihistamines, that may have been added to cope with poor sleep.'
  return {
    params: { ...params },
    claims: ['T5', 'T2'],
    difficulty: 3 as const,
    estimatedSeconds: estimateSeconds(
      [stem, question, ...options.map((o) => o.text)],
      options.length
    ),
    stem,
    question,
    options,
    objective:
      'Manage augmentation as the guideline does: check iron and move from the dopaminergic drug to an α2δ ligand rather than escalating.',
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
      spreadToArms: true
    }
  }
}

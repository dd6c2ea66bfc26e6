// Family 9, iron-deficiency anaemia: replace iron AND find the source of loss (brief §3, §5).
//
// Read 9 (P2, MAJOR, 91237 #3): the key "Replace iron and trace the cause of loss" stood beside
// "Treat with iron, orally or intravenously" (rationale "Incomplete"), a subset a test-wise
// examinee passes over for the more inclusive option; and (P6) the four options were
// iron-decision's anaemia band in other words. This arm now has its own set, every foil a
// different plan that excludes part of the key instead of being part of it: infuse iron and skip
// the search, transfuse, rely on diet, treat the RLS first. iron-decision's anaemia band keeps
// its own (no iron, a dopamine agonist, repeat the tests, hold iron for the search), so the two
// templates share no foil. None carries a hedge or an
// absolute, like the key, and its wordings are of several lengths so the option search
// (templates/parallel.ts) can draw the key's length rank by lot.
import type { Choice } from '../parallel'

export interface IdaCase {
  ferritin: number
  tsat: number
  hb: string
  mcv: number
  heavyMenses: boolean
}

export function idaChoices(c: IdaCase): { key: Choice; pool: Choice[] } {
  const labs = `Hb ${c.hb} g/dL, MCV ${c.mcv} fL, ferritin ${c.ferritin} ng/mL and TSAT ${c.tsat}%`
  const source = c.heavyMenses
    ? 'here the heavier periods need gynaecological assessment, and other sources are considered if they do not explain it'
    : 'in a man or a post-menopausal woman that means evaluating the gastrointestinal tract'
  return {
    key: {
      code: 'treat-and-investigate-source',
      texts: [
        'Replace iron and find the cause',
        'Start iron replacement and look for the source of loss',
        'Correct the iron deficit and find out why it arose',
        'Give iron and trace the loss to its source',
        'Replace the iron, and refer on to find out how it is being lost and why'
      ],
      rationale: `Correct: ${labs} add up to frank iron-deficiency anaemia, which needs iron replacement (oral or IV) and a search for where the iron is lost: ${source}.`
    },
    pool: [
      {
        code: 'iv-iron-no-search',
        texts: [
          'Infuse iron; skip the work-up',
          'Give IV iron and recheck in 8 weeks, skipping a work-up',
          'Infuse iron and forgo the search for a bleed',
          'Arrange an iron infusion but skip tests for blood loss'
        ],
        rationale: `Incorrect: ${labs} add up to frank iron-deficiency anaemia, which in an adult is a sign of iron loss; skipping the search for the source can miss its cause (${source}).`
      },
      {
        code: 'transfuse-first',
        texts: [
          'Transfuse, and review iron later',
          'Arrange a blood transfusion and defer iron',
          'Transfuse two units of red cells, then review the need for iron',
          'Book a red-cell transfusion and see how the legs respond before giving iron'
        ],
        rationale: `Incorrect: an Hb of ${c.hb} g/dL in a patient who is well and walking about does not call for transfusion; iron replacement corrects it, and a transfusion does nothing to find where the iron is lost.`
      },
      {
        code: 'diet-and-recheck',
        texts: [
          'Advise a diet rich in iron',
          'Advise a diet rich in iron and recheck in 3 months',
          'Recommend more red meat and greens for iron, then repeat the bloods',
          'Recommend red meat, pulses and greens to build up iron, and repeat the blood count in 3 months'
        ],
        rationale: `Incorrect: diet does not restore stores at a ferritin of ${c.ferritin} ng/mL with an Hb of ${c.hb} g/dL; frank iron-deficiency anaemia needs iron replacement, and its cause has to be found.`
      },
      {
        code: 'rls-drug-first',
        texts: [
          'Start gabapentin and leave iron for later',
          'Begin gabapentin tonight and review iron in 3 months',
          'Treat the RLS with gabapentin first, then think about iron',
          'Prescribe gabapentin at bedtime for the legs and look at the iron at the next visit'
        ],
        rationale: `Incorrect: the iron deficiency is the reversible context here, and replacing iron often helps the RLS as well; a drug for the legs leaves the anaemia (${labs}) untreated and its source unexplained.`
      }
    ]
  }
}

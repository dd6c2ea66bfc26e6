// Family 7: the lab-"normal" ferritin pitfall. Laboratory ranges (20–200 ng/mL in women,
// 15–400 in men) are built to catch iron deficiency in general, so a ferritin of 20–100 is
// reported without a flag although it still qualifies for iron in RLS (brief §3, claim P1).
import type { IronCode } from '../../item'
import { labsTable } from '../kit/exhibits'
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { depletedStoresNote, ironOptions } from './iron-options'
import { drawNoteIndex, ferritinIn, tsatIn } from './iron-values'
import {
  DRAW_NOTE,
  NORMAL_EXAM,
  SETTINGS,
  backgroundMeds,
  makePatient,
  opening,
  oneDecimal,
  rlsStory
} from './vignette'
import { fill } from '../kit/people'

/** The wording at `i` (the lists below are non-empty). */
const pickAt = (list: readonly string[], i: number): string => list[i] ?? list[0] ?? ''

const REASSURANCE = [
  '{Her} family doctor checked blood tests two months ago and said the iron was normal.',
  // Read 21 (F1#25, F2#4): "so she assumed iron was not the issue" signposted the trap.
  'An online results portal showed every value from last month in green.',
  'A previous clinician told {him} that "iron levels are fine" after a routine panel.',
  'The laboratory report from {her} annual check-up carries no abnormal flags.'
] as const

const LEADS = [
  'What should be done about iron, given these results?',
  'Which iron decision is correct for this patient?',
  'What is the most appropriate next step on iron from these results?'
] as const

export const ironNormalFerritin: Template = {
  id: 'iron-normal-ferritin',
  family: '7',
  section: 'iron-status',
  title: 'The lab-"normal" ferritin that still qualifies for iron',
  generate(rng) {
    const p = makePatient(rng, 26, 76)
    const menstruating = p.sex === 'female' && p.age < 50
    // Mostly the ≤75 pitfall; a quarter sit in the 76–100 band, also "normal", where only IV helps.
    // Never below 35 (read-through 5, P4): a ferritin under 30 means depleted stores, where
    // "replace and investigate the source" is defensible too, and 20 is the laboratory's own floor.
    const ivBand = rng.int(1, 4) === 1
    const ferritin = ivBand ? ferritinIn(rng, 80, 95) : ferritinIn(rng, menstruating ? 35 : 46, 70)
    // Read 21 (F1#25): a TSAT of 43% sat on the 2-point margin under the 45% ceiling; the draw
    // now stays 5 points under it (and the key's rationale names the ceiling).
    const tsat = tsatIn(rng, 22, 40)
    const range = p.sex === 'female' ? '20–200' : '15–400'
    const hbTenths = p.sex === 'female' ? rng.int(122, 148) : rng.int(135, 164)
    const hb = oneDecimal(hbTenths)
    const mcv = rng.int(84, 96)
    const key: IronCode = ivBand ? 'iv-iron-only' : 'iron-indicated'
    // Which RLS threshold the value sits under: 75 for either route, 100 for IV only (read 7, P7:
    // "values far below the thresholds carry no flag" did not fit a ferritin of 85).
    const under = ivBand
      ? `below the 100 ng/mL limit for IV iron`
      : `at or below the 75 ng/mL threshold for oral or IV iron`
    const setting = rng.pick(SETTINGS)
    const story = rlsStory(rng, p)
    const meds = backgroundMeds(rng, p, rng.int(0, 2))
    const reassurance = rng.int(0, REASSURANCE.length - 1)
    const exam = rng.int(0, NORMAL_EXAM.length - 1)
    const draw = drawNoteIndex(rng, meds.drugs.length === 0)
    const lead = rng.int(0, LEADS.length - 1)
    // Wordings drawn into the params (read 7, P7), not hashed: every wording is equally likely.
    const wording = rng.int(0, 14)
    const { options: drafted, form } = ironOptions(rng, key, {
      ferritin,
      tsat,
      hb,
      mcv,
      anaemic: false,
      flaggedNormal: true
    })
    // Read 21 (F1#25): the key's rationale did not name the TSAT ceiling the item's TSAT sits under.
    const options = drafted.map((o) =>
      o.correct
        ? {
            ...o,
            rationale: `${o.rationale} The TSAT of ${tsat}% is below the 45% ceiling, above which iron is not given.`
          }
        : o
    )
    // Read 21 (F1#25): the draw note spoke of "his last iron-containing multivitamin" when the
    // medicine sentence listed none; the multivitamin is now in the medicine sentence.
    const multivitamin = /multivitamin/.test(DRAW_NOTE[draw] ?? '')
    const medsText = multivitamin
      ? `${meds.text} ${fill('{She} also takes an iron-containing multivitamin most mornings.', p)}`
      : meds.text
    return {
      params: {
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        ferritin,
        tsat,
        hb: hbTenths,
        mcv,
        story: story.phrasing,
        meds: meds.drugs.join('+'),
        reassurance,
        exam,
        draw,
        lead,
        form,
        wording
      },
      claims: ['P1', 'S2', 'M4'],
      difficulty: ivBand || ferritin >= 60 ? 3 : 2,
      estimatedSeconds: 90,
      stem:
        `${opening(p, setting)} for leg symptoms that spoil ${p.her} evenings. ${story.text} ` +
        `${fill(REASSURANCE[reassurance] ?? '', p)} ${medsText} ${NORMAL_EXAM[exam]} ` +
        `You repeat the iron studies at this visit. ${fill(DRAW_NOTE[draw] ?? '', p)}`,
      exhibits: [
        labsTable('Results at this visit', p.sex, [
          ['ferritin', ferritin],
          ['tsat', tsat],
          ['haemoglobin', hbTenths / 10],
          ['mcv', mcv]
        ])
      ],
      question: LEADS[lead] ?? LEADS[0],
      options,
      objective:
        'Recognise that a ferritin reported as normal by the laboratory can still be at or below the RLS thresholds for iron therapy (≤75 ng/mL for oral or IV iron; 76–100 ng/mL for IV iron).',
      // Three wordings of each sentence, chosen by the figures, so explanations differ across
      // items and quizzes (read 7, P7: the paragraph was copied word for word).
      explanation:
        pickAt(
          [
            `The laboratory range (${range} ng/mL) is set to detect iron deficiency in the general population, so a ferritin of ${ferritin} ng/mL carries no flag although it is ${under} in RLS.`,
            `A ferritin of ${ferritin} ng/mL sits inside the laboratory's ${range} ng/mL range, which is built to catch iron deficiency in general, yet it is ${under} in RLS.`,
            `No flag appears because the ${range} ng/mL reference range targets iron deficiency in the general population; for RLS, a ferritin of ${ferritin} ng/mL is ${under}.`
          ],
          wording % 3
        ) +
        ' ' +
        pickAt(
          [
            'The RLS thresholds are higher because brain iron can be low while serum indices look normal, and there is no clinical test of brain iron.',
            'Brain iron can be short while the blood tests look normal, and it cannot be measured in the clinic, so RLS uses higher cut-offs.',
            'In RLS the cut-offs sit higher: serum values can look normal while brain iron is low, and no clinical test measures brain iron.',
            'The RLS cut-offs are set above the laboratory floor because the brain can be short of iron while the blood is not, and brain iron cannot be measured in practice.',
            'Serum iron indices can be normal while brain iron is low in RLS, and brain iron has no clinical test, which is why the treatment thresholds are higher.'
          ],
          Math.floor(wording / 3)
        ) +
        ` Judged against the AASM thresholds rather than the laboratory range, ferritin ${ferritin} ng/mL with TSAT ${tsat}% ${key === 'iron-indicated' ? 'qualifies for oral or IV iron' : 'falls in the band where only IV iron is suggested'}.${depletedStoresNote(ferritin)}`,
      // Read 9 (P4): the S2 note is about the ≤75 threshold, so not on the 76–100 IV band.
      evidenceNote: ivBand ? null : evidenceFor(['S2']),
      references: ['aasm2024', 'allen2007', 'irlssg2018'],
      facts: {
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        population: 'adult',
        dialysis: false,
        anaemia: { haemoglobinGdL: hbTenths / 10, mcvFl: mcv, sex: p.sex },
        labFlaggedNormal: true,
        referenceRange: range,
        age: p.age,
        sex: p.sex,
        medications: meds.drugs
      }
    }
  }
}

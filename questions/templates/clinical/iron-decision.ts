// Family 6: the iron decision from ferritin and TSAT across all four bands of brief §3.
// The band is drawn first and the labs within it, so every band is well represented.
import type { IronCode } from '../../item'
import { labsTable } from '../kit/exhibits'
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import {
  IV_PREFERRED_NOTE,
  depletedStoresNote,
  ironOptions,
  lowTsatNote,
  type IronCase
} from './iron-options'
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
import { choose } from './explain'

const LEADS = [
  'Which is the most appropriate step on iron, given these studies?',
  'What do these results mean for iron treatment?',
  'Which iron decision is best supported by these results?'
] as const

type Band = IronCode | 'tsat-low-high-ferritin'

const ANAEMIA_CLUES = [
  '{She} mentions being more breathless on stairs over the last few months.',
  'Over the past few months {she} has had to stop halfway up the stairs to catch {her} breath.',
  '{She} has felt washed out for some months and gets short of breath walking uphill.'
] as const

/** The one band of the adult rule (not on dialysis) that this item's values fall in. */
function bandLine(band: Band, ferritin: number, tsat: number): string {
  switch (band) {
    case 'iron-indicated':
      return `For adults not on dialysis, a ferritin at or below 75 ng/mL supports iron by either route, and ${ferritin} ng/mL is in that band.`
    case 'tsat-low-high-ferritin':
      return `For adults not on dialysis, a TSAT below 20% supports iron even when the ferritin (here ${ferritin} ng/mL) is above 75, and ${tsat}% is below it.`
    case 'iv-iron-only':
      return `For adults not on dialysis, a ferritin of 76–100 ng/mL with a TSAT of 20% or more is the band where only IV iron is suggested; ${ferritin} ng/mL with ${tsat}% is in it.`
    case 'iron-not-indicated':
      return `For adults not on dialysis, a ferritin above 100 ng/mL with a TSAT of 20% or more meets no iron threshold; ${ferritin} ng/mL with ${tsat}% is in that band.`
    case 'treat-and-investigate-source':
      return `With ferritin ${ferritin} ng/mL and TSAT ${tsat}%, the RLS thresholds are not what decides.`
  }
}

export const ironDecision: Template = {
  id: 'iron-decision',
  family: '6',
  section: 'iron-status',
  title: 'Iron decision from ferritin and TSAT (all four bands)',
  generate(rng) {
    const band: Band = rng.pick([
      'iron-indicated',
      'iron-indicated',
      'tsat-low-high-ferritin',
      'iv-iron-only',
      'iv-iron-only',
      'iron-not-indicated',
      'iron-not-indicated',
      'treat-and-investigate-source',
      'treat-and-investigate-source'
    ] as const)
    const anaemic = band === 'treat-and-investigate-source'
    // Young women with low ferritin are unremarkable; in men and older women a very low ferritin
    // calls for a work-up even without anaemia, which would blur the single best answer.
    const p = anaemic ? makePatient(rng, 38, 82) : makePatient(rng, 28, 78)
    const menstruating = p.sex === 'female' && p.age < 50
    let ferritin: number
    let tsat: number
    switch (band) {
      case 'iron-indicated':
        ferritin = ferritinIn(rng, menstruating ? 22 : 46, 70)
        tsat = tsatIn(rng, 14, 38)
        break
      case 'tsat-low-high-ferritin':
        ferritin = ferritinIn(rng, 80, 95)
        tsat = tsatIn(rng, 10, 18)
        break
      case 'iv-iron-only':
        ferritin = ferritinIn(rng, 80, 95)
        tsat = tsatIn(rng, 22, 42)
        break
      case 'iron-not-indicated':
        // Read 20 (F2#4): a ferritin of 308 in a woman was flagged "high" by the laboratory, so
        // "do not start iron" was chosen from the flag alone. The value stays inside the sex's
        // reference interval (women 20–200, men 15–400), unflagged, so the >100 rule is applied.
        ferritin = ferritinIn(rng, 105, p.sex === 'female' ? 190 : 320)
        tsat = tsatIn(rng, 22, 43)
        break
      case 'treat-and-investigate-source':
        ferritin = rng.int(4, 18)
        tsat = rng.int(3, 12)
        break
    }
    const hbTenths = anaemic
      ? rng.int(p.sex === 'female' ? 82 : 88, p.sex === 'female' ? 112 : 121)
      : rng.int(p.sex === 'female' ? 124 : 136, p.sex === 'female' ? 150 : 166)
    const mcv = anaemic ? rng.int(66, 77) : rng.int(83, 96)
    const hb = oneDecimal(hbTenths)
    const key: IronCode = band === 'tsat-low-high-ferritin' ? 'iron-indicated' : band
    const setting = rng.pick(SETTINGS)
    const story = rlsStory(rng, p)
    const meds = backgroundMeds(rng, p, rng.int(0, 2))
    const exam = rng.int(0, NORMAL_EXAM.length - 1)
    // Read 18 (F1#22): "his last iron-containing multivitamin" appeared beside a medication sentence
    // that listed no multivitamin; the draw note no longer names one here.
    const draw = drawNoteIndex(rng, true)
    const lead = rng.int(0, LEADS.length - 1)
    // Three wordings of the anaemia clue (read 9: one sentence opened every item of this band).
    const clue = anaemic ? rng.int(0, ANAEMIA_CLUES.length - 1) : -1
    const extra = anaemic ? ` ${fill(ANAEMIA_CLUES[clue] ?? '', p)}` : ''
    const c: IronCase = { ferritin, tsat, hb, mcv, anaemic }
    // Near a cut-off (within 10 ng/mL or 4 points) the item asks for a careful reading.
    const boundary =
      [75, 100].some((cut) => Math.abs(ferritin - cut) <= 10) ||
      [20, 45].some((cut) => Math.abs(tsat - cut) <= 4)
    const { options, form } = ironOptions(rng, key, c)
    return {
      params: {
        band,
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
        exam,
        draw,
        lead,
        ...(anaemic ? { clue } : {}),
        form
      },
      claims: ['S2'],
      difficulty:
        band === 'tsat-low-high-ferritin' || band === 'iv-iron-only' || boundary
          ? 3
          : band === 'iron-not-indicated'
            ? 2
            : 1,
      estimatedSeconds: band === 'iron-indicated' ? 70 : 90,
      stem:
        `${opening(p, setting)} with leg symptoms. ${story.text}${extra} ${meds.text} ` +
        `${NORMAL_EXAM[exam]} ${fill(DRAW_NOTE[draw] ?? '', p)}`,
      exhibits: [
        labsTable('Results', p.sex, [
          ['haemoglobin', hbTenths / 10],
          ['mcv', mcv],
          ['ferritin', ferritin],
          ['tsat', tsat]
        ])
      ],
      question: LEADS[lead] ?? LEADS[0],
      options,
      objective:
        'Apply the AASM iron thresholds for adults with RLS (ferritin ≤75 ng/mL or TSAT <20%: oral or IV iron; ferritin 76–100 with TSAT ≥20%: IV iron only; above that: no iron) and recognise frank iron-deficiency anaemia.',
      // Built on this patient's numbers, so two iron-decision items of one quiz do not share
      // their explanation sentences (repetition gate).
      explanation:
        choose(
          [
            'The history meets the IRLSSG criteria, so iron status is checked with a morning ferritin and TSAT taken at least 24 hours after any iron.',
            'With RLS confirmed on the history, iron is judged from a morning ferritin and TSAT drawn at least a day after the last iron.',
            'Once the criteria are met, a morning ferritin and TSAT, taken 24 hours or more after any iron, decide the iron question.'
          ],
          `${ferritin}|${tsat}|${p.age}|${setting}`,
          'iron-open'
        ) +
        // Read 18 (P3): the whole adult rule, recited in every iron explanation, answered every
        // later iron item of a quiz; the explanation now teaches the band this item turns on.
        ` ${bandLine(band, ferritin, tsat)}` +
        (anaemic
          ? ` Haemoglobin ${hb} g/dL with an MCV of ${mcv} fL makes this frank iron-deficiency anaemia, a different problem: replace iron and find the source of loss.`
          : ` Haemoglobin ${hb} g/dL and MCV ${mcv} fL are normal, so the RLS thresholds decide.` +
            depletedStoresNote(ferritin) +
            lowTsatNote(c) +
            (band === 'tsat-low-high-ferritin'
              ? ` At this ferritin IV iron is preferred: oral iron is limited to ferritin ≤75 ng/mL by IRLSSG 2018.`
              : '')),
      // Where only the TSAT qualifies, the note says where AASM and IRLSSG part (read 7, P4). The
      // S2 note (≤75 is a treatment threshold, not a definition of deficiency) goes only where the
      // key turns on ferritin ≤75 (read 9, P4: it sat on the IV band, >100 and frank anaemia too).
      evidenceNote:
        band === 'tsat-low-high-ferritin'
          ? IV_PREFERRED_NOTE
          : band === 'iron-indicated'
            ? evidenceFor(['S2'])
            : null,
      references: ['aasm2024', 'irlssg2018'],
      facts: {
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        population: 'adult',
        dialysis: false,
        anaemia: { haemoglobinGdL: hbTenths / 10, mcvFl: mcv, sex: p.sex },
        age: p.age,
        sex: p.sex,
        medications: meds.drugs
      }
    }
  }
}

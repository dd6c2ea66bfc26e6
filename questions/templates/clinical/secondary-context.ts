// Family 9: the established secondary contexts (brief §5): ESRD on dialysis, third-trimester
// pregnancy and iron-deficiency anaemia, one third each. Dialysis patients are deliberately kept
// away from the adult iron thresholds (brief §3): their items ask about the context, never an
// IronCode. Iron-deficiency anaemia items are keyed by the iron rule (treat-and-investigate-source)
// with their own foils (secondary-ida.ts), not iron-decision's.
import { labsTable } from '../kit/exhibits'
import type { Rng } from '../../rng'
import type { ItemDraft, Template } from '../types'
import { parallelOptions } from '../parallel'
import { idaChoices } from './secondary-ida'
import { esrdDraft } from './secondary-esrd'
import { pregnancyDraft } from './secondary-pregnancy'
import { NORMAL_EXAM, makePatient, opening, oneDecimal, rlsStory } from './vignette'
import { fill } from '../kit/people'

function idaDraft(rng: Rng): ItemDraft {
  const context = 'ida'
  const heavyMenses = rng.int(1, 3) === 1
  const p = heavyMenses ? makePatient(rng, 30, 48, 'female') : makePatient(rng, 55, 82)
  const ferritin = rng.int(4, 16)
  const tsat = rng.int(3, 11)
  const hbTenths = p.sex === 'female' ? rng.int(82, 110) : rng.int(86, 118)
  const hb = oneDecimal(hbTenths)
  const mcv = rng.int(64, 77)
  const story = rlsStory(rng, p)
  const clue = heavyMenses
    ? rng.pick([
        'She mentions that her periods have become much heavier over the past year.',
        'Her periods have grown much heavier over the past year, with flooding on the first two days.',
        'She says her periods now last longer and are far heavier than they used to be.'
      ])
    : fill(
        rng.pick([
          '{She} has felt more tired than usual and gets breathless on hills.',
          '{She} has noticed {she} tires easily, and {her} partner says {she} looks pale.'
        ]),
        p
      )
  const stem = `${opening(p, 'primary care clinic')}. ${story.text} ${clue} ${NORMAL_EXAM[(p.age + p.job) % NORMAL_EXAM.length]}`
  const ida = idaChoices({ ferritin, tsat, hb, mcv, heavyMenses })
  const { options, form } = parallelOptions(rng, ida.key, ida.pool, 4, stem, 240, 1, [], true)
  return {
    params: {
      context,
      form,
      age: p.age,
      sex: p.sex,
      job: p.job,
      heavyMenses,
      ferritin,
      tsat,
      hb: hbTenths,
      mcv,
      story: story.phrasing,
      clue
    },
    claims: ['S2', 'T3'],
    difficulty: 2,
    estimatedSeconds: 85,
    stem,
    exhibits: [
      labsTable('Morning bloods, with no iron taken beforehand', p.sex, [
        ['haemoglobin', hbTenths / 10],
        ['mcv', mcv],
        ['ferritin', ferritin],
        ['tsat', tsat]
      ])
    ],
    question: 'What is the most appropriate response to these results?',
    options,
    objective:
      'Recognise iron-deficiency anaemia as a secondary context of RLS that needs both iron replacement and a search for the source of iron loss.',
    explanation: `Iron deficiency is the most readily reversible of the established secondary contexts. Frank iron-deficiency anaemia in an adult is a finding in its own right: replace iron, which often helps the RLS too, and find where iron is being lost (${heavyMenses ? 'here the heavy periods need gynaecological assessment, and other sources are considered if that does not explain it' : 'in a man or a post-menopausal woman, that usually means evaluating the gastrointestinal tract'}).`,
    // Read 9 (P4): the S2 note is about the ≤75 threshold, and this key turns on frank anaemia.
    evidenceNote: null,
    references: ['aasm2024', 'irlssg2018', 'trenkwalder2016'],
    facts: {
      context,
      labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
      population: 'adult',
      dialysis: false,
      anaemia: { haemoglobinGdL: hbTenths / 10, mcvFl: mcv, sex: p.sex },
      age: p.age,
      sex: p.sex
    }
  }
}

export const secondaryContext: Template = {
  id: 'secondary-context',
  family: '9',
  section: 'systemic',
  title: 'Secondary contexts: ESRD on dialysis, pregnancy, iron-deficiency anaemia',
  generate(rng) {
    const context = rng.pick(['esrd', 'pregnancy', 'ida'] as const)
    if (context === 'esrd') return esrdDraft(rng)
    if (context === 'pregnancy') return pregnancyDraft(rng)
    return idaDraft(rng)
  }
}

// Family 8: inflammation or CKD (not on dialysis). Ferritin is an acute-phase reactant, so a
// normal or high ferritin with TSAT <20% still qualifies for iron in RLS (brief §3). A minority of
// items have a normal TSAT as well, so the answer is not always "iron" and TSAT has to be read.
import type { IronCode } from '../../item'
import type { Rng } from '../../rng'
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { ironOptions } from './iron-options'
import {
  DRAW_NOTE,
  NORMAL_EXAM,
  SETTINGS,
  fill,
  makePatient,
  opening,
  oneDecimal,
  rlsStory
} from './vignette'

interface Context {
  id: string
  history: (rng: Rng) => { text: string; detail: number; crp: number | null; egfr: number | null }
}

function ckdStage(egfr: number): string {
  return egfr >= 45 ? '3a' : egfr >= 30 ? '3b' : '4'
}

const CONTEXTS: readonly Context[] = [
  {
    id: 'ckd',
    history(rng) {
      const egfr = rng.int(18, 55)
      const cause = rng.pick([
        'hypertensive nephrosclerosis',
        'IgA nephropathy',
        'polycystic kidney disease'
      ])
      return {
        text: `{She} has chronic kidney disease stage ${ckdStage(egfr)} from ${cause} (eGFR ${egfr} mL/min/1.73 m²), managed by the renal clinic and not on dialysis.`,
        detail: egfr,
        crp: null,
        egfr
      }
    }
  },
  {
    id: 'rheumatoid-arthritis',
    history(rng) {
      const crp = rng.int(14, 48)
      return {
        text: `{She} has seropositive rheumatoid arthritis with active synovitis in both wrists despite methotrexate; CRP is ${crp} mg/L.`,
        detail: crp,
        crp,
        egfr: null
      }
    }
  },
  {
    id: 'crohn-disease',
    history(rng) {
      const crp = rng.int(12, 55)
      return {
        text: `{She} has ileal Crohn's disease and is recovering from a flare; CRP is ${crp} mg/L.`,
        detail: crp,
        crp,
        egfr: null
      }
    }
  }
]

const LEADS = [
  'Which iron decision is best supported for the RLS?',
  'How should these iron studies be interpreted for the RLS?',
  'What is the most appropriate conclusion about iron therapy?'
] as const

export const ironInflammation: Template = {
  id: 'iron-inflammation-ckd',
  family: '8',
  section: 'iron-status',
  title: 'Inflammation or CKD: normal ferritin, low TSAT',
  generate(rng) {
    const ctx = rng.pick(CONTEXTS)
    const h = ctx.history(rng)
    const p = makePatient(rng, ctx.id === 'ckd' ? 45 : 28, 79)
    const lowTsat = rng.int(1, 4) !== 1
    const ferritin = rng.int(110, 420)
    const tsat = lowTsat ? rng.int(9, 19) : rng.int(20, 34)
    const hbTenths = p.sex === 'female' ? rng.int(121, 141) : rng.int(132, 152)
    const hb = oneDecimal(hbTenths)
    const mcv = rng.int(82, 94)
    const key: IronCode = lowTsat ? 'iron-indicated' : 'iron-not-indicated'
    const setting = rng.pick(SETTINGS)
    const story = rlsStory(rng, p)
    const exam = rng.int(0, NORMAL_EXAM.length - 1)
    const draw = rng.int(0, DRAW_NOTE.length - 1)
    const lead = rng.int(0, LEADS.length - 1)
    const ferritinWord = ferritin > 300 ? 'high' : 'normal'
    return {
      params: {
        context: ctx.id,
        detail: h.detail,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        ferritin,
        tsat,
        hb: hbTenths,
        mcv,
        story: story.phrasing,
        exam,
        draw,
        lead
      },
      claims: ['S2', 'P1'],
      difficulty: lowTsat ? (tsat >= 18 ? 3 : 2) : 2,
      estimatedSeconds: 95,
      stem:
        `${opening(p, setting)} with troublesome leg symptoms at night. ${fill(h.text, p)} ` +
        `${story.text} ${NORMAL_EXAM[exam]} ${fill(DRAW_NOTE[draw] ?? '', p)} Results: ferritin ` +
        `${ferritin} ng/mL (reported as ${ferritinWord}), TSAT ${tsat}%, haemoglobin ${hb} g/dL, MCV ${mcv} fL.`,
      question: LEADS[lead] ?? LEADS[0],
      options: ironOptions(key, { ferritin, tsat, hb, mcv, anaemic: false, inflamed: true }),
      objective:
        'Interpret ferritin and TSAT together when inflammation or CKD (not on dialysis) raises ferritin: TSAT <20% qualifies for iron in RLS even with a normal or high ferritin.',
      explanation: `Ferritin rises with inflammation, chronic kidney disease and other chronic illness, so a normal or even high value does not show that iron is available. The AASM rule qualifies an adult with RLS for iron when ferritin is ≤75 ng/mL or TSAT is below 20%, so TSAT must be read as well. Here TSAT is ${tsat}%: ${lowTsat ? 'iron is indicated despite the ferritin.' : 'with ferritin above 100 ng/mL, neither threshold is met.'} This rule is for patients not on dialysis; dialysis-dependent kidney failure follows renal iron protocols.`,
      evidenceNote: evidenceFor(['S2']),
      references: ['aasm2024', 'irlssg2018'],
      facts: {
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        population: 'adult',
        dialysis: false,
        anaemia: { haemoglobinGdL: hbTenths / 10, mcvFl: mcv, sex: p.sex },
        context: ctx.id,
        crpMgL: h.crp,
        egfr: h.egfr,
        age: p.age,
        sex: p.sex
      }
    }
  }
}

// Family 8: inflammation or CKD (not on dialysis). Ferritin is an acute-phase reactant, so a
// normal ferritin can hide deficiency (brief §3). Three variants, none keyed in the zone where the
// guidelines disagree (ferritin >100 with TSAT <20%):
// - ferritin ≤100 with inflammation: iron is indicated and IV iron is the route that fits,
//   because inflammation blunts oral absorption;
// - ferritin >100 with TSAT <20%: the item asks what the low TSAT means, not which route to give;
// - ferritin >100 with TSAT ≥20%: iron is not indicated.
import type { IronCode } from '../../item'
import type { Rng } from '../../rng'
import type { Template } from '../types'
import { parallelOptions, type Choice } from '../parallel'
import { clearInt, ferritinIn, tsatIn } from './iron-values'
import { zoneChoices, type ZoneCause, type ZoneRegister } from './iron-inflammation-zone'
import { IRON_OPTION_TEXTS, ironOptions, type IronCase } from './iron-options'
import {
  DRAW_NOTE,
  NORMAL_EXAM,
  SETTINGS,
  makePatient,
  opening,
  oneDecimal,
  rlsStory
} from './vignette'
import { fill } from '../kit/people'
import { choose } from './explain'
import { labsTable } from '../kit/exhibits'

interface Context {
  id: string
  history: (rng: Rng) => {
    text: string
    detail: number
    crp: number | null
    egfr: number | null
    wording: number
  }
}

function ckdStage(egfr: number): string {
  return egfr >= 45 ? '3a' : egfr >= 30 ? '3b' : '4'
}

// Three wordings of each history (read 9: one sentence per context recurred in every item of it).
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
      const stage = ckdStage(egfr)
      const wording = rng.int(0, 2)
      const text = [
        `{She} has chronic kidney disease stage ${stage} from ${cause} (eGFR ${egfr} mL/min/1.73 m²), managed by the renal clinic and not on dialysis.`,
        `The renal clinic follows {him} for chronic kidney disease stage ${stage} caused by ${cause} (eGFR ${egfr} mL/min/1.73 m²); {she} is not on dialysis.`,
        `{Her} kidney function has declined from ${cause} to an eGFR of ${egfr} mL/min/1.73 m² (CKD stage ${stage}); dialysis has not been needed.`
      ][wording] as string
      return { text, detail: egfr, crp: null, egfr, wording }
    }
  },
  {
    id: 'rheumatoid-arthritis',
    history(rng) {
      const crp = rng.int(14, 48)
      const wording = rng.int(0, 2)
      const text = [
        `{She} has seropositive rheumatoid arthritis with active synovitis in both wrists despite methotrexate; CRP is ${crp} mg/L.`,
        `{Her} rheumatoid arthritis is active, with swollen, tender wrists and knuckles although {she} takes methotrexate; CRP is ${crp} mg/L.`,
        `A flare of seropositive rheumatoid arthritis has left {him} with morning stiffness and swollen wrists despite methotrexate; CRP is ${crp} mg/L.`
      ][wording] as string
      return { text, detail: crp, crp, egfr: null, wording }
    }
  },
  {
    id: 'crohn-disease',
    history(rng) {
      const crp = rng.int(12, 55)
      const wording = rng.int(0, 2)
      const text = [
        `{She} has ileal Crohn's disease and is recovering from a flare; CRP is ${crp} mg/L.`,
        `A flare of {her} ileal Crohn's disease is settling on treatment; CRP is ${crp} mg/L.`,
        `{She} is under the gastroenterology team for ileal Crohn's disease, which flared in recent weeks; CRP is ${crp} mg/L.`
      ][wording] as string
      return { text, detail: crp, crp, egfr: null, wording }
    }
  }
]

/** How the visit is introduced (read 9: "with troublesome leg symptoms at night" opened every
 * item of the template). */
const COMPLAINTS = [
  'with troublesome leg symptoms at night',
  'because restless legs keep {him} awake at night',
  'about leg symptoms that spoil {her} evenings',
  'for an uncomfortable urge to move {her} legs in the evenings'
] as const

const LEADS = [
  'Which iron decision is best supported for the RLS?',
  'What should be done about iron for the RLS, given these studies?',
  'What is the most appropriate conclusion about iron therapy?'
] as const

type Variant = 'iv' | 'zone' | 'not-indicated'

// The IV arm asks for an iron plan, whose key is a route (read-through of bank 2.5.0, pattern 4:
// the lead-in asked how to interpret and the key was a route). Read 7 (P5): under "which route"
// two options were not routes, so the lead-in asks for the plan and every option is one (give IV
// iron, give oral iron, give none, wait for a repeat). Every text is 40 characters, like the shared
// iron options. "Replace iron and trace the cause" is no longer a foil: with inflammation a
// ferritin under 100 can mean true deficiency, and in Crohn's disease the gut is a source to trace.
const ROUTE_LEADS = [
  'Which iron plan is most appropriate for the RLS?',
  'Which plan for iron therapy fits this patient best?',
  'What should be done about iron for the RLS here?'
] as const

/** Read 20 (F2#6, pattern 7): a ferritin of 39 with a CRP of 47 in a woman of 56 is true
 * deficiency, and the feedback never said to look for the loss. Below the general-medicine cut-off
 * (45 ng/mL) the ferritin is low despite inflammation raising it, so the loss is sought; up to 100
 * it can still hide true deficiency, so the question is asked. */
function sourceOfLoss(ferritin: number): string {
  return ferritin < 45
    ? ` A ferritin this low despite active inflammation means true iron deficiency: ask about blood loss (including NSAID use) and consider a GI assessment.`
    : ` With inflammation a ferritin up to 100 ng/mL can still hide true deficiency, so ask about blood loss (including NSAID use) as well.`
}

function routeChoices(c: IronCase): { key: Choice; pool: Choice[] } {
  const f = c.ferritin
  const t = c.tsat
  const choice = (code: IronCode | 'repeat-before-deciding', rationale: string): Choice => ({
    code,
    texts: IRON_OPTION_TEXTS[code],
    rationale
  })
  return {
    // Read 20 (F2#6): the key was iron-decision's IV key word for word ("Use parenteral iron, not
    // an oral product"), and (situation variant=iv, most-shared-words +16.8) its "tablets" and
    // "oral" were the words the oral foil used, so it shared most words. Its own wordings name the
    // infusion and share only "iron" with the other options.
    key: {
      code: 'iv-iron-only',
      texts: [
        'Book a day-unit slot and infuse the iron',
        'Book an intravenous infusion of iron now',
        'Give ferric carboxymaltose as an IV drip'
      ],
      rationale: `Correct: ferritin ${f} ng/mL is not above 100${t < 20 ? ` and TSAT ${t}% is below 20%` : ''}, so iron is indicated, and active inflammation raises hepcidin, which blocks the gut's uptake of oral iron; IV iron (e.g. ferric carboxymaltose) is the route expected to work.${sourceOfLoss(f)}`
    },
    pool: [
      {
        code: 'oral-iron-daily',
        texts: [
          'Start ferrous sulfate tablets once daily',
          'Give oral iron tablets daily, not a drip',
          'Take ferrous sulfate by mouth once daily'
        ],
        rationale: `Incorrect: iron is indicated, but with active inflammation hepcidin blocks the gut's uptake of iron, so daily oral iron is unlikely to raise it; IV iron is the route expected to work.`
      },
      choice(
        'iron-not-indicated',
        `Incorrect: ferritin ${f} ng/mL is not above 100, and inflammation raises ferritin, so it overstates the iron available; iron is indicated, and the question is its route.`
      ),
      choice(
        'repeat-before-deciding',
        `Incorrect: a morning sample drawn without recent iron is enough to decide; ferritin ${f} ng/mL with TSAT ${t}% is clear of the cut-offs, so repeating the tests only delays the route decision.`
      )
    ]
  }
}

/** The zone's lead-ins: a conclusion from the two values, none naming the ferritin the foils
 * name (read 8: the key echoed "beside this ferritin"). */
const ZONE_LEADS = [
  'What is the best-supported conclusion from these iron results?',
  'Which conclusion about iron do these results support?',
  'Which conclusion follows from this pair of iron studies?'
] as const

/** How to read the ferritin beside the TSAT. In the IV arm the ferritin (≤100) already qualifies,
 * so "the TSAT carries the weight" would teach the wrong reason (copy edit after read 5). */
/** `cause`: the patient's own context ('CKD' or 'inflammation'; read 11, 120121 #16: a
 * rheumatoid case was taught through CKD and dialysis). */
function readingLines(variant: Variant, ferritin: number, tsat: number, cause: string): string[] {
  if (variant === 'iv')
    return [
      `Ferritin is an acute-phase reactant, so with active inflammation even ${ferritin} ng/mL overstates the iron available.`,
      `Inflammation pushes ferritin up, so the stores behind ${ferritin} ng/mL are likely lower still.`
    ]
  return [
    `Ferritin rises with ${cause}, so a ferritin that is not low does not show that iron is available, and TSAT has to be read as well.`,
    `Ferritin is an acute-phase reactant: with ${cause} a value of ${ferritin} ng/mL can overstate the iron available, so the TSAT of ${tsat}% carries the weight.`,
    `${cause === 'CKD' ? 'CKD' : 'Inflammation'} pushes ferritin up, so ${ferritin} ng/mL here has to be read beside the TSAT of ${tsat}% rather than on its own.`
  ]
}

export const ironInflammation: Template = {
  id: 'iron-inflammation-ckd',
  family: '8',
  section: 'iron-status',
  title: 'Inflammation or CKD: ferritin misleads, TSAT informs',
  generate(rng) {
    const ctx = rng.pick(CONTEXTS)
    const h = ctx.history(rng)
    const p = makePatient(rng, ctx.id === 'ckd' ? 45 : 28, 79)
    // CKD not on dialysis without shown inflammation does not blunt oral iron the way active
    // inflammation does (oral iron is a fair first trial there), so CKD never keys "IV only".
    const variant: Variant =
      ctx.id === 'ckd'
        ? rng.pick(['zone', 'zone', 'not-indicated'] as const)
        : rng.pick(['iv', 'iv', 'zone', 'zone', 'not-indicated'] as const)
    // The zone keeps ferritin at 110–200 (read 8, P3: at 332 in CKD 3b "the TSAT reflects the kidney
    // disease" is a fair reading of functional iron restriction); not-indicated keeps the wide range.
    const ferritin =
      variant === 'iv'
        ? // Read 18 (F1#31, F2#20): ferritin 80 sat on the 5-point margin from 75; the IV arm keeps
          // 8 clear of 75 and 100 (30–67 or 83–92).
          clearInt(rng, 30, 95, [75, 100], 8)
        : variant === 'zone'
          ? ferritinIn(rng, 110, 200)
          : // Read 20 (F2#4, iron-decision): a ferritin the laboratory flags "high" gives "no
            // iron" away, so a woman's stays inside her interval (20–200), unflagged.
            ferritinIn(rng, 110, p.sex === 'female' ? 190 : 380)
    // Not indicated: TSAT at least 25%, so it is clearly, not narrowly, above 20% (read-through P8).
    const tsat =
      variant === 'not-indicated'
        ? tsatIn(rng, 25, 34)
        : ferritin <= 70 && rng.next() < 0.4
          ? tsatIn(rng, 22, 32)
          : tsatIn(rng, 8, 18)
    // Active inflammation rarely leaves haemoglobin high-normal: keep it in the low-normal band.
    const hbTenths = p.sex === 'female' ? rng.int(121, 134) : rng.int(132, 144)
    const hb = oneDecimal(hbTenths)
    const mcv = rng.int(82, 94)
    const setting = rng.pick(SETTINGS)
    const story = rlsStory(rng, p)
    const exam = rng.int(0, NORMAL_EXAM.length - 1)
    const draw = rng.int(0, DRAW_NOTE.length - 1)
    const lead = rng.int(0, LEADS.length - 1)
    const complaint = rng.int(0, COMPLAINTS.length - 1)
    // The zone's register: every option is written in it (iron-inflammation-zone.ts). Drawn by
    // lot until read 11 (120121 #16, MAJOR): in the firm register the key's "must" is a duty while
    // every foil's "excludes", "proves" or "alone" claims a certainty, so a test-wise reader still
    // picks the one option that does not overclaim. The draw is kept so other params stay put.
    rng.next()
    const register: ZoneRegister = 'measured'
    const iron = { ferritin, tsat, hb, mcv, anaemic: false, inflamed: true }
    const key: IronCode = variant === 'iv' ? 'iv-iron-only' : 'iron-not-indicated'
    // What raises this patient's ferritin: the CKD itself, or inflammation shown by its CRP.
    const cause: ZoneCause =
      h.crp === null
        ? {
            raises: 'kidney disease and its low-grade inflammation',
            short: 'the kidney disease'
          }
        : {
            raises: `active inflammation (here CRP ${h.crp} mg/L)`,
            short: ctx.id === 'crohn-disease' ? "the Crohn's disease" : 'the arthritis'
          }
    const causeLine =
      h.crp === null
        ? `In this patient it is the kidney disease itself (eGFR ${h.egfr} mL/min/1.73 m²), with the low-grade inflammation that goes with it, that can raise ferritin, and a ferritin of ${ferritin} ng/mL at this stage also deserves a look for other inflammation.`
        : `In this patient it is active inflammation, with a CRP of ${h.crp} mg/L, that raises ferritin.`
    const stem =
      `${opening(p, setting)} ${fill(COMPLAINTS[complaint] ?? '', p)}. ${fill(h.text, p)} ` +
      `${story.text} ${NORMAL_EXAM[exam]} ${fill(DRAW_NOTE[draw] ?? '', p)}`
    const zone = zoneChoices(register, ferritin, tsat, hb, cause)
    const route = routeChoices(iron)
    // The zone's search balances length, shared words and words shared with the stem (the
    // illness-named foils echo the history), and never leaves the key the lone register.
    const { options, form } =
      variant === 'zone'
        ? parallelOptions(rng, zone.key, zone.pool, 4, stem, 48, 1, [], true)
        : variant === 'iv'
          ? parallelOptions(rng, route.key, route.pool, 4, '', 0, 1, ['oral-iron-daily'])
          : ironOptions(rng, key, iron)
    const question =
      variant === 'zone'
        ? (ZONE_LEADS[lead % ZONE_LEADS.length] ?? ZONE_LEADS[0])
        : variant === 'iv'
          ? (ROUTE_LEADS[lead] ?? ROUTE_LEADS[0])
          : (LEADS[lead] ?? LEADS[0])
    const opening1 =
      variant === 'iv'
        ? 'Inflammation changes the route as well as the reading.'
        : variant === 'zone'
          ? 'Here the two iron values point in different directions.'
          : 'With both values clear of the thresholds, iron is not the lever here.'
    const verdict =
      variant === 'iv'
        ? `Ferritin ${ferritin} ng/mL is not above 100, so iron is indicated, and because active inflammation blunts oral absorption, IV iron is the route expected to work.${sourceOfLoss(ferritin)}${ferritin < 45 && ctx.id === 'crohn-disease' ? " In Crohn's disease the inflamed gut is itself a likely site of both loss and poor absorption." : ''}`
        : variant === 'zone'
          ? `At ferritin above 100 ng/mL with TSAT below 20%, AASM 2024 would qualify the patient on TSAT while IRLSSG 2018 and Silber 2021 would not; what is certain is that deficiency is not excluded, and its cause should be sought.`
          : `Ferritin above 100 ng/mL with TSAT ${tsat}% meets neither threshold, so iron is not indicated.`
    return {
      params: {
        variant,
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
        lead,
        frame: `${h.wording}.${complaint}`,
        ...(variant === 'zone' ? { register } : {}),
        form
      },
      claims: ['S2', 'P1'],
      // A competing context (inflammation) is always present; the zone and the route add a step.
      difficulty: variant === 'not-indicated' ? 2 : 3,
      estimatedSeconds: 95,
      stem,
      // The laboratory's flag replaces "reported as normal/high": it comes from the same ranges.
      exhibits: [
        labsTable('Results', p.sex, [
          ['ferritin', ferritin],
          ['tsat', tsat],
          ['haemoglobin', hbTenths / 10],
          ['mcv', mcv]
        ])
      ],
      question,
      options,
      // One objective per variant (read 11, P8).
      objective:
        variant === 'iv'
          ? 'Interpret ferritin and TSAT together when inflammation raises ferritin, and choose IV iron when iron is indicated with active inflammation.'
          : variant === 'zone'
            ? 'Interpret a ferritin above 100 ng/mL with a TSAT below 20% in inflammation or CKD: deficiency is not excluded, its cause is sought, and guidelines disagree on treating.'
            : 'Interpret ferritin and TSAT together when inflammation or CKD (not on dialysis) raises ferritin, and recognise when iron is not indicated.',
      explanation: `${opening1} ${choose(readingLines(variant, ferritin, tsat, ctx.id === 'ckd' ? 'CKD' : 'inflammation'), `${ferritin}|${tsat}|${hb}|${mcv}`, 'ferritin')} ${causeLine} ${verdict}${ctx.id === 'ckd' ? ' These rules are for patients not on dialysis; dialysis-dependent kidney failure follows renal iron protocols.' : ''}`,
      // Read 9 (P4): the S2 note is about the ≤75 threshold, and no key here turns on it (the IV arm
      // turns on inflammation, the zone on what a low TSAT means, the last arm on >100).
      evidenceNote: null,
      references:
        variant === 'not-indicated'
          ? ['aasm2024', 'irlssg2018']
          : ['aasm2024', 'irlssg2018', 'silber2021'],
      facts: {
        labs: { ferritinNgMl: ferritin, tsatPercent: tsat },
        population: 'adult',
        dialysis: false,
        inflammation: true,
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

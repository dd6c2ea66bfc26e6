// Early pregnancy with nausea and vomiting: a dopamine-blocking antiemetic is started and RLS
// follows within days, in the first trimester — earlier than pregnancy-related RLS usually
// appears. The competing context (pregnancy) makes this a difficulty-3 item.
import { whichDrugTemplate } from '../kit/which-drug'
import { longTermAntidepressants, TOLERATED_SHARE, otherMedicines } from '../kit/tolerated'

// Read 8 (P5): the usual next choice for nausea in pregnancy is not a neutral swap (brief §2, D3).
const DOXYLAMINE_NOTE =
  'The usual alternative for nausea in pregnancy, doxylamine-pyridoxine, contains a sedating first-generation H1 antihistamine, itself a recognised aggravator of RLS, so it is not a neutral swap.'

/** Days since the levothyroxine dose was raised: a few days before the antiemetic was started. */
const raisedDays = (c: { n: Record<string, number> }): number => (c.n.days ?? 6) + (c.n.lt4 ?? 1)

export const hyperemesisAntiemetic = whichDrugTemplate({
  rankForms: ['dose', 'schedule', 'regimen'],
  id: 'trigger-antiemetic-early-pregnancy',
  family: '16',
  section: 'systemic',
  title: 'Dopamine-blocking antiemetic for nausea in early pregnancy',
  objective:
    'Recognise a dopamine-blocking antiemetic as the likely trigger of new RLS in early pregnancy, when pregnancy-related RLS is less typical.',
  claims: ['S3'],
  extraRefs: ['manconi2004', 'picchietti2015'],
  ages: [22, 41],
  sexes: ['f'],
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: {
    share: TOLERATED_SHARE,
    drugs: longTermAntidepressants('sertraline', 'citalopram', 'escitalopram', 'fluoxetine')
  },
  keys: {
    metoclopramide: [
      {
        regimen: '10 mg three times daily before meals',
        indication: 'nausea and vomiting of pregnancy',
        by: 'the obstetric day unit'
      }
    ],
    promethazine: [
      {
        regimen: '25 mg at night and once more as needed',
        indication: 'nausea and vomiting of pregnancy',
        by: 'her family physician'
      }
    ]
  },
  // No gabapentinoid in early pregnancy (not a plausible list).
  central: [],
  noCentralBecause: 'early pregnancy',
  // Read 18 (F1#32): no centrally acting non-aggravator is plausible at 9–14 weeks, so the
  // antiemetic stays the one drug acting on the brain; timing alone no longer decides, since a
  // levothyroxine dose raised at the booking visit (the usual step in early pregnancy, brief §2:
  // replacement dose) is always listed beside the co-started antibiotic (P4: a dose change as a
  // decoy, not only a co-started drug).
  always: ['levothyroxine'],
  chronic: ['insulin glargine', 'acetaminophen', 'metformin'],
  fresh: ['cephalexin', 'amoxicillin'],
  uses: {
    acetaminophen: { regimen: '1 g up to four times daily as needed', indication: 'headaches' },
    cephalexin: {
      regimen: '500 mg twice daily for 7 days',
      indication: 'a urinary tract infection'
    },
    amoxicillin: {
      regimen: '500 mg three times daily for 7 days',
      indication: 'a urinary tract infection'
    },
    // Read 10 (r10G pre-read): insulin for type 2 diabetes since the age of 18–20 was the default.
    // At these ages insulin is for type 1 diabetes, and metformin, continued into early pregnancy,
    // for polycystic ovary syndrome, so the two never describe one diabetes twice over.
    metformin: {
      regimen: '500 mg twice daily with meals',
      indication: 'polycystic ovary syndrome'
    },
    'insulin glargine': { regimen: '18 units at bedtime', indication: 'type 1 diabetes' },
    levothyroxine: { regimen: '100 micrograms every morning', indication: 'hypothyroidism' }
  },
  numbers: {
    gw: [9, 14],
    days: [6, 13],
    onset: [1, 3],
    since: [3, 9],
    dm: [5, 12],
    frame: [0, 2],
    parity: [0, 2],
    // Days before the antiemetic that the levothyroxine dose was raised (at the booking visit).
    lt4: [1, 5]
  },
  // Type 1 diabetes from childhood at the earliest; metformin for PCOS from the late teens; the
  // rest not before 16.
  chronicYears: (c, g, drawn) =>
    g === 'metformin'
      ? Math.max(1, Math.min(drawn, c.p.age - 18))
      : g === 'insulin glargine'
        ? Math.max(1, Math.min(c.n.dm ?? drawn, c.p.age - 8))
        : Math.max(1, Math.min(drawn, c.p.age - 16)),
  // Read 10 (P3): type 1 diabetes read as basal glargine alone "started by her family physician"
  // at 13. Type 1 diabetes is treated with basal-bolus insulin (or a pump) by the diabetes team,
  // so the line gives the mealtime insulin and who manages it; the other lines as by default.
  chronicLine: (c, g, reg, ind, years) =>
    g === 'levothyroxine'
      ? `levothyroxine ${reg} for ${ind} (taken for ${years} years; raised from 75 micrograms at her booking visit ${raisedDays(c)} days ago)`
      : g === 'insulin glargine'
        ? `insulin glargine ${reg} and rapid-acting insulin with meals for ${ind} (managed by the diabetes team since her diagnosis at ${c.p.age - years})`
        : `${g} ${reg} for ${ind} (started by her family physician ${years} years ago)`,
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (started by ${c.use.by} ${c.n.days} days ago)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (started by the antenatal clinic ${(c.n.days ?? 6) - 1} days ago)`,
  // Read 10 (r10G pre-read): "calls the antenatal clinic" beside an examination finding; now each
  // frame is a visit in person, and the pregnancy is not always her first.
  stem: (c) => {
    const which = ['first', 'second', 'third'][c.n.parity ?? 0] ?? 'first'
    const span = (c.n.days ?? 6) - (c.n.onset ?? 1)
    const open = [
      `${c.p.a} who is ${c.n.gw} weeks into her ${which} pregnancy is seen at the antenatal clinic about her evenings.`,
      `${c.p.a}, ${c.n.gw} weeks into her ${which} pregnancy, raises a new problem with her midwife at a routine visit.`,
      `${c.p.a} in the ${c.n.gw}th week of her ${which} pregnancy asks her family physician about her evenings at a booked appointment.`
    ][c.n.frame ?? 0]
    return `${open} For the last ${span} days she has felt a deep crawling in both legs as soon as she sits down after dinner; it settles while she walks around the flat and comes back the moment she lies down. She has never had anything like it${which === 'first' ? '' : ', in this pregnancy or before'}. Her medicines are ${c.list}, with a prenatal vitamin. On examination there is no calf swelling or tenderness, and sensation in both feet is normal.`
  },
  leads: [
    'Which medicine is the most likely trigger of these new symptoms?',
    'Which of her medicines should the obstetric team review first?'
  ],
  // Read 8 (P5): the promethazine clause was said of metoclopramide too, which is only ever an
  // antiemetic. Read 10: its receptor actions do not change with the indication (brief §2).
  keyTail: (c) =>
    c.drug === 'promethazine'
      ? // The kit's promethazine sentence already names both actions (read 10, 94649 #39: said twice).
        `It was started ${c.n.days} days ago for nausea, and the symptoms began within days.`
      : `It was started ${c.n.days} days ago for nausea, and the symptoms began within days; its central dopamine blockade is what links it to RLS.`,
  // From the stem's numbers: a 7-day course that has ended while the legs go on points away from
  // the antibiotic (as in the vertigo template).
  freshTail: (c) => {
    const ended = (c.n.days ?? 6) - 1 - 7
    return ended > 0
      ? `Its 7-day course ended ${ended === 1 ? 'a day' : `${ended} days`} ago and the legs have not eased since, so the timing points away from it, as does the drug class.`
      : 'The course began in the same week as the antiemetic, so the timing is shared and cannot decide between them.'
  },
  chronicTail: (c, g) =>
    g === 'levothyroxine'
      ? `Its dose was raised ${raisedDays(c)} days ago, a few days before the antiemetic was started, as thyroid replacement usually is in early pregnancy, so the timing alone cannot rule it out; the higher dose only keeps her thyroid levels normal.`
      : g === 'acetaminophen'
        ? 'She takes it now and then for headaches, as she did before the pregnancy.'
        : `She took it before the pregnancy and still does, with the usual adjustments for pregnancy.`,
  explanation: (c) =>
    `Pregnancy is an established context for RLS, but pregnancy-related symptoms usually build in the third trimester and fade after delivery. New RLS at ${c.n.gw} weeks, starting within days of a new dopamine-blocking antiemetic, points to the drug. ${c.drug === 'promethazine' ? 'Promethazine is a phenothiazine that blocks D2 receptors and is a sedating H1 antihistamine, whatever it is prescribed for, and both actions can worsen RLS; it was prescribed for nausea, so the review is of the antiemetic choice.' : 'The obstetric team can review whether the nausea can be managed with an antiemetic that does not block central dopamine receptors.'} ${DOXYLAMINE_NOTE} ${otherMedicines(c.tolerated)} are not recognised aggravators.`,
  difficulty: () => 3
})

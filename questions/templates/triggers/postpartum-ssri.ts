// Postpartum: RLS from late pregnancy would be expected to fade within weeks of delivery, but it
// is worse, after an SSRI started for postnatal depression. Pregnancy is the competing context;
// the timeline after delivery points to the drug.
import { whichDrugTemplate } from '../kit/which-drug'
import { diabetesUses, diabetesYears, type Diabetes } from '../kit/meds'

/** Her one diabetes, which every diabetes drug on her list reads (read 9, 91237 #10: insulin
 * "for type 1 diabetes" beside metformin "for type 2 diabetes"). Type 2, since metformin may be
 * listed; insulin with or without it through a pregnancy is the usual type 2 treatment. */
const DIABETES: Diabetes = 'type 2 diabetes'

/** Weeks since the gabapentin was started: after the worsening began (wk - 1 weeks ago), at
 * least 2. */
const gabapentinWeeks = (c: { n: Record<string, number> }): number => Math.max(2, (c.n.wk ?? 4) - 2)

export const postpartumSsri = whichDrugTemplate({
  // Read 18: with gabapentin always listed beside the cephalexin, two fixed options held the key
  // mid-order (shortest +9 with two forms); the regimen form and a share of the other extreme
  // restore the spread.
  rankForms: ['name', 'schedule', 'regimen'],
  otherExtremeShare: 0.4,
  id: 'trigger-ssri-after-delivery',
  family: '14',
  section: 'systemic',
  title: 'RLS that should fade after delivery but worsens on a new SSRI',
  objective:
    'After delivery, when pregnancy-related RLS usually fades, recognise a newly started SSRI as the likely reason the RLS is worse.',
  claims: ['S3'],
  extraRefs: ['manconi2004'],
  // From 27, so a type 2 diabetes she has had for years began in adult life (read 16, 155303
  // #25: a 29-year-old on insulin "8 years ago" and metformin "9 years ago").
  ages: [27, 42],
  sexes: ['f'],
  // Two wordings for each SSRI (read 7, middle-length): "once a day in the morning" is among the
  // longest schedules on the list, "once a day" among the shortest, so with the name and schedule
  // forms the key can land on every length rank. Every regimen says "a day" rather than "daily"
  // ("once daily" shared "daily" with most lines and made the key the option with most words in
  // common with the others).
  keys: {
    sertraline: [
      {
        regimen: '50 mg once a day',
        indication: 'postnatal depression',
        by: 'her family physician'
      },
      {
        regimen: '50 mg once a day in the morning',
        indication: 'postnatal depression',
        by: 'her family physician'
      }
    ],
    escitalopram: [
      {
        regimen: '10 mg once a day',
        indication: 'postnatal depression',
        by: 'the perinatal mental health team'
      },
      {
        regimen: '10 mg once a day in the morning',
        indication: 'postnatal depression',
        by: 'her family physician'
      }
    ],
    citalopram: [
      {
        regimen: '20 mg once a day',
        indication: 'postnatal depression',
        by: 'her family physician'
      },
      {
        regimen: '20 mg once a day in the morning',
        indication: 'postnatal depression',
        by: 'the perinatal mental health team'
      }
    ]
  },
  // Read 18 (F1#23): with no centrally acting non-aggravator listed, "pick the psychotropic" found
  // the SSRI with no RLS knowledge. Gabapentin (brief §2: usable as a non-aggravating option, with
  // its first-line role in the rationale) is listed, started after the birth for sciatica at a low
  // night dose, which is compatible with breastfeeding; it began after the legs had turned worse.
  central: ['gabapentin'],
  // Insulin glargine joins the long-standing drugs: taken through a pregnancy, as the rationale
  // says, and the longest name, so the key can be the shortest option.
  chronic: ['levothyroxine', 'acetaminophen', 'metformin', 'insulin glargine'],
  // Cephalexin only: amoxicillin alone does not cover the staphylococci of lactational mastitis
  // (read 11, 116047 #29).
  fresh: ['cephalexin'],
  uses: {
    // "Every 6 hours" rather than "up to four times daily": the same limit in a schedule of the
    // list's length band (50 characters stood out as a lone long option).
    acetaminophen: { regimen: '1 g every 6 hours as needed', indication: 'headaches' },
    levothyroxine: { regimen: '75 micrograms every morning', indication: 'hypothyroidism' },
    cephalexin: { regimen: '500 mg four times a day for 7 days', indication: 'mastitis' },
    gabapentin: {
      regimen: '300 mg at bedtime',
      indication: 'sciatica that began late in the pregnancy'
    },
    ...diabetesUses(DIABETES, {
      'insulin glargine': '18 units at bedtime',
      metformin: '500 mg twice a day with meals'
    })
  },
  numbers: { pp: [8, 12], wk: [4, 7], fer: [110, 190], tsat: [24, 38], dm: [4, 12] },
  // A long-standing medicine started in adult life, not in childhood; the diabetes drugs from her
  // one diagnosis, `dm` years ago, with insulin added to metformin, not before it (read 9, P5).
  chronicYears: (c, g, drawn) => {
    const adult = (y: number) => Math.max(2, Math.min(y, c.p.age - 20))
    // Type 2 diabetes diagnosed at 24 at the youngest, 3 or more years ago (insulin, added later,
    // then dates from 2 or more).
    const dm = Math.max(3, Math.min(c.n.dm ?? 4, c.p.age - 24))
    return diabetesYears(g, adult(drawn), dm, c.others)
  },
  // Insulin is started by the diabetes clinic, the other long-standing medicines by her family
  // physician (the default wording), so every line names a prescriber, as the key's does.
  chronicLine: (c, g, reg, ind, years) =>
    g === 'gabapentin'
      ? `${g} ${reg} for ${ind} (started by {her} family physician ${gabapentinWeeks(c)} weeks ago)`
      : `${g} ${reg} for ${ind} (started by ${g === 'insulin glargine' ? 'the diabetes clinic' : '{her} family physician'} ${years} years ago)`,
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (started by ${c.use.by} ${c.n.wk} weeks ago)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (started by the midwife ${(c.n.wk ?? 4) - 1} weeks ago, now finished)`,
  stem: (c) =>
    `${c.p.a} sees her family physician ${c.n.pp} weeks after an uncomplicated delivery. Restless legs began in the third trimester, as they did in her sister's pregnancies, and had started to ease in the first weeks after the birth. Over the past ${(c.n.wk ?? 4) - 1} weeks they have returned most evenings, worse than before, with an urge to walk that keeps her up after the night feed. Her medicines are ${c.list}. A ferritin this week was ${c.n.fer} ng/mL with a TSAT of ${c.n.tsat}%, and her legs are normal on examination.`,
  leads: [
    'Which medicine is the most likely reason her RLS is worse?',
    'Which of her medicines should be reviewed as the probable aggravator?'
  ],
  keyTail: (c) =>
    `It was started ${c.n.wk} weeks ago, and the RLS turned back for the worse after it, when pregnancy-related RLS would be expected to keep fading.`,
  // Dates as the stem gives them: the 7-day course began when the RLS turned worse (wk - 1 weeks
  // ago) and ended a week later, and the RLS has not eased since (read-through P7).
  freshTail: (c) =>
    `The 7-day course for mastitis began ${(c.n.wk ?? 4) - 1} weeks ago, as the RLS turned worse, but it ended ${(c.n.wk ?? 4) - 2} weeks ago and the legs have not eased since.`,
  chronicTail: (c, g) =>
    g === 'gabapentin'
      ? `It was started ${gabapentinWeeks(c)} weeks ago, after the legs had already turned worse, and it treats RLS rather than provoking it.`
      : g === 'acetaminophen'
        ? 'She takes it now and then for headaches, as she did before the pregnancy.'
        : 'She took it through the pregnancy and after, with no change that matches the worsening.',
  explanation: (c) =>
    `Pregnancy-related RLS usually builds in the third trimester and fades within weeks of delivery, and hers had begun to settle. A return, worse than before, weeks after ${c.drug} was started for postnatal depression points to the SSRI. SSRIs can worsen RLS in some patients; the decision weighs the benefit for her mood, and any change is made with the prescriber rather than by stopping the antidepressant abruptly. Her iron stores are replete, and the other medicines are not recognised aggravators.`,
  difficulty: () => 3
})

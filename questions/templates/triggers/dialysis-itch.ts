// A patient on haemodialysis is given a sedating antihistamine for uraemic itch, and the RLS that
// was tolerable during sessions becomes nightly and starts early in each session. ESRD is itself an
// established context, which makes this a competing-context item.
import { whichDrugTemplate, type Ctx } from '../kit/which-drug'
import { longTermAntidepressants, TOLERATED_SHARE, otherMedicines } from '../kit/tolerated'

/** The phosphate binder, in a third of items switched to another in the culprit's weeks (read 18,
 * P4: a recent change outside the options, so the dates do not single out the listed drugs). */
const binderLine = (c: Ctx): string =>
  c.n.binder === 0
    ? `a phosphate binder with meals (changed to a different binder ${Math.max(2, (c.n.wk ?? 3) - 1)} weeks ago because of bloating)`
    : 'a phosphate binder with meals'

/** Read 18 (P7): a first-generation antihistamine at 78 with no word on its anticholinergic load. */
const olderCaveat = (c: Ctx): string =>
  c.p.age >= 65
    ? ` At ${c.p.age} it is a poor choice on a second count: its anticholinergic effects add to the risk of confusion and falls.`
    : ''

export const dialysisItch = whichDrugTemplate({
  rankForms: ['schedule', 'regimen'],
  // Read 10: one dose per key wording left no form in which the key was the longest, and
  // middle-length rose to +11; no bare-name form (its ties held the key mid-order) and a quarter
  // of the unreachable extremes tried the other one (bank:check: middle-length +0.6).
  // Read 18: with a losartan dose change among the co-timed decoys the key was the shortest
  // option a little under its share (155 of 157 needed in 1000 items); half the unreachable
  // extremes now try the other one.
  otherExtremeShare: 0.5,
  id: 'trigger-antihistamine-for-dialysis-itch',
  family: '16',
  section: 'systemic',
  title: 'Sedating antihistamine for itch on haemodialysis',
  objective:
    'On dialysis, where RLS is common anyway, spot a newly added sedating antihistamine as the reason the RLS has got worse.',
  claims: ['S1'],
  extraRefs: ['trenkwalder2016'],
  ages: [38, 82],
  // Read 7, middle-length: each key regimen has a tail after a comma, which the schedule form
  // drops ("Hydroxyzine 10 mg at night", among the shortest lines) and the regimen form keeps
  // (among the longest), so the key can land on every length rank. Read 10 (r10G pre-read): one
  // dose and one timing, like every other line; "25 mg at night, and 10 mg by day as needed" was
  // the only two-dose regimen and the longest option. Hydroxyzine at a reduced dose on dialysis.
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: {
    share: TOLERATED_SHARE,
    drugs: longTermAntidepressants('sertraline', 'escitalopram', 'fluoxetine')
  },
  keys: {
    // A longer wording of each (still one dose), so the key can be the longest option too.
    hydroxyzine: [
      {
        regimen: '10 mg at night, as needed',
        indication: 'itching from kidney failure',
        by: 'the renal team'
      },
      {
        regimen: '10 mg at night, as needed after dialysis',
        indication: 'itching from kidney failure',
        by: 'the renal team'
      }
    ],
    diphenhydramine: [
      {
        regimen: '25 mg at night, as needed',
        indication: 'itching from kidney failure',
        by: 'the dialysis unit'
      }
    ]
  },
  // On dialysis only at renal doses after sessions, and gabapentin is a uraemic-itch treatment.
  central: ['gabapentin'],
  // Read 10: post-herpetic neuralgia in every item; the renal regimen stays the same, so the
  // option texts (and their length ranks) do not change with the reason.
  centralUses: {
    gabapentin: [
      {
        regimen: '100 mg three times a week after dialysis',
        indication: 'post-herpetic neuralgia'
      },
      {
        regimen: '100 mg three times a week after dialysis',
        indication: 'nerve-root pain in the neck and arm'
      },
      { regimen: '100 mg three times a week after dialysis', indication: 'sciatic nerve pain' }
    ]
  },
  chronic: [
    'insulin glargine',
    'losartan',
    'levothyroxine',
    'tamsulosin',
    'sitagliptin',
    'acetaminophen',
    'lisinopril'
  ],
  // Ongoing drugs only: a 7-day cephalexin course started weeks before the visit was long over
  // yet listed as current (copy edit after read 5). No statin: statins are not started on dialysis.
  // Read 10: sitagliptin was the co-timed drug in every item read; a thyroid replacement started
  // after routine bloods is a third (brief §2: levothyroxine at a replacement dose).
  // Read 18 (F1#28, P4): acetaminophen as needed started with the antihistamine was the ward
  // template's skeleton. The recent change beside the culprit is now a diabetes drug added, or a
  // thyroid replacement or blood-pressure dose raised, and the stem sometimes adds a change of
  // phosphate binder.
  fresh: ['sitagliptin', 'levothyroxine', 'losartan'],
  uses: {
    gabapentin: {
      // A frequency as well as the timing, so its schedule is not a bare strength.
      regimen: '100 mg three times a week after dialysis',
      indication: 'post-herpetic neuralgia'
    },
    // "In the morning", not "every morning", and acetaminophen "three times daily", not "every 8
    // hours": "every" counts as an absolute, and the key was then the one line without one.
    sitagliptin: { regimen: '25 mg in the morning (renal dose)', indication: 'type 2 diabetes' },
    levothyroxine: {
      regimen: '50 micrograms in the morning',
      indication: 'an underactive thyroid'
    },
    acetaminophen: { regimen: '1 g three times daily as needed', indication: 'back pain' },
    losartan: { regimen: '50 mg on non-dialysis days', indication: 'hypertension' },
    lisinopril: { regimen: '10 mg on non-dialysis days', indication: 'hypertension' }
  },
  numbers: { yrs: [2, 9], wk: [3, 8], hour: [1, 2], chronicYrs: [2, 10], binder: [0, 2] },
  // Read 10 (r10G pre-read): "gabapentin … after dialysis, started 7 years ago" on dialysis for 5
  // years. A regimen tied to dialysis days cannot predate dialysis: at most the dialysis years.
  chronicYears: (c, g, drawn) => {
    const u =
      g === 'gabapentin'
        ? 'after dialysis'
        : g.endsWith('sartan') || g.endsWith('pril')
          ? 'non-dialysis'
          : g === 'sitagliptin'
            ? 'renal'
            : ''
    return u ? Math.min(drawn, c.n.yrs ?? drawn) : drawn
  },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (added by ${c.use.by} ${c.n.wk} weeks ago)`,
  freshLine: (c, g, reg, ind) =>
    g === 'levothyroxine'
      ? `${g} ${reg} for ${ind} (for several years; raised from 25 micrograms after routine bloods ${c.n.wk} weeks ago)`
      : g === 'losartan'
        ? `${g} ${reg} for ${ind} (for several years; raised from 25 mg ${c.n.wk} weeks ago for high readings between sessions)`
        : `${g} ${reg} for ${ind} (started by ${c.use.by} ${c.n.wk} weeks ago)`,
  stem: (c) =>
    `${c.p.a} on haemodialysis three times a week for ${c.n.yrs} years is seen by the renal registrar during a mid-week session. For most of that time {she} has had restless legs in the last hour of sessions, which {she} could sit through. Over the past ${(c.n.wk ?? 3) - 1} weeks the urge starts within ${c.n.hour === 1 ? 'the first hour' : 'two hours'} of connecting, and most evenings at home {she} walks the hallway until after midnight. Dialysis adequacy and electrolytes are unchanged. {Her} medicines are ${c.list}, plus ${binderLine(c)} and an erythropoiesis-stimulating agent given on dialysis. There is no new sensory loss in the feet.`,
  leads: [
    'Which medicine is the most likely reason {her} RLS has worsened?',
    'Which listed medicine is the probable aggravator of {her} RLS?'
  ],
  keyTail: (c) =>
    `It was added ${c.n.wk} weeks ago for itch, and the worse pattern began after it; the itch can be treated in other ways with the renal team.`,
  freshTail: (c) =>
    c.fresh === 'levothyroxine'
      ? 'Only its dose changed, in the same weeks as the antihistamine was added, so the dates fit both; the higher dose only brings thyroid levels back to normal.'
      : c.fresh === 'losartan'
        ? 'Only its dose changed, in the same weeks as the antihistamine was added, so the dates fit both and cannot separate them.'
        : 'It was added in the same weeks as the antihistamine, so the dates fit both and cannot separate them.',
  explanation: (c) =>
    `Kidney failure on dialysis is one of the established secondary contexts of RLS (roughly 1 in 5 patients), which is why this patient already had symptoms late in sessions. The recent change, though, followed the sedating antihistamine added for itch: first-generation H1 blockers are recognised aggravators. Taking ${c.drug} at night, even only as needed, can turn tolerable symptoms into nightly ones. ${otherMedicines(c.tolerated)} are not recognised aggravators${c.n.binder === 0 ? ', and neither is the change of phosphate binder' : ''}; the itch can be managed with the renal team in other ways.${olderCaveat(c)}`,
  difficulty: () => 3
})

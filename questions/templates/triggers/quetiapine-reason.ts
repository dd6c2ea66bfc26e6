// Quetiapine, in two situations that call for different steps: a low off-label dose for insomnia
// (taper it and treat the insomnia another way) or a raised dose for bipolar disorder (agree a
// change with the psychiatrist; never stop a mood-stabilising drug unilaterally). Both keyed
// statements appear in every item, so the learner has to read why the drug was prescribed.
import type { Template } from '../types'
import { rankedStatements, statementOptions } from '../kit/statements'
import { classEvidence, classRefs } from '../kit/meds'
import { cap, fill, person, pickSex, seconds, spell } from '../kit/people'

// Every foil is a step a prescriber might really take, in the same register as the two keys.
// Abrupt stopping is offered only in the bipolar arm: after a few weeks of 25–50 mg for sleep it
// is close to a taper, so it would be a second defensible answer there.
/** Each key in three wordings of one shape (the first is the one in TEXTS). */
const KEY_FORMS: Record<string, readonly string[]> = {
  'taper-and-treat-insomnia': [
    'Taper off the quetiapine, with CBT for the insomnia',
    'Taper the quetiapine; CBT-I suits the insomnia',
    'Taper off the quetiapine and treat the insomnia with CBT-I instead'
  ],
  'agree-change-with-psychiatrist': [
    // Read 14 (139201 #39): "Agree a change with the specialist" read vaguer than the concrete
    // foils; each form now says what the specialist weighs (not "psychiatrist", the stem's word).
    'Agree a lower dose or another drug with the specialist',
    'Ask the specialist to weigh a lower quetiapine dose',
    'Agree a quetiapine dose change with the specialist'
  ]
}
// Read 10 (r10G pre-read): in the insomnia arm the prescriber is a telehealth, urgent-care or
// locum doctor, so "the (prescribing) specialist" had no referent and the foil was false by its
// wording. There the rival says what a wrong plan would do: refer to psychiatry first.
const INSOMNIA_RIVAL_FORMS: readonly string[] = [
  'Refer to psychiatry before any change to the quetiapine',
  'Refer to psychiatry before changing the quetiapine',
  'Refer to psychiatry and hold the quetiapine till then'
]
// Read 18 (F1#33): in the bipolar arm the key was the one collaborative option. A collaborative
// but wrong plan (asking the specialist to add a dopamine agonist) is always offered there too.
const SPECIALIST_PRAMIPEXOLE_FORMS: readonly string[] = [
  'Ask the psychiatry team to add pramipexole',
  'Ask the psychiatry team to add pramipexole for the legs',
  'Ask the psychiatry team to add pramipexole at night for the legs'
]
// Read 20 (F1#30, MINOR): the key was still the one collaborative option that adds no drug (the
// other asked for pramipexole). A second collaborative but wrong plan is now always offered in
// the bipolar arm: halving the mood-stabilising dose first and telling the psychiatry team afterwards,
// so "involve the specialist" is on both sides and what decides is who makes the change.
const HALVE_AND_TELL_FORMS: readonly string[] = [
  'Halve the dose now and let the psychiatry team know',
  'Halve the quetiapine and tell the psychiatry team',
  'Halve the quetiapine dose and inform the psychiatry team'
]
// The foils do not share one frame ("Keep the quetiapine and …" in three of them made the key the
// one option without it: the odd-form-key gate, read 9 P3).
const TEXTS: Record<string, string> = {
  'taper-and-treat-insomnia': 'Taper off the quetiapine, with CBT for the insomnia',
  'agree-change-with-psychiatrist': 'Agree a lower dose or another drug with the specialist',
  'switch-to-olanzapine': 'Switch the quetiapine to olanzapine at night',
  'add-pramipexole': 'Add pramipexole, keeping the quetiapine as it is',
  'halve-dose': HALVE_AND_TELL_FORMS[0] ?? '',
  'reassure-coincidence': 'Continue the quetiapine and reassess in six months',
  'add-iron': 'Begin oral iron tablets alongside the same quetiapine dose',
  // Read 15 (151241 #5): "today, without a taper or review" made it a straw man; the error is
  // now a plausible one, stopping and waiting to see whether the mood holds. Read 18 (F1#33):
  // "restart it if the mood drops" did not fit a dose raised for elevated mood.
  'stop-abruptly': 'Stop the quetiapine now and restart it if mood symptoms return',
  'specialist-add-pramipexole': SPECIALIST_PRAMIPEXOLE_FORMS[0] ?? '',
  // Read 18 (F2#15): olanzapine and oral iron (with ferritin over 115) were non-starters in the
  // insomnia arm; these two are plans a prescriber might really try.
  'swap-to-antihistamine': 'Swap the quetiapine for a sedating antihistamine at night',
  'keep-and-add-gabapentin': 'Continue the quetiapine and add gabapentin for the legs'
}
/** Foils each arm leaves out: in the insomnia arm, halving or stopping a low off-label dose is
 * close to a taper (a second defensible answer), and the specialist has no referent; in the
 * bipolar arm, continuing with added gabapentin is defensible when the dose is needed, and a
 * hypnotic swap does not fit. */
const EXCLUDED: Record<'insomnia' | 'bipolar', readonly string[]> = {
  insomnia: [
    'stop-abruptly',
    'halve-dose',
    'specialist-add-pramipexole',
    'switch-to-olanzapine',
    'add-iron'
  ],
  bipolar: ['add-pramipexole', 'swap-to-antihistamine', 'keep-and-add-gabapentin', 'add-iron']
}

const WHO = ['a telehealth doctor', 'an urgent-care doctor', 'a locum doctor at the practice']

export const quetiapineReason: Template = {
  id: 'trigger-quetiapine-why-prescribed',
  family: '13',
  section: 'medications',
  title: 'Quetiapine for sleep or for bipolar disorder: the step follows the reason',
  generate(rng) {
    const arm = rng.pick(['insomnia', 'bipolar'] as const)
    const key = arm === 'insomnia' ? 'taper-and-treat-insomnia' : 'agree-change-with-psychiatrist'
    const sex = pickSex(rng)
    // The other arm's key is always offered (read 5, P2), so the learner has to read why the drug
    // was prescribed rather than pick "remove it and treat the indication".
    const rival = arm === 'insomnia' ? 'agree-change-with-psychiatrist' : 'taper-and-treat-insomnia'
    // Halving is offered only in the bipolar arm: for a low off-label dose it reads as the first
    // step of a taper, a fair second answer. Both keys' wordings are chosen with the foils for a
    // length rank by lot (middle-length was +16.0 with one wording each).
    const forms =
      arm === 'insomnia'
        ? { ...KEY_FORMS, 'agree-change-with-psychiatrist': INSOMNIA_RIVAL_FORMS }
        : {
            ...KEY_FORMS,
            'specialist-add-pramipexole': SPECIALIST_PRAMIPEXOLE_FORMS,
            'halve-dose': HALVE_AND_TELL_FORMS
          }
    const texts =
      arm === 'insomnia'
        ? { ...TEXTS, 'agree-change-with-psychiatrist': INSOMNIA_RIVAL_FORMS[0] ?? '' }
        : TEXTS
    const fixed = arm === 'insomnia' ? [rival] : [rival, 'specialist-add-pramipexole', 'halve-dose']
    const ranked = rankedStatements(
      rng,
      key,
      fixed,
      texts,
      forms,
      arm === 'insomnia' ? 2 : 1,
      EXCLUDED[arm],
      // 2.18.7: the insomnia key is a two-step plan (taper, then CBT-I); most-steps was +30.2.
      ['most-steps']
    )
    const opts = ranked.opts
    const params = {
      arm,
      sex,
      age: rng.int(arm === 'insomnia' ? 30 : 26, 72),
      wk: rng.int(3, 9),
      who: rng.int(0, WHO.length - 1),
      yrs: rng.int(3, 12),
      dose: rng.pick([25, 50]),
      high: rng.pick([200, 300, 400]),
      opts: opts.join('+'),
      kf: ranked.form,
      lead: rng.int(0, 1),
      // Read 10: drawn, replete and clear of every threshold (brief §3); 164/29 in every item.
      fer: rng.int(115, 280),
      tsat: rng.int(24, 41),
      frame: rng.int(0, 1)
    }
    const p = person(params.age, sex)
    // Read 10: a 71-year-old "works shifts"; the sleep story fits the age.
    const sleepStory =
      params.age >= 62
        ? params.frame === 0
          ? `${p.She} has slept badly since retiring and lies awake for an hour most nights.`
          : `${p.She} has long been slow to fall asleep, worse since a bereavement last year.`
        : params.frame === 0
          ? `${p.She} works shifts and has long been slow to fall asleep.`
          : `${p.She} has had trouble getting off to sleep since a stressful change of job.`
    const reason =
      arm === 'insomnia'
        ? `${sleepStory} ${cap(spell(params.wk, 'week'))} ago ${WHO[params.who]} prescribed quetiapine ${params.dose} mg at night for difficulty falling asleep.`
        : `${p.She} has bipolar disorder, stable on quetiapine for ${params.yrs} years. ${cap(spell(params.wk, 'week'))} ago {her} psychiatrist raised the dose to ${params.high} mg at night after a brief spell of elevated mood, which has since settled.`
    const stem = fill(
      [
        `${p.a} with mild, occasional restless legs asks {her} family physician why {her} nights have got worse.`,
        reason,
        `Since then the urge to move {her} legs arrives soon after {she} lies down nearly every night, eases only while {she} walks, and keeps {him} awake for an hour or more.`,
        `Morning ferritin is ${params.fer} ng/mL with a TSAT of ${params.tsat}%, and the examination is normal.`
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most appropriate next step?'
        : 'Which plan is the best one for the worsening RLS?'
    const why = (code: string): string => {
      switch (code) {
        case 'taper-and-treat-insomnia':
          return arm === 'insomnia'
            ? `at ${params.dose} mg quetiapine acts mainly as a sedating antihistamine, with some D2 blockade, and both actions can worsen RLS; given only for sleep, it can be tapered and the insomnia treated with measures such as cognitive behavioural therapy for insomnia.`
            : 'here quetiapine keeps bipolar disorder stable; stopping it without the psychiatrist risks a relapse, so the change has to be agreed with them rather than made for the insomnia.'
        case 'agree-change-with-psychiatrist':
          return arm === 'bipolar'
            ? 'the worse RLS followed the dose rise; because quetiapine treats bipolar disorder here, the psychiatrist weighs a lower dose or an alternative, in line with minimising dopamine antagonists where the illness allows.'
            : 'the quetiapine was given off-label for sleep, with no psychiatric illness behind it, so a psychiatric opinion is not needed first; the family physician and the patient can taper it directly.'
        case 'switch-to-olanzapine':
          return 'olanzapine is another D2-blocking antipsychotic and a recognised aggravator of RLS; the switch keeps the likely trigger.'
        case 'add-pramipexole':
          return 'adding a dopamine agonist leaves the trigger in place, and standard use of dopamine agonists for RLS is now suggested against because of augmentation.'
        case 'halve-dose':
          return 'a change to a mood-stabilising dose is agreed with the psychiatrist before it is made, because they weigh it against the risk of relapse; halving it first and telling them afterwards bypasses that judgement.'
        case 'add-iron':
          return `the ferritin of ${params.fer} ng/mL with a TSAT of ${params.tsat}% does not meet the thresholds for iron therapy, and the likely trigger would stay.`
        case 'specialist-add-pramipexole':
          return 'adding a dopamine agonist leaves the likely trigger in place, standard use of dopamine agonists for RLS is now suggested against because of augmentation, and in bipolar disorder a dopamine agonist can itself unsettle mood; what the psychiatrist is asked to weigh is the quetiapine dose.'
        case 'swap-to-antihistamine':
          return 'a sedating first-generation antihistamine is itself a recognised aggravator of RLS, so the swap trades one likely trigger for another; the insomnia needs a treatment that spares the legs, such as CBT-I.'
        case 'keep-and-add-gabapentin':
          return 'gabapentin is a first-line RLS treatment, but adding it leaves in place the off-label hypnotic that is the likely trigger; tapering the quetiapine removes the cause.'
        case 'stop-abruptly':
          return arm === 'bipolar'
            ? 'stopping a mood-stabilising drug and restarting it only once symptoms return risks the relapse the dose rise was meant to prevent; a change is agreed with the psychiatrist, who weighs it against that risk.'
            : 'stopping without a plan for the insomnia or any follow-up is poor practice even for an off-label hypnotic; a taper with another approach to sleep is better.'
        default:
          return `the symptoms changed soon after the quetiapine was ${arm === 'insomnia' ? 'started' : 'raised'}, and antipsychotics of this kind are a recognised cause of worse RLS; waiting six months leaves the likely cause in place.`
      }
    }
    const options = statementOptions(key, opts, ranked.texts, why)
    const explanation =
      arm === 'insomnia'
        ? `Low-dose quetiapine for sleep is common and easy to forget, yet it is a recognised aggravator of RLS: at ${params.dose} mg it acts mainly as a sedating antihistamine, with some D2 blockade, and both actions can worsen RLS. Given off-label for insomnia, with no psychiatric reason behind it, it can be tapered and the insomnia treated on its own terms. The iron studies do not call for iron.`
        : 'Here quetiapine is treating bipolar disorder, and the RLS worsened after a dose rise. Centrally acting dopamine antagonists are to be avoided or minimised when the illness allows, not stopped by whoever notices the legs: the psychiatrist can weigh a lower dose or a different drug against the risk of relapse. The iron studies do not call for iron.'
    return {
      params,
      claims: ['D1', 'D5'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'Match the response to an antipsychotic-aggravated RLS to the reason the drug was prescribed: taper an off-label hypnotic, agree changes to a psychiatric treatment with the psychiatrist.',
      explanation,
      evidenceNote: classEvidence('antipsychotic'),
      references: classRefs('antipsychotic'),
      facts: {
        kind: 'drug-advice',
        medications: ['quetiapine'],
        aggravator: 'quetiapine',
        aggravatorClass: 'd2-antipsychotic',
        prescribedFor: arm
      }
    }
  }
}

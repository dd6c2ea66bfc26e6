// Family 10: RLS versus a mimic, in both directions — a true RLS story among mimic options, and a
// mimic story with RLS as a distractor. The key rests on the discriminating feature (brief §4),
// recorded in facts.presentation so the gates can re-derive the diagnosis with their own rules.
import { mimics, rlsPresentation, type Mimic, type MimicId } from '../../content/mimics'
import type { Template } from '../types'
import { parallelOptions, type Choice } from '../parallel'
import { evidenceFor } from './evidence'
import { AKATHISIA_DRUGS, MIMIC_STORIES } from './mimic-stories'
import { NORMAL_EXAM, SETTINGS, lowerFirst, makePatient, opening, rlsStory } from './vignette'
import { fill } from '../kit/people'
import { choose } from './explain'

const MIN_AGE: Record<MimicId, number> = {
  'leg-cramps': 30,
  'positional-discomfort': 25,
  akathisia: 22,
  'peripheral-neuropathy': 48,
  'venous-stasis': 50,
  'arterial-claudication': 55,
  'arthritis-myalgia': 56,
  'habitual-foot-tapping': 22
}

// A feature of an RLS stem that makes one mimic tempting without changing the diagnosis.
const RLS_DECOYS: Partial<Record<MimicId, string>> = {
  'venous-stasis':
    'Mild varicose veins are visible, but raising the legs does nothing for the feeling.',
  'leg-cramps': '{She} has never had a painful spasm in which the muscle goes hard.',
  'positional-discomfort':
    'Changing position once does not help; the feeling returns within minutes unless {she} keeps moving.',
  'peripheral-neuropathy': '{She} worries about nerve damage because a friend has neuropathy.',
  // Read 20 (F1#37, the reviewer's second fix): RLS in a patient who also has knee
  // osteoarthritis, so the examinee must decide which condition the evening symptoms meet.
  'arthritis-myalgia':
    'An X-ray last year showed osteoarthritis of both knees, which ache on the stairs and settle with rest.'
}

// The five IRLSSG criteria in three wordings, so items of one quiz rarely repeat the sentence.
const CRITERIA = [
  'RLS is diagnosed clinically when all five IRLSSG criteria are met: an urge to move the legs, begun or worsened by rest, relieved by movement while it lasts, worse in the evening or at night, and not solely explained by another condition.',
  'The IRLSSG diagnosis needs all five: an urge to move the legs, brought on or worsened by rest, eased by movement while it lasts, worst in the evening or night, and not accounted for by another condition alone.',
  'Five criteria make the diagnosis of RLS: the urge to move the legs, its onset or worsening at rest, relief by movement for as long as it lasts, an evening or night predominance, and no other condition that fully explains it.'
] as const

const LEADS = [
  'What is the most likely diagnosis?',
  'Which diagnosis best explains these symptoms?',
  // Not "the leg symptoms": an akathisia story is restlessness "all over" (read 5, P5).
  'Which condition best accounts for the symptoms?'
] as const

// What RLS would need, for the explanation's second sentence: it adds the contrast instead of
// reprinting the RLS option's rationale (read 5, P3: "the explanation repeats the rationale").
const RLS_NEEDS = [
  'RLS is the tempting alternative, but it needs an urge to move that rest brings on, movement relieves while it lasts and the evening makes worse.',
  'Against RLS: its urge to move starts with rest, eases only while the person keeps moving and peaks in the evening or at night.',
  'To be RLS the story would need an urge to move the legs, begun by rest, relieved by moving and worse towards night.'
] as const

// Each answer in two phrasings of one shape (the disorder's name, with or without a qualifier
// such as "of the legs"); parallelOptions picks phrasings so the key's rank in length and in words
// shared with the stem is drawn by lot. RLS keeps its proper name, "Restless legs syndrome".
const NAMES: Record<'rls' | MimicId, readonly string[]> = {
  rls: ['Restless legs syndrome', 'Restless legs syndrome (RLS)'],
  'leg-cramps': [
    'Nocturnal leg cramps',
    'Night cramps of the legs',
    'Nocturnal cramps of the legs'
  ],
  'positional-discomfort': [
    'Positional discomfort',
    'Positional leg discomfort at rest',
    'Nocturnal positional discomfort'
  ],
  // Read 21 (F1#36): "Akathisia caused by the medication" beside an RLS story named a medication
  // the stem never gives; the long form names the drug class instead, with no "the".
  akathisia: ['Akathisia', 'Drug-induced akathisia', 'Akathisia from a D2-blocking drug'],
  // Read 18 (F1#30, P8): "Neuropathy of the legs" was vague; the form keeps "legs", which beside
  // RLS stories lets a foil share the stem's words as the RLS key does. Not "Diabetic peripheral
  // neuropathy", which would echo the diabetes every neuropathy story gives.
  'peripheral-neuropathy': [
    'Peripheral neuropathy',
    'Sensory neuropathy of the legs',
    'Peripheral nerve disease'
  ],
  // Not "Venous disease of the legs": every stem speaks of the legs (read 10, P5: the venous key
  // shared its words with the stem).
  'venous-stasis': ['Venous insufficiency', 'Chronic venous insufficiency'],
  'arterial-claudication': [
    'Arterial claudication',
    'Arterial disease of the legs',
    'Claudication from arterial disease'
  ],
  // Read 20 (F1#37): "Arthritis or myalgia of the legs" named two diagnoses and was the longest
  // option; the stories tell osteoarthritis, and the forms name that one diagnosis.
  // "Osteoarthritis of the legs" keeps "legs", as the cramp, neuropathy and arterial forms do, so
  // beside an RLS story a foil can share the stem's words as the RLS key does.
  'arthritis-myalgia': [
    'Osteoarthritis',
    // Read 21 (F1#36): "of the legs" is not a clinical phrase; the stories tell the knees.
    'Osteoarthritis of the knees',
    'Degenerative joint disease'
  ],
  'habitual-foot-tapping': ['Habitual foot tapping', 'Habitual tapping of the feet']
}

// Read 18 (F1#30): a neuropathy patient "at a sleep medicine clinic" with no sleep complaint. Each
// mimic is seen where such a complaint goes; the sleep clinic only for night cramps, which wake
// the patient.
const MIMIC_SETTINGS: Partial<Record<MimicId, readonly string[]>> = {
  'peripheral-neuropathy': ['diabetes clinic', 'primary care clinic', 'general medicine clinic'],
  'leg-cramps': SETTINGS
}
const DAY_SETTINGS = SETTINGS.filter((s) => s !== 'sleep medicine clinic')
// Read 18 (F1#30): habitual foot tapping, which brings no symptom at all, was no competitor for a
// patient troubled by burning, pain or restlessness; it is offered only beside RLS stories and
// as the answer itself.
const SYMPTOMLESS: readonly MimicId[] = ['habitual-foot-tapping']
// The neuropathy stories no longer say "there is no urge to move" (read 18, F1#30), so the RLS
// option's rationale quotes what they do say.
const NEUROPATHY_RLS_FAILS =
  'Moving the feet brings no relief, the burning is there by day as well as at night, and the examination shows sensory loss; the symptoms are explained by the neuropathy, so the RLS criteria are not met. (Neuropathy and RLS can coexist, but this history describes neuropathy alone.)'

// Read 20 (F1#37): the first osteoarthritis story has stiffness after sitting that a minute of
// walking loosens, which looks like relief by movement; the RLS rationale answers that.
const ARTHRITIS_RLS_FAILS: readonly string[] = [
  'The stiffness after sitting loosens within a minute of walking, but a longer walk and the stairs then bring the knee pain back and lying down eases it, whereas RLS is relieved for as long as the movement lasts and is at its worst lying in bed; the osteoarthritis explains the symptoms, so the RLS criteria are not met.',
  'The ache is felt in the knees, standing up and the stairs make it worse and lying in bed eases it, whereas RLS is relieved by moving and is at its worst lying in bed; the osteoarthritis explains the symptoms, so the RLS criteria are not met.'
]

// The osteoarthritis foil beside an RLS story whose patient also has knee osteoarthritis.
const ARTHRITIS_DECOY_WHY_NOT =
  'Incorrect: the knee osteoarthritis explains the ache on the stairs, but not an urge to move the legs that rest brings on in the evening and walking relieves; osteoarthritis pain is worse with weight-bearing and eased by rest.'

export const rlsVsMimic: Template = {
  id: 'rls-vs-mimic',
  family: '10',
  section: 'neurological',
  title: 'RLS or a mimic? The discriminating feature',
  generate(rng) {
    const rlsCase = rng.int(1, 5) <= 2
    const keyed: Mimic | null = rlsCase ? null : rng.pick(mimics)
    const others = rng.sample(
      mimics.filter(
        (m) =>
          m !== keyed &&
          (keyed === null || keyed.id === 'habitual-foot-tapping' || !SYMPTOMLESS.includes(m.id))
      ),
      rlsCase ? rng.int(3, 4) : rng.int(2, 3)
    )
    const p = makePatient(rng, keyed ? MIN_AGE[keyed.id] : 25, 82)
    const lead = rng.int(0, LEADS.length - 1)
    let stem: string
    let params: Record<string, string | number | boolean>
    // Akathisia after a new prescription, not a dose change (read 5, P5).
    let rlsFails =
      keyed?.id === 'peripheral-neuropathy' ? NEUROPATHY_RLS_FAILS : (keyed?.rlsFails ?? '')
    if (!keyed) {
      const setting = rng.pick(SETTINGS)
      const story = rlsStory(rng, p)
      // Knee osteoarthritis on an X-ray only from the age it is common (MIN_AGE of the mimic).
      const decoys = Object.keys(RLS_DECOYS).filter(
        (k) => k !== 'arthritis-myalgia' || p.age >= MIN_AGE['arthritis-myalgia']
      )
      const decoyFor = rng.pick([...decoys, 'none']) as MimicId | 'none'
      const decoy = decoyFor === 'none' ? '' : ` ${fill(RLS_DECOYS[decoyFor] ?? '', p)}`
      // A decoy the stem plants is answered among the options (read-through 2.15, r10G: varicose
      // veins with no venous option were dead padding): the decoy's mimic takes the last place.
      if (decoyFor !== 'none' && !others.some((m) => m.id === decoyFor)) {
        const forced = mimics.find((m) => m.id === decoyFor)
        if (forced) others[others.length - 1] = forced
      }
      const exam = rng.int(0, NORMAL_EXAM.length - 1)
      stem = `${opening(p, setting)} asking about ${p.her} legs. ${story.text}${decoy} ${NORMAL_EXAM[exam]}`
      params = {
        dx: 'rls',
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        story: story.phrasing,
        decoy: decoyFor,
        exam
      }
    } else {
      const variant = rng.int(0, 1)
      const s = MIMIC_STORIES[keyed.id][variant] ?? MIMIC_STORIES[keyed.id][0]
      const drug = rng.pick(AKATHISIA_DRUGS)
      if (keyed.id === 'arthritis-myalgia') rlsFails = ARTHRITIS_RLS_FAILS[variant] ?? rlsFails
      if (keyed.id === 'akathisia')
        rlsFails = rlsFails.replace(
          'followed a dose change',
          drug.change === 'started' ? 'followed the new prescription' : 'followed the dose increase'
        )
      const bg = (s?.background ?? '')
        .replace('{drug}', drug.drug)
        .replace('{change}', drug.change)
        .replace('{why}', drug.why)
      const setting =
        keyed.id === 'akathisia'
          ? drug.drug === 'metoclopramide'
            ? 'oncology day unit'
            : 'psychiatric inpatient ward'
          : rng.pick(MIMIC_SETTINGS[keyed.id] ?? DAY_SETTINGS)
      // Habitual foot tapping brings no symptoms: the patient comes about the movement, not a complaint.
      const reason =
        keyed.id === 'habitual-foot-tapping'
          ? `about ${p.her} movements while seated`
          : 'with leg symptoms'
      stem = `${opening(p, setting)} ${reason}. ${fill(bg, p)} ${fill(s?.text ?? '', p)}`
      params = {
        dx: keyed.id,
        variant,
        age: p.age,
        sex: p.sex,
        job: p.job,
        setting,
        drug: keyed.id === 'akathisia' ? drug.drug : 'none'
      }
    }
    const rlsChoice: Choice = {
      code: 'rls',
      texts: NAMES.rls,
      rationale: keyed
        ? `Incorrect: ${lowerFirst(rlsFails)}`
        : params.decoy === 'arthritis-myalgia'
          ? 'Correct: all five IRLSSG criteria are met: an urge to move the legs with unpleasant sensations, starting at rest, relieved by movement for as long as it lasts, worse in the evening, and not explained by another condition (the knee osteoarthritis accounts for the ache on the stairs, not for an urge that rest brings on and walking relieves).'
          : 'Correct: all five IRLSSG criteria are met: an urge to move the legs with unpleasant sensations, starting at rest, relieved by movement for as long as it lasts, worse in the evening, and not explained by another condition (the examination is normal).'
    }
    const mimicChoice = (m: Mimic): Choice => ({
      code: m.id,
      texts: NAMES[m.id],
      rationale:
        m === keyed
          ? m.whyThis
          : m.id === 'arthritis-myalgia' && params.decoy === 'arthritis-myalgia'
            ? ARTHRITIS_DECOY_WHY_NOT
            : `Incorrect: ${lowerFirst(m.whyNotThis)}`
    })
    const keyChoice = keyed ? mimicChoice(keyed) : rlsChoice
    const pool = keyed ? [rlsChoice, ...others.map(mimicChoice)] : others.map(mimicChoice)
    const { options, form } = parallelOptions(
      rng,
      keyChoice,
      pool,
      pool.length + 1,
      stem,
      undefined,
      2
    )
    const inPlay = [keyed, ...others].filter((m): m is Mimic => m !== null).map((m) => m.id)
    const claims = ['T1', 'T4']
    if (inPlay.includes('peripheral-neuropathy')) claims.push('S4')
    if (inPlay.includes('arthritis-myalgia')) claims.push('S7')
    if (keyed?.id === 'akathisia') claims.push('D1')
    params.options = [...inPlay].sort().join('+')
    params.lead = lead
    params.form = form
    return {
      params,
      claims,
      difficulty: keyed
        ? keyed.id === 'akathisia' || keyed.id === 'positional-discomfort'
          ? 2
          : 1
        : params.decoy === 'none'
          ? 2
          : 3,
      estimatedSeconds: 75,
      stem,
      // Habitual foot tapping brings no symptoms to "explain": it gets the plain lead.
      question: keyed?.id === 'habitual-foot-tapping' ? LEADS[0] : (LEADS[lead] ?? LEADS[0]),
      options,
      objective: keyed
        ? `Distinguish ${keyed.name.toLowerCase()} from RLS by its discriminating feature: ${lowerFirst(keyed.discriminatingFeature)}.`
        : 'Recognise RLS from the five IRLSSG criteria and tell it apart from conditions that imitate it.',
      explanation: keyed
        ? `${choose(
            [
              `The deciding feature here is that of ${keyed.name.toLowerCase()}: ${lowerFirst(keyed.discriminatingFeature)}.`,
              `This story is ${keyed.name.toLowerCase()}, recognised by its own feature: ${lowerFirst(keyed.discriminatingFeature)}.`,
              `What settles it is the feature of ${keyed.name.toLowerCase()}: ${lowerFirst(keyed.discriminatingFeature)}.`
            ],
            stem,
            'mimic'
          )} ${choose(RLS_NEEDS, stem, 'against')}`
        : `${choose(CRITERIA, stem, 'criteria')} ${choose(
            [
              'Each mimic offered lacks at least one of these features; in primary RLS the neurological examination is usually normal.',
              'None of the other conditions offered meets all five criteria, and the normal examination fits primary RLS.',
              'The other options each fail a criterion, most often relief by movement or the evening worsening.'
            ],
            stem,
            'rls'
          )}`,
      // The neuropathy note only where neuropathy is the answer (read 5: irrelevant as a foil).
      evidenceNote: keyed?.id === 'peripheral-neuropathy' ? evidenceFor(['S4']) : null,
      references: ['irlssg2014', 'trenkwalder2016'],
      facts: {
        diagnosis: keyed ? keyed.id : 'rls',
        presentation: keyed ? keyed.presentation : rlsPresentation,
        offered: ['rls', ...inPlay],
        age: p.age,
        sex: p.sex
      }
    }
  }
}

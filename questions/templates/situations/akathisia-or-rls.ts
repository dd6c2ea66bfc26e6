// A D2-blocking drug has just been given and the patient cannot keep still. Akathisia (a
// whole-body inner restlessness, present all day, often within hours or days of the drug) and
// drug-provoked RLS (an urge to move the lower limbs at rest, relieved by moving, worse in the
// evening) both follow D2 blockade; the story decides which it is.
import type { Template } from '../types'
import { rankedStatements, statementOptions } from '../kit/statements'
import { cap, fill, person, pickSex, seconds, spell } from '../kit/people'
import { choose } from '../clinical/explain'

// Only conditions a clinician would weigh after a new D2 blocker (catatonia, myoclonus and tics
// were not credible competitors and left a two-option item). The two contrasted diagnoses are
// 21–24 characters and always offered, so the key is never 1.15× the longest foil and no foil
// (at most 26) is 1.25× every other option (read 7: the long RLS wording was the key and > 1.15×
// the longest foil in 19% of items). The foils' lengths differ, so two of them do not tie at an
// extreme and leave the key alone in the middle (middle-length).
const TEXTS: Record<string, string> = {
  akathisia: 'Drug-induced akathisia',
  'rls-drug-provoked': 'Restless legs syndrome',
  'illness-agitation': 'Agitation of the illness',
  // Read 18: with "drug" gone from the RLS forms, "Restless legs syndrome" was the one option
  // sharing a word ("legs") with the stem; the cramps foil now names the legs too.
  'nocturnal-leg-cramps': 'Cramps in the legs at night',
  'peripheral-neuropathy': 'Peripheral neuropathy',
  'tardive-dyskinesia': 'Tardive dyskinesia',
  // Read 18 (F1#5): not "Drug-induced parkinsonism" beside "Drug-induced akathisia", the only two
  // options then sharing a word (the shared-words strategy found the key).
  parkinsonism: 'Iatrogenic parkinsonism',
  'anxiety-disorder': 'A primary anxiety disorder'
}
// The two diagnoses the item contrasts, in three wordings each; kit/statements rankedStatements
// picks the wordings and foils for a length rank drawn by lot (middle-length debt: with one form
// each, key and contrast sat side by side in the middle). "RLS from treatment" read awkwardly
// (read 7, 85093 #18). Read-through 2.15 (r10G): "Acute-onset akathisia" was the only option with
// a timing qualifier; every akathisia wording now names the drug as its cause, as the RLS ones do,
// and one says "medication", so the two contrasted options do not always share "drug" (the
// most-shared-words strategy then found the pair). Read 18 (F1#5): "Akathisia from medicine" beside
// "Drug-induced parkinsonism" was unidiomatic and drew the eye; the wordings are now the terms a
// clinician uses, at most 25 characters (no option 1.25× every other).
const CONTRAST_FORMS: Record<'akathisia' | 'rls-drug-provoked', readonly string[]> = {
  akathisia: ['Drug-induced akathisia', 'Akathisia from the drug', 'Akathisia due to the drug'],
  // Read 18 (F1#5): no RLS form says "drug", which the akathisia forms now carry.
  'rls-drug-provoked': [
    'Restless legs syndrome',
    'RLS provoked by treatment',
    'RLS set off by treatment'
  ]
}

const DRUGS = [
  ['haloperidol', '5 mg by mouth twice daily', 'a psychiatric ward', 'a relapse of psychosis'],
  ['risperidone', '2 mg twice daily', 'a psychiatric ward', 'a manic episode'],
  ['metoclopramide', '10 mg intravenously', 'the emergency department', 'a migraine with vomiting'],
  [
    'prochlorperazine',
    '10 mg intravenously',
    'the emergency department',
    'a migraine with vomiting'
  ]
] as const
// Three stories per arm, so two seeds of one arm rarely tell the same one (read-through 2.15: the
// same patient in two seeds). Each akathisia story carries its own features, and the rationales
// quote those (FEATURES), not "all over" where the story never says it. Movement gives akathisia
// little or only brief relief; none of the stories says it gives none.
const AKATHISIA = [
  'cannot sit through the interview: {she} shifts {her} weight, crosses and uncrosses {her} ankles and gets up to pace, describing a dreadful inner restlessness all over that began soon after the first doses and has not let up, morning or evening',
  'paces the corridor through the day and rocks from foot to foot when made to stand still, saying {she} feels tense inside and "cannot stop moving", with no particular time of day',
  'marches on the spot while talking and cannot stay seated for more than a minute or two; {she} describes an unbearable restlessness through the whole body, and walking about helps only for a moment, at any hour'
]
/** What each akathisia story shows, for the key and foil rationales (same index as AKATHISIA). */
const FEATURES = [
  {
    what: 'an inner restlessness all over, with pacing and shifting, morning and evening alike',
    rls: 'this restlessness is all over and as bad in the morning as in the evening'
  },
  {
    what: 'an inner tension that drives pacing and rocking at no particular time of day',
    rls: 'this is an inner tension that drives pacing and rocking at any time of day, not an evening urge in the legs'
  },
  {
    what: 'a whole-body restlessness that walking eases only for a moment, at any hour',
    rls: 'this restlessness fills the whole body, walking helps only for a moment and the hour makes no difference'
  }
] as const
const RLS = [
  'is calm during the day, but each evening, once {she} settles into bed, {she} feels a deep crawling in {her} calves and thighs and has to get up and walk, which relieves it until {she} lies down again',
  'sits comfortably through the day, yet in the evening a pulling discomfort in both calves forces {him} to stand and walk; moving eases it at once, and it returns when {she} rests',
  'is untroubled by day, but lying down at night brings an aching, creeping feeling in both legs and an urge to move them; {she} gets up and walks, which eases it for as long as {she} keeps going'
]

export const akathisiaOrRls: Template = {
  id: 'mimic-akathisia-or-rls',
  family: '25',
  section: 'neurological',
  title: 'After a D2 blocker: akathisia or drug-provoked RLS?',
  generate(rng) {
    const arm = rng.pick(['akathisia', 'rls'] as const)
    const key = arm === 'akathisia' ? 'akathisia' : 'rls-drug-provoked'
    const sex = pickSex(rng)
    const drug = rng.int(0, DRUGS.length - 1)
    const inpatient = drug < 2
    // The contrast the item tests is always on offer (akathisia beside RLS); "agitation of the
    // underlying illness" only where there is a psychiatric illness to agitate.
    const other = key === 'akathisia' ? 'rls-drug-provoked' : 'akathisia'
    const ranked = rankedStatements(
      rng,
      key,
      [other],
      TEXTS,
      CONTRAST_FORMS,
      2,
      inpatient ? [] : ['illness-agitation']
    )
    const opts = ranked.opts
    const params = {
      arm,
      sex,
      drug,
      age: rng.int(inpatient ? 22 : 25, 64),
      days: inpatient ? rng.int(3, 9) : rng.int(3, 6),
      note: rng.int(0, 2),
      opts: opts.join('+'),
      lead: rng.int(0, 1),
      forms: ranked.form
    }
    const texts = ranked.texts
    const [name, dose, place, reason] = DRUGS[drug] ?? DRUGS[0]
    const p = person(params.age, sex)
    // Whether the drug is still being taken is said outright (read 7, 85093 #18).
    const when = inpatient
      ? `${name} ${dose} was started ${spell(params.days, 'day')} ago and is still being given`
      : `{she} was given ${name} ${dose} ${spell(params.days, 'day')} ago and has kept taking the tablets {she} was sent home with`
    const story = fill((arm === 'akathisia' ? AKATHISIA : RLS)[params.note] ?? '', p)
    const stem = fill(
      [
        inpatient
          ? `${p.a} is an inpatient on ${place} with ${reason}.`
          : `${p.a} was treated in ${place} for ${reason}.`,
        `${cap(fill(when, p))}.`,
        // The illness-agitation rationale cites this, so the stem says it (read 7: rationales
        // cite only facts in the stem).
        inpatient ? '{Her} mood and thinking have been improving on the ward.' : '',
        // Where the patient is now seen (read-through 2.15: "the interview" after an ED visit had
        // no place).
        inpatient ? `Now {she} ${story}.` : `At a follow-up visit today {she} ${story}.`,
        'There is no tremor, rigidity or abnormal facial movement, and sensation is normal.'
      ]
        .filter(Boolean)
        .join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'What is the most likely diagnosis?'
        : 'Which diagnosis best explains the new restlessness?'
    const feature = FEATURES[params.note] ?? FEATURES[0]
    const why = (code: string): string => {
      switch (code) {
        case 'akathisia':
          return arm === 'akathisia'
            ? `${feature.what}, beginning soon after a D2 blocker, is akathisia; it is the main mimic of RLS after these drugs.`
            : 'akathisia is a whole-body restlessness present in the daytime too; here the days are calm and the urge is confined to the lower limbs in the evening, relieved by walking, which is RLS.'
        case 'rls-drug-provoked':
          return arm === 'rls'
            ? `an urge to move the lower limbs brought on by rest, relieved by walking and worse in the evening meets the RLS criteria, and D2 blockers such as ${name} are a recognised cause of new RLS.`
            : `RLS is an urge to move the lower limbs at rest, relieved by movement for as long as it lasts and worse in the evening; ${feature.rls}, which points to akathisia.`
        case 'illness-agitation':
          // Read 21 (F1#10, MINOR): in the RLS arm the stem describes a sensory urge, not a motor
          // pattern, so "a motor pattern typical of a drug effect" was inaccurate there.
          return arm === 'rls'
            ? `the restlessness began within days of ${name}, is confined to the legs in the evening, and came while the mood and thinking have been improving.`
            : `the restlessness began after ${name}, has a motor pattern typical of a drug effect, and came while the mood and thinking have been improving.`
        case 'nocturnal-leg-cramps':
          return 'cramps are sudden painful contractions relieved by stretching, with no urge to move in between.'
        case 'peripheral-neuropathy':
          return 'neuropathy brings numbness or burning that movement does not relieve, with sensory signs; sensation here is normal.'
        case 'tardive-dyskinesia':
          return 'tardive dyskinesia is involuntary choreiform movement, typically of the face and mouth, after long exposure; here exposure is short and there are no such movements.'
        case 'anxiety-disorder':
          // Only what the stem gives (read 7, 85093 #18 cited a "long-standing anxiety disorder").
          return arm === 'rls'
            ? `the urge is confined to the legs, comes on at rest in the evening and eases with walking, and it began within days of ${name}; a primary anxiety disorder is neither tied to the evening nor eased by a walk.`
            : `the restlessness here, ${feature.what}, began within days of ${name}; that timing and motor pattern are the drug's effect, and no anxiety before the drug is described.`
        default:
          return 'drug-induced parkinsonism gives slowness, rigidity and tremor, none of which is present.'
      }
    }
    const options = statementOptions(key, opts, texts, why)
    const explanation =
      arm === 'akathisia'
        ? `${choose([`D2 blockers such as ${name} cause two kinds of restlessness.`, `Two kinds of restlessness follow D2 blockers such as ${name}.`, `${cap(name)}, a D2 blocker, can bring on either of two restless states.`], JSON.stringify(params), 'lead')} ${choose(['This one is akathisia: an inner restlessness, often felt through the whole body, that drives pacing and shifting through the day with no evening pattern; movement gives little or only brief relief.', 'Here it is akathisia, an inner restlessness with pacing and shifting at any hour and no evening peak, which a walk eases little or only briefly.', 'The picture is akathisia: an inner restlessness that keeps the patient pacing through the day, with no evening worsening; moving brings little or only brief relief.'], JSON.stringify(params), 'aka')} ${choose(['RLS, the other kind, is an urge to move the lower limbs at rest that walking relieves and that is worst in the evening.', 'RLS, by contrast, is an urge to move the legs at rest, eased by walking and at its worst in the evening.', 'The other kind, RLS, brings an evening urge to move the legs at rest that walking relieves.'], JSON.stringify(params), 'rls')} Both call for a review of the drug with the prescriber.`
        : `${choose([`D2 blockers such as ${name} cause two kinds of restlessness.`, `Two kinds of restlessness follow D2 blockers such as ${name}.`, `${cap(name)}, a D2 blocker, can bring on either of two restless states.`], JSON.stringify(params), 'lead')} ${choose(['This one is RLS: an urge to move the lower limbs brought on by rest, relieved by walking and worst in the evening, with calm days.', 'Here it is RLS, an urge to move the legs that rest brings on, walking relieves and the evening makes worse, while the days stay calm.', 'The picture is RLS: calm days, then an evening urge to move the legs at rest that walking relieves.'], JSON.stringify(params), 'rls')} ${choose(['Akathisia, the other kind, is a whole-body inner restlessness present through the day.', 'Akathisia, by contrast, is an inner restlessness of the whole body that lasts through the day.', 'The other kind, akathisia, is a restlessness of the whole body felt all day long.'], JSON.stringify(params), 'aka')} Both call for a review of the drug with the prescriber.`
    return {
      params,
      claims: ['D1', 'T1'],
      difficulty: 3,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      question,
      options,
      objective:
        'After a D2-blocking drug, tell akathisia (whole-body, all day) from drug-provoked RLS (lower limbs, at rest, evening, relieved by movement).',
      explanation,
      evidenceNote: null,
      references: ['irlssg2014', 'aasm2024'],
      facts: {
        kind: 'mimic',
        presentation: arm === 'akathisia' ? 'akathisia' : 'rls',
        medications: [name],
        aggravator: name
      }
    }
  }
}

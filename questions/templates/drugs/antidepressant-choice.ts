// Family 4b: antidepressants in a patient with RLS, two questions. "Choose": bupropion is the key
// (it did not worsen RLS in a randomised trial, bayard2011, and is the usual choice) among
// mirtazapine, SSRIs and SNRIs. "Compare": which of the antidepressants on the keyable list has
// the strongest association with new or worse RLS (mirtazapine, rottach2008), with SSRIs and SNRIs
// as the others. Bupropion appears only as the key of "choose"; it is never called an RLS
// treatment. No tricyclics or trazodone. Options name the drug with a starting regimen, one format
// for all, and the key's length rank is drawn by lot with no tie (rank-options.ts).
import { aggravatorClasses } from '../../content/drugs'
import type { OptionDraft, Template } from '../types'
import { at } from './vignette'
import type { Choice } from '../parallel'
import { rankOptions } from './rank-options'
import { paramsRng, withVerdicts } from './drug-options'
import { cap, seconds, fill, person, phrasing, pickSex } from '../kit/people'

const CANDIDATES = aggravatorClasses
  .filter((c) => c.id === 'mirtazapine' || c.id === 'ssri' || c.id === 'snri')
  .flatMap((c) => c.drugs.map((d) => ({ drug: d, cls: c.id })))

const RLS_STATUS = [
  '{Her} RLS has been well controlled on gabapentin for several years',
  '{She} has moderate RLS, controlled since {her} ferritin was corrected with IV iron last year',
  '{She} has had mild RLS for years, managed without medication',
  '{Her} RLS is controlled on pregabalin taken in the early evening',
  '{She} was diagnosed with RLS two years ago and has slept well only since it was brought under control'
] as const

const MOOD = [
  'For two months {she} has had low mood, loss of interest, poor concentration and early waking; PHQ-9 score {score}, with no suicidal thoughts',
  'After a difficult year {she} describes persistent low mood, tiredness and withdrawal from friends; PHQ-9 score {score}, with no thoughts of self-harm',
  'A depressive episode has developed over ten weeks, with anhedonia and guilt; PHQ-9 score {score}, and no risk to self'
] as const

const SETTINGS = [
  'sees {her} family physician',
  'is assessed in a community mental-health clinic',
  'has a follow-up with {her} sleep physician, who notices {her} mood',
  'attends a telehealth appointment'
] as const

// Starting regimens shown in the options (one format for every option). The daytime drugs share
// one set of wordings, and the key's wording is always carried by a distractor too (read 6,
// 83267 #28: only the key said "each day"); mirtazapine is taken at night, so its wordings are
// its own in both variants. The wordings differ in length so that the key can land at every
// length rank with no tie (rank-options.ts, the middle-length strategy).
// Read 18 (F1#21): mirtazapine's own night-time wordings made the key of "compare" the one option
// dosed at bedtime. Every drug, mirtazapine included, now shares one set of once-a-day wordings.
const DAYTIME = ['a day', 'per day', 'daily', 'once a day', 'once per day'] as const
const DOSE: Record<string, string> = {
  bupropion: '150 mg',
  sertraline: '50 mg',
  fluoxetine: '20 mg',
  paroxetine: '20 mg',
  citalopram: '20 mg',
  escitalopram: '10 mg',
  venlafaxine: '75 mg',
  duloxetine: '60 mg',
  mirtazapine: '15 mg'
}
const START: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    Object.entries(DOSE).map(([drug, dose]) => [drug, DAYTIME.map((w) => `${dose} ${w}`)])
  )
}

/** The regimen wording after the dose ("once daily"). */
const wording = (text: string) => text.replace(/^\S+ [\d.]+ mg /, '')

/** A miss that outweighs any rank error: the key is the odd one out, its wording carried by no
 * other option while another wording is shared (83267 #28: "each day" beside three "daily").
 * All wordings distinct, or the key's shared, leaves no odd one out to spot. */
function keyOddOneOut(texts: readonly string[]): number {
  const [key, ...rest] = texts.map(wording)
  if (key === undefined || rest.includes(key)) return 0
  // A night-time key (mirtazapine, "most strongly associated") beside daytime foils that all read
  // alike ("15 mg nightly" among three "… once daily"): the odd-form-key gate, read 9 P3.
  if (!(DAYTIME as readonly string[]).includes(key))
    return rest.every((w) => w === rest[0]) ? 10 : 0
  return rest.some((w, i) => rest.indexOf(w) !== i) ? 10 : 0
}

/** Read 18: with one set of once-a-day wordings ("a day" to "once per day") an option could stand
 * 1.25× longer than every other (the lone-longest cue); such a set is avoided like an odd one out. */
function penalty(texts: readonly string[]): number {
  const [first = 0, second = 0] = texts.map((t) => t.length).sort((a, b) => b - a)
  return keyOddOneOut(texts) + (first >= 1.25 * second ? 10 : 0)
}

const COMPARE_LEADS = [
  'Which of these antidepressants is most strongly associated with new or worse RLS?',
  'Which antidepressant carries the highest risk of worsening {her} RLS?'
] as const

const LEADS = [
  'Which antidepressant is least likely to worsen {her} RLS?',
  'Given {her} RLS, which antidepressant would usually be preferred?',
  'Which of these antidepressants is the best choice for someone with RLS?'
] as const

export const antidepressantChoice: Template = {
  id: 'antidepressant-choice',
  family: '4',
  section: 'medications',
  title: 'Choosing an antidepressant for a patient with RLS',
  generate(rng) {
    const variant = rng.next() < 0.65 ? 'choose' : 'compare'
    // At most one drug per class in "choose" (bupropion, mirtazapine, one SSRI, one SNRI), so no
    // two options share a rationale and cancel out; "compare" needs a second SSRI, with its own.
    const ssris = CANDIDATES.filter((c) => c.cls === 'ssri').map((c) => c.drug)
    const snris = CANDIDATES.filter((c) => c.cls === 'snri').map((c) => c.drug)
    const picked =
      variant === 'choose'
        ? ['mirtazapine', rng.pick(ssris), rng.pick(snris)]
        : [...rng.sample(ssris, 2), rng.pick(snris)]
    return render({
      variant,
      age: rng.int(24, 78),
      sex: pickSex(rng),
      set: rng.int(0, SETTINGS.length - 1),
      rls: rng.int(0, RLS_STATUS.length - 1),
      mood: rng.int(0, MOOD.length - 1),
      score: rng.int(12, 19),
      opts: picked.sort().join('+'),
      lead: rng.int(0, LEADS.length - 1)
    })
  }
}

interface Params {
  variant: 'choose' | 'compare'
  age: number
  sex: 'f' | 'm'
  set: number
  rls: number
  mood: number
  score: number
  opts: string
  lead: number
}

// One drug-specific sentence per serotonergic option, so two SSRIs never share a rationale.
const HOOK: Record<string, string> = {
  sertraline:
    'Sertraline is one of the most widely prescribed SSRIs, and most people with RLS who take it notice no change in the legs.',
  fluoxetine:
    'With fluoxetine the long half-life matters: any effect on the legs also takes weeks to wash out after stopping.',
  paroxetine:
    'Paroxetine was among the drugs followed in the prospective cohort of new antidepressant users: new or worse RLS came in some of those starting an SSRI, far fewer than the 28% with mirtazapine.',
  citalopram:
    'With citalopram, as with the other SSRIs, any change in the legs is watched for in the weeks after starting or raising the dose.',
  // Read 16 (159389 #7): "the same modest risk" as citalopram made the pair drop out together.
  escitalopram:
    'Escitalopram is often chosen for its tolerability, but it shares the modest RLS risk of its class.',
  // Read 18 (F1#39): "among the antidepressants most often named in RLS case reports" taught the
  // SNRI class that drug-hidden-in-list then keyed; the sentence is about the drug, not the risk.
  venlafaxine:
    'Venlafaxine acts mainly on serotonin at low doses and adds noradrenaline reuptake blockade as the dose rises.',
  duloxetine:
    'Duloxetine is also used for neuropathic pain, so it is often met in people whose legs are already troublesome.'
}

function compareRationale(drug: string): string {
  const cls = CANDIDATES.find((c) => c.drug === drug)?.cls
  const kind = cls === 'ssri' ? 'an SSRI' : 'an SNRI'
  return `${cap(drug)} is ${kind}, and its association with new or worse RLS is weaker than mirtazapine's. ${HOOK[drug] ?? ''}`.trim()
}

/** The RLS_STATUS entry with no RLS medication: there is no control to undo (read 7, 99551 #15). */
const UNMEDICATED = 2

function wrongRationale(drug: string, rls: number, stem: string): string {
  const cls = CANDIDATES.find((c) => c.drug === drug)?.cls
  if (cls === 'mirtazapine') {
    const effect =
      rls === UNMEDICATED
        ? 'the option most likely to turn mild, untreated RLS into a nightly problem'
        : 'the option most likely to undo the RLS control'
    return phrasing(
      [
        `Mirtazapine has the strongest RLS signal of any antidepressant (new or worse RLS in 28% of a prospective cohort), so it is ${effect}.`,
        `Of the antidepressants offered, mirtazapine carries the clearest RLS risk (28% of new users in one prospective cohort), which makes it ${effect}.`
      ],
      stem,
      'mirtazapine'
    )
  }
  // Read 21 (F2#12, MINOR): "bupropion, which does not" overstated one small trial that the
  // item's own evidence note calls relative.
  return cls === 'ssri'
    ? `${cap(drug)} is an SSRI: serotonergic antidepressants of this class can bring on or worsen RLS in a minority of patients, so bupropion, which did not worsen RLS in a small trial, is usually preferred. ${HOOK[drug] ?? ''}`.trim()
    : phrasing(
        [
          `${cap(drug)} is an SNRI, which raises serotonin as well as noradrenaline; SNRIs have been reported to worsen RLS in some patients, so bupropion, which did not worsen RLS in a small trial, is usually preferred for this patient.`,
          `As an SNRI, ${drug} raises serotonin along with noradrenaline, and SNRIs have worsened RLS in some patients; bupropion, which did not in a small trial, is usually preferred here.`
        ],
        stem,
        'snri'
      )
}

function render(params: Params) {
  const p = person(params.age, params.sex)
  const mood = fill(at(MOOD, params.mood), p).replace('{score}', String(params.score))
  const compare = params.variant === 'compare'
  // Read 18 (F1#21): the stem set up a choice ("would like to start an antidepressant") while the
  // compare lead asks about association; the compare stem now ends on the question it asks.
  const closing = compare
    ? `${p.She} would like to start an antidepressant alongside talking therapy, and asks which of the ones ${p.she} has read about is most likely to make ${p.her} legs worse.`
    : `${p.She} would like to start an antidepressant alongside talking therapy.`
  const stem =
    `${p.a} ${fill(at(SETTINGS, params.set), p)}. ${fill(at(RLS_STATUS, params.rls), p)}. ` +
    `${mood}. ${closing}`
  const question = fill(
    compare ? at(COMPARE_LEADS, params.lead % COMPARE_LEADS.length) : at(LEADS, params.lead),
    p
  )
  const keyDrug = compare ? 'mirtazapine' : 'bupropion'
  const choice = (drug: string, rationale: string): Choice => ({
    code: drug,
    rationale,
    texts: (START[drug] ?? ['']).map((r) => `${cap(drug)} ${r}`.trim())
  })
  const keyChoice = choice(
    keyDrug,
    compare
      ? 'Mirtazapine has the strongest RLS signal of any antidepressant: new or worse RLS in 28% of a prospective cohort starting it, the highest rate of the drugs studied.'
      : phrasing(
          [
            'Bupropion did not worsen RLS in a randomised placebo-controlled trial and is the antidepressant usually chosen for people with RLS. It is not itself a treatment for RLS, and before prescribing it the usual checks apply (seizure history, eating disorder, heavy alcohol use).',
            'In a randomised placebo-controlled trial bupropion left RLS no worse, and it is the usual antidepressant for people with RLS. It does not treat the RLS itself, and the usual checks come first (seizure history, eating disorder, heavy alcohol use).',
            'Bupropion is the antidepressant usually preferred in RLS: in a randomised placebo-controlled trial it did not worsen the symptoms. It is no RLS treatment, and the usual checks apply before it is prescribed (seizures, eating disorder, heavy drinking).'
          ],
          stem,
          'bupropion'
        )
  )
  const pool = params.opts
    .split('+')
    .map((g) => choice(g, compare ? compareRationale(g) : wrongRationale(g, params.rls, stem)))
  const options: OptionDraft[] = withVerdicts(
    rankOptions(paramsRng(params), keyChoice, pool, pool.length + 1, { penalty }).options
  )
  // Read 7 (P7): both explanations were word for word in every item; each sentence now has two
  // or three phrasings, chosen from the stem.
  const pick = (salt: string, list: readonly string[]) => phrasing(list, stem, salt)
  const explanation = compare
    ? [
        pick('c-open', [
          'Mirtazapine has the clearest link with RLS among antidepressants: 28% of those starting it in a prospective cohort developed new or worse RLS.',
          'Among antidepressants the RLS signal is strongest for mirtazapine, with new or worse RLS in 28% of new users in a prospective cohort.',
          'In a prospective cohort of people starting antidepressants, 28% of those given mirtazapine had new or worse RLS, the clearest link of the class.'
        ]),
        pick('c-ssri', [
          'SSRIs and SNRIs can worsen RLS too, but in some patients rather than most, and many people with RLS take them without trouble.',
          'SSRIs and SNRIs carry a smaller risk: some patients are affected, and many people with RLS take them with no change in the legs.'
        ]),
        // Read 11 (116047 #10 → 120121 #13): naming bupropion here answered the "choose" variant
        // a returning learner meets next.
        pick('c-close', [
          'The risk is relative: an antidepressant clearly better for the depression can still be used, with a watch on the legs after it starts.',
          'None of this forbids a serotonergic drug that suits the depression best; it means watching the legs after the start.'
        ])
      ].join(' ')
    : [
        pick('open', [
          'Most antidepressants carry some risk of making RLS worse: mirtazapine most clearly, SSRIs and SNRIs in some patients.',
          'Antidepressants differ in how often they worsen RLS: mirtazapine most clearly, SSRIs and SNRIs in a minority of patients.',
          'Mirtazapine is the antidepressant most clearly linked with worse RLS; SSRIs and SNRIs affect some patients.'
        ]),
        pick('bupropion', [
          'Bupropion, which acts on dopamine and noradrenaline reuptake rather than serotonin, did not worsen RLS in a small randomised trial and is the usual choice when a person with RLS needs an antidepressant.',
          'Bupropion blocks dopamine and noradrenaline reuptake and spares serotonin; in a small randomised trial it did not worsen RLS, and it is the usual pick when someone with RLS needs an antidepressant.'
        ]),
        pick('relative', [
          'The preference is relative: if another antidepressant is clearly better for the depression, it can be used with a watch on the legs. Bupropion treats the depression, not the RLS.',
          'The choice is not absolute: a drug clearly better for the depression can still be used, watching the legs. Bupropion is for the depression, not the RLS.'
        ])
      ].join(' ')
  return {
    params: { ...params },
    claims: ['D2'],
    // Comparing two SSRIs and an SNRI against mirtazapine asks for the finer contrast.
    difficulty: (compare ? 3 : 2) as 2 | 3,
    estimatedSeconds: seconds([stem, question], options.length, { min: 30 }),
    stem,
    question,
    options,
    // One objective per variant (read 11, P8: the compare item stated the choose objective).
    objective: compare
      ? 'Rank antidepressants by their association with new or worse RLS: mirtazapine most clearly, SSRIs and SNRIs in some patients.'
      : 'Choose an antidepressant that is unlikely to worsen RLS (bupropion) and explain why mirtazapine, SSRIs and SNRIs are less suitable.',
    explanation,
    evidenceNote: compare
      ? 'SSRIs and SNRIs worsen RLS in only some patients, so the ranking is of risk, not a rule against them.'
      : 'SSRIs and SNRIs worsen RLS in only some patients, and the bupropion evidence comes from one small trial, so the preference is relative rather than absolute.',
    // Only the choose variant teaches bupropion, so only it cites its trial.
    references: compare ? ['rottach2008', 'kolla2018'] : ['bayard2011', 'rottach2008', 'kolla2018'],
    facts: {
      kind: compare ? 'drug-compare' : 'drug-choose',
      age: p.age,
      sex: p.sex,
      key: keyDrug,
      candidates: [keyDrug, ...params.opts.split('+')]
    }
  }
}

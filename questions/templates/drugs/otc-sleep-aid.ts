// Family 2: the over-the-counter "PM" sleep aid. A sedating first-generation antihistamine
// (diphenhydramine or doxylamine) taken without prescription, often missing from the records.
// Two lead-ins: which ingredient is to blame, or what to advise.
import { aggravatorRationale, nonAggravatorRationale } from '../../content/drugs'
import type { OptionDraft, Template } from '../types'
import { drugOptions, paramsRng, withVerdicts } from './drug-options'
import { parallelOptions } from '../parallel'
import { drugItemReferences } from './drug-text'
import {
  ADVICE,
  ADVICE_KEY,
  AGONIST_ADVICE,
  CONTINUE_ADVICE,
  DISCLOSURE,
  HALVE_ADVICE,
  PRODUCTS,
  REASONS,
  SETTINGS,
  SWITCH_ADVICE,
  WHICH_LEADS
} from './otc-sleep-aid-text'
import { CHANGEABLE, EXAM, RLS_FEATURES, at, drugUse, pickSafeList } from './vignette'
import { cap, seconds, fill, join, person, phrasing, pickSex, years } from '../kit/people'
import { CENTRAL_WHY, a2dOtherUse, capYears, centralWhy } from '../kit/meds'
import { oddFormOfKey } from '../../check/lone-register'
import type { Item } from '../../item'

export const otcSleepAid: Template = {
  id: 'otc-pm-sleep-aid',
  family: '2',
  section: 'medications',
  title: 'Over-the-counter "PM" sleep aid (sedating antihistamine)',
  generate(rng) {
    const sex = pickSex(rng)
    const age = rng.int(40, 82)
    const format = rng.pick(['which', 'which', 'advice'] as const)
    const product = rng.int(0, PRODUCTS.length - 1)
    const prod = at(PRODUCTS, product)
    const course = rng.pick(['mild', 'new', 'a2d'] as const)
    // In a "which drug" item a gabapentinoid is always prescribed (for the RLS, or for nerve pain
    // or anxiety) and offered, so the antihistamine is not the one centrally acting option
    // (read 16, P3). The advice items list one only when it treats the RLS ("raise the dose").
    // (Drawn here for the "which" items only, so the advice items' draws are as before.)
    const whichA2d = format === 'which' ? rng.pick(['gabapentin', 'pregabalin']) : '-'
    const extras = (prod.combo ? 1 : 0) + (course === 'a2d' || whichA2d !== '-' ? 1 : 0)
    const optionCount = rng.int(4, 5)
    const minList = format === 'which' ? Math.max(1, optionCount - 1 - extras) : 0
    const list = pickSafeList(rng, rng.int(minList, Math.max(minList, 4)), { sex, age }, [
      'acetaminophen'
    ])
    // The first drug is the one started in the product's window: never a statin, diuretic or
    // levothyroxine, which invite arguments about myalgia, cramps or over-replacement (read 6,
    // 98731 #13: atorvastatin started 3 weeks before a leg ache).
    // A metformin start after years on a second-line diabetes drug would be back to front.
    const secondLine = list.some((g) => g === 'sitagliptin' || g === 'insulin glargine')
    const recent = list.findIndex((g) => CHANGEABLE.has(g) && !(g === 'metformin' && secondLine))
    if (list.length > 0 && recent < 0) list.splice(0, 1, secondLine ? 'lisinopril' : 'metformin')
    else if (recent > 0) list.unshift(...list.splice(recent, 1))
    const a2d =
      whichA2d !== '-' ? whichA2d : course === 'a2d' ? rng.pick(['gabapentin', 'pregabalin']) : '-'
    // Plain acetaminophen is bought with a single-ingredient product (and is half of a combined
    // "PM" caplet), so the culprit is never the only non-prescription entry.
    const nonKey = [...list, 'acetaminophen', ...(a2d === '-' ? [] : [a2d])]
    const opts =
      format === 'which'
        ? [...nonKey].sort().join('+')
        : // Mutually exclusive plans (read 9; read 10, P2): one "keep taking" foil, one swap to
          // another sedating antihistamine, the dopamine agonist and, with five options, halving.
          [
            rng.pick(SWITCH_ADVICE),
            AGONIST_ADVICE,
            ...(optionCount === 5
              ? [rng.pick(CONTINUE_ADVICE), HALVE_ADVICE]
              : [rng.pick([...CONTINUE_ADVICE, HALVE_ADVICE])])
          ]
            .sort()
            .join('+')
    const params: Params = {
      format,
      product,
      course,
      a2d,
      cu: format === 'which' ? rng.int(0, 11) : 0,
      cw: format === 'which' ? rng.int(0, CENTRAL_WHY.length - 1) : 0,
      a2dYrs: format === 'which' ? rng.int(1, 6) : 0,
      age,
      sex,
      set: rng.int(0, SETTINGS.length - 1),
      reason: rng.int(0, REASONS.length - 1),
      disc: rng.int(0, DISCLOSURE.length - 1),
      wk: rng.int(2, 8),
      yrs: course === 'new' ? 0 : rng.int(2, 15),
      sym: rng.int(0, RLS_FEATURES.length - 1),
      exam: rng.int(0, EXAM.length - 1),
      list: list.join('+') || '-',
      // Years on each prescribed drug; the first was started in the product's window.
      since: list.map(() => rng.int(2, 15)).join('+') || '-',
      opts,
      n: Math.min(optionCount, nonKey.length + 1),
      lead: rng.int(0, WHICH_LEADS.length - 1)
    }
    // The gabapentinoid's dosing can give every foil a phrase the key lacks ("mg twice daily" on
    // pregabalin, enalapril and metformin beside "Diphenhydramine 50 mg at bedtime"): then the
    // other gabapentinoid is listed (odd-form-key gate).
    const draft = render(params)
    if (params.format === 'which' && oddFormOfKey(draft as unknown as Item)) {
      const a2d = params.a2d === 'gabapentin' ? 'pregabalin' : 'gabapentin'
      const opts = params.opts
        .split('+')
        .map((g) => (g === params.a2d ? a2d : g))
        .sort()
        .join('+')
      const swapped = render({ ...params, a2d, opts })
      if (!oddFormOfKey(swapped as unknown as Item)) return swapped
    }
    return draft
  }
}

interface Params {
  format: 'which' | 'advice'
  product: number
  course: 'mild' | 'new' | 'a2d'
  a2d: string
  /** The gabapentinoid's use when it is not for the RLS, its rationale's phrasing, its years. */
  cu: number
  cw: number
  a2dYrs: number
  age: number
  sex: 'f' | 'm'
  set: number
  reason: number
  disc: number
  wk: number
  yrs: number
  sym: number
  exam: number
  list: string
  since: string
  opts: string
  n: number
  lead: number
}

function render(params: Params) {
  const p = person(params.age, params.sex)
  const prod = at(PRODUCTS, params.product)
  const list = params.list === '-' ? [] : params.list.split('+')
  const before =
    params.course === 'new'
      ? `${p.She} had no leg symptoms before`
      : params.course === 'mild'
        ? `${p.She} has had mild RLS for ${years(params.yrs)} that rarely bothered ${p.him}`
        : `${p.Her} RLS had been well controlled on ${params.a2d} for ${years(params.yrs)}`
  const remote = params.set === 2 || params.set === 3
  const exam = remote
    ? `${p.She} reports no cramps, numbness or leg swelling.`
    : fill(at(EXAM, params.exam), p)
  const startDose = (g: string) => (g === 'metformin' && list[0] === g ? 1 : 0)
  const prescribed = [...list, ...(params.a2d === '-' ? [] : [params.a2d])].sort()
  const since = params.since === '-' ? [] : params.since.split('+').map(Number)
  // Every prescribed entry carries a start: the first safe drug in the product's window, the
  // rest in years, the α2δ ligand with the RLS history, so dates do not single out the culprit.
  const a2dOther =
    params.a2d !== '-' && params.course !== 'a2d' ? a2dOtherUse(params.a2d, params.cu) : undefined
  const dated = (g: string): string => {
    if (g === params.a2d && a2dOther) {
      const yrs = capYears(g, params.a2dYrs, params.age, params.sex)
      return `${g} ${a2dOther.regimen} (${a2dOther.indication}; for ${years(yrs)})`
    }
    const i = list.indexOf(g)
    // A metformin started weeks ago is at its starting dose, not 2 g a day.
    const u = drugUse(g, startDose(g))
    // A second diabetes drug never predates metformin, the first-line one (copy edit after read 5).
    const m = list.indexOf('metformin')
    const drawn = i > 0 ? (since[i] ?? 2) : params.yrs
    const ordered =
      i > 0 && m > 0 && (g === 'sitagliptin' || g === 'insulin glargine')
        ? Math.min(drawn, since[m] ?? drawn)
        : drawn
    // No course longer than the patient's adult life or the drug's longest course (alendronate
    // stops by 10 years: helper C's review of read 10, P3).
    const yrs = capYears(g, ordered, params.age, params.sex)
    const start = i === 0 ? `started ${params.wk + 1} weeks ago` : `for ${years(yrs)}`
    return `${g} ${u.regimen} (${u.indication}; ${start})`
  }
  const rx =
    prescribed.length === 0
      ? `${p.She} takes no prescribed medicines.`
      : prescribed.length === 1
        ? `${p.Her} one prescribed medicine is ${join(prescribed.map(dated))}.`
        : `${p.Her} prescribed medicines are ${join(prescribed.map(dated))}.`
  const when = `about ${params.wk + 1} weeks ago ${fill(at(REASONS, params.reason), p)}`
  const second = prod.combo
    ? 'a vitamin D supplement'
    : `plain acetaminophen for an aching knee, ${drugUse('acetaminophen').regimen}, bought at the same time`
  const disclosure = fill(at(DISCLOSURE, params.disc), p)
    .replace('{product}', prod.text)
    .replace('{when}', when)
    .replace('{second}', second)
  const stem =
    `${p.a} ${fill(at(SETTINGS, params.set), p)}. ${before}. ` +
    `Over the past ${params.wk} weeks ${p.she} has had ${fill(at(RLS_FEATURES, params.sym), p)}. ` +
    `${exam} ${rx} ${disclosure}`
  const drug = prod.drug
  let question: string
  let options: OptionDraft[]
  if (params.format === 'which') {
    question = fill(at(WHICH_LEADS, params.lead), p)
    options = drugOptions(
      params,
      {
        code: drug,
        rationale: `${aggravatorRationale(drug)} It is the active ingredient of ${prod.name}, started shortly before the leg symptoms ${params.course === 'new' ? 'began' : 'worsened'}.`
      },
      params.opts.split('+').map((g) => ({
        code: g,
        regimen: g === params.a2d && a2dOther ? a2dOther.regimen : drugUse(g, startDose(g)).regimen,
        // Inside a combined product the acetaminophen is taken with it at bedtime, not as needed.
        ...(g === 'acetaminophen' && prod.combo ? { regimen: '1 g at bedtime' } : {}),
        rationale:
          g === 'acetaminophen'
            ? prod.combo
              ? `Acetaminophen, the pain-relieving half of ${prod.name}, is not a recognised aggravator of RLS; the antihistamine in the same caplet is.`
              : 'Acetaminophen, bought in the same week, is not a recognised aggravator of RLS: it has no central dopamine-blocking or antihistamine action, so the shared timing does not implicate it.'
            : g === params.a2d && a2dOther
              ? centralWhy(g, a2dOther.indication, params.cw, '')
              : nonAggravatorRationale(g, drugUse(g).indication) +
                // The drug started in the product's window says so (98731 #13: it did not).
                (g === list[0]
                  ? ' It was started in the same weeks, a coincidence of timing, not a mechanism.'
                  : '')
      })),
      stem,
      params.n,
      true,
      // What started in the product's window is always offered (read-through of bank 2.5.0,
      // pattern 3): the prescribed drug started then and, beside a single-ingredient product,
      // the acetaminophen bought with it.
      [
        ...list.slice(0, 1),
        ...(prod.combo ? [] : ['acetaminophen']),
        ...(params.a2d === '-' ? [] : [params.a2d])
      ]
    )
  } else {
    // Read 20 (F2#20): the options are plans for the product; the iron studies, owed in every
    // clinically significant RLS, are taught in the explanation and the key's rationale.
    // Read 22 (F2#14): "the product" was ambiguous beside the second product the stem names.
    question = `What is the most appropriate advice about these products?`
    // The α2δ plan fits the history: start one, or raise the one already taken.
    const onA2d = params.a2d !== '-'
    const other = drug === 'doxylamine' ? 'diphenhydramine' : 'doxylamine'
    const words = (t: string) =>
      fill(t, p)
        .replace('{product}', prod.name)
        .replaceAll('{other}', other)
        .replace('{drug}', drug)
        .replace('{a2d}', params.a2d)
        .replace(
          '{a2d-why}',
          onA2d
            ? `a higher ${params.a2d} dose may ease the legs,`
            : 'gabapentin is a first-line RLS drug,'
        )
    options = withVerdicts(
      parallelOptions(
        paramsRng(params),
        {
          code: ADVICE_KEY.code,
          texts: ADVICE_KEY.texts.map(words),
          rationale: `${cap(drug)} is a sedating first-generation H1 antihistamine, a recognised RLS aggravator; removing it is the simplest and most specific step, with ferritin and TSAT checked as well, as in anyone with troublesome RLS.`
        },
        params.opts.split('+').map((i) => {
          const a = at(ADVICE, Number(i))
          const texts = onA2d && 'raiseTexts' in a ? a.raiseTexts : a.texts
          return { code: a.code, texts: texts.map(words), rationale: words(a.why) }
        }),
        params.opts.split('+').length + 1,
        stem,
        // Every (foil set, phrasing) combination is scored: with one length band for all
        // options, the default sample left the key short of the top rank (middle-length +16).
        1000,
        0
      ).options
    )
  }
  const explanation =
    `${phrasing(
      [
        `${cap(drug)} is a sedating first-generation H1 antihistamine, the active ingredient of many over-the-counter "PM" and night-time sleep products, and this class can worsen RLS.`,
        `Many over-the-counter "PM" and night-time products owe their drowsiness to ${drug}, a first-generation H1 antihistamine of a class that can worsen RLS.`,
        `The sedating ingredient here is ${drug}, an older H1 antihistamine found in many night-time products; antihistamines of this kind can make RLS worse.`
      ],
      stem,
      'otc-class'
    )} ` +
    // Read 7 (P7): this sentence was word for word in every item; three phrasings now.
    `${phrasing(
      [
        `The timing fits: the legs ${params.course === 'new' ? 'became troublesome' : 'deteriorated'} after ${p.she} began ${prod.name}, and the other products started then are not recognised aggravators.`,
        `${cap(prod.name)} came first and the leg symptoms followed within weeks; nothing else started in that window is a recognised aggravator.`,
        `What changed before the legs ${params.course === 'new' ? 'started' : 'got worse'} was ${prod.name}; the other products of those weeks are not recognised aggravators.`
      ],
      stem,
      'otc-timing'
    )} ` +
    `${phrasing(
      [
        'Non-prescription products are easy to miss, so the medication review in RLS asks specifically about sleep aids, cold remedies and allergy tablets.',
        'A medication review in RLS asks in so many words about sleep aids, cold remedies and allergy tablets, because patients rarely list them.',
        'Patients seldom count what they buy at the pharmacy as medicine, so sleep aids, cold remedies and allergy tablets are asked about by name.'
      ],
      stem,
      'otc'
    )} ` +
    phrasing(
      [
        'Stopping the product, and managing the sleep problem another way, is the first step before any new RLS drug.',
        'The first step is to stop the product and treat the sleep problem by other means, before any new RLS drug is considered.',
        'Before adding any RLS drug, the product is stopped and the poor sleep is managed in another way.'
      ],
      stem,
      'otc-step'
    ) +
    // Read 20 (F2#20): the RLS is new or newly worse and troublesome, so the iron studies (brief
    // §5) are part of the plan whatever the trigger; the stem reports none.
    ` ${phrasing(
      [
        'Ferritin and TSAT are checked as well, as in anyone with clinically significant RLS: a removable trigger does not rule out low iron stores.',
        'Check ferritin and TSAT too: they are owed in every clinically significant RLS, and iron deficiency can add to a drug trigger.',
        'A morning ferritin and TSAT belong in the plan as well, as in anyone with troublesome RLS, because low iron stores can coexist with a drug trigger.'
      ],
      stem,
      'otc-iron'
    )}`
  return {
    params: { ...params },
    claims: ['D3', 'P2'],
    difficulty: (params.format === 'advice' ? 2 : prod.combo ? 2 : 1) as 1 | 2,
    estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length, {
      min: 30
    }),
    stem,
    question,
    options,
    objective:
      'Recognise a sedating antihistamine in an over-the-counter sleep product as an RLS aggravator and ask about non-prescription products in every RLS review.',
    explanation,
    evidenceNote: null,
    references: drugItemReferences('h1-antihistamine', ['silber2021']),
    facts: {
      kind: params.format === 'which' ? 'drug-which' : 'drug-advice',
      age: p.age,
      sex: p.sex,
      medications: [...prescribed, drug, 'acetaminophen'].sort(),
      aggravator: drug,
      aggravatorClass: 'h1-antihistamine',
      overTheCounter: prod.combo ? [drug, 'acetaminophen'] : [drug],
      recentlyChanged: [drug, ...list.slice(0, 1), ...(prod.combo ? [] : ['acetaminophen'])]
    }
  }
}

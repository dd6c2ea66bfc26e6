// A pharmacist goes through a bag of over-the-counter products. One is a night-time product whose
// sedating antihistamine is named only in its ingredients; the others are everyday products that
// are not recognised aggravators. The products are options of one form: a name and its contents.
import type { Template } from '../types'
import { statementOptions } from '../kit/statements'
import { fill, person, pickSex, seconds } from '../kit/people'

interface Product {
  text: string
  why: string
  night?: { drug: string; reason: string }
}
const PRODUCTS: Record<string, Product> = {
  'pm-pain-reliever': {
    text: 'PM pain reliever (acetaminophen and diphenhydramine)',
    why: 'the "PM" part of a night-time pain reliever is diphenhydramine, a sedating first-generation antihistamine and a recognised aggravator of RLS',
    night: { drug: 'diphenhydramine', reason: 'aching knees at night' }
  },
  'night-cold-remedy': {
    text: 'Night-time cold remedy (acetaminophen and doxylamine)',
    why: 'the night-time version of a cold remedy adds doxylamine, a sedating first-generation antihistamine and a recognised aggravator of RLS',
    night: { drug: 'doxylamine', reason: 'a lingering cold' }
  },
  'sleep-tablet': {
    text: 'Sleep-aid tablets (doxylamine succinate 25 mg each)',
    why: 'over-the-counter sleep aids of this kind contain doxylamine, a sedating first-generation antihistamine and a recognised aggravator of RLS',
    night: { drug: 'doxylamine', reason: 'difficulty getting to sleep' }
  },
  'day-pain-reliever': {
    text: 'Daytime pain relief tablets (acetaminophen 500 mg)',
    why: 'plain acetaminophen, the daytime version without the antihistamine, is not a recognised aggravator of RLS'
  },
  'day-sinus-tablets': {
    text: 'Daytime sinus relief tablets (guaifenesin 400 mg)',
    why: 'guaifenesin, an expectorant, is not a recognised aggravator of RLS'
  },
  'night-eye-gel': {
    text: 'Night-time eye gel (carbomer lubricant)',
    why: 'a night-time lubricating eye gel acts on the eye surface and is not a recognised aggravator of RLS'
  },
  'night-herbal-tea': {
    text: 'Night-time herbal tea (chamomile and lemon balm)',
    // Read 8 (P7): only the ingredient every wording of the option shows (chamomile).
    why: 'a chamomile tea is sold for the night but is not a recognised aggravator of RLS'
  },
  'night-vapour-rub': {
    text: 'Night-time vapour rub (camphor, menthol and eucalyptus)',
    // Read 8 (P7): the option can read "(menthol)" alone, so the rationale names menthol only.
    why: 'a menthol rub acts on the skin and airways and is not a recognised aggravator of RLS'
  },
  'calcium-vitamin-d': {
    text: 'Bone-health tablets (calcium carbonate and vitamin D3)',
    why: 'calcium with vitamin D is not a recognised aggravator of RLS (taken with an iron tablet it would reduce iron absorption, a separate point)'
  },
  'fish-oil': {
    text: 'Heart-health capsules (fish oil with omega-3 fatty acids)',
    why: 'fish-oil capsules are not a recognised aggravator of RLS'
  },
  glucosamine: {
    text: 'Joint-care tablets (glucosamine sulfate)',
    why: 'glucosamine is not a recognised aggravator of RLS'
  },
  'b12-tablets': {
    text: 'Energy tablets (vitamin B12 with folic acid)',
    why: 'vitamin B12 with folic acid is not a recognised aggravator of RLS'
  },
  'eye-drops': {
    text: 'Lubricating eye drops (carmellose)',
    why: 'lubricating eye drops are not a recognised aggravator of RLS'
  },
  multivitamin: {
    text: 'Multivitamin tablets (a standard A-to-Z daily formula)',
    why: 'a standard multivitamin is not a recognised aggravator of RLS'
  },
  'antacid-tablets': {
    text: 'Chewable heartburn tablets (calcium carbonate 500 mg)',
    why: 'calcium carbonate antacids are not recognised aggravators of RLS'
  }
}
const NIGHT = ['pm-pain-reliever', 'night-cold-remedy', 'sleep-tablet']
/** Active products always in the bag (read-through of bank 2.5.0, pattern 3: with only
 * supplements beside it, the night product was the one real drug): two daytime acetaminophen
 * products without an antihistamine. They are different products (read 5, P1: "caplets" and
 * "capsules" of plain acetaminophen were one product twice, and a "cold remedy" that was plain
 * acetaminophen was implausible). Written as a pair ("Daytime … relief tablets"), so the night
 * cold remedy is not the one option sharing words with all the others. */
const DAY_LOOKALIKES = ['day-pain-reliever', 'day-sinus-tablets']
/** Night-labelled products without an antihistamine; one is always in the bag, so the word
 * "night" (which the stem's sleepless nights echo) does not mark the key (read 5, P1). */
const NIGHT_DECOYS = ['night-eye-gel', 'night-herbal-tea', 'night-vapour-rub']
/** Wordings of the products always in the bag, short to long, so each can fall either side of
 * the key's length: the key's length rank is drawn by lot (templates/parallel.ts, rule 2). */
const FORMS: Record<string, readonly string[]> = {
  'day-pain-reliever': [
    'Daytime pain relief tablets (acetaminophen)',
    'Daytime pain relief tablets (acetaminophen 500 mg)',
    'Daytime pain relief tablets (acetaminophen 500 mg each)'
  ],
  'day-sinus-tablets': [
    'Daytime sinus relief tablets (guaifenesin)',
    'Daytime sinus relief tablets (guaifenesin 400 mg)',
    'Daytime sinus relief tablets (guaifenesin 400 mg each)'
  ],
  'night-eye-gel': [
    'Night-time eye gel (carbomer lubricant)',
    'Night-time eye gel (carbomer lubricant, one drop at bedtime)'
  ],
  'night-herbal-tea': [
    'Night-time herbal tea (chamomile)',
    'Night-time herbal tea (chamomile, lemon balm and lavender)'
  ],
  'night-vapour-rub': [
    'Night-time vapour rub (menthol)',
    'Night-time vapour rub (camphor, menthol and eucalyptus)'
  ]
}

export const otcNightProduct: Template = {
  id: 'trigger-otc-bag-review',
  family: '17',
  section: 'lifestyle-sleep',
  title: 'The pharmacy bag: a night-time product with a hidden antihistamine',
  generate(rng) {
    const key = rng.pick(NIGHT)
    const sex = pickSex(rng)
    const decoy = rng.pick(NIGHT_DECOYS)
    const everyday = Object.keys(PRODUCTS).filter(
      (c) => !NIGHT.includes(c) && !NIGHT_DECOYS.includes(c)
    )
    // Two daytime acetaminophen-free or acetaminophen products and one night-labelled product
    // without an antihistamine are always in the bag, so the night product is not the only
    // medicine, no look-alike shares more words with the key than with the others, and "night"
    // does not mark the key. A fifth is sometimes added (the antacid or a supplement; not the
    // calcium supplement, which shares the antacid's contents, nor eye drops beside the eye gel).
    // How many options are longer than the key is drawn uniformly, and each fixed product's
    // wording (or the fifth product) is chosen to fall on its drawn side of the key's length.
    const fixed = [decoy, ...DAY_LOOKALIKES]
    const extra = rng.int(0, 1)
    const slots = [...fixed, ...(extra === 1 ? ['+'] : [])]
    const longer = new Set(rng.sample(slots, rng.int(0, slots.length)))
    const keyLength = (PRODUCTS[key]?.text ?? '').length
    const side = (text: string, slot: string) =>
      longer.has(slot) ? text.length > keyLength : text.length < keyLength
    const forms = fixed.map((c) => {
      const all = FORMS[c] ?? []
      const fit = all.map((t, i) => (side(t, c) ? i : -1)).filter((i) => i >= 0)
      return fit.length > 0 ? rng.pick(fit) : longer.has(c) ? all.length - 1 : 0
    })
    const spare = everyday.filter(
      (c) =>
        !fixed.includes(c) &&
        c !== 'calcium-vitamin-d' &&
        !(decoy === 'night-eye-gel' && c === 'eye-drops')
    )
    const fitting = spare.filter((c) => side(PRODUCTS[c]?.text ?? '', '+'))
    const opts = [
      ...fixed,
      ...(extra === 1 ? [rng.pick(fitting.length > 0 ? fitting : spare)] : [])
    ]
    const params = {
      key,
      sex,
      age: rng.int(45, 84),
      nights: rng.int(3, 6),
      count: opts.length + 1,
      wk: rng.int(2, 6),
      opts: opts.join('+'),
      forms: forms.join('+'),
      lead: rng.int(0, 1)
    }
    const p = person(params.age, sex)
    const night = PRODUCTS[key]?.night ?? { drug: 'diphenhydramine', reason: 'sleep' }
    const stem = fill(
      [
        `${p.a} with RLS that used to bother {him} once or twice a week brings a bag of over-the-counter products to a community pharmacy consultation.`,
        `For the past ${params.wk} weeks the legs have kept {him} awake ${params.nights} nights out of 7, and {she} wonders whether something {she} takes is to blame.`,
        `The bag holds ${params.count === 4 ? 'four' : 'five'} products. One of them is a recent purchase, but {she} cannot remember which; the others {she} has used for years.`,
        '{She} takes no prescribed medicines.'
      ].join(' '),
      p
    )
    const question =
      params.lead === 0
        ? 'Which product is the most likely to be worsening {her} RLS?'
        : 'Which of these products should {she} stop first?'
    const why = (code: string): string =>
      code === key
        ? `${PRODUCTS[code]?.why}; the nights got worse ${params.wk} weeks ago, which fits a recent purchase.`
        : `${PRODUCTS[code]?.why ?? ''}; its label lists no sedating antihistamine.`
    const textOf = (c: string): string => {
      const i = fixed.indexOf(c)
      return (i >= 0 ? FORMS[c]?.[forms[i] ?? 0] : undefined) ?? PRODUCTS[c]?.text ?? c
    }
    const texts = Object.fromEntries([key, ...opts].map((c) => [c, textOf(c)]))
    const options = statementOptions(key, opts, texts, why)
    const explanation = `Over-the-counter products for sleep, colds or night-time pain are a common hidden aggravator when they contain a sedating antihistamine, which is named only in small print; a night-time label alone says nothing. The ${key === 'sleep-tablet' ? 'sleep aid' : key === 'pm-pain-reliever' ? '"PM" pain reliever' : 'night-time cold remedy'} contains ${night.drug}, a first-generation H1 antihistamine that crosses into the brain, and a recent purchase fits the nights getting worse. A medication review in RLS includes what people buy without a prescription; a version of the product without the antihistamine, or another way to manage what it was bought for, is the fix.`
    return {
      params,
      claims: ['D3', 'P2'],
      difficulty: 2,
      estimatedSeconds: seconds(
        [stem, fill(question, p), ...options.map((o) => o.text)],
        options.length
      ),
      stem,
      question: fill(question, p),
      options,
      objective:
        'Find the sedating antihistamine inside an over-the-counter combination or night-time product as the likely aggravator of RLS.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'silber2021'],
      facts: {
        kind: 'drug-advice',
        medications: key === 'day-pain-reliever' ? [] : [night.drug, 'acetaminophen'],
        aggravator: night.drug,
        aggravatorClass: 'h1-antihistamine',
        product: key
      }
    }
  }
}

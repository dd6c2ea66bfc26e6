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
  // Read 18 (F1#38): the sleep aid was the one product acting on the brain or on sleep, so a
  // layperson found it. A night-time pain product with acetaminophen alone (brief §2: not a
  // recognised aggravator) is always in the bag: "night" and a centrally acting analgesic both
  // appear without an antihistamine.
  // Read 21 (F1#28, MINOR): a "night-time" pain product normally contains diphenhydramine, so a
  // plain-acetaminophen one was implausible and its rationale had to explain it away. The
  // acetaminophen look-alike is now an arthritis product (an 8-hour, extended-release 650 mg
  // tablet is a real one); a night-labelled decoy is still always in the bag.
  'arthritis-pain-tablets': {
    text: 'Arthritis pain relief tablets (acetaminophen 650 mg, extended-release)',
    why: 'arthritis pain relief tablets of this kind hold extended-release acetaminophen alone; with no antihistamine in them, they are not a recognised aggravator of RLS'
  },
  'day-pain-reliever': {
    text: 'Daytime pain relief tablets (acetaminophen 500 mg)',
    why: 'acetaminophen on its own relieves pain without sedating anyone, and it is not a recognised aggravator of RLS'
  },
  // Two ingredients, like the combined night products (read 9, 91237 #27: the key was the only
  // two-ingredient option). Neither is a sedating antihistamine. Read 21 (F1#28): not a
  // decongestant (phenylephrine), which lay opinion calls "stimulating" and which invited appeal.
  'antacid-combination': {
    text: 'Heartburn relief tablets (calcium carbonate and magnesium hydroxide)',
    why: 'these antacids (calcium carbonate and magnesium hydroxide) neutralise stomach acid in the gut; neither is a recognised aggravator of RLS, and the tablets carry no antihistamine'
  },
  'night-eye-gel': {
    text: 'Night-time eye gel (carbomer lubricant)',
    why: 'a carbomer gel stays on the surface of the eye, so "night-time" here means when it is applied, not a sedative, and it is not a recognised aggravator of RLS'
  },
  'night-herbal-tea': {
    text: 'Night-time herbal tea (chamomile and lemon balm)',
    // Read 8 (P7): only the ingredient every wording of the option shows (chamomile).
    why: 'chamomile tea is marketed as a bedtime drink, yet it is not a recognised aggravator of RLS'
  },
  'night-vapour-rub': {
    text: 'Night-time vapour rub (camphor, menthol and eucalyptus)',
    // Read 8 (P7): the option can read "(menthol)" alone, so the rationale names menthol only.
    why: 'menthol rubbed on the chest acts on the skin and the feeling of the airways, not on dopamine in the brain, and is not a recognised aggravator of RLS'
  },
  'calcium-vitamin-d': {
    text: 'Bone-health tablets (calcium carbonate and vitamin D3)',
    why: 'calcium with vitamin D is not a recognised aggravator of RLS (taken with an iron tablet it would reduce iron absorption, a separate point)'
  },
  'fish-oil': {
    text: 'Heart-health capsules (fish oil with omega-3 fatty acids)',
    why: 'omega-3 capsules taken for the heart are not a recognised aggravator of RLS'
  },
  glucosamine: {
    text: 'Joint-care tablets (glucosamine sulfate)',
    why: 'glucosamine, bought for stiff joints, is not a recognised aggravator of RLS'
  },
  'b12-tablets': {
    text: 'Energy tablets (vitamin B12 with folic acid)',
    why: 'vitamin B12 with folic acid replaces vitamins and is not a recognised aggravator of RLS'
  },
  'eye-drops': {
    text: 'Lubricating eye drops (carmellose)',
    why: 'carmellose drops only wet the eye and are not a recognised aggravator of RLS'
  },
  multivitamin: {
    text: 'Multivitamin tablets (a standard A-to-Z daily formula)',
    why: 'an everyday multivitamin formula is not a recognised aggravator of RLS'
  },
  'antacid-tablets': {
    text: 'Chewable heartburn tablets (calcium carbonate 500 mg)',
    why: 'a calcium carbonate antacid neutralises stomach acid and is not a recognised aggravator of RLS'
  }
}
const NIGHT = ['pm-pain-reliever', 'night-cold-remedy', 'sleep-tablet']
/** Active products always in the bag (read-through of bank 2.5.0, pattern 3: with only
 * supplements beside it, the night product was the one real drug): two daytime
 * products without an antihistamine. They are different products (read 5, P1: "caplets" and
 * "capsules" of plain acetaminophen were one product twice, and a "cold remedy" that was plain
 * acetaminophen was implausible). Written as a pair ("… relief tablets"; read 21: an arthritis
 * acetaminophen product and a two-ingredient antacid), so the night cold remedy is not the one
 * option sharing words with all the others. */
const DAY_LOOKALIKES = ['arthritis-pain-tablets', 'antacid-combination']
/** Night-labelled products without an antihistamine; one is always in the bag, so the word
 * "night" (which the stem's sleepless nights echo) does not mark the key (read 5, P1). */
const NIGHT_DECOYS = ['night-eye-gel', 'night-herbal-tea', 'night-vapour-rub']
/** Wordings of the products always in the bag, short to long, so each can fall either side of
 * the key's length: the key's length rank is drawn by lot (templates/parallel.ts, rule 2). */
const FORMS: Record<string, readonly string[]> = {
  'arthritis-pain-tablets': [
    'Arthritis pain relief tablets (acetaminophen)',
    'Arthritis pain relief tablets (acetaminophen 650 mg)',
    'Arthritis pain relief tablets (acetaminophen 650 mg, extended-release)'
  ],
  'day-pain-reliever': [
    'Daytime pain relief tablets (acetaminophen)',
    'Daytime pain relief tablets (acetaminophen 500 mg)',
    'Daytime pain relief tablets (acetaminophen 500 mg each)'
  ],
  // Always both ingredients; the wordings fall either side of every key's length (51-53).
  'antacid-combination': [
    'Heartburn relief (calcium carbonate and magnesium)',
    'Heartburn relief tablets (calcium carbonate and magnesium)',
    'Heartburn relief tablets (calcium carbonate and magnesium hydroxide)'
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
        // Not a second antacid beside the fixed one (read 21, F1#28).
        c !== 'antacid-tablets' &&
        // Not a second plain acetaminophen product beside the overnight one (read 5, P1).
        c !== 'day-pain-reliever' &&
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
      // A cold remedy is taken for weeks only for a lingering cold: 3–4 weeks since the pharmacy
      // trip, not 7 (read 22, F1#29); the sleep and pain products keep the wider range.
      wk: key === 'night-cold-remedy' ? rng.int(2, 3) : rng.int(2, 6),
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
        // Read 9 (91237 #27): "a recent purchase, but she cannot remember which" was a contrived
        // device. Every product has been in use through the bad weeks, so timing separates none
        // of them and the ingredients decide (brief §2: the culprit is not the only recent change).
        // Read 21 (F1#28): a timeline (brief §2: when the suspect was started and when the legs
        // got worse), the same for every product, so it still separates none of them.
        `The bag holds ${params.count === 4 ? 'four' : 'five'} products, all bought without a prescription on one trip to the pharmacy ${params.wk + 1} weeks ago and taken since; the legs got worse about a week after that.`,
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
        ? `${PRODUCTS[code]?.why}; the other products were bought on the same trip and started in the same week, so the ingredient, not the timing, points to it.`
        : // Read 9 (91237 #27): each product's own reason, not one tail repeated four times.
          `${PRODUCTS[code]?.why ?? ''}.`
    const textOf = (c: string): string => {
      const i = fixed.indexOf(c)
      return (i >= 0 ? FORMS[c]?.[forms[i] ?? 0] : undefined) ?? PRODUCTS[c]?.text ?? c
    }
    const texts = Object.fromEntries([key, ...opts].map((c) => [c, textOf(c)]))
    const options = statementOptions(key, opts, texts, why)
    const explanation = `Over-the-counter products for sleep, colds or night-time pain are a common hidden aggravator when they contain a sedating antihistamine, which is named only in small print; a night-time label alone says nothing. The ${key === 'sleep-tablet' ? 'sleep aid' : key === 'pm-pain-reliever' ? '"PM" pain reliever' : 'night-time cold remedy'} contains ${night.drug}, a first-generation H1 antihistamine that crosses into the brain, and since every product in the bag was started in the same week, the label, not the timing, decides. A medication review in RLS includes what people buy without a prescription; a version of the product without the antihistamine, or another way to manage what it was bought for, is the fix.`
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

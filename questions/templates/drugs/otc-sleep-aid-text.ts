// Wording for family 2 (otc-sleep-aid.ts): the products, settings, reasons, how the product came
// to light, lead-ins and the wrong pieces of advice.

export const PRODUCTS = [
  {
    drug: 'diphenhydramine',
    combo: true,
    name: 'the "PM" pain reliever',
    text: 'an over-the-counter "PM" pain reliever (acetaminophen 500 mg with diphenhydramine 25 mg), two caplets at bedtime'
  },
  {
    drug: 'diphenhydramine',
    combo: false,
    name: 'the sleep aid',
    text: 'a store-brand night-time sleep aid containing diphenhydramine 50 mg, one tablet at bedtime'
  },
  {
    drug: 'doxylamine',
    combo: false,
    name: 'the sleep tablets',
    text: 'an over-the-counter sleep tablet containing doxylamine 25 mg, half an hour before bed'
  },
  {
    drug: 'diphenhydramine',
    combo: true,
    name: 'the "PM" caplets',
    text: 'two "extra-strength PM" caplets (acetaminophen 500 mg with diphenhydramine 25 mg each), most nights'
  },
  {
    drug: 'doxylamine',
    combo: false,
    name: 'the night-time tablets',
    text: 'a pharmacy-shelf "nighttime sleep aid" with doxylamine 25 mg per tablet, one at bedtime most nights'
  },
  {
    drug: 'diphenhydramine',
    combo: false,
    name: 'the liquid sleep aid',
    text: 'a night-time liquid sleep aid providing diphenhydramine 50 mg per dose'
  }
] as const

export const SETTINGS = [
  'sees {her} family physician about {her} legs',
  'attends a sleep clinic follow-up for insomnia',
  'asks a community pharmacist for advice about {her} legs',
  'has a telehealth consultation about poor sleep',
  // Read 8 (P6): the same setting and frame recurred across a learner's items; two more.
  'mentions {her} legs at a routine review with the practice nurse',
  'sees a nurse practitioner about tiredness and broken sleep'
]

export const REASONS = [
  'after a stressful house move',
  'to get through a busy season at work',
  'after the death of a close friend',
  // Not night shifts (read 7, 85093 #31: night shifts, yet the legs came "when he settles at
  // night").
  'when a new job with very early starts left {him} short of sleep',
  "because a partner's snoring kept {him} awake",
  'on the advice of a neighbour when {her} sleep became broken'
]

// How the products come to light: the culprit among two non-prescription products bought in the
// same window (brief §2: the timeline is given, the culprit is neither named first nor the only
// recent change). {product} and
// {when} are filled by the template; every wording suits an in-person or a remote consultation.
export const DISCLOSURE = [
  'Asked what else {she} buys at the pharmacy, {she} mentions {product}, started {when}, and {second}.',
  'Non-prescription products, not in {her} records: {product}, started {when}, and {second}.',
  'What else {she} takes, as {she} lists it: {product}, started {when}, and {second}.'
]

export const WHICH_LEADS = [
  'Which drug is most likely to be worsening {her} RLS?',
  'Which of the substances {she} takes is the most likely aggravator?'
]

// The advice options, each in phrasings of one shape (a plan and a second clause) and of one
// length band (templates/parallel.ts). Read 7 (99551 #2, MAJOR): the key was the only
// three-clause "stop / tackle / review" option, 1.45x the next; now every foil form is 53-65
// characters and every key form 47-60, so the key is never more than 1.15x the longest foil and
// no option is a lone long one. Each wrong plan is one a partly informed clinician might choose
// (read 6, 83267 #32); each reason starts in lower case after its "Incorrect:".
export const ADVICE_KEY = {
  code: 'stop-sedating-antihistamine',
  texts: [
    'Stop the product and review the legs in a month',
    'Stop the product and treat the sleep problem another way',
    'Stop the product and see how the legs are in a month',
    'Stop the product and manage the sleep without antihistamines',
    // Read 8 (P6): the key text repeated across items; a fifth wording in the same band. Read
    // 10: one that shares no word with the stem (not "weeks", not "legs"), so the key is not
    // always the option with the most stem words.
    'Stop the product and arrange a recheck in a month'
  ]
} as const

// Read 20 (F2#20, MINOR): the key, the swap and the agonist foils all opened "Stop the product
// and", and the key was the member that adds no new drug (convergence). Now each plan opens with
// its own verb (Stop / Keep / Swap / Replace / Halve), so no two options of an item share an
// opening; the plan for the product is what is asked, and the explanation adds the iron studies.
// Read 9 (104729 #18, MAJOR): three of five options ended "…and keep taking the product", so the
// lone "stop" option was the key. Read 10 (P2, Q2#7): two foils were then one idea (a switch to
// doxylamine and a switch to hydroxyzine) and the one "keep taking" foil was the odd form out.
// Now every option says first what happens to the product and then what else is done ("<Stop |
// Keep taking | Halve> the product … and …"), and an item offers four mutually exclusive plans
// beside the key: keep it and add something (CONTINUE_ADVICE, one), stop it and swap in another
// sedating antihistamine (SWITCH_ADVICE, one), stop it and start a dopamine agonist, and, in a
// five-option item, halve it and take it earlier (HALVE_ADVICE). Every form is 48-61 characters,
// the key's band (47-60).
export const ADVICE = [
  {
    code: 'keep-add-a2d',
    // {a2d}: "start gabapentin" (texts), or "raise the pregabalin dose" (raiseTexts) when the
    // patient already takes one: two sets of wordings, so both stay in the band.
    texts: [
      'Keep taking the product and start gabapentin at night',
      'Keep the product and start gabapentin in the evening',
      'Keep taking the product and add gabapentin at bedtime'
    ],
    raiseTexts: [
      'Keep taking the product and raise the {a2d} dose',
      'Keep the product and raise the evening {a2d} dose',
      'Keep taking the product and raise the bedtime {a2d} dose'
    ],
    why: '{a2d-why} but here the RLS is driven by a removable aggravator; stopping the antihistamine comes first and may be all that is needed.'
  },
  {
    code: 'keep-add-magnesium',
    texts: [
      'Keep taking the product and add magnesium at night',
      'Keep the product and add a magnesium supplement at night',
      'Keep taking the product and add a magnesium tablet at bedtime'
    ],
    why: 'magnesium is a popular remedy without good evidence in RLS, and this plan leaves the sedating antihistamine, the likely aggravator, in place.'
  },
  {
    code: 'switch-to-hydroxyzine',
    texts: [
      // 2.18.6 (most-steps): every plan here has two steps, as the key has (the one-step swaps
      // left the key tied with fewer options: most-steps +6.6 over chance).
      'Swap the product for hydroxyzine at bedtime, then review',
      'Swap the product for hydroxyzine and take it at night',
      'Swap the product for hydroxyzine and take it for sleep'
    ],
    why: 'taking the product away is right, but hydroxyzine is also a sedating first-generation H1 antihistamine, so the swap would be expected to keep the RLS worse.'
  },
  {
    code: 'stop-start-dopamine-agonist',
    texts: [
      'Replace the product with ropinirole at night, then review',
      'Replace the product with ropinirole and take it before bed',
      'Replace the product with ropinirole and start it at night'
    ],
    why: 'taking the product away is right, but a dopamine agonist is not needed while the effect of removing the aggravator is awaited, and the AASM 2024 guideline suggests against standard use of dopamine agonists because of augmentation.'
  },
  {
    code: 'switch-to-other-otc-antihistamine',
    // {other}: the other over-the-counter sedating antihistamine (doxylamine beside a
    // diphenhydramine product, diphenhydramine beside a doxylamine one).
    texts: [
      'Swap the product for {other} at bedtime, then review',
      'Swap the product for {other} tablets and take them at night',
      'Swap the product for a {other} sleep aid and use it nightly'
    ],
    why: '{other} is a sedating first-generation H1 antihistamine like {drug}, so the swap keeps the same aggravator under another name.'
  },
  {
    // The fifth distinct plan (read 10, P2): reduce rather than remove. Wrong for a clear reason
    // (brief D3): the class is the aggravator, and a smaller dose taken earlier still acts through
    // the evening and night, when RLS is worst.
    code: 'halve-and-take-earlier',
    texts: [
      'Halve the dose of the product and take it well before bed',
      "Halve the product's dose and take it earlier in the evening",
      'Halve the dose of the product and take it after supper'
    ],
    why: 'a smaller dose of {drug} is still a sedating first-generation H1 antihistamine, and taken earlier it still acts through the evening and night, when RLS is worst; the aggravator is removed, not reduced.'
  }
] as const

/** The "continue the product" foils (indices into ADVICE): an item offers one of them. */
export const CONTINUE_ADVICE = [0, 1] as const
/** The "swap in another sedating antihistamine" foils: an item offers one of them. */
export const SWITCH_ADVICE = [2, 4] as const
/** Stop the product and start a dopamine agonist: in every item. */
export const AGONIST_ADVICE = 3
/** Halve the product and take it earlier: the fifth option of a five-option item. */
export const HALVE_ADVICE = 5

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
    text: 'an "extra-strength PM" caplet that combines acetaminophen with diphenhydramine, most nights'
  },
  {
    drug: 'doxylamine',
    combo: false,
    name: 'the night-time tablets',
    text: 'a pharmacy-shelf "nighttime sleep aid" with doxylamine 25 mg per tablet, one or two most nights'
  },
  {
    drug: 'diphenhydramine',
    combo: false,
    name: 'the liquid sleep aid',
    text: 'a night-time liquid sleep aid providing diphenhydramine 50 mg per dose'
  }
] as const

export const SETTINGS = [
  'sees {her} family physician about worsening leg symptoms',
  'attends a sleep clinic follow-up for insomnia',
  'asks a community pharmacist for advice about {her} legs',
  'has a telehealth consultation about poor sleep'
]

export const REASONS = [
  'after a stressful house move',
  'to get through a busy season at work',
  'after the death of a close friend',
  'because of jet lag after a long trip',
  "because a partner's snoring kept {him} awake",
  'on the advice of a neighbour when {her} sleep became broken'
]

export const DISCLOSURE = [
  '{She} did not mention the product until asked specifically about over-the-counter and herbal remedies.',
  'The product is not in {her} records; {she} mentions it only when asked directly about non-prescription sleep remedies.',
  '{She} brings the packet along after being asked to bring everything {she} takes.'
]

export const WHICH_LEADS = [
  'Which medicine or ingredient is most likely to be worsening {her} RLS?',
  'Which of the substances {she} takes is the most likely aggravator?'
]

export const ADVICE = [
  {
    code: 'take-extra-dose',
    text: 'Take a second dose of the same product when {her} legs wake {him}',
    why: 'More of the product means more of a sedating antihistamine, which is the likely aggravator.'
  },
  {
    code: 'switch-to-hydroxyzine',
    text: 'Switch to prescription hydroxyzine at bedtime for a stronger effect',
    why: 'Hydroxyzine is also a sedating first-generation H1 antihistamine, so it would be expected to keep the RLS worse.'
  },
  {
    code: 'start-dopamine-agonist',
    text: 'Start ropinirole at bedtime and continue the sleep product',
    why: 'It leaves a removable aggravator in place, and the AASM 2024 guideline suggests against standard use of dopamine agonists because of augmentation.'
  },
  {
    code: 'nerve-conduction-studies',
    text: 'Arrange nerve conduction studies before changing anything',
    why: 'RLS is a clinical diagnosis and the examination is normal; no test is needed, and waiting for one delays removing the likely cause.'
  }
] as const

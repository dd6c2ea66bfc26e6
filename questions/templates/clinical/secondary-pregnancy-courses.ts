// Family 9, pregnancy: the courses the pregnancy item offers, by gestation (brief S3: typically
// worst in the third trimester, usually resolving after delivery).
// Read 9 (P7, 91237 #34): the grid was fact recall in vignette dress (no stem detail changed the
// answer) and the explanation restated the key. Now the item asks how HER symptoms will run from
// here, and the gestation decides: in the second trimester they are likely to build into the
// third and settle after the birth; near term they are likely to settle within weeks of it. Each
// arm's foils are wrong courses, all in the key's one-hedge register ("likely"), none an
// absolute. The grid above stays as the list of the setting's facts (shared statement keys).
export interface Course {
  code: string
  texts: readonly string[]
  why: (weeks: number) => string
}

const SECOND = (w: number) => `at ${w} weeks she is in the second trimester`
const NEAR_TERM = (w: number) => `at ${w} weeks she is close to term`

export const COURSES: Readonly<Record<string, Course>> = {
  'third-trimester': {
    code: 'third-trimester',
    // Not "worse in the third trimester, then better after the birth": that joined the words of
    // two foils and so shared the most words with the rest (a superset in other words).
    texts: [
      'They are likely to grow worse as the third trimester nears',
      'They are likely to become more troublesome in the months ahead',
      'They are likely to worsen, peaking in the third trimester',
      'They are likely to get worse over the coming months of pregnancy, peaking near term'
    ],
    why: (w) =>
      `${SECOND(w)}; pregnancy-related RLS becomes more common and more severe as pregnancy advances, is typically worst in the third trimester, and in most women settles soon after delivery.`
  },
  'pregnancy-resolves-after-delivery': {
    code: 'pregnancy-resolves-after-delivery',
    texts: [
      // No "weeks": the stem says "N weeks into her pregnancy" and "for the last few weeks".
      'They are likely to ease soon after the birth',
      'They are likely to settle soon after delivery',
      'They are likely to fade in the days after the birth',
      'They are likely to fade quickly once the baby is born, in the first month or so'
    ],
    why: (w) =>
      `${NEAR_TERM(w)}, when pregnancy-related RLS is typically at its worst, and in most women it fades within days to weeks of delivery.`
  },
  'not-peak-now': {
    code: 'not-peak-now',
    texts: [
      'They are likely at their worst now and easing from here',
      'They are likely to be at their peak now, in mid-pregnancy, and to ease in the months ahead'
    ],
    why: (w) =>
      `${SECOND(w)}, and pregnancy-related RLS tends to get worse as pregnancy advances; it is typically worst in the third trimester, not in mid-pregnancy.`
  },
  'not-fade-mid-pregnancy': {
    code: 'not-fade-mid-pregnancy',
    texts: [
      'They are likely to fade before the third trimester',
      'They are likely to settle within weeks, well before the birth'
    ],
    why: (w) =>
      `${SECOND(w)}; symptoms that start now usually carry on and grow worse into the third trimester, and they settle after delivery rather than before it.`
  },
  'not-worse-after-birth': {
    code: 'not-worse-after-birth',
    texts: [
      'They are likely to worsen after the birth',
      'They are likely to be mild in pregnancy and worse after the birth',
      'They are likely to peak in the months after the birth, not during pregnancy'
    ],
    why: () =>
      'pregnancy-related RLS is typically worst in the third trimester and in most women resolves soon after delivery; it does not usually flare after the birth.'
  },
  'not-lifelong': {
    code: 'not-lifelong',
    texts: [
      'They are likely to last long after the birth',
      'They are likely to carry on for years now that they have started',
      'They are likely to persist for years after the birth, unchanged'
    ],
    why: () =>
      'in a prospective study most women whose RLS began in pregnancy were free of it soon after delivery; pregnancy-related RLS is usually temporary.'
  },
  'not-until-weaning': {
    code: 'not-until-weaning',
    texts: [
      'They are likely to last until weaning',
      'They are likely to last until breastfeeding ends, months after the birth',
      'They are likely to ease once she stops breastfeeding, months after delivery'
    ],
    why: () =>
      'pregnancy-related RLS usually fades within days to weeks of delivery, not months later when breastfeeding stops.'
  }
}

export const ARMS = {
  second: {
    key: 'third-trimester',
    foils: ['not-peak-now', 'not-fade-mid-pregnancy', 'not-worse-after-birth', 'not-lifelong']
  },
  term: {
    key: 'pregnancy-resolves-after-delivery',
    foils: ['not-worse-after-birth', 'not-lifelong', 'not-until-weaning']
  }
} as const

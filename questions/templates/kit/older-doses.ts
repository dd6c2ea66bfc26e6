// Starting doses for older adults (read 10, P3: duloxetine started at 60 mg in an 82-year-old).
// From 75 a newly started drug is charted at no more than the usual older-adult starting dose
// ("start low, go slow"); a younger patient keeps the adult start of the story. The figures are
// the usual older-adult starts in the product labelling and the geriatric prescribing guides; a
// drug without an entry keeps its regimen (its adult start is already a low one, or, as for
// fluphenazine decanoate, the regimen does not open with a dose).
//
// Olanzapine's older-adult dose in the chemotherapy template is set by that template (helper B's);
// the which-drug factory leaves olanzapine alone (see OLDER_START_SKIP in which-drug.ts).

/** From this age a new prescription starts at the older-adult dose. */
export const OLDER_ADULT_AGE = 75

/** The highest older-adult starting dose, in mg, per generic. */
export const OLDER_START_MG: Readonly<Record<string, number>> = {
  // Antidepressants (brief §2 aggravators keyed by the medication templates).
  duloxetine: 30,
  mirtazapine: 15,
  venlafaxine: 37.5,
  sertraline: 25,
  citalopram: 10,
  escitalopram: 5,
  fluoxetine: 10,
  paroxetine: 10,
  // Antipsychotics: a fraction of the adult start in late life.
  haloperidol: 1,
  risperidone: 0.5,
  olanzapine: 5,
  quetiapine: 50,
  chlorpromazine: 25,
  ziprasidone: 20,
  // Antiemetics and sedating antihistamines: the lower of the listed adult doses.
  metoclopramide: 5,
  prochlorperazine: 5,
  diphenhydramine: 25,
  hydroxyzine: 10,
  promethazine: 12.5,
  // The ACE inhibitor co-started with the culprit in the antidepressant and hidden-list stories.
  lisinopril: 5
}

/**
 * The regimen of a drug started at this age: from 75, a leading strength above the older-adult
 * start is lowered to it ("60 mg once daily" → "30 mg once daily"); the schedule is kept, so the
 * option's form and length barely move.
 */
export function olderStart(generic: string, regimen: string, age: number): string {
  const limit = OLDER_START_MG[generic]
  if (age < OLDER_ADULT_AGE || limit === undefined) return regimen
  const m = /^(\d+(?:\.\d+)?) mg\b/.exec(regimen)
  if (!m || Number(m[1]) <= limit) return regimen
  return `${limit} mg${regimen.slice(m[0].length)}`
}

/** The leading strength of a regimen in mg, or null ("decanoate 25 mg …" has none). */
export function leadingMg(regimen: string): number | null {
  const m = /^(\d+(?:\.\d+)?) mg\b/.exec(regimen)
  return m ? Number(m[1]) : null
}

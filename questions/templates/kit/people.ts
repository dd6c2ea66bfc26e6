// Who the patient is, in a few words, and the small word helpers every vignette uses (pronoun
// placeholders, "a, b and c", counted units, reading time): the one copy for all template
// families. The clinical families keep their richer patient (occupation, title) in
// clinical/vignette.ts and the medication families their RLS history and drug lists in
// drugs/vignette.ts; both use these helpers.
import { createRng, type Rng } from '../../rng'

export type Sex = 'f' | 'm'

export interface Person {
  age: number
  sex: Sex
  she: string
  her: string
  him: string
  She: string
  Her: string
  noun: string
  /** "A 54-year-old woman" / "An 81-year-old man" */
  a: string
}

export function person(age: number, sex: Sex): Person {
  const f = sex === 'f'
  const noun = f ? 'woman' : 'man'
  const an = /^(8|11|18)/.test(String(age)) ? 'An' : 'A'
  return {
    age,
    sex,
    she: f ? 'she' : 'he',
    her: f ? 'her' : 'his',
    him: f ? 'her' : 'him',
    She: f ? 'She' : 'He',
    Her: f ? 'Her' : 'His',
    noun,
    a: `${an} ${age}-year-old ${noun}`
  }
}

export function pickSex(rng: Rng): Sex {
  return rng.next() < 0.5 ? 'f' : 'm'
}

/** "a, b and c" */
export function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  // Items that hold commas themselves ("…in the pollen season, bought over the counter") are
  // separated by semicolons, so the list still reads as a list (copy edit after read 5).
  const sep = items.some((i) => i.includes(',')) ? ';' : ','
  return `${items.slice(0, -1).join(`${sep} `)}${sep === ';' ? '; and' : ' and'} ${items[items.length - 1]}`
}

/** "1 year" / "4 years". */
export function years(n: number): string {
  return plural(n, 'year')
}

/** "1 week", "3 weeks" — never "1 weeks". */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** "three weeks" for small counts, digits above ten. */
export function spell(n: number, unit: string): string {
  const w = n >= 0 && n <= 10 ? WORDS[n] : String(n)
  return `${w} ${unit}${n === 1 ? '' : 's'}`
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The pronouns a phrase may name; a patient without `Her` gets it from `She`. */
export type Pronouns = Pick<Person, 'she' | 'her' | 'him' | 'She'> & { Her?: string }

/** Replaces {she} {her} {him} {She} {Her} in a phrase. */
export function fill(text: string, p: Pronouns): string {
  return text
    .replace(/\{she\}/g, p.she)
    .replace(/\{her\}/g, p.her)
    .replace(/\{him\}/g, p.him)
    .replace(/\{She\}/g, p.She)
    .replace(/\{Her\}/g, p.Her ?? (p.She === 'She' ? 'Her' : 'His'))
}

/**
 * Reading time (~3 words a second) plus ~6 s an option, rounded to 5 s, within `bounds`
 * (45–150 s unless a family sets its own: the medication families use at least 30 s, no cap).
 */
export function seconds(
  texts: readonly string[],
  options: number,
  bounds: { min: number; max?: number } = { min: 45, max: 150 }
): number {
  let words = 0
  for (const t of texts) words += countWords(t)
  const raw = Math.round((words / 3 + options * 6) / 5) * 5
  return Math.min(bounds.max ?? Infinity, Math.max(bounds.min, raw))
}

/** Words = runs of non-space characters (a plain loop: this runs for every generated item). */
function countWords(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/**
 * One of several phrasings, chosen by a seeded draw on the text (stable for an item, uniform
 * across items). clinical/explain.ts's `choose` falls back to the first phrasing whenever its
 * hash is negative as a 32-bit integer, so it gives the first about two times in three (read 7,
 * P7: rotated sentences still came word for word); the templates of helper r8E use this instead.
 */
export function phrasing(list: readonly string[], text: string, salt: string): string {
  if (list.length === 0) return ''
  return list[createRng(`${salt}|${text}`).int(0, list.length - 1)] as string
}

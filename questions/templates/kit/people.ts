// Who the patient is, in a few words, for the templates in triggers/, iron-cases/ and
// situations/. Kept apart from the older vignette modules so those can change without
// touching these templates.
import type { Rng } from '../../rng'

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

/** Replaces {she} {her} {him} {She} {Her} in a phrase. */
export function fill(text: string, p: Person): string {
  return text
    .replace(/\{she\}/g, p.she)
    .replace(/\{her\}/g, p.her)
    .replace(/\{him\}/g, p.him)
    .replace(/\{She\}/g, p.She)
    .replace(/\{Her\}/g, p.Her)
}

/** Reading time (~3 words a second) plus ~6 s an option, rounded to 5 s, within 45–150 s. */
export function seconds(texts: readonly string[], options: number): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length
  const raw = words / 3 + options * 6
  return Math.min(150, Math.max(45, Math.round(raw / 5) * 5))
}

// A keyed statement plus a sample of wrong statements, each with a rationale written from the case.
import type { OptionDraft } from '../types'
import type { Patient } from './vignette'

export interface Distractor {
  code: string
  text: string
  why: (p: Patient, n: number) => string
}

export function contextOptions(
  key: string,
  keyText: string,
  keyWhy: string,
  ds: readonly Distractor[],
  p: Patient,
  n: number,
  pick: Distractor[]
): OptionDraft[] {
  return [
    { text: keyText, code: key, correct: true, rationale: keyWhy },
    ...ds
      .filter((d) => pick.includes(d))
      .map((d) => ({ text: d.text, code: d.code, correct: false, rationale: d.why(p, n) }))
  ]
}

/** The keyed statement first, then the sampled wrong ones (the generator shuffles). */
export function statementOptions(
  key: Distractor,
  pick: readonly Distractor[],
  p: Patient,
  n = 0
): OptionDraft[] {
  return [key, ...pick].map((s, i) => ({
    text: s.text,
    code: s.code,
    correct: i === 0,
    rationale: `${i === 0 ? 'Correct' : 'Incorrect'}: ${s.why(p, n)}`
  }))
}

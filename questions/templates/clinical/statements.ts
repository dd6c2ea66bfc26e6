// Statement keys (questions/check/quiz-composition.ts): what an item shows, named so the
// assembler can keep one statement out of two items of a quiz, in either truth form.
import type { OptionDraft } from '../types'

/** A fact grid's statements: one key per fact shown, true ("heritable") or false ("not-heritable"). */
export function gridStatements(topic: string, options: readonly OptionDraft[]): string[] {
  return [...new Set(options.map((o) => `${topic}:${o.code.replace(/^not-/, '')}`))]
}

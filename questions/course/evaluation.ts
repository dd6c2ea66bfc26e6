// The course's evaluation, checked at run time against the course's own questions (not a fixed
// schema): every required question answered, a choice from its list, a scale value in range, text
// within its length. Used by main before a certificate is issued and before a claim is signed,
// and by the page to show the same problems next to the same questions.
import type { EvaluationQuestion } from './types'

/** Answers by question id: the number for a scale, the choice's text, or free text. */
export type EvaluationAnswers = Record<string, string | number>

/** What is wrong with one answer, for any reader to word in its own way (the learner's form
 * asks for a fix; the provider's review states a reason for refusing a claim). */
export type EvaluationProblemKind =
  'not-asked' | 'missing' | 'not-in-range' | 'not-a-choice' | 'not-text' | 'too-long'

export interface EvaluationProblem {
  questionId: string
  kind: EvaluationProblemKind
  /** The learner-facing sentence ("Answer: …", "Choose …"). */
  message: string
}

export type EvaluationCheck =
  { ok: true; answers: EvaluationAnswers } | { ok: false; problems: EvaluationProblem[] }

/**
 * Normalises (trims text, drops empty optional text) and checks the answers. Ids the course does
 * not ask are refused rather than kept: an answer to no question would travel in a signed claim.
 */
export function checkEvaluation(
  questions: readonly EvaluationQuestion[],
  given: Readonly<Record<string, unknown>>
): EvaluationCheck {
  const problems: EvaluationProblem[] = []
  const answers: EvaluationAnswers = {}
  const asked = new Set(questions.map((q) => q.id))
  for (const id of Object.keys(given)) {
    if (!asked.has(id))
      problems.push({ questionId: id, kind: 'not-asked', message: 'This question is not asked.' })
  }
  for (const q of questions) {
    const raw = given[q.id]
    const value = typeof raw === 'string' ? raw.trim() : raw
    if (value === undefined || value === null || value === '') {
      if (q.required)
        problems.push({ questionId: q.id, kind: 'missing', message: `Answer: ${q.prompt}` })
      continue
    }
    const problem = problemWith(q, value)
    if (problem) problems.push({ questionId: q.id, ...problem })
    else answers[q.id] = value as string | number
  }
  return problems.length === 0 ? { ok: true, answers } : { ok: false, problems }
}

function problemWith(
  q: EvaluationQuestion,
  value: unknown
): Pick<EvaluationProblem, 'kind' | 'message'> | null {
  switch (q.kind) {
    case 'scale':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= q.min &&
        value <= q.max
        ? null
        : {
            kind: 'not-in-range',
            message: `Choose a whole number from ${q.min} to ${q.max}: ${q.prompt}`
          }
    case 'choice':
      return typeof value === 'string' && q.choices.includes(value)
        ? null
        : { kind: 'not-a-choice', message: `Choose one of the offered answers: ${q.prompt}` }
    case 'text':
      if (typeof value !== 'string')
        return { kind: 'not-text', message: `Answer in words: ${q.prompt}` }
      return value.length <= q.maxLength
        ? null
        : { kind: 'too-long', message: `Use at most ${q.maxLength} characters: ${q.prompt}` }
  }
}

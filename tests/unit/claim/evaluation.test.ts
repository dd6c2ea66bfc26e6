// The evaluation comes from the course: checked at run time against its questions.
import { describe, expect, it } from 'vitest'
import { checkEvaluation } from '../../../questions/course/evaluation'
import { rlsCausesCourse } from '../../../questions/content/course'
import type { EvaluationQuestion } from '../../../questions/course/types'
import { EVALUATION } from '../certificate-service/helpers'

const questions: EvaluationQuestion[] = [
  { id: 'met', kind: 'choice', prompt: 'Met?', choices: ['yes', 'no'], required: true },
  { id: 'useful', kind: 'scale', prompt: 'Useful?', min: 1, max: 5, required: true },
  { id: 'why', kind: 'text', prompt: 'Why?', maxLength: 10, required: false }
]

const problemIds = (given: Record<string, unknown>): string[] => {
  const check = checkEvaluation(questions, given)
  return check.ok ? [] : check.problems.map((p) => p.questionId)
}

describe('checkEvaluation', () => {
  it('accepts complete answers, trims text and drops empty optional text', () => {
    expect(checkEvaluation(questions, { met: 'yes', useful: 3, why: '  short ' })).toEqual({
      ok: true,
      answers: { met: 'yes', useful: 3, why: 'short' }
    })
    expect(checkEvaluation(questions, { met: 'no', useful: 1, why: '   ' })).toEqual({
      ok: true,
      answers: { met: 'no', useful: 1 }
    })
  })

  it('names every problem: missing, not offered, out of range, too long, not asked', () => {
    expect(problemIds({})).toEqual(['met', 'useful'])
    expect(problemIds({ met: 'maybe', useful: 3 })).toEqual(['met'])
    expect(problemIds({ met: 'yes', useful: 6 })).toEqual(['useful'])
    expect(problemIds({ met: 'yes', useful: 2.5 })).toEqual(['useful'])
    expect(problemIds({ met: 'yes', useful: '3' })).toEqual(['useful'])
    expect(problemIds({ met: 'yes', useful: 3, why: 'x'.repeat(11) })).toEqual(['why'])
    expect(problemIds({ met: 'yes', useful: 3, extra: 'x' })).toEqual(['extra'])
  })

  it('the RLS course asks whether the objectives were met, and the test answers are complete', () => {
    const met = rlsCausesCourse.provider.evaluation.find((q) => q.id === 'objectivesMet')
    expect(met?.prompt).toBe('Were the learning objectives met?')
    expect(met?.required).toBe(true)
    expect(checkEvaluation(rlsCausesCourse.provider.evaluation, EVALUATION).ok).toBe(true)
    const { objectivesMet: _left, ...without } = EVALUATION
    const check = checkEvaluation(rlsCausesCourse.provider.evaluation, without)
    expect(check.ok ? [] : check.problems.map((p) => p.questionId)).toEqual(['objectivesMet'])
  })
})

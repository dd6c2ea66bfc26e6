// The provider refuses a claim's evaluation for exactly the problems the learner's app shows
// before signing: one check (questions/course/evaluation.ts), worded twice.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { checkEvaluation } from '../../../questions/course/evaluation'
import { evaluationReasons } from '../../../main/provider/claim-checks'
import { EVALUATION } from '../certificate-service/helpers'

const questions = rlsCausesCourse.provider.evaluation

const cases: [string, Record<string, string | number>][] = [
  ['complete', { ...EVALUATION }],
  ['a required answer left out', { ...EVALUATION, objectivesMet: '' }],
  ['a scale value out of range', { ...EVALUATION, relevance: 9 }],
  ['a scale value that is not whole', { ...EVALUATION, relevance: 2.5 }],
  ['a choice not offered', { ...EVALUATION, balanced: 'maybe' }],
  ['text that is too long', { ...EVALUATION, intentToChangeDetails: 'x'.repeat(1001) }],
  ['text that is a number', { ...EVALUATION, intentToChangeDetails: 7 }],
  ['an answer to a question not asked', { ...EVALUATION, favouriteColour: 'blue' }],
  ['three problems at once', { ...EVALUATION, objectivesMet: 'no way', relevance: 0, extra: 1 }]
]

describe('the provider words the learner’s evaluation check', () => {
  it.each(cases)('%s: one reason per problem the learner would see', (_name, answers) => {
    const check = checkEvaluation(questions, answers)
    const reasons = evaluationReasons(questions, answers)
    expect(reasons).toHaveLength(check.ok ? 0 : check.problems.length)
    for (const r of reasons) expect(r).toMatch(/^The evaluation(’s|'s)? /)
  })

  it('names the question in each reason', () => {
    expect(evaluationReasons(questions, { ...EVALUATION, relevance: 9 })).toEqual([
      'The evaluation\'s answer to "How relevant was the activity to your practice?" is not a whole number from 1 to 5.'
    ])
  })
})

// The quiz repetition figures of bank:check (read-through pattern 5): long explanation sentences
// recurring across items of one quiz, and runs of one key letter. Synthetic items, so each figure
// is known in advance; the bank's own figures are gated in the full report (validity.test.ts).
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import {
  MIN_EXPLANATION_SENTENCE,
  explanationSentences,
  quizValidity,
  repetitionFigures
} from '../../../questions/check/index'
import { fullReport } from './helpers'

const LONG_A = 'Brain iron can be low while serum ferritin and TSAT are normal in idiopathic RLS.'
const LONG_B = 'Twin and family studies show that RLS is highly heritable, with many risk loci.'
const LONG_C = 'The IV-only band is for ferritin 76 to 100 ng/mL with a TSAT of at least 20%.'

function item(n: number, explanation: string, key: number): Item {
  return {
    id: `t#${n}`,
    bankVersion: 'x',
    template: 't',
    family: '1',
    section: 'medications',
    claims: [],
    difficulty: 1,
    estimatedSeconds: 30,
    stem: `Stem ${n}.`,
    question: 'Which?',
    options: [0, 1, 2, 3].map((i) => ({
      id: 'ABCD'[i] as Item['options'][number]['id'],
      text: `o${i}`,
      code: `c${i}`,
      correct: i === key,
      rationale: 'r'
    })),
    objective: 'o',
    explanation,
    evidenceNote: null,
    references: [],
    facts: {}
  }
}

describe('repetition figures', () => {
  it('counts only sentences longer than the limit, once per item', () => {
    expect(LONG_A.length).toBeGreaterThan(MIN_EXPLANATION_SENTENCE)
    expect(explanationSentences(item(0, `Short one. ${LONG_A} ${LONG_A}`, 0))).toEqual([LONG_A])
  })
  it('gives the share of long sentences found in another item of the quiz', () => {
    const quiz = [
      item(0, `${LONG_A} ${LONG_B}`, 0),
      item(1, `${LONG_A} ${LONG_C}`, 1),
      item(2, `Iron first. ${LONG_C.replace('76', '77')}`, 2)
    ]
    const f = repetitionFigures(quiz)
    expect(f.sentences).toBe(5)
    expect(f.shared).toBe(2)
    expect(f.sharedShare).toBeCloseTo(0.4)
    expect(f.worstSentence).toBe(LONG_A)
    expect(f.worstSentenceItems).toBe(2)
  })
  it('finds the longest run of one key letter and the most-keyed letter', () => {
    const keys = [0, 0, 1, 1, 1, 2, 1, 3]
    const f = repetitionFigures(keys.map((k, i) => item(i, 'e', k)))
    expect(f.longestKeyRun).toBe(3)
    expect(f.mostOneLetter).toBe(4)
  })
  it('fails a quiz whose explanations repeat, and a run of six keys', () => {
    const repeated = Array.from({ length: 6 }, (_, i) => item(i, LONG_B, i % 4))
    expect(quizValidity([repeated]).problems.map((p) => p.check)).toContain('quiz-explanation')
    const run = Array.from({ length: 6 }, (_, i) => item(i, `${LONG_A.slice(0, 20)} ${i}.`, 2))
    expect(quizValidity([run]).problems.map((p) => p.check)).toContain('quiz-key-run')
  })
})

describe('the bank at its current version', () => {
  const report = fullReport()
  it('keeps recurring explanation sentences and key runs within the gates', () => {
    const q = report.quizzes!
    expect(q.sharedExplanationShare).toBeLessThanOrEqual(0.05)
    expect(q.worstSharedExplanationShare).toBeLessThanOrEqual(0.1)
    expect(q.longestKeyRun).toBeLessThanOrEqual(5)
  })
})

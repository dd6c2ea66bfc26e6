// Small hand-made items so engine tests don't depend on the generated bank.
import type { Item, OptionId, SectionId } from '../../../questions/item'
import { sectionIds } from '../../../questions/content/sections'
import type { QuizConfig } from '../../../questions/engine'

const LETTERS: OptionId[] = ['A', 'B', 'C', 'D', 'E']

/** Item `n` has its key at letter n mod 5, so tests can compute the right answer. */
export function makeItem(n: number, section: SectionId = sectionIds[n % sectionIds.length]!): Item {
  const key = keyOf(n)
  return {
    id: `test-item-${n}`,
    bankVersion: 'test-1',
    template: 'test-template',
    family: '1',
    section,
    claims: [],
    difficulty: 1,
    estimatedSeconds: 90,
    stem: `Stem ${n}`,
    question: `Question ${n}?`,
    options: LETTERS.map((id) => ({
      id,
      text: `Option ${id} of ${n}`,
      code: `code-${id}`,
      correct: id === key,
      rationale: `Rationale ${id} of ${n}`
    })),
    objective: `Objective ${n}`,
    explanation: `Explanation ${n}`,
    evidenceNote: `Evidence ${n}`,
    references: [`ref-${n}`],
    facts: { secretKey: key }
  }
}

export const keyOf = (n: number): OptionId => LETTERS[n % 5]!
export const wrongOf = (n: number): OptionId => LETTERS[(n + 1) % 5]!

export const makeItems = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => makeItem(i))

export function makeConfig(overrides: Partial<QuizConfig> = {}): QuizConfig {
  return {
    mode: 'timed',
    itemCount: 10,
    sections: [...sectionIds],
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false,
    passMarkPercent: 75,
    ...overrides
  }
}

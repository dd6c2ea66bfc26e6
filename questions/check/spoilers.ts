// Feedback that hands a later item its key (read-through 20, P3): an item's rationales or
// explanation name a keyable drug ("diphenhydramine can worsen RLS", "prochlorperazine blocks
// dopamine"), and a later item of the quiz keys a drug of that class. The ordering
// (order-items.ts) serves the item that keys a class before items whose feedback names it;
// bank:check counts what is left over assembled quizzes.
import { keyableAggravators } from '../content/drugs'
import type { Item } from '../item'
import { problem, type Problem } from './types'

/** What the spoiler rules read of an item: a stored snapshot has at least these. */
export type SpoilerSource = Pick<Item, 'options' | 'explanation'>

const NAME_PATTERNS = [...keyableAggravators.keys()].map(
  (generic) => [generic, new RegExp(`\\b${generic.replace(/[-]/g, '[- ]')}\\b`, 'i')] as const
)

const keyCode = (item: SpoilerSource): string | undefined =>
  (Array.isArray(item.options) ? item.options : []).find((o) => o?.correct === true)?.code

/** The aggravator class the item keys (its key is a keyable drug), if any. */
export function keyedClass(item: SpoilerSource): string | undefined {
  const code = keyCode(item)
  return code ? keyableAggravators.get(code)?.id : undefined
}

const cache = new WeakMap<object, ReadonlySet<string>>()

/** The aggravator classes whose drugs the item's feedback names, other than the class it keys. */
export function namedClasses(item: SpoilerSource): ReadonlySet<string> {
  const hit = cache.get(item)
  if (hit) return hit
  const options = Array.isArray(item.options) ? item.options : []
  const text = [
    ...options.map((o) => (typeof o?.rationale === 'string' ? o.rationale : '')),
    typeof item.explanation === 'string' ? item.explanation : ''
  ].join('\n')
  const own = keyedClass(item)
  const named = new Set<string>()
  for (const [generic, re] of NAME_PATTERNS) {
    const cls = keyableAggravators.get(generic)?.id
    if (cls && cls !== own && re.test(text)) named.add(cls)
  }
  cache.set(item, named)
  return named
}

/** True when `earlier`'s feedback names a drug of the class `later` keys. */
export function spoils(earlier: SpoilerSource, later: SpoilerSource): boolean {
  const cls = keyedClass(later)
  return cls !== undefined && namedClasses(earlier).has(cls)
}

/** Items of a quiz (in its order) whose keyed class an earlier item's feedback named. */
export function spoiledItems(quiz: readonly SpoilerSource[]): number {
  let n = 0
  for (let i = 1; i < quiz.length; i++) {
    const later = quiz[i] as SpoilerSource
    if (quiz.slice(0, i).some((e) => spoils(e, later))) n++
  }
  return n
}

/** Neighbouring items of a quiz that key one drug class (read 21, P3: three sedating-antihistamine
 * keys in a row; order-items.ts keeps them apart where it can). */
export function adjacentClassKeys(quiz: readonly SpoilerSource[]): number {
  let n = 0
  for (let i = 1; i < quiz.length; i++) {
    const a = keyedClass(quiz[i - 1] as SpoilerSource)
    if (a !== undefined && a === keyedClass(quiz[i] as SpoilerSource)) n++
  }
  return n
}

/** The most neighbouring pairs keying one class, as a share of items. 2.18.7: 22 pairs in 3,600
 * items of 120 quizzes before the ordering kept them apart, 1 after; bank:check's 1,600 items 7
 * before, 0 after, so the limit (4) fails if the ordering stops doing it. */
export const MAX_ADJACENT_CLASS_SHARE = 0.0025

/** The share of assembled items whose keyed class an earlier item's feedback may name. Bank
 * 2.18.5 over 60 default quizzes: 13.0% in a shuffled order, 5.8% with keyers first; what is
 * left is mostly foundation items (served first on purpose: sampling-conditions naming
 * diphenhydramine, the akathisia item naming its dopamine blocker) and two-way loops. */
export const MAX_SPOILED_SHARE = 0.08

/** The `quiz-spoiler` and `quiz-adjacent-class` gates over assembled quizzes. */
export function spoilerProblems(quizzes: readonly (readonly SpoilerSource[])[]): {
  figure: { spoiled: number; items: number; adjacent: number }
  problems: Problem[]
} {
  let spoiled = 0
  let items = 0
  let adjacent = 0
  for (const quiz of quizzes) {
    spoiled += spoiledItems(quiz)
    adjacent += adjacentClassKeys(quiz)
    items += quiz.length
  }
  const problems: Problem[] = []
  if (spoiled > MAX_SPOILED_SHARE * items)
    problems.push(
      problem(
        'quiz-spoiler',
        `${spoiled} of ${items} items key a drug class an earlier item's feedback named (limit ${100 * MAX_SPOILED_SHARE}%)`
      )
    )
  if (adjacent > MAX_ADJACENT_CLASS_SHARE * items)
    problems.push(
      problem(
        'quiz-adjacent-class',
        `${adjacent} neighbouring pairs of ${items} items key one drug class (limit ${100 * MAX_ADJACENT_CLASS_SHARE}%)`
      )
    )
  return { figure: { spoiled, items, adjacent }, problems }
}

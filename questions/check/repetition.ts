// Repetition a learner notices inside one quiz (read-through pattern 5): explanation sentences
// that recur from item to item, and the key letter running or piling up in one place. Pure
// functions over an assembled quiz, in quiz order.
import type { Item } from '../item'

/** Explanation sentences shorter than this are connectives ("Iron comes first.") and may recur. */
export const MIN_EXPLANATION_SENTENCE = 60
/** Gate: at most this share of a quiz's long explanation sentences may appear in two items. */
export const MAX_SHARED_EXPLANATION_SHARE = 0.05
/** Gate: the longest run of one key letter in quiz order. */
export const MAX_KEY_RUN = 4

/** The explanation's sentences longer than MIN_EXPLANATION_SENTENCE, once each. */
export function explanationSentences(item: Item): string[] {
  const parts = item.explanation
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > MIN_EXPLANATION_SENTENCE)
  return [...new Set(parts)]
}

export interface RepetitionFigures {
  /** Long explanation sentences counted once per item. */
  sentences: number
  /** Of those, the ones whose text is in at least one other item of the quiz. */
  shared: number
  /** shared / sentences (0 when there are none). */
  sharedShare: number
  /** The sentence found in most items, and in how many. */
  worstSentence: string
  worstSentenceItems: number
  /** The longest run of one key letter, in quiz order. */
  longestKeyRun: number
  /** The most items keyed with one letter. */
  mostOneLetter: number
}

export function repetitionFigures(quiz: readonly Item[]): RepetitionFigures {
  const perItem = quiz.map(explanationSentences)
  const items = new Map<string, number>()
  for (const list of perItem) for (const s of list) items.set(s, (items.get(s) ?? 0) + 1)
  let sentences = 0
  let shared = 0
  for (const list of perItem) {
    sentences += list.length
    shared += list.filter((s) => (items.get(s) ?? 0) > 1).length
  }
  let worstSentence = ''
  let worstSentenceItems = 0
  for (const [s, n] of items)
    if (n > worstSentenceItems) [worstSentence, worstSentenceItems] = [s, n]

  let longestKeyRun = 0
  let run = 0
  let last = ''
  const letters = new Map<string, number>()
  for (const item of quiz) {
    const key = item.options.find((o) => o.correct)?.id ?? ''
    run = key === last ? run + 1 : 1
    last = key
    longestKeyRun = Math.max(longestKeyRun, run)
    letters.set(key, (letters.get(key) ?? 0) + 1)
  }
  return {
    sentences,
    shared,
    sharedShare: sentences === 0 ? 0 : shared / sentences,
    worstSentence,
    worstSentenceItems,
    longestKeyRun,
    mostOneLetter: Math.max(0, ...letters.values())
  }
}

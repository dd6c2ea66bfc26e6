// Repetition a learner notices inside one quiz (read-through pattern 5): explanation sentences
// that recur from item to item, and the key letter running or piling up in one place. Pure
// functions over an assembled quiz, in quiz order.
import type { Item } from '../item'

/** Explanation sentences shorter than this are connectives ("Iron comes first.") and may recur. */
export const MIN_EXPLANATION_SENTENCE = 60
/** Gate: pooled over the checked quizzes, at most this share of long explanation sentences may
 * recur in another item of the same quiz (3.4% measured at bank 2.3.0, 26.9% at 2.2.0). */
export const MAX_SHARED_EXPLANATION_SHARE = 0.05
/** Gate: the same share in any one quiz (7.0% worst at 2.3.0; a 40-item quiz has ~115 such
 * sentences, so one recurring pair is 1.7 points). */
export const MAX_QUIZ_SHARED_EXPLANATION_SHARE = 0.1
/** Gate: the longest run of one key letter in quiz order. Key positions are uniform and drawn per
 * item, so runs are what chance gives (a run of 5 in 40 items with 4–5 options is not rare). */
export const MAX_KEY_RUN = 5

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

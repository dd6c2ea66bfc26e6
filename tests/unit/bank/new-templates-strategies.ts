// Knowledge-free strategies a test-wise examinee might use, scored over generated items. Used by
// the new-templates tests (and runnable on its own to print the figures: see docs/question-bank.md).
// Ties share the credit: a strategy that cannot tell k options apart scores 1/k when the key is
// among them, which is exactly what guessing among them would score.
import type { Item } from '../../../questions/item'

const HEDGES =
  /\b(may|might|can|could|usually|often|some|sometimes|possibly|probably|likely|reasonable|consider|typically|generally|tends?|partly|mostly|most|uncertain|unclear|suggest|suggests)\b/gi
const ABSOLUTES =
  /\b(always|never|all|none|only|must|every|cannot|proven|definitely|completely|entirely|any|whatever|no)\b/gi
const STOP = new Set(
  'the a an and or of to in on for with at by from is are be as it its this that than into over after before about his her he she they them their not'.split(
    ' '
  )
)

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length
}

export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9α-ω]+/g, ' ')
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP.has(w))
  )
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n++
  return n
}

/** Credit for picking the options with the best score (ties share). */
function credit(item: Item, score: (i: number) => number, pick: 'max' | 'min'): number {
  const scores = item.options.map((_, i) => score(i))
  const best = pick === 'max' ? Math.max(...scores) : Math.min(...scores)
  const winners = scores.map((s, i) => (s === best ? i : -1)).filter((i) => i >= 0)
  const key = item.options.findIndex((o) => o.correct)
  return winners.includes(key) ? 1 / winners.length : 0
}

export const STRATEGIES: Record<string, (item: Item) => number> = {
  longest: (it) => credit(it, (i) => it.options[i]?.text.length ?? 0, 'max'),
  shortest: (it) => credit(it, (i) => it.options[i]?.text.length ?? 0, 'min'),
  'most-hedged': (it) => credit(it, (i) => count(it.options[i]?.text ?? '', HEDGES), 'max'),
  'fewest-absolutes': (it) => credit(it, (i) => count(it.options[i]?.text ?? '', ABSOLUTES), 'min'),
  'shares-stem': (it) => {
    const stem = contentWords(`${it.stem} ${it.question}`)
    return credit(it, (i) => shared(contentWords(it.options[i]?.text ?? ''), stem), 'max')
  },
  'shares-others': (it) => {
    const sets = it.options.map((o) => contentWords(o.text))
    return credit(
      it,
      (i) => sets.reduce((n, s, j) => (j === i ? n : n + shared(sets[i] ?? new Set(), s)), 0),
      'max'
    )
  }
}

export interface StrategyFigures {
  items: number
  chance: number
  scores: Record<string, number>
  /** Share of items keyed at each letter, and the option count the letters are measured over. */
  position: Record<string, number>
  keyCodes: number
}

export function measure(items: readonly Item[]): StrategyFigures {
  const scores: Record<string, number> = {}
  for (const [name, f] of Object.entries(STRATEGIES)) {
    scores[name] = items.reduce((n, it) => n + f(it), 0) / items.length
  }
  const chance = items.reduce((n, it) => n + 1 / it.options.length, 0) / items.length
  const position: Record<string, number> = {}
  for (const it of items) {
    const key = it.options.findIndex((o) => o.correct)
    // Position relative to the option count: the expected share is 1/n at every place.
    const slot = `${key + 1}/${it.options.length}`
    position[slot] = (position[slot] ?? 0) + 1
  }
  const codes = new Set(items.map((it) => it.options.find((o) => o.correct)?.code))
  return { items: items.length, chance, scores, position, keyCodes: codes.size }
}

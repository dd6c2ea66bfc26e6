// The test-wise examinee: knowledge-free strategies that pick an option from its wording alone.
// If any of them beats chance by more than a few points, the bank teaches test-taking rather than
// RLS. Each strategy scores an item as the share of credit it would earn (ties split evenly, as a
// random tie-break would), so an item whose options all look alike scores exactly 1/n.
import { stemText } from '../exhibits'
import type { Item } from '../item'

export type StrategyId =
  | 'longest'
  | 'shortest'
  | 'most-hedged'
  | 'fewest-absolutes'
  | 'most-stem-words'
  | 'most-shared-words'
  | 'middle-length'
  | 'most-steps'

export const STRATEGIES: readonly StrategyId[] = [
  'longest',
  'shortest',
  'most-hedged',
  'fewest-absolutes',
  'most-stem-words',
  'most-shared-words',
  // "Neither the longest nor the shortest": a search that aims the key at a length rank drawn by
  // lot, but cannot reach the extremes with the forms it has, leaves the key in the middle.
  'middle-length',
  // "The option that does the most": a plan with a second step or a follow-up ("start iron and
  // recheck", "advise X, then review") reads as the complete answer (read 20, §6: the blind pick
  // took the do-both or check-first option in five items). Added at 2.18.6.
  'most-steps'
]

/** How far above chance a strategy may score, in percentage points (issue 13). */
export const CUE_MARGIN_POINTS = 5

// The two registers as an examiner reads them (read 7, P1: "roughly", "cannot exclude", "not on
// its own" are qualifiers; "proves", "rests on", "can wait", "established", "at once" are
// absolutes; "settles" is left out, as "cutting back settles the legs" is a promise of the advice
// itself, not a register word). One list each, shared by the strategies, the lone cues and the option search
// (templates/parallel.ts), so what the gates count is what the templates balance. "About",
// "around", "up to", "nearly" and "almost" are hedges only before a quantity ("about 2–3%", not
// "ask about"); a negated exclusion ("does not exclude", "cannot rule out") is a hedge, not an
// absolute.
const QUANTITY =
  '(?=\\s?(?:[0-9~]|one\\b|two\\b|three\\b|four\\b|five\\b|ten\\b|twenty|sixty|half|twice|a (?:fifth|quarter|third|half|tenth)|age\\b))'
const NEGATED_EXCLUSION =
  "(?:does not|do not|doesn't|don't|cannot|can't|not|never) (?:exclude|rule out|be excluded|be ruled out)|(?:is|are|was|were) not (?:excluded|ruled out)"
// Read 9 (P1): a negated absolute is an examiner's qualifier ("far from certain", "not always").
const NEGATED_ABSOLUTE =
  'far from (?:certain|sure|proven)|not (?:certain|always|necessarily|invariably|proven)'
export const HEDGES = new RegExp(
  '\\b(?:' +
    [
      NEGATED_EXCLUSION,
      NEGATED_ABSOLUTE,
      'not on (?:its|their) own',
      'by (?:itself|themselves)',
      '(?:about|around|up to|nearly|almost)' + QUANTITY,
      'roughly|approximately|an estimated',
      'may|might|can|could|some|sometimes|often|usually|typically|likely|unlikely|probably',
      'possibl[ey]|potentially|suggests?|suggested|generally|commonly|frequently|occasionally',
      'rarely|seldom|tends?|partly|partial|in part|most|mostly|mainly|largely|many(?! times over)|perhaps',
      'appears?|seems?|where|when|unless|if|consider|reasonable|modest(?:ly)?|slightly',
      'somewhat|a little|one of|among|hypothes[ie]s|proposed|uncertain|unclear',
      'support(?:s|ive)?',
      // Read 9 (P1): what an examiner reads as the measured option — "a leading, well-supported
      // mechanism", "try a few weeks without caffeine".
      'leading|(?:well-|best-)?supported|a few|try|trial'
    ].join('|') +
    ')\\b',
  'gi'
)
export const ABSOLUTES = new RegExp(
  '\\b(?:' +
    [
      '(?<!not )always|never|all|none|nothing|only|must|every|no|any|sole|solely|alone',
      'cannot(?! (?:exclude|rule out|be excluded|be ruled out))',
      'completely|entirely|fully|wholly|purely|exclusively|without exception|(?<!not )invariably',
      '(?<!not )proves?|(?<!not )proven|proof|definitely|definitive(?:ly)?|(?<!far from |not )certain(?:ly)?|guarantee[sd]?',
      "(?<!not |n't |never )rules? out|(?<!not |n't |never |cannot )exclude[sd]?",
      "will|won't|rests? on|can wait|set aside|ignored?|at once|immediately|straight away",
      'established|confirms?|confirmed|required|mandatory|essential',
      'by definition|clearly',
      // Read 9 (P1): "give up coffee for good", "a stricter ban".
      'for good|permanently|for life|strict(?:er|ly)?',
      // Read 22 (P2): overstatements an examiner reads as the wrong extreme — "just four loci",
      // "weakly heritable", "many times over", "failed to replicate", "barely raised at all",
      // "not worth trying", "not yet looked".
      'just|barely|at all|weakly|many times over|fail(?:s|ed)?|not worth|not yet'
    ].join('|') +
    ')\\b',
  'gi'
)

function registerCount(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

// The steps of a plan as an examinee counts them: the parts of an option split at "and", "then",
// "with", "before", a comma or a semicolon, each counted when it opens with an action ("start",
// "recheck", "refer", "advise"…) or a follow-up noun ("a repeat ferritin", "a review").
const ACTION_WORDS =
  'accept|add|address|advise|agree|aim|apply|arrange|ask|assess|avoid|begin|blame|book|bring|build|call|check|confirm|contact|continue|control|correct|counsel|cut|decide|defer|discuss|do|document|double|draw|drop|ease|encourage|exclude|explain|find|finish|follow|get|give|go|halve|hold|increase|infuse|investigate|involve|keep|leave|let|liaise|limit|look|lower|manage|measure|monitor|move|nudge|offer|order|plan|postpone|prescribe|press|promise|push|put|pause|raise|reassess|reassure|recheck|recommend|record|reduce|refer|rely|remove|repeat|replace|request|restart|resume|retest|restore|return|review|rule|screen|search|see|seek|send|settle|skip|space|start|stop|support|swap|switch|take|taper|teach|tell|test|time|top|trace|treat|trial|try|urge|use|wait|warn|watch|wean|withdraw|withhold|work|write'
// A follow-up named as a noun counts after an article ("a repeat ferritin"); a verb does not
// ("a change known as augmentation" is no step).
const FOLLOW_UPS = 'recheck|repeat|review|follow-up|referral|reassessment|trial|retest'
const STEP_START = new RegExp(
  `^(?:(?:${ACTION_WORDS})|(?:(?:a|an|the)\\s+)?(?:${FOLLOW_UPS}))\\b`,
  'i'
)
const STEP_JOIN = /\b(?:and|then|while|before|with|plus|meanwhile)\b|[;,:—–]/i

/** How many steps an option proposes (see ACTION_WORDS); a drug name or a statement has none. */
export function planSteps(text: string): number {
  return text.split(STEP_JOIN).filter((part) => STEP_START.test(part.trim())).length
}

/** A qualified statement: more hedges than absolutes ("usually settles once dialysis is
 * established" is a confident claim, not a hedged one). The lone-hedged cue and the option search
 * read this. */
export function isHedged(text: string): boolean {
  return registerCount(text, HEDGES) > registerCount(text, ABSOLUTES)
}

/** Free of absolutes: the lone-unqualified cue and the option search read this. */
export function isUnqualified(text: string): boolean {
  return registerCount(text, ABSOLUTES) === 0
}

const STOP = new Set(
  'a an and are as at be but by for from has have her his in into is it its of on or that the their them then there these this to was were with without he she him they who which what while'.split(
    ' '
  )
)

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

// Option texts come from finite pools and are scored many times while options are chosen, so
// their word sets are memoised (bounded, so long runs do not grow without limit).
const wordCache = new Map<string, Set<string>>()

/** Content words: lower-case, ≥ 4 letters, not a stop word. */
export function contentWords(text: string): Set<string> {
  const cached = wordCache.get(text)
  if (cached) return cached
  if (wordCache.size > 20000) wordCache.clear()
  const out = new Set<string>()
  wordCache.set(text, out)
  for (const w of text.toLowerCase().match(/[a-zα-ω0-9][a-zα-ω0-9'’-]*/g) ?? []) {
    if (w.length >= 4 && !STOP.has(w)) out.add(w)
  }
  return out
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n++
  return n
}

/** Each option's score under a strategy (higher = the strategy prefers it). */
export function strategyScores(item: Item, strategy: StrategyId): number[] {
  const texts = item.options.map((o) => o.text)
  switch (strategy) {
    case 'longest':
      return texts.map((t) => t.length)
    case 'shortest':
      return texts.map((t) => -t.length)
    case 'most-hedged':
      return texts.map((t) => count(t, HEDGES))
    case 'fewest-absolutes':
      return texts.map((t) => -count(t, ABSOLUTES))
    case 'most-stem-words': {
      const stem = contentWords(`${stemText(item)} ${item.question}`)
      return texts.map((t) => overlap(contentWords(t), stem))
    }
    case 'most-steps':
      return texts.map(planSteps)
    case 'middle-length': {
      const lengths = texts.map((t) => t.length)
      const most = Math.max(...lengths)
      const least = Math.min(...lengths)
      return lengths.map((l) => (l !== most && l !== least ? 1 : 0))
    }
    case 'most-shared-words': {
      const words = texts.map(contentWords)
      return words.map((w, i) =>
        words.reduce((sum, other, j) => (j === i ? sum : sum + overlap(w, other)), 0)
      )
    }
  }
}

/** Credit the strategy earns on this item: 1/k when the key is among k tied best options. */
export function strategyCredit(item: Item, strategy: StrategyId): number {
  const scores = strategyScores(item, strategy)
  const best = Math.max(...scores)
  let tied = 0
  let keyTied = false
  scores.forEach((s, i) => {
    if (s === best) {
      tied++
      if (item.options[i]?.correct) keyTied = true
    }
  })
  return keyTied ? 1 / tied : 0
}

/** The credit a strategy earns when `texts[0]` is the key and the rest are foils: what an option
 * search (templates/kit/statements.ts) reads before an item exists. The stem strategy reads
 * `stem`. */
export function textCredit(texts: readonly string[], strategy: StrategyId, stem = ''): number {
  const options = texts.map((text, i) => ({ text, correct: i === 0, code: `o${i}`, rationale: '' }))
  return strategyCredit({ options, stem, question: '', exhibits: [] } as unknown as Item, strategy)
}

export interface CueFigures {
  items: number
  /** Expected score of blind guessing, in percent. */
  chance: number
  /** Each strategy's score, in percent. */
  scores: Record<StrategyId, number>
}

export function cueFigures(items: readonly Item[]): CueFigures {
  const scores = Object.fromEntries(STRATEGIES.map((s) => [s, 0])) as Record<StrategyId, number>
  let chance = 0
  for (const item of items) {
    chance += 1 / item.options.length
    for (const s of STRATEGIES) scores[s] += strategyCredit(item, s)
  }
  const n = Math.max(1, items.length)
  for (const s of STRATEGIES) scores[s] = (100 * scores[s]) / n
  return { items: items.length, chance: (100 * chance) / n, scores }
}

/** Strategies scoring above chance + margin. */
export function cueFailures(f: CueFigures, margin = CUE_MARGIN_POINTS): StrategyId[] {
  return STRATEGIES.filter((s) => f.scores[s] > f.chance + margin)
}

// --- key position ----------------------------------------------------------------------------------

/** Per option count: how often the key sits at each letter. */
export function keyPositions(items: readonly Item[]): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (const item of items) {
    const n = item.options.length
    const row = out.get(n) ?? new Array<number>(n).fill(0)
    const i = item.options.findIndex((o) => o.correct)
    row[i] = (row[i] ?? 0) + 1
    out.set(n, row)
  }
  return out
}

/**
 * Largest relative deviation from uniform of how often each letter is the key (0.25 = ±25%),
 * pooled over option counts: letter j is expected total/n times among the n-option items, for
 * every n > j. Per letter rather than per (letter, option count), because a template's 1,000
 * seeds split between four- and five-option items leave ~500 per cell, where ±25% is only about
 * 3 standard deviations: the old per-cell figure failed at random when a version bump re-drew
 * the key positions. A letter expected fewer than `minExpected` times is not judged (pooled over
 * the bank instead). With `minZ` > 0 a deviation within that many standard deviations of what a
 * fair draw gives is not counted either (the gate's reading, `keyPositionBias`).
 */
export function keyPositionDeviation(items: readonly Item[], minExpected = 80, minZ = 0): number {
  const observed: number[] = []
  const expected: number[] = []
  for (const [n, row] of keyPositions(items)) {
    const total = row.reduce((a, b) => a + b, 0)
    row.forEach((c, j) => {
      observed[j] = (observed[j] ?? 0) + c
      expected[j] = (expected[j] ?? 0) + total / n
    })
  }
  let worst = 0
  expected.forEach((e, j) => {
    const off = Math.abs((observed[j] ?? 0) - e)
    // Binomial spread of one letter's count, taking p = 1/4 as a middle case for 3–5 options.
    const sd = Math.sqrt(e * 0.75)
    if (e >= minExpected && off >= minZ * sd) worst = Math.max(worst, off / e)
  })
  return worst
}

/**
 * The key-position figure the gate judges: as `keyPositionDeviation`, counting only deviations
 * beyond 4 standard deviations of a fair draw. Letter E of a template with 500 five-option items
 * is expected ~100 times, where ±25% is under 3 standard deviations: the bump to 2.17.7 re-drew one
 * such letter to +26% (125 of 99) with no change to the template. A 25% bias in a 250-item cell is
 * 4.5 standard deviations and still fails.
 */
export function keyPositionBias(items: readonly Item[]): number {
  return keyPositionDeviation(items, 80, 4)
}

// --- decisions and repeats -------------------------------------------------------------------------

/** The set of options a learner sees, independent of order. */
export function optionSetKey(item: Item): string {
  return `${item.template}|${item.options
    .map((o) => o.code)
    .sort()
    .join(',')}`
}

/** A decision: the template, the option set and the key. Two ids with one decision teach alike. */
export function decisionKey(item: Item): string {
  return `${optionSetKey(item)}|${item.options.find((o) => o.correct)?.code ?? ''}`
}

/** Stem sentences longer than 25 characters, for the "no sentence in more than two items" gate. */
export function stemSentences(item: Item): string[] {
  return item.stem
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25)
}

export interface QuizFigures {
  items: number
  /** Items sharing a template + option set with an earlier item of the quiz. */
  repeatedOptionSets: number
  /** The largest number of items one stem sentence appears in. */
  maxSentenceItems: number
  worstSentence: string
  /** Exact duplicates (same stem, question and options). */
  duplicates: number
}

export function quizFigures(quiz: readonly Item[]): QuizFigures {
  const sets = new Set<string>()
  const bodies = new Set<string>()
  const sentenceItems = new Map<string, number>()
  let repeated = 0
  let duplicates = 0
  for (const item of quiz) {
    const set = optionSetKey(item)
    if (sets.has(set)) repeated++
    sets.add(set)
    const body = JSON.stringify([item.stem, item.question, item.options.map((o) => o.text)])
    if (bodies.has(body)) duplicates++
    bodies.add(body)
    for (const s of new Set(stemSentences(item)))
      sentenceItems.set(s, (sentenceItems.get(s) ?? 0) + 1)
  }
  let maxSentenceItems = 0
  let worstSentence = ''
  for (const [s, n] of sentenceItems) {
    if (n > maxSentenceItems) {
      maxSentenceItems = n
      worstSentence = s
    }
  }
  return {
    items: quiz.length,
    repeatedOptionSets: repeated,
    maxSentenceItems,
    worstSentence,
    duplicates
  }
}

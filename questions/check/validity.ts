// The validity gates of issue 13, applied to items a template produced over the gate's seeds and
// to assembled quizzes: no knowledge-free strategy beats chance by more than CUE_MARGIN_POINTS, the
// key sits in every position about equally often, every template keys at least two answers, and
// a quiz repeats no option set, no long stem sentence and no item.
import type { Item } from '../item'
import {
  CUE_MARGIN_POINTS,
  cueFailures,
  cueFigures,
  decisionKey,
  keyPositionBias,
  keyPositionDeviation,
  quizFigures,
  type CueFigures,
  type QuizFigures
} from './cue-checks'
import { problem, type Problem } from './types'
import { VALIDITY_DEBT } from './validity-debt'
import { situationFailures, situationFigures, type SituationFigure } from './situation-cues'
import {
  describeKeyLength,
  describeLoneCue,
  keyLengthFails,
  keyLengthFigure,
  loneCueFailures,
  loneCueFigures,
  type KeyLengthFigure,
  type LoneCueFigures
} from './lone-cues'
import {
  MAX_KEY_RUN,
  MAX_QUIZ_SHARED_EXPLANATION_SHARE,
  MAX_SHARED_EXPLANATION_SHARE,
  repetitionFigures,
  type RepetitionFigures
} from './repetition'

/** Debt-list scopes for the figures over the whole bank and over the assembled quizzes. */
export const BANK_SCOPE = '(bank)'
export const QUIZ_SCOPE = '(quizzes)'

/** Largest allowed relative deviation of key positions from uniform (±25%). */
export const KEY_POSITION_TOLERANCE = 0.25
/** A stem sentence (> 25 characters) may appear in at most this many items of one quiz. The issue
 * allows two; read-through 7 (P7) found two items sharing a frame sentence read as a repeat. */
export const MAX_SENTENCE_ITEMS = 1

export interface TemplateValidity {
  cues: CueFigures
  loneCues: LoneCueFigures
  /** Per item: how often the key, and how often a foil, is > 1.15× every other option. */
  keyLength: KeyLengthFigure
  keyPositionDeviation: number
  /** The same, counting only deviations beyond sampling noise (what the gate judges). */
  keyPositionBias: number
  keyedCodes: number
  decisions: number
  /** The strategies within each situation of the template (situation-cues.ts); empty over the
   * whole bank and for a template with one situation. */
  situations: SituationFigure[]
}

export function templateValidity(
  items: readonly Item[],
  options: { situations?: boolean } = {}
): TemplateValidity {
  return {
    situations: options.situations ? situationFigures(items) : [],
    cues: cueFigures(items),
    loneCues: loneCueFigures(items),
    keyLength: keyLengthFigure(items),
    keyPositionDeviation: keyPositionDeviation(items),
    keyPositionBias: keyPositionBias(items),
    keyedCodes: new Set(items.map((i) => i.options.find((o) => o.correct)?.code)).size,
    decisions: new Set(items.map(decisionKey)).size
  }
}

/** The template gates: failures, plus warnings for gates listed in VALIDITY_DEBT (which must
 * still fail: a listed gate that passes is reported as "debt-cleared"). */
export function templateValidityProblems(
  template: string,
  v: TemplateValidity,
  debt: Readonly<Record<string, readonly string[]>> = VALIDITY_DEBT
): { problems: Problem[]; warnings: Problem[] } {
  const failing = new Map<string, Problem>()
  for (const s of cueFailures(v.cues)) {
    failing.set(
      `cue:${s}`,
      problem(
        'cue',
        `strategy "${s}" scores ${v.cues.scores[s].toFixed(1)}% vs chance ${v.cues.chance.toFixed(1)}% (limit +${CUE_MARGIN_POINTS})`,
        undefined,
        template
      )
    )
  }
  for (const c of loneCueFailures(v.loneCues)) {
    failing.set(
      `lone:${c}`,
      problem('lone-cue', describeLoneCue(c, v.loneCues[c]), undefined, template)
    )
  }
  if (keyLengthFails(v.keyLength))
    failing.set(
      'key-long',
      problem('key-long', describeKeyLength(v.keyLength), undefined, template)
    )
  for (const { gate, figure, strategy } of situationFailures(v.situations ?? [])) {
    failing.set(
      gate,
      problem(
        'situation-cue',
        `in ${figure.situation} (${figure.items} items) strategy "${strategy}" scores ${figure.cues.scores[strategy].toFixed(1)}% vs chance ${figure.cues.chance.toFixed(1)}% (limit +${CUE_MARGIN_POINTS})`,
        undefined,
        template
      )
    )
  }
  if (v.keyPositionBias > KEY_POSITION_TOLERANCE) {
    failing.set(
      'key-position',
      problem(
        'key-position',
        `key position deviates ${(100 * v.keyPositionBias).toFixed(0)}% from uniform, beyond sampling noise (limit ±${100 * KEY_POSITION_TOLERANCE}%)`,
        undefined,
        template
      )
    )
  }
  if (v.keyedCodes < 2) {
    failing.set(
      'keyed-codes',
      problem('keyed-codes', `keys only ${v.keyedCodes} answer code`, undefined, template)
    )
  }
  return applyDebt(template, failing, debt)
}

/** Splits failing gates (keyed by gate name) into failures and, for gates that `scope` owes in
 * the debt list, warnings; a listed gate that passes is itself a failure ("debt-cleared"). The
 * scope is a template id, or BANK_SCOPE / QUIZ_SCOPE for the whole-bank and quiz figures. */
export function applyDebt(
  scope: string,
  failing: ReadonlyMap<string, Problem>,
  debt: Readonly<Record<string, readonly string[]>> = VALIDITY_DEBT
): { problems: Problem[]; warnings: Problem[] } {
  const owed = new Set(debt[scope] ?? [])
  const problems: Problem[] = []
  const warnings: Problem[] = []
  for (const [gate, p] of failing) (owed.has(gate) ? warnings : problems).push(p)
  for (const gate of owed) {
    if (!failing.has(gate))
      problems.push(
        problem(
          'debt-cleared',
          `${gate} now passes: remove it from VALIDITY_DEBT (questions/check/validity-debt.ts)`,
          undefined,
          scope.startsWith('(') ? undefined : scope
        )
      )
  }
  return { problems, warnings }
}

export interface QuizValidity {
  quizzes: number
  items: number
  cues: CueFigures
  loneCues: LoneCueFigures
  worst: QuizFigures
  repeatedOptionSets: number
  duplicates: number
  maxSentenceItems: number
  /** Pooled share of long explanation sentences (> 60 characters) found in another item of the
   * same quiz, and the worst quiz's share. */
  sharedExplanationShare: number
  worstSharedExplanationShare: number
  /** The longest run of one key letter in quiz order, and the most items of a quiz keyed with
   * one letter, over every quiz. */
  longestKeyRun: number
  mostOneLetter: number
}

/** The quiz gates over a list of assembled quizzes. */
export function quizValidity(quizzes: readonly (readonly Item[])[]): {
  figures: QuizValidity
  problems: Problem[]
  warnings: Problem[]
} {
  const problems: Problem[] = []
  const warnings: Problem[] = []
  let worst: QuizFigures | null = null
  let repeated = 0
  let duplicates = 0
  let sentences = 0
  let shared = 0
  let worstShare = 0
  let longestKeyRun = 0
  let mostOneLetter = 0
  quizzes.forEach((quiz, q) => {
    const f = quizFigures(quiz)
    const r: RepetitionFigures = repetitionFigures(quiz)
    sentences += r.sentences
    shared += r.shared
    worstShare = Math.max(worstShare, r.sharedShare)
    longestKeyRun = Math.max(longestKeyRun, r.longestKeyRun)
    mostOneLetter = Math.max(mostOneLetter, r.mostOneLetter)
    if (r.sharedShare > MAX_QUIZ_SHARED_EXPLANATION_SHARE)
      problems.push(
        problem(
          'quiz-explanation',
          `quiz ${q}: ${(100 * r.sharedShare).toFixed(1)}% of long explanation sentences recur in another item (limit ${100 * MAX_QUIZ_SHARED_EXPLANATION_SHARE}%; "${r.worstSentence.slice(0, 60)}…" in ${r.worstSentenceItems})`
        )
      )
    if (r.longestKeyRun > MAX_KEY_RUN)
      problems.push(
        problem(
          'quiz-key-run',
          `quiz ${q}: ${r.longestKeyRun} items in a row keyed one letter (limit ${MAX_KEY_RUN})`
        )
      )
    repeated += f.repeatedOptionSets
    duplicates += f.duplicates
    if (!worst || f.maxSentenceItems > worst.maxSentenceItems) worst = f
    if (f.repeatedOptionSets > 0)
      problems.push(
        problem(
          'quiz-option-set',
          `quiz ${q}: ${f.repeatedOptionSets} item(s) repeat a template and option set`
        )
      )
    if (f.maxSentenceItems > MAX_SENTENCE_ITEMS)
      problems.push(
        problem(
          'quiz-sentence',
          `quiz ${q}: a stem sentence is in ${f.maxSentenceItems} items ("${f.worstSentence.slice(0, 60)}…")`
        )
      )
    if (f.duplicates > 0)
      problems.push(problem('quiz-duplicate', `quiz ${q}: ${f.duplicates} exact duplicate(s)`))
  })
  const pooledShare = sentences === 0 ? 0 : shared / sentences
  if (pooledShare > MAX_SHARED_EXPLANATION_SHARE)
    problems.push(
      problem(
        'quiz-explanation',
        `over ${quizzes.length} quizzes, ${(100 * pooledShare).toFixed(1)}% of long explanation sentences recur in another item of their quiz (limit ${100 * MAX_SHARED_EXPLANATION_SHARE}%)`
      )
    )
  const all = quizzes.flat()
  const cues = cueFigures(all)
  const cueFailing = new Map<string, Problem>()
  for (const s of cueFailures(cues)) {
    cueFailing.set(
      `cue:${s}`,
      problem(
        'quiz-cue',
        `over ${quizzes.length} quizzes, "${s}" scores ${cues.scores[s].toFixed(1)}% vs chance ${cues.chance.toFixed(1)}%`
      )
    )
  }
  const owedCues = applyDebt(QUIZ_SCOPE, cueFailing)
  problems.push(...owedCues.problems)
  warnings.push(...owedCues.warnings)
  const loneCues = loneCueFigures(all)
  for (const c of loneCueFailures(loneCues)) {
    problems.push(
      problem('quiz-cue', `over ${quizzes.length} quizzes, ${describeLoneCue(c, loneCues[c])}`)
    )
  }
  const w = worst ?? quizFigures([])
  return {
    figures: {
      quizzes: quizzes.length,
      items: all.length,
      cues,
      loneCues,
      worst: w,
      repeatedOptionSets: repeated,
      duplicates,
      maxSentenceItems: w.maxSentenceItems,
      sharedExplanationShare: pooledShare,
      worstSharedExplanationShare: worstShare,
      longestKeyRun,
      mostOneLetter
    },
    problems,
    warnings
  }
}

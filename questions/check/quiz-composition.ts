// What one quiz may hold of one template and of one statement (read-through 5, pattern 3: four
// genetics items drawn from one statement pool, where one item's distractor, flipped, was the
// next item's key). Two rules, enforced by the assembler and gated here over assembled quizzes:
// - at most MAX_ITEMS_PER_TEMPLATE items of one template;
// - no statement in two items, in either truth form. A template names the statements an item
//   shows (its options, and what its rationales teach) in `facts.statements`, one key per
//   statement ("genetics:heritable" covers both "RLS is highly heritable" and its false twin);
//   one fact asked by two templates carries one key in both (read-through 6, P4);
// - no item's key among the options of another item of its template (read-through 6, P4: an arm
//   pair where one item's key is the other's distractor is answered by contrast);
// - no long rationale sentence in two items of one template (read-through 7, P7: two dated
//   medication reviews in one quiz taught through the same sentences, word for word);
// - no scenario tag in two items (read-through 9, P6: one patient served twice under two
//   templates; the tags are defined in scenarios.ts);
// - few items that teach what an earlier item of the quiz taught (read-through 10, P1; a
//   preference, not a rule: teaching-points.ts), at most MAX_TEACHING_REUSE_SHARE of all items.
import type { Item } from '../item'
import { scenarioTags } from './scenarios'
import { pointCap, teachingPoints } from './teaching-points'
import { problem, type Problem } from './types'

/** The most items one template may give one quiz (when the pool allows; see assemble.ts). */
export const MAX_ITEMS_PER_TEMPLATE = 2

/** The statement keys an item shows, in either truth form (none when the template names none). */
export function statementsOf(item: Pick<Item, 'facts'>): readonly string[] {
  const s = (item.facts as { statements?: unknown }).statements
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : []
}

/** The share of assembled items that may repeat a teaching point of an earlier item of their
 * quiz beyond its cap. 2.17.1, with class and normal-ferritin points added after read 11: 37 of
 * 1,400 default items (2.6%) and about 7% of a returning learner's, against 134 of 1,400 (9.6%)
 * when the assembler did not prefer fresh points. */
export const MAX_TEACHING_REUSE_SHARE = 0.04

/** Items of a quiz that repeat a teaching point earlier items of the quiz already carry to its
 * cap (`pointCap`: two for a drug class and the normal-ferritin iron decision, else one). */
export function teachingReuse(quiz: readonly Item[]): number {
  const seen = new Map<string, number>()
  let reuse = 0
  for (const item of quiz) {
    const points = teachingPoints(item)
    if (points.some((p) => (seen.get(p) ?? 0) >= pointCap(p))) reuse++
    for (const p of points) seen.set(p, (seen.get(p) ?? 0) + 1)
  }
  return reuse
}

/** A rationale sentence at least this long is a template's stock teaching, not a fact of the case. */
const MIN_RATIONALE_SENTENCE = 40

/** The long sentences of an item's option rationales, each once. */
export function rationaleSentences(item: Pick<Item, 'options'>): string[] {
  const parts = item.options.flatMap((o) => o.rationale.split(/(?<=[.!?])\s+(?=[A-Z"“(])/))
  return [...new Set(parts.map((s) => s.trim()).filter((s) => s.length >= MIN_RATIONALE_SENTENCE))]
}

/** True when two items share a long rationale sentence. */
export function shareRationale(a: Pick<Item, 'options'>, b: Pick<Item, 'options'>): boolean {
  const theirs = new Set(rationaleSentences(b))
  return rationaleSentences(a).some((r) => theirs.has(r))
}

export interface CompositionFigures {
  /** The most items of one template in the quiz, and which template. */
  maxPerTemplate: number
  worstTemplate: string
  /** Items beyond the first that show a statement already shown in the quiz (must be 0). */
  statementReuse: number
  /** One reused statement, for the report ('' when none). */
  reusedStatement: string
  /** Items whose key is an option of another item of the same template in the quiz (must be 0). */
  keyAsOption: number
  /** One such template, for the report ('' when none). */
  keyAsOptionTemplate: string
  /** Items sharing a long rationale sentence with another item of their template (must be 0). */
  rationaleReuse: number
  rationaleReuseTemplate: string
  /** Items sharing a scenario tag with another item of the quiz (must be 0), and one such tag. */
  scenarioReuse: number
  reusedScenario: string
}

function keyCode(item: Pick<Item, 'options'>): string {
  return item.options.find((o) => o.correct)?.code ?? ''
}

/** True when `a`'s key is an option of `b` (b another item of a's template). */
export function keyShownIn(a: Pick<Item, 'options'>, b: Pick<Item, 'options'>): boolean {
  const key = keyCode(a)
  return key !== '' && b.options.some((o) => o.code === key)
}

export function compositionFigures(quiz: readonly Item[]): CompositionFigures {
  const perTemplate = new Map<string, number>()
  const perStatement = new Map<string, number>()
  for (const item of quiz) {
    perTemplate.set(item.template, (perTemplate.get(item.template) ?? 0) + 1)
    for (const s of new Set(statementsOf(item))) perStatement.set(s, (perStatement.get(s) ?? 0) + 1)
  }
  let maxPerTemplate = 0
  let worstTemplate = ''
  for (const [t, n] of perTemplate)
    if (n > maxPerTemplate) {
      maxPerTemplate = n
      worstTemplate = t
    }
  let statementReuse = 0
  let reusedStatement = ''
  for (const [s, n] of perStatement)
    if (n > 1) {
      statementReuse += n - 1
      if (!reusedStatement) reusedStatement = s
    }
  let keyAsOption = 0
  let keyAsOptionTemplate = ''
  quiz.forEach((a, i) => {
    const given = quiz.some((b, j) => j !== i && b.template === a.template && keyShownIn(a, b))
    if (given) {
      keyAsOption++
      if (!keyAsOptionTemplate) keyAsOptionTemplate = a.template
    }
  })
  let rationaleReuse = 0
  let rationaleReuseTemplate = ''
  quiz.forEach((a, i) => {
    if (quiz.some((b, j) => j !== i && b.template === a.template && shareRationale(a, b))) {
      rationaleReuse++
      if (!rationaleReuseTemplate) rationaleReuseTemplate = a.template
    }
  })
  const perTag = new Map<string, number>()
  for (const item of quiz)
    for (const t of scenarioTags(item)) perTag.set(t, (perTag.get(t) ?? 0) + 1)
  let scenarioReuse = 0
  let reusedScenario = ''
  for (const item of quiz) {
    const shared = scenarioTags(item).find((t) => (perTag.get(t) ?? 0) > 1)
    if (shared !== undefined) {
      scenarioReuse++
      if (!reusedScenario) reusedScenario = shared
    }
  }
  return {
    scenarioReuse,
    reusedScenario,
    maxPerTemplate,
    worstTemplate,
    statementReuse,
    reusedStatement,
    keyAsOption,
    keyAsOptionTemplate,
    rationaleReuse,
    rationaleReuseTemplate
  }
}

export interface QuizComposition {
  /** Over every quiz: the most items of one template in one quiz, and statements reused. */
  maxPerTemplate: number
  statementReuse: number
  /** Over every quiz: items whose key is an option of another item of their template. */
  keyAsOption: number
  /** Over every quiz: items sharing a long rationale sentence with another of their template. */
  rationaleReuse: number
  /** Over every quiz: items sharing a scenario tag with another item of their quiz. */
  scenarioReuse: number
  /** Items that carry at least one scenario tag (so a reader can see the gate looks at something). */
  itemsWithScenarioTags: number
  /** Items that name their statements (so a reader can see the gate looks at something). */
  itemsWithStatements: number
  /** Over every quiz: items repeating a teaching point of an earlier item of their quiz. */
  teachingReuse: number
  items: number
}

/** The gates over assembled quizzes: `quiz-template-cap`, `quiz-statement`, `quiz-key-as-option`,
 * `quiz-rationale`, `quiz-scenario`, `quiz-teaching-point`. */
export function compositionProblems(quizzes: readonly (readonly Item[])[]): {
  figures: QuizComposition
  problems: Problem[]
} {
  const problems: Problem[] = []
  let maxPerTemplate = 0
  let statementReuse = 0
  let keyAsOption = 0
  let rationaleReuse = 0
  let itemsWithStatements = 0
  let scenarioReuse = 0
  let itemsWithScenarioTags = 0
  let teaching = 0
  let items = 0
  quizzes.forEach((quiz, q) => {
    teaching += teachingReuse(quiz)
    items += quiz.length
    const f = compositionFigures(quiz)
    itemsWithStatements += quiz.filter((i) => statementsOf(i).length > 0).length
    itemsWithScenarioTags += quiz.filter((i) => scenarioTags(i).length > 0).length
    scenarioReuse += f.scenarioReuse
    if (f.scenarioReuse > 0)
      problems.push(
        problem(
          'quiz-scenario',
          `quiz ${q}: ${f.scenarioReuse} item(s) share a scenario tag with another item of the quiz ("${f.reusedScenario}"; limit 0)`
        )
      )
    maxPerTemplate = Math.max(maxPerTemplate, f.maxPerTemplate)
    statementReuse += f.statementReuse
    keyAsOption += f.keyAsOption
    rationaleReuse += f.rationaleReuse
    if (f.maxPerTemplate > MAX_ITEMS_PER_TEMPLATE)
      problems.push(
        problem(
          'quiz-template-cap',
          `quiz ${q}: ${f.maxPerTemplate} items of ${f.worstTemplate} (limit ${MAX_ITEMS_PER_TEMPLATE})`
        )
      )
    if (f.statementReuse > 0)
      problems.push(
        problem(
          'quiz-statement',
          `quiz ${q}: ${f.statementReuse} item(s) reuse a statement already shown ("${f.reusedStatement}"; limit 0)`
        )
      )
    if (f.keyAsOption > 0)
      problems.push(
        problem(
          'quiz-key-as-option',
          `quiz ${q}: ${f.keyAsOption} item(s) of ${f.keyAsOptionTemplate} key an option of another item of that template (limit 0)`
        )
      )
    if (f.rationaleReuse > 0)
      problems.push(
        problem(
          'quiz-rationale',
          `quiz ${q}: ${f.rationaleReuse} item(s) of ${f.rationaleReuseTemplate} share a rationale sentence with another item of that template (limit 0)`
        )
      )
  })
  if (teaching > MAX_TEACHING_REUSE_SHARE * items)
    problems.push(
      problem(
        'quiz-teaching-point',
        `${teaching} of ${items} items repeat a teaching point of an earlier item of their quiz (limit ${100 * MAX_TEACHING_REUSE_SHARE}%)`
      )
    )
  return {
    figures: {
      teachingReuse: teaching,
      items,
      maxPerTemplate,
      statementReuse,
      keyAsOption,
      rationaleReuse,
      scenarioReuse,
      itemsWithScenarioTags,
      itemsWithStatements
    },
    problems
  }
}

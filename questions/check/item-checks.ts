// Structural gates for one item: option count and letters, exactly one correct option, unique
// texts and codes, no "all/none of the above", a rationale for every option, resolvable
// references and claims, and the fields the schema requires.
import { BANK } from '../bank'
import { claimById } from '../content/claims'
import { referenceById } from '../content/references'
import { sectionIds } from '../content/sections'
import type { Item } from '../item'
import { problem, type Problem } from './types'

const LETTERS = ['A', 'B', 'C', 'D', 'E']
const ALL_NONE =
  /\b(all|none|both|neither) of the (above|options|answers)\b|\ball of these\b|\bnone of these\b/i

export function checkItemStructure(item: Item): Problem[] {
  const out: Problem[] = []
  const p = (check: string, message: string) =>
    out.push(problem(check, message, item.id, item.template))

  if (!item.id.startsWith(`${item.template}:`)) p('id', 'id does not start with the template id')
  if (item.bankVersion !== BANK.version)
    p('version', `bankVersion ${item.bankVersion} ≠ ${BANK.version}`)
  if (!(sectionIds as readonly string[]).includes(item.section))
    p('section', `unknown section ${item.section}`)
  if (![1, 2, 3].includes(item.difficulty)) p('difficulty', `difficulty ${item.difficulty}`)
  if (!(item.estimatedSeconds >= 15 && item.estimatedSeconds <= 600)) {
    p('seconds', `estimatedSeconds ${item.estimatedSeconds} outside 15–600`)
  }
  for (const [field, value] of [
    ['stem', item.stem],
    ['question', item.question],
    ['objective', item.objective],
    ['explanation', item.explanation]
  ] as const) {
    if (typeof value !== 'string' || value.trim().length < 10)
      p('fields', `${field} is empty or too short`)
  }
  if (
    item.evidenceNote !== null &&
    (typeof item.evidenceNote !== 'string' || item.evidenceNote.trim() === '')
  ) {
    p('fields', 'evidenceNote must be a non-empty string or null')
  }
  if (item.facts === null || typeof item.facts !== 'object') p('fields', 'facts missing')

  // Options
  const n = item.options.length
  if (n < 4 || n > 5) p('option-count', `${n} options (need 4–5)`)
  item.options.forEach((o, i) => {
    if (o.id !== LETTERS[i]) p('option-letters', `option ${i + 1} has id ${o.id}`)
  })
  const correct = item.options.filter((o) => o.correct).length
  if (correct !== 1) p('one-correct', `${correct} correct options`)
  const texts = item.options.map((o) => o.text.trim().toLowerCase())
  if (new Set(texts).size !== n) p('unique-text', 'two options have the same text')
  const codes = item.options.map((o) => o.code)
  if (new Set(codes).size !== n) p('unique-code', 'two options have the same code')
  for (const o of item.options) {
    if (!/^[a-z0-9][a-z0-9 /.+-]*$/i.test(o.code)) {
      p('option-code', `option ${o.id} code "${o.code}" is not machine-readable`)
    }
    if (ALL_NONE.test(o.text)) p('all-none', `option ${o.id} is an "all/none of the above" option`)
    if (o.text.trim() === '') p('fields', `option ${o.id} has no text`)
    if (o.rationale.trim().length < 30) p('rationale', `option ${o.id} has no specific rationale`)
  }
  const rationales = item.options.map((o) => o.rationale.trim())
  if (new Set(rationales).size !== n) p('rationale', 'two options share the same rationale')

  // References and claims
  if (item.references.length === 0) p('references', 'no references')
  for (const r of item.references)
    if (!referenceById.has(r)) p('references', `unknown reference ${r}`)
  if (new Set(item.references).size !== item.references.length)
    p('references', 'duplicate reference')
  if (item.claims.length === 0) p('claims', 'no claims')
  for (const c of item.claims) if (!claimById.has(c)) p('claims', `unknown claim ${c}`)
  return out
}

/** Claims an item tests that the brief says may not be keyed (a warning: a mimic item may
 * legitimately test "neuropathy is a mimic" under S4). */
export function nonKeyableClaims(item: Item): string[] {
  return item.claims.filter((c) => claimById.get(c)?.keyable === false)
}

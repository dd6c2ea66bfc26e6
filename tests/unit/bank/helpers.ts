// Shared fixtures for the bank tests: the repository root and the full gate run (1,000 seeds per
// template), computed once per state of the bank and shared with `bank:check` and the other test
// files through a cache keyed by a hash of questions/ (scripts/bank-report-cache.ts).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bankReport } from '../../../scripts/bank-report-cache'
import type { BankReport } from '../../../questions/check/index'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import { standOutOption } from '../../../questions/check/lone-cues'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

let cached: BankReport | null = null
export function fullReport(): BankReport {
  cached ??= bankReport().report
  return cached
}

const itemsByTemplate = new Map<string, Item[]>()
/** Every item a template gives at seeds 0..seeds-1 (cached per template and count). */
export function templateItems(id: string, seeds = 300): Item[] {
  const key = `${id}|${seeds}`
  const hit = itemsByTemplate.get(key)
  if (hit) return hit
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  const out = Array.from({ length: seeds }, (_, s) => generateItem(t, s, rlsCausesCourse))
  itemsByTemplate.set(key, out)
  return out
}

/** A parameter of the item, read from its id ("template:k=v;k=v#hash"). */
export function itemParam(item: Item, name: string): string | undefined {
  const body = item.id.slice(item.id.indexOf(':') + 1, item.id.lastIndexOf('#'))
  for (const pair of body.split(';')) {
    const eq = pair.indexOf('=')
    if (pair.slice(0, eq) === name) return pair.slice(eq + 1)
  }
  return undefined
}

export const keyOf = (item: Item) => item.options.find((o) => o.correct)!
export const distractors = (item: Item) => item.options.filter((o) => !o.correct)

/** The key as the lone register of its item (the only hedged option, or the only one free of
 * absolute words; `lone-cues.ts`), described for a failure message, or null. */
export function loneRegister(item: Item): string | null {
  for (const cue of ['lone-hedged', 'lone-unqualified'] as const) {
    const i = standOutOption(item, cue)
    if (i >= 0 && item.options[i]!.correct) return `${cue}: ${item.options[i]!.text}`
  }
  return null
}

/** The sentences of a text with six words or more (fixed frame sentences, not short labels). */
export const longSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6)

/** Share of independent item pairs (consecutive seeds) that share one long sentence of `text`. */
export function pairShare(list: readonly Item[], text: (i: Item) => string): number {
  let shared = 0
  let pairs = 0
  for (let i = 0; i + 1 < list.length; i += 2) {
    const a = new Set(longSentences(text(list[i]!)))
    pairs++
    if (longSentences(text(list[i + 1]!)).some((s) => a.has(s))) shared++
  }
  return shared / pairs
}

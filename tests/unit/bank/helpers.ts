// Shared fixtures for the bank tests: the repository root and the full gate run (1,000 seeds per
// template), computed once per state of the bank and shared with `bank:check` and the other test
// files through a cache keyed by a hash of questions/ (scripts/bank-report-cache.ts).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bankReport } from '../../../scripts/bank-report-cache'
import type { BankReport } from '../../../questions/check/index'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import { expect } from 'vitest'
import { CUE_MARGIN_POINTS, STRATEGIES, cueFigures } from '../../../questions/check/cue-checks'
import { VALIDITY_DEBT } from '../../../questions/check/validity-debt'
import {
  LONE_CUES,
  LONE_CUE_MARGIN_POINTS,
  loneCueFigures,
  standOutOption
} from '../../../questions/check/lone-cues'
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

export const keyLength = (item: Item) => keyOf(item).text.length
export const foilLengths = (item: Item) => distractors(item).map((o) => o.text.length)
/** Σ 1/n: how many items a blind pick of one given option (the longest, say) would key. */
export const blind = (all: readonly Item[]) =>
  all.reduce((sum, it) => sum + 1 / it.options.length, 0)

/** The template cue gates, asserted: every strategy within chance + 5 and every lone cue within
 * a blind pick + 5 over `all` (the same limits as bank:check). */
export function expectCueGatesPass(id: string, all: readonly Item[]): void {
  const f = cueFigures(all)
  // A strategy the template owes (check/validity-debt.ts, e.g. most-steps since 2.18.6) is held
  // by bank:check's debt rule, which fails once it passes, not here.
  const owed = new Set(VALIDITY_DEBT[id] ?? [])
  for (const s of STRATEGIES)
    if (!owed.has(`cue:${s}`))
      expect(f.scores[s], `${id} ${s}`).toBeLessThanOrEqual(f.chance + CUE_MARGIN_POINTS)
  const lone = loneCueFigures(all)
  for (const c of LONE_CUES)
    expect(lone[c].keyStandsOut, `${id} ${c}`).toBeLessThanOrEqual(
      lone[c].expected + LONE_CUE_MARGIN_POINTS
    )
}

/** An item carrying only what the cue figures and gates read: option texts, the key at `key`. */
export function optionsItem(texts: readonly string[], key: number): Item {
  return {
    id: `x#${texts.join('|')}#${key}`,
    template: 'x',
    stem: 'A stem.',
    question: 'Which?',
    options: texts.map((text, i) => ({ id: String(i), code: `c${i}`, text, correct: i === key }))
  } as unknown as Item
}

// Shared checks for the clinical templates: every draft over many seeds must be a well-formed
// single-best-answer item. Key recomputation is done per family in the test files.
import { expect } from 'vitest'
import { createRng } from '../../../questions/rng'
import type { ItemDraft, Template } from '../../../questions/templates/types'
import { copiedRuns } from '../../../questions/check/copy-check'
import { copyIndex } from '../../../scripts/bank-source'
import { claimById } from '../../../questions/content/claims'
import { referenceById } from '../../../questions/content/references'

export const SEEDS = 1000

export function drafts(t: Template, n = SEEDS): ItemDraft[] {
  const out: ItemDraft[] = []
  for (let seed = 1; seed <= n; seed++) out.push(t.generate(createRng(`${t.id}:${seed}`)))
  return out
}

/** Structural rules from issue #3 §6 that every item must satisfy. */
export function expectWellFormed(d: ItemDraft): void {
  expect(d.options.length).toBeGreaterThanOrEqual(4)
  expect(d.options.length).toBeLessThanOrEqual(5)
  expect(d.options.filter((o) => o.correct)).toHaveLength(1)
  expect(new Set(d.options.map((o) => o.text.toLowerCase())).size).toBe(d.options.length)
  expect(new Set(d.options.map((o) => o.code)).size).toBe(d.options.length)
  for (const o of d.options) {
    expect(o.text).not.toMatch(/\b(all|none|both) of the (above|following)\b/i)
    expect(o.rationale.length).toBeGreaterThan(40)
  }
  expect(d.estimatedSeconds).toBeGreaterThanOrEqual(60)
  expect(d.estimatedSeconds).toBeLessThanOrEqual(120)
  expect([1, 2, 3]).toContain(d.difficulty)
  expect(d.references.length).toBeGreaterThanOrEqual(1)
  for (const r of d.references) expect(referenceById.has(r), r).toBe(true)
  expect(d.claims.length).toBeGreaterThanOrEqual(1)
  for (const c of d.claims) expect(claimById.has(c), c).toBe(true)
  expect(d.stem).not.toMatch(/\{|\}|undefined|NaN/)
  expect(d.question).toMatch(/\?$/)
  expect(d.objective.length).toBeGreaterThan(20)
  expect(d.explanation.length).toBeGreaterThan(40)
}

export function correct(d: ItemDraft): string {
  return d.options.find((o) => o.correct)?.code ?? ''
}

export function distinctIds(ds: ItemDraft[]): number {
  return new Set(ds.map((d) => JSON.stringify(d.params))).size
}

// No run of 8+ consecutive words from the source summary (brief: own words only), checked
// against the checked-in fingerprint of the source, so it runs on every clone.
const COPY_INDEX = copyIndex()

export function copiedRun(d: ItemDraft): string | null {
  const text = [
    d.stem,
    d.question,
    d.explanation,
    d.objective,
    d.evidenceNote ?? '',
    ...d.options.flatMap((o) => [o.text, o.rationale])
  ].join(' \n ')
  return copiedRuns(text, COPY_INDEX)[0] ?? null
}

// Turns a template and a seed into a finished Item: runs the template with a seeded RNG, derives
// the stable id from the template id and its params, shuffles the options with an RNG seeded by
// that id (so equal ids always have equal option order), assigns letters and stamps the course
// id and bank version. The course is a parameter: this module names no particular course.
import type { BankIdentity } from './course/bank'
import type { Item, ItemOption, OptionId } from './item'
import { createRng, hashSeed } from './rng'
import type { ItemDraft, Template } from './templates/types'

const LETTERS: readonly OptionId[] = ['A', 'B', 'C', 'D', 'E']

/** "k1=v1;k2=v2" over the params sorted by key: readable and stable. */
export function paramString(params: ItemDraft['params']): string {
  const keys = Object.keys(params).sort()
  let out = ''
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string
    out += `${i === 0 ? '' : ';'}${k}=${String(params[k])}`
  }
  return out
}

export function itemId(templateId: string, params: ItemDraft['params']): string {
  return `${templateId}:${paramString(params)}`
}

/**
 * A short hash of the item's decision: its template, the set of option codes and the keyed code.
 * It is appended to the id (`…#d1a2b3c4`) so the assembler can tell, from ids alone, whether a
 * learner has already met this decision under another vignette (the "Unused" pool).
 */
export function decisionHash(
  templateId: string,
  options: readonly { code: string; correct: boolean }[]
): string {
  const codes = options
    .map((o) => o.code)
    .sort()
    .join(',')
  const key = options.find((o) => o.correct)?.code ?? ''
  return hashSeed(`${templateId}|${codes}|${key}`).toString(16).padStart(8, '0')
}

/** The decision hash an id carries, or null (ids from bank versions before 2.0.0). */
export function decisionOfId(itemId: string): string | null {
  const i = itemId.lastIndexOf('#')
  return i < 0 ? null : `${templateIdOf(itemId)}#${itemId.slice(i + 1)}`
}

/** The template id an item id starts with. */
export function templateIdOf(itemId: string): string {
  const i = itemId.indexOf(':')
  return i < 0 ? itemId : itemId.slice(0, i)
}

/** The RNG a template sees for a seed: mixed with the template id so templates decorrelate. */
export function templateRngSeed(templateId: string, seed: number | string): number {
  return hashSeed(`${templateId}#${seed}`)
}

export function generateItem(template: Template, seed: number | string, bank: BankIdentity): Item {
  const draft = template.generate(createRng(templateRngSeed(template.id, seed)))
  return finishItem(template, draft, bank)
}

/** Turns a template's draft into an Item (exported for tests of hand-written drafts). */
export function finishItem(template: Template, draft: ItemDraft, bank: BankIdentity): Item {
  if (draft.options.length > LETTERS.length) {
    throw new Error(`${template.id}: ${draft.options.length} options (at most 5)`)
  }
  const id = `${itemId(template.id, draft.params)}#${decisionHash(template.id, draft.options)}`
  const order = placeKey(draft.options, hashSeed(`${bank.version}|${id}`))
  const options: ItemOption[] = order.map((o, i) => ({
    id: LETTERS[i] as OptionId,
    text: o.text,
    code: o.code,
    correct: o.correct,
    rationale: o.rationale
  }))
  return {
    id,
    courseId: bank.id,
    bankVersion: bank.version,
    template: template.id,
    family: template.family,
    section: template.section,
    claims: [...draft.claims],
    difficulty: draft.difficulty,
    estimatedSeconds: draft.estimatedSeconds,
    stem: draft.stem,
    // Only when there are some, so items without tables stay byte-for-byte what they were.
    ...(draft.exhibits?.length ? { exhibits: draft.exhibits } : {}),
    question: draft.question,
    options,
    objective: draft.objective,
    explanation: draft.explanation,
    evidenceNote: draft.evidenceNote,
    references: [...draft.references],
    facts: draft.facts
  }
}

/**
 * The option order: the key's position is drawn uniformly from 0 … n-1 first (so every letter is
 * keyed equally often, by construction), then the distractors are shuffled into the other places.
 */
function placeKey<T extends { correct: boolean }>(items: readonly T[], seed: number): T[] {
  const n = items.length
  const keyIndex = items.findIndex((o) => o.correct)
  const others = shuffleById(
    items.filter((_, i) => i !== keyIndex),
    (seed ^ 0x9e3779b9) >>> 0
  )
  const pos = uniformIndex(seed, n)
  return [...others.slice(0, pos), items[keyIndex] as T, ...others.slice(pos)]
}

/** A uniform integer in [0, n) from one mulberry32 step over the seed. */
function uniformIndex(seed: number, n: number): number {
  // Two rounds: FNV-1a hashes of near-identical ids differ little in their low bits.
  let t = (Math.imul(seed ^ (seed >>> 16), 0x45d9f3b) + 0x6d2b79f5) >>> 0
  t = Math.imul(t ^ (t >>> 16), 0x45d9f3b) >>> 0
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
}

/** Fisher–Yates with the same mulberry32 stream as createRng(seed).shuffle, inlined because it
 * runs for every generated item. */
function shuffleById<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    const j = Math.floor(r * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

export function generateItems(
  template: Template,
  seeds: Iterable<number | string>,
  bank: BankIdentity
): Item[] {
  const out: Item[] = []
  for (const seed of seeds) out.push(generateItem(template, seed, bank))
  return out
}

/** Seeds 0 … n-1, for enumerating a template's canonical seed space. */
export function seedRange(n: number, from = 0): number[] {
  return Array.from({ length: n }, (_, i) => from + i)
}

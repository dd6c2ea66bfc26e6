// The bookkeeping behind one assembly: which items are picked, the signatures they occupy (so no
// two items test the same claim with the same parameters, or — when the bank allows — even the
// same claim with the same keyed answer), and what each template tends to produce.
import { optionSetKey, stemSentences } from './check/cue-checks'
import {
  MAX_ITEMS_PER_TEMPLATE,
  keyShownIn,
  shareRationale,
  statementsOf
} from './check/quiz-composition'
import { explanationSentences } from './check/repetition'
import { scenarioTags } from './check/scenarios'
import { keyRoles, pointCap, teachingPoints } from './check/teaching-points'
import { decisionOfId, generateItem } from './generate'
import type { BankIdentity } from './course/bank'
import type { Item } from './item'
import type { Rng } from './rng'
import type { Template } from './templates/types'

/** How strictly the "same claim, same params" rule is read; the assembler relaxes step by step. */
export type Strictness = 0 | 1 | 2

function correctCode(item: Item): string {
  return item.options.find((o) => o.correct)?.code ?? ''
}

/**
 * The signatures an item occupies at each strictness level, one per claim it tests:
 * 0 = claim + keyed answer; 1 = claim + decision (template, option set and keyed answer);
 * 2 = claim + params (the id). Level 1 lets a template serve one key again with a different set
 * of options (a different decision), which the iron templates need to fill their share.
 */
type Signatures = readonly [string[], string[], string[]]
function signatures(item: Item): Signatures {
  const code = correctCode(item)
  const set = optionSetKey(item)
  return [
    item.claims.map((c) => `${c}|${code}`),
    item.claims.map((c) => `${c}|${set}|${code}`),
    item.claims.map((c) => `${c}|${item.id}`)
  ]
}

/** A stem sentence (> 25 characters) may appear in at most this many items of one quiz: one
 * (read-through 7, P7: two items sharing a letter frame or a drinking history read as one item
 * served twice); only the last pass, when nothing else can fill the quiz, allows a second. */
export const SENTENCE_CAP = 2

export class Picked {
  readonly items: Item[] = []
  readonly ids = new Set<string>()
  /** Template + option set of every picked item: never two alike in one quiz. */
  private readonly optionSets = new Set<string>()
  private readonly sentences = new Map<string, number>()
  /** Items per template, and every statement (either truth form) already shown in the quiz. */
  private readonly perTemplate = new Map<string, number>()
  /** Picked items by template, so one item's key is never another's option (read-through 6). */
  private readonly byTemplate = new Map<string, Item[]>()
  private readonly statements = new Set<string>()
  /** Long explanation sentences already in the quiz (the repetition gate's unit). */
  private readonly explained = new Set<string>()
  /** Scenario tags already in the quiz (read-through 9, P6: one clinical situation once). */
  private readonly scenarios = new Set<string>()
  /** Teaching points (check/teaching-points.ts) already in the quiz, with their counts. */
  private readonly points = new Map<string, number>()
  /** Decisions the learner has already met (from the "Unused" pool's excluded ids), and the
   * teaching points of the items met in past attempts. */
  constructor(
    private readonly seenDecisions: ReadonlySet<string> = new Set(),
    private readonly seenPoints: ReadonlySet<string> = new Set(),
    /** Scenario tags of the items met in past attempts (read 18, P1: a follow-up re-ran the
     * first quiz's cases under other templates; the tag names the case, not the template). */
    private readonly seenTags: ReadonlySet<string> = new Set(),
    /** Key roles (check/teaching-points.ts `keyRoles`) of the items met in past attempts. */
    private readonly seenRoles: ReadonlySet<string> = new Set()
  ) {}

  /** True when the learner has met one of the item's scenario tags in a past attempt. */
  seenScenario(item: Item): boolean {
    return this.seenTags.size > 0 && scenarioTags(item).some((t) => this.seenTags.has(t))
  }

  /** What a returning learner's first steps hold back: a case or a key role they met before. */
  metBefore(item: Item): boolean {
    return this.seenScenario(item) || this.roleMet(item)
  }

  /** True when every tag combination the template is known to produce was met before. */
  seenScenarios(p: Profile): boolean {
    return (
      this.seenTags.size > 0 &&
      p.tagSets.length > 0 &&
      p.tagSets.every((set) => set.some((t) => this.seenTags.has(t)))
    )
  }

  /** Whether any case or key role was met before (no extra steps for a first quiz). */
  get hasMetBefore(): boolean {
    return this.seenTags.size > 0 || this.seenRoles.size > 0
  }
  private readonly sigs: [Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set()]
  /** Signatures computed once per candidate, for the duration of one assembly. */
  private readonly sigOf = new Map<Item, Signatures>()

  private own(item: Item): Signatures {
    let s = this.sigOf.get(item)
    if (!s) {
      s = signatures(item)
      this.sigOf.set(item, s)
    }
    return s
  }

  /** Per-template caps above MAX_ITEMS_PER_TEMPLATE, for sections too small to fill their share
   * at that cap (set by the assembler from the blueprint). */
  private caps: ReadonlyMap<string, number> = new Map()
  setTemplateCaps(caps: ReadonlyMap<string, number>): void {
    this.caps = caps
  }

  /** True when the template already has its cap of items in the quiz (MAX_ITEMS_PER_TEMPLATE
   * unless its section needs more). */
  atTemplateCap(template: string): boolean {
    const cap = this.caps.get(template) ?? MAX_ITEMS_PER_TEMPLATE
    return (this.perTemplate.get(template) ?? 0) >= cap
  }

  /**
   * `composition` applies the per-template cap, the no-statement-twice rule, no long
   * explanation sentence twice and no scenario tag twice (check/scenarios.ts); the assembler lifts them only in its last pass, when nothing that
   * keeps them can fill the quiz.
   */
  fits(
    item: Item,
    level: Strictness,
    exclude: ReadonlySet<string> | undefined,
    composition = true
  ): boolean {
    if (this.ids.has(item.id) || exclude?.has(item.id)) return false
    if (composition) {
      if (this.atTemplateCap(item.template)) return false
      for (const s of statementsOf(item)) if (this.statements.has(s)) return false
      for (const other of this.byTemplate.get(item.template) ?? [])
        if (keyShownIn(item, other) || keyShownIn(other, item) || shareRationale(item, other))
          return false
      // Two items of one template often share a fixed teaching sentence: keep them apart too.
      for (const s of explanationSentences(item)) if (this.explained.has(s)) return false
      for (const t of scenarioTags(item)) if (this.scenarios.has(t)) return false
    }
    if (this.optionSets.has(optionSetKey(item))) return false
    const sentenceCap = composition ? 1 : SENTENCE_CAP
    for (const s of stemSentences(item))
      if ((this.sentences.get(s) ?? 0) >= sentenceCap) return false
    // Unseen decisions first: a decision met before is taken only once everything is relaxed.
    if (level < 2 && this.seenDecisions.has(decisionOfId(item.id) ?? '')) return false
    // Unseen teaching points first (read-through 10, P1): only the strictest level keeps to it.
    // Level 1 keeps the quiz's own caps one item looser; only level 2 ignores teaching points.
    if (level < 2 && this.pointTaken(item, level)) return false
    const own = this.own(item)
    // Level 2 (same claim, same params) is never relaxed.
    for (let l = 2; l >= level; l--) {
      const set = this.sigs[l as Strictness]
      for (const s of own[l as Strictness]) if (set.has(s)) return false
    }
    return true
  }

  /** True when the item carries a teaching point the quiz holds to its cap (at level 1, one
   * past it), or, at level 0, a one-item point the learner met in a past attempt. */
  pointTaken(item: Item, level: Strictness = 0): boolean {
    if (level === 2) return false
    return teachingPoints(item).some(
      (t) =>
        (this.points.get(t) ?? 0) >= pointCap(t) + level ||
        // Level 0 holds every one-item point the learner met; level 1 still holds the template's
        // answer (read 12: a restricted follow-up quiz re-served the first quiz's twins).
        (pointCap(t) === 1 && this.seenPoints.has(t) && (level === 0 || t.includes('|')))
    )
  }

  /** True when a past attempt keyed this item's answer in the same role (read 22, P3: four
   * follow-up items replayed a template of the first quiz with the same key role). */
  roleMet(item: Item): boolean {
    return this.seenRoles.size > 0 && keyRoles(item).some((r) => this.seenRoles.has(r))
  }

  /** True when the item carries a teaching point the quiz already holds to its cap. */
  overCap(item: Item): boolean {
    return teachingPoints(item).some((t) => (this.points.get(t) ?? 0) >= pointCap(t))
  }

  /** True when the item carries a scenario tag already in the quiz. */
  scenarioTaken(item: Item): boolean {
    return scenarioTags(item).some((t) => this.scenarios.has(t))
  }

  /** True when every scenario-tag combination the template is known to produce is taken. */
  scenariosTaken(p: Profile): boolean {
    return p.tagSets.length > 0 && p.tagSets.every((set) => set.some((t) => this.scenarios.has(t)))
  }

  /** True when every known answer of the template already collides at this level (0 or 1). */
  exhausted(p: Profile, level: Strictness): boolean {
    if (level === 2 || p.combos.length === 0) return false
    return p.combos.every((sig) => {
      for (let l = 1; l >= level; l--) {
        const set = this.sigs[l as Strictness]
        if ((sig[l as Strictness] ?? []).some((x) => set.has(x))) return true
      }
      return false
    })
  }

  add(item: Item): void {
    this.items.push(item)
    this.ids.add(item.id)
    this.optionSets.add(optionSetKey(item))
    this.perTemplate.set(item.template, (this.perTemplate.get(item.template) ?? 0) + 1)
    this.byTemplate.set(item.template, [...(this.byTemplate.get(item.template) ?? []), item])
    for (const s of statementsOf(item)) this.statements.add(s)
    for (const s of explanationSentences(item)) this.explained.add(s)
    for (const t of scenarioTags(item)) this.scenarios.add(t)
    for (const t of teachingPoints(item)) this.points.set(t, (this.points.get(t) ?? 0) + 1)
    for (const s of new Set(stemSentences(item)))
      this.sentences.set(s, (this.sentences.get(s) ?? 0) + 1)
    const own = this.own(item)
    for (const l of [0, 1, 2] as const) for (const s of own[l]) this.sigs[l].add(s)
  }
}

/** Turns taken by families, then by templates within a family, in a seeded order. */
export function rotation(rng: Rng, list: readonly Template[]): () => Template {
  const byFamily = new Map<string, Template[]>()
  for (const t of list) byFamily.set(t.family, [...(byFamily.get(t.family) ?? []), t])
  const families = rng.shuffle([...byFamily.keys()]).map((f) => rng.shuffle(byFamily.get(f) ?? []))
  const cursor = families.map(() => 0)
  let f = 0
  return () => {
    const fam = families[f % families.length] as Template[]
    const i = f % families.length
    const t = fam[(cursor[i] as number) % fam.length] as Template
    cursor[i] = (cursor[i] as number) + 1
    f++
    return t
  }
}

// --- template profiles ---------------------------------------------------------------------------
// What a template tends to produce, from its first PROFILE_SEEDS seeds: the claims it tests and
// its distinct (claims, keyed answer) combinations. Computed once per template per process from
// fixed seeds, so it is the same for every call and cannot break determinism. The assembler uses
// it to skip a template whose known answers are all taken instead of drawing items to find out.
export interface Profile {
  claims: ReadonlySet<string>
  /** The scenario tags its items carry (check/scenarios.ts), and each distinct combination. */
  tags: ReadonlySet<string>
  tagSets: readonly (readonly string[])[]
  /** Per distinct combination: its level-0 and level-1 signatures. */
  combos: readonly Signatures[]
}
const profileCache = new Map<string, Profile>()
const PROFILE_SEEDS = 48

export function profile(t: Template, bank: BankIdentity): Profile {
  const cacheKey = `${bank.id}|${bank.version}|${t.id}`
  const cached = profileCache.get(cacheKey)
  if (cached) return cached
  const claims = new Set<string>()
  const tags = new Set<string>()
  const tagSets = new Map<string, readonly string[]>()
  const combos = new Map<string, Signatures>()
  for (let s = 0; s < PROFILE_SEEDS; s++) {
    const item = generateItem(t, s, bank)
    for (const c of item.claims) claims.add(c)
    const own = scenarioTags(item)
    for (const tag of own) tags.add(tag)
    tagSets.set(own.join('|'), own)
    const key = `${item.claims.join(',')}|${correctCode(item)}`
    if (!combos.has(key)) combos.set(key, signatures(item))
  }
  const p = { claims, tags, tagSets: [...tagSets.values()], combos: [...combos.values()] }
  profileCache.set(cacheKey, p)
  return p
}

export function claimProfile(t: Template, bank: BankIdentity): ReadonlySet<string> {
  return profile(t, bank).claims
}

/**
 * Builds the templates' profiles ahead of the first quiz, one template per call, and says
 * whether any are left. Built on demand they cost the first quiz of a process about 2–3 s (48
 * items per template), which a host can instead spread over idle turns after it starts.
 */
export function profileWarmer(templates: readonly Template[], bank: BankIdentity): () => boolean {
  let next = 0
  return () => {
    const t = templates[next++]
    if (t) profile(t, bank)
    return next < templates.length
  }
}

// The quiz assembler: draws a blueprint-balanced set of items from the template registry.
//
// Guarantees (tested in tests/unit/bank/assemble.test.ts over whatever the registry holds):
// - deterministic: the same bank version, options and seed give the same quiz, in the same order;
// - every requested section that has templates is represented when count ≥ the number of such
//   sections, and section sizes differ by at most one (before exhaustion fallbacks);
// - within a section, families and then templates take turns;
// - no duplicate ids, no excluded ids; no two items test the same claim with the same params —
//   and, whenever the bank allows, not even the same claim with the same keyed answer;
// - no two items of one family in a row, whenever the chosen set allows it.
//
// It is cheap: each slot generates one item from a seed in the canonical seed space, and only
// retries on a collision, so a 40-item quiz costs roughly 40–60 generations.
import { BANK, SEEDS_PER_TEMPLATE } from './bank'
import { generateItem, templateIdOf } from './generate'
import type { Item, SectionId } from './item'
import { createRng, hashSeed, type Rng } from './rng'
import { templates as registry } from './templates/index'
import type { Template } from './templates/types'
import { sectionIds } from './content/sections'

export interface AssembleOptions {
  count: number
  seed: number | string
  /** Sections to draw from (default: all eight). */
  sections?: readonly SectionId[]
  /** Item ids already used (the "unused items only" pool). */
  exclude?: ReadonlySet<string>
  /** Item ids to put in the quiz first (e.g. a retake of missed items), resolved in the bank. */
  includeIds?: readonly string[]
  /** Item snapshots to put in the quiz first (cheaper than includeIds when the caller has them). */
  include?: readonly Item[]
  /** Adaptive review: prefer items that test these claim ids (e.g. concepts due for review). */
  claims?: readonly string[]
  /** The templates to draw from (default: the registry); for tests. */
  templates?: readonly Template[]
}

const ATTEMPTS_PER_TEMPLATE = 3

/** How strictly the "same claim, same params" rule is read; the assembler relaxes step by step. */
type Strictness = 0 | 1 | 2

function correctCode(item: Item): string {
  return item.options.find((o) => o.correct)?.code ?? ''
}

/**
 * The signatures an item occupies at each strictness level, one per claim it tests:
 * 0 = claim + keyed answer; 1 = claim + template + keyed answer; 2 = claim + params (the id).
 */
type Signatures = readonly [string[], string[], string[]]
function signatures(item: Item): Signatures {
  const code = correctCode(item)
  return [
    item.claims.map((c) => `${c}|${code}`),
    item.claims.map((c) => `${c}|${item.template}|${code}`),
    item.claims.map((c) => `${c}|${item.id}`)
  ]
}

class Picked {
  readonly items: Item[] = []
  readonly ids = new Set<string>()
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

  fits(item: Item, level: Strictness, exclude: ReadonlySet<string> | undefined): boolean {
    if (this.ids.has(item.id) || exclude?.has(item.id)) return false
    const own = this.own(item)
    // Level 2 (same claim, same params) is never relaxed.
    for (let l = 2; l >= level; l--) {
      const set = this.sigs[l as Strictness]
      for (const s of own[l as Strictness]) if (set.has(s)) return false
    }
    return true
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
    const own = this.own(item)
    for (const l of [0, 1, 2] as const) for (const s of own[l]) this.sigs[l].add(s)
  }
}

/** Turns taken by families, then by templates within a family, in a seeded order. */
function rotation(rng: Rng, list: readonly Template[]): () => Template {
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
interface Profile {
  claims: ReadonlySet<string>
  /** Per distinct combination: its level-0 and level-1 signatures. */
  combos: readonly Signatures[]
}
const profileCache = new Map<string, Profile>()
const PROFILE_SEEDS = 48

function profile(t: Template): Profile {
  const cached = profileCache.get(t.id)
  if (cached) return cached
  const claims = new Set<string>()
  const combos = new Map<string, Signatures>()
  for (let s = 0; s < PROFILE_SEEDS; s++) {
    const item = generateItem(t, s)
    for (const c of item.claims) claims.add(c)
    const key = `${item.claims.join(',')}|${correctCode(item)}`
    if (!combos.has(key)) combos.set(key, signatures(item))
  }
  const p = { claims, combos: [...combos.values()] }
  profileCache.set(t.id, p)
  return p
}

function claimProfile(t: Template): ReadonlySet<string> {
  return profile(t).claims
}

// --- id look-up over the canonical seed space (only computed when `includeIds` is used) --------
// Per template, a map from a 32-bit hash of each item id to the seeds that produce it. Built once
// per template on first use (SEEDS_PER_TEMPLATE generations); hashes keep it small in memory.
const idIndex = new Map<string, Map<number, number[]>>()

/** Finds the item with this id in the bank's canonical seed space, or null (e.g. an id from an
 * older bank version). Callers that hold item snapshots should pass `include` instead. */
export function findItemById(id: string, templates: readonly Template[] = registry): Item | null {
  const t = templates.find((x) => x.id === templateIdOf(id))
  if (!t) return null
  let index = idIndex.get(t.id)
  if (!index) {
    index = new Map()
    for (let s = 0; s < SEEDS_PER_TEMPLATE; s++) {
      const h = hashSeed(generateItem(t, s).id)
      const seeds = index.get(h)
      if (seeds) seeds.push(s)
      else index.set(h, [s])
    }
    idIndex.set(t.id, index)
  }
  for (const seed of index.get(hashSeed(id)) ?? []) {
    const item = generateItem(t, seed)
    if (item.id === id) return item
  }
  return null
}

// --- ordering ------------------------------------------------------------------------------------
/**
 * Can `counts` (items left per family) be laid out with no two of a family adjacent, given that
 * the first one may not be of family `notFirst`? With n items and a largest family of m: needs
 * m ≤ ceil(n/2); and when n is odd and a family has exactly (n+1)/2, it must come first.
 */
function arrangeable(counts: ReadonlyMap<string, number>, notFirst: string | undefined): boolean {
  let n = 0
  let m = 0
  for (const c of counts.values()) {
    n += c
    m = Math.max(m, c)
  }
  if (m > Math.ceil(n / 2)) return false
  if (n % 2 === 1 && notFirst !== undefined && (counts.get(notFirst) ?? 0) === (n + 1) / 2) {
    return false
  }
  return true
}

/**
 * Orders items so that no two of one family are adjacent whenever that is possible: a seeded
 * shuffle, then at each position the first item (in shuffled order) whose family differs from the
 * previous one and leaves the rest arrangeable. When the set cannot be separated (one family has
 * more than half the items), the family with the most items left goes next.
 */
export function orderNoAdjacentFamily(items: readonly Item[], rng: Rng): Item[] {
  const left = rng.shuffle(items)
  const counts = new Map<string, number>()
  for (const it of left) counts.set(it.family, (counts.get(it.family) ?? 0) + 1)
  const out: Item[] = []
  while (left.length > 0) {
    const last = out[out.length - 1]?.family
    let pick = -1
    if (arrangeable(counts, last)) {
      for (let i = 0; i < left.length; i++) {
        const fam = (left[i] as Item).family
        if (fam === last) continue
        counts.set(fam, (counts.get(fam) ?? 0) - 1)
        const ok = arrangeable(counts, fam)
        counts.set(fam, (counts.get(fam) ?? 0) + 1)
        if (ok) {
          pick = i
          break
        }
      }
    }
    if (pick < 0) {
      // Not separable: take the family with the most left, avoiding the previous one if possible.
      for (let i = 0; i < left.length; i++) {
        const fam = (left[i] as Item).family
        const best = pick < 0 ? -1 : (counts.get((left[pick] as Item).family) ?? 0)
        if (fam !== last && (counts.get(fam) ?? 0) > best) pick = i
      }
      if (pick < 0) pick = 0
    }
    const item = left.splice(pick, 1)[0] as Item
    counts.set(item.family, (counts.get(item.family) ?? 0) - 1)
    out.push(item)
  }
  return out
}

// --- the assembler -------------------------------------------------------------------------------
export function assembleQuiz(options: AssembleOptions): Item[] {
  const count = Math.max(0, Math.floor(options.count))
  const pool = options.templates ?? registry
  const rng = createRng(`quiz|${BANK.version}|${String(options.seed)}`)
  const wanted = new Set<SectionId>(options.sections ?? sectionIds)
  const dueClaims = options.claims && options.claims.length > 0 ? new Set(options.claims) : null

  let usable = pool.filter((t) => wanted.has(t.section))
  if (dueClaims) {
    const matching = usable.filter((t) => [...claimProfile(t)].some((c) => dueClaims.has(c)))
    if (matching.length > 0) usable = matching
  }
  const picked = new Picked()

  // Included items first (a seeded sample when there are more than `count`); they count toward
  // their section's quota. Snapshots are used as given; ids are resolved in the bank.
  const snapshotIds = new Set((options.include ?? []).map((x) => x.id))
  const included = [
    ...(options.include ?? []),
    ...(options.includeIds ?? [])
      .filter((id) => !snapshotIds.has(id))
      .map((id) => findItemById(id, pool))
      .filter((x): x is Item => x !== null)
  ]
  for (const item of included.length > count ? rng.shuffle(included) : included) {
    if (picked.items.length >= count) break
    if (!picked.ids.has(item.id)) picked.add(item)
  }

  const sectionsWithTemplates = (options.sections ?? sectionIds).filter((s) =>
    usable.some((t) => t.section === s)
  )
  if (sectionsWithTemplates.length === 0 || picked.items.length >= count) {
    return orderNoAdjacentFamily(picked.items, rng)
  }

  // Blueprint: equal shares, remainder to a seeded choice of sections; included items count.
  const quota = new Map<SectionId, number>()
  const order = rng.shuffle(sectionsWithTemplates)
  const total = count
  const base = Math.floor(total / order.length)
  order.forEach((s, i) => quota.set(s, base + (i < total % order.length ? 1 : 0)))
  for (const it of picked.items) {
    if (quota.has(it.section)) quota.set(it.section, Math.max(0, (quota.get(it.section) ?? 0) - 1))
  }

  const turns = new Map<SectionId, () => Template>()
  for (const s of order)
    turns.set(
      s,
      rotation(
        rng,
        usable.filter((t) => t.section === s)
      )
    )
  const coveredDue = new Set<string>()

  // Items generated but rejected at a stricter level are kept per template and tried first when
  // the assembler relaxes, so a retry never pays for the same generation twice.
  const spares = new Map<string, Item[]>()
  const acceptable = (item: Item, level: Strictness, lastTry: boolean): boolean => {
    if (!picked.fits(item, level, options.exclude)) return false
    if (dueClaims && !item.claims.some((c) => dueClaims.has(c))) return false
    // Prefer a due claim not yet covered, unless this is the last try.
    if (dueClaims && !lastTry && item.claims.every((c) => coveredDue.has(c))) return false
    return true
  }

  const tryTemplate = (t: Template, level: Strictness): Item | null => {
    const kept = spares.get(t.id) ?? []
    for (let i = 0; i < kept.length; i++) {
      const item = kept[i] as Item
      if (acceptable(item, level, true)) {
        kept.splice(i, 1)
        return item
      }
    }
    for (let a = 0; a < ATTEMPTS_PER_TEMPLATE; a++) {
      const item = generateItem(t, rng.int(0, SEEDS_PER_TEMPLATE - 1))
      if (acceptable(item, level, a === ATTEMPTS_PER_TEMPLATE - 1)) return item
      if (kept.length < 8 && !picked.ids.has(item.id) && !options.exclude?.has(item.id)) {
        if (!kept.some((k) => k.id === item.id)) kept.push(item)
        spares.set(t.id, kept)
      }
    }
    return null
  }

  // Once a template fails at a strictness level, later slots skip straight to the next level for
  // it: this keeps templates with few distinct keys from costing retries on every turn.
  const floor = new Map<string, Strictness>()
  const failures = new Map<string, number>()

  // The section's templates in a fixed seeded order, for fallbacks within a slot.
  const bySection = new Map<SectionId, Template[]>()
  for (const sec of order) bySection.set(sec, rng.shuffle(usable.filter((t) => t.section === sec)))

  // One slot: the rotation's template first, then every other template of the section once, at
  // the strictest level first.
  const fillSlot = (section: SectionId, maxLevel: Strictness): Item | null => {
    const next = turns.get(section)
    if (!next) return null
    const first = next()
    const candidates = [first, ...(bySection.get(section) ?? []).filter((t) => t !== first)]
    for (const level of ([0, 1, 2] as const).filter((l) => l <= maxLevel)) {
      for (const t of candidates) {
        if ((floor.get(t.id) ?? 0) > level) continue
        if (picked.exhausted(profile(t), level) && !(spares.get(t.id) ?? []).length) continue
        const item = tryTemplate(t, level)
        if (item) return item
        if (level < 2) {
          // Two failed turns at a level (6 draws) mark the template as out of fresh keys there.
          const key = `${t.id}|${level}`
          const fails = (failures.get(key) ?? 0) + 1
          failures.set(key, fails)
          if (fails >= 2) floor.set(t.id, (level + 1) as Strictness)
        }
      }
    }
    return null
  }

  // Fill sections round-robin so a shortfall in one spreads evenly over the others. First pass:
  // only items that repeat no (claim, template, keyed answer) already in the quiz; a section that
  // cannot offer one is retired and its share goes to the live sections, one slot each per round.
  // Only if every section is exhausted at that level does the last pass accept items that differ
  // merely in their vignette (same claim and answer, different params) — that keeps a small
  // template from filling its quota with near-copies while other sections still have fresh items.
  for (const maxLevel of [1, 2] as const) {
    const need = new Map(quota)
    if (maxLevel === 2) for (const s of order) need.set(s, 1)
    const retired = new Set<SectionId>()
    while (picked.items.length < count) {
      let added = false
      for (const s of order) {
        if (picked.items.length >= count) break
        if (retired.has(s) || (need.get(s) ?? 0) <= 0) continue
        const item = fillSlot(s, maxLevel)
        if (!item) {
          retired.add(s)
          continue
        }
        picked.add(item)
        for (const c of item.claims) coveredDue.add(c)
        need.set(s, (need.get(s) ?? 0) - 1)
        added = true
      }
      if (!added) {
        const live = order.filter((s) => !retired.has(s))
        if (live.length === 0) break
        for (const s of live) need.set(s, 1)
      }
    }
  }

  return orderNoAdjacentFamily(picked.items, rng)
}

// The quiz assembler: draws a blueprint-balanced set of items from a course's templates. The
// course (its templates, sections and their weights, its bank version) is a parameter.
//
// Guarantees (tested in tests/unit/bank/assemble.test.ts over whatever the registry holds):
// - deterministic: the same bank version, options and seed give the same quiz, in the same order;
// - every requested section that has templates is represented when count ≥ the number of such
//   sections, and section sizes differ by at most one (before exhaustion fallbacks);
// - within a section, families and then templates take turns;
// - no duplicate ids, no excluded ids; no two items test the same claim with the same params —
//   and, whenever the bank allows, not even the same claim with the same keyed answer;
// - no two items of one family in a row, whenever the chosen set allows it;
// - at most MAX_ITEMS_PER_TEMPLATE (2) items of one template, no statement (in either truth
//   form, `facts.statements`) in two items, and no item whose key is an option of another item of
//   its template (read-through 6, P4), no long rationale sentence in two items of one template
//   and no long stem sentence in two items (read-through 7, P7) — lifted only by a last pass when
//   nothing else can fill the quiz (a learner who restricts a quiz to one small section, where a
//   stem sentence may then reach two items; see docs/question-bank.md §5);
// - no two items sharing a scenario tag (read-through 9, P6: one clinical situation told twice
//   under two templates; check/scenarios.ts), lifted with the rules above in the last pass only.
//
// It is cheap: each slot generates one item from a seed in the canonical seed space, and only
// retries on a collision, so a 40-item quiz costs roughly 40–60 generations.
import { SEEDS_PER_TEMPLATE } from './bank'
import { sectionIdsOf, sectionWeightOf, type CourseBank } from './course/bank'
import { decisionOfId, generateItem } from './generate'
import type { Item, SectionId } from './item'
import { createRng } from './rng'
import type { Template } from './templates/types'
import { findItemById, rememberSeed } from './find-item'
import { orderNoAdjacentFamily } from './order-items'
import { claimProfile, Picked, profile, rotation, type Strictness } from './assemble-state'
import { MAX_ITEMS_PER_TEMPLATE } from './check/quiz-composition'
import { scenarioTags } from './check/scenarios'
import { keyRoles, teachingPoints, type TeachingSource } from './check/teaching-points'

// Kept importable from here: callers and tests found them in this module first.
export { findItemById, orderNoAdjacentFamily }

export interface AssembleOptions {
  /** The course to draw from: its templates, sections (with weights) and bank version. */
  course: CourseBank
  count: number
  seed: number | string
  /** Sections to draw from (default: all of the course's). */
  sections?: readonly SectionId[]
  /** Item ids already used (the "unused items only" pool). */
  exclude?: ReadonlySet<string>
  /** Item ids to put in the quiz first (e.g. a retake of missed items), resolved in the bank. */
  includeIds?: readonly string[]
  /** Item snapshots to put in the quiz first (cheaper than includeIds when the caller has them). */
  include?: readonly Item[]
  /** Decisions (see `decisionOfId`) the learner has met; served only after unseen ones. */
  excludeDecisions?: Iterable<string>
  /** Items the learner has met (snapshots from past attempts): an item teaching what one of them
   * taught (check/teaching-points.ts) is served only after items that teach something new. */
  seenItems?: readonly TeachingSource[]
  /** Adaptive review: prefer items that test these claim ids (e.g. concepts due for review). */
  claims?: readonly string[]
  /** The templates to draw from (default: the course's); for tests. */
  templates?: readonly Template[]
}

/**
 * What a slot tries, in order, up to a pass's loosest level: each looser level first with every
 * teaching point still held to its cap, then with a point allowed past it (2.17.7: with the caps
 * held at level 0 alone, a version bump moved bank:check's over-cap count from 45 to 61 of 1,600
 * against a limit of 64, as quizzes reached the looser levels in other slots).
 */
type Step = readonly [level: Strictness, holdCaps: boolean, holdSeenTags: boolean]
const SLOT_STEPS: Readonly<Record<Strictness, readonly (readonly [Strictness, boolean])[]>> = {
  0: [[0, false]],
  1: [
    [0, false],
    [1, true],
    [1, false]
  ],
  2: [
    [0, false],
    [1, true],
    [1, false],
    [2, true],
    [2, false]
  ]
}

/**
 * A returning learner's slot first runs every step holding back items whose case (a scenario tag,
 * check/scenarios.ts) they met in a past attempt, then every step again without that: read 18
 * (P1) met the first quiz's cases re-served in the follow-up under other templates (the augmenting
 * agonist, an SNRI on a clinic list, the chemotherapy antiemetic, the OTC night product), which
 * the template-based rules cannot see. Since read 22 (P3) the first run also holds back items
 * whose key role (check/teaching-points.ts `keyRoles`) they met.
 */
function slotSteps(maxLevel: Strictness, holdSeen: boolean): readonly Step[] {
  const steps = SLOT_STEPS[maxLevel]
  const without = steps.map(([level, caps]): Step => [level, caps, false])
  return holdSeen
    ? [...steps.map(([level, caps]): Step => [level, caps, true]), ...without]
    : without
}

const ATTEMPTS_PER_TEMPLATE = 3
/** Extra draws per try for candidates turned away only by a scenario tag (see tryTemplate). */
const TAG_RETRIES = 6
/** Extra draws per try, at the strictest level, for candidates turned away only by a teaching
 * point (check/teaching-points.ts). */
const POINT_RETRIES = 4
/** Draws per template in the pass that keeps the section cap after the first two fell short,
 * and in a heavier section's deeper look before it retires short of its share. */
const CAP_PASS_ATTEMPTS = 12
/** A section with at most this many templates owns the scenario tags its templates share with a
 * larger section, during the capped passes (see `reservedFor` below). */
const SMALL_SECTION_TEMPLATES = 5
/** The largest share one section may take of a default quiz (issue 13: no section above 20%). */
export const MAX_SECTION_SHARE = 0.2

/** The scenario tags of an item met in a past attempt; none for a snapshot too malformed to read
 * (stored data is never trusted to have every field). */
function tagsOfMet(met: TeachingSource): readonly string[] {
  const m = met as Partial<Item>
  if (typeof m.stem !== 'string' || typeof m.facts !== 'object' || m.facts === null) return []
  try {
    return scenarioTags(m as Item)
  } catch {
    return []
  }
}

// --- the assembler -------------------------------------------------------------------------------
export function assembleQuiz(options: AssembleOptions): Item[] {
  const count = Math.max(0, Math.floor(options.count))
  const course = options.course
  const pool = options.templates ?? course.templates
  const bank: CourseBank = { ...course, templates: pool }
  const rng = createRng(`quiz|${course.version}|${String(options.seed)}`)
  const allSections = options.sections ?? sectionIdsOf(course)
  const wanted = new Set<SectionId>(allSections)
  let dueClaims = options.claims && options.claims.length > 0 ? new Set(options.claims) : null

  let usable = pool.filter((t) => wanted.has(t.section))
  if (dueClaims) {
    const due = dueClaims
    const matching = usable.filter((t) => [...claimProfile(t, course)].some((c) => due.has(c)))
    // A due claim no template tests any more (a claim retired in a new bank version) must not
    // empty the review: with none left, review falls back to the whole blueprint.
    if (matching.length > 0) usable = matching
    else dueClaims = null
  }
  const seenDecisions = new Set<string>()
  for (const id of options.exclude ?? []) {
    const d = decisionOfId(id)
    if (d) seenDecisions.add(d)
  }
  for (const d of options.excludeDecisions ?? []) seenDecisions.add(d)
  const seenPoints = new Set<string>()
  const seenTags = new Set<string>()
  const seenRoles = new Set<string>()
  // Templates the learner has met in any arm: a returning learner's slot tries every template of
  // its section they have not met before one they have (read 16, P1: 19 of an Unused follow-up's
  // 20 items ran a template of the first quiz again, in its other arm or with another drug).
  const metTemplates = new Set<string>()
  for (const met of options.seenItems ?? []) {
    for (const t of teachingPoints(met)) seenPoints.add(t)
    for (const r of keyRoles(met)) seenRoles.add(r)
    for (const t of tagsOfMet(met)) seenTags.add(t)
    if (typeof met.template === 'string') metTemplates.add(met.template)
  }
  const picked = new Picked(seenDecisions, seenPoints, seenTags, seenRoles)

  // Included items first (a seeded sample when there are more than `count`); they count toward
  // their section's quota. Snapshots are used as given; ids are resolved in the bank.
  const snapshotIds = new Set((options.include ?? []).map((x) => x.id))
  const included = [
    ...(options.include ?? []),
    ...(options.includeIds ?? [])
      .filter((id) => !snapshotIds.has(id))
      .map((id) => findItemById(id, bank))
      .filter((x): x is Item => x !== null)
  ]
  for (const item of included.length > count ? rng.shuffle(included) : included) {
    if (picked.items.length >= count) break
    if (!picked.ids.has(item.id)) picked.add(item)
  }

  const sectionsWithTemplates = allSections.filter((s) => usable.some((t) => t.section === s))
  if (sectionsWithTemplates.length === 0 || picked.items.length >= count) {
    return orderNoAdjacentFamily(picked.items, rng)
  }

  // Blueprint: shares by section weight (largest remainder, ties to a seeded order); included
  // items count toward their section's share.
  const quota = new Map<SectionId, number>()
  const order = rng.shuffle(sectionsWithTemplates)
  const total = count
  const weight = (s: SectionId) => sectionWeightOf(course, s)
  const weightSum = order.reduce((sum, s) => sum + weight(s), 0)
  const exact = order.map((s) => (total * weight(s)) / weightSum)
  order.forEach((s, i) => quota.set(s, Math.floor(exact[i] as number)))
  let left = total - [...quota.values()].reduce((a, b) => a + b, 0)
  const byRemainder = order
    .map((s, i) => ({ s, r: (exact[i] as number) - Math.floor(exact[i] as number), i }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { s } of byRemainder) {
    if (left <= 0) break
    quota.set(s, (quota.get(s) ?? 0) + 1)
    left--
  }
  for (const it of picked.items) {
    if (quota.has(it.section)) quota.set(it.section, Math.max(0, (quota.get(it.section) ?? 0) - 1))
  }
  // At most MAX_ITEMS_PER_TEMPLATE items per template when the section has enough templates for
  // its share; a section with fewer (a small course, or a quiz restricted to one section) may use
  // each of its templates for an equal part of its share, so the blueprint still holds.
  const caps = new Map<string, number>()
  order.forEach((s, i) => {
    const own = usable.filter((t) => t.section === s)
    const each = Math.ceil((exact[i] as number) / Math.max(1, own.length))
    if (each > MAX_ITEMS_PER_TEMPLATE) for (const t of own) caps.set(t.id, each)
  })
  picked.setTemplateCaps(caps)

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
  // Scenario tags (read-through 9, P6) that two sections share go, while the passes keep the
  // section cap, to the section that needs them more: first a section of two to five templates,
  // which has no other item for that slot (lifestyle-sleep's pharmacy bag beside the OTC sleep
  // aid, dopamine-brain-iron's augmenting agonist, neurological's psychiatric-ward antipsychotic
  // and cramps), then the heavier-weighted section (iron-status's treat-and-investigate band
  // beside secondary-context's anaemia form). Otherwise the needier section runs short and a
  // large one takes its slot past 20%, or the mission's two skills fall below 40%.
  const rank = (s: SectionId, size: number): [number, number, number] => [
    size <= SMALL_SECTION_TEMPLATES ? 0 : 1,
    -weight(s),
    size
  ]
  const before = (a: [number, number, number], b: [number, number, number]) =>
    a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
  const reservedFor = new Map<string, { section: SectionId; rank: [number, number, number] }>()
  for (const s of order) {
    const own = usable.filter((t) => t.section === s)
    const r = rank(s, own.length)
    for (const t of own)
      for (const tag of profile(t, course).tags) {
        const held = reservedFor.get(tag)
        if (!held || before(r, held.rank) < 0) reservedFor.set(tag, { section: s, rank: r })
      }
  }
  let reserving = true
  let attempts: number = ATTEMPTS_PER_TEMPLATE
  const reservedTag =
    (of: { section: SectionId }) =>
    (tag: string): boolean => {
      const owner = reservedFor.get(tag)
      return owner !== undefined && owner.section !== of.section
    }
  const reservedElsewhere = (item: Item): boolean => scenarioTags(item).some(reservedTag(item))

  // The composition rules (template cap, no statement twice); false only in the last pass.
  let composition = true
  // `holdCaps`: a looser level that still holds every teaching point to its cap (see SLOT_STEPS).
  const acceptable = (
    item: Item,
    level: Strictness,
    lastTry: boolean,
    holdCaps: boolean,
    holdSeen: boolean
  ): boolean => {
    if (holdSeen && picked.metBefore(item)) return false
    if (reserving && reservedFor.size > 0 && reservedElsewhere(item)) return false
    if (!picked.fits(item, level, options.exclude, composition)) return false
    if (holdCaps && level > 0 && picked.overCap(item)) return false
    if (dueClaims && !item.claims.some((c) => dueClaims.has(c))) return false
    // Prefer a due claim not yet covered, unless this is the last try.
    if (dueClaims && !lastTry && item.claims.every((c) => coveredDue.has(c))) return false
    return true
  }

  const tryTemplate = (
    t: Template,
    level: Strictness,
    holdCaps: boolean,
    holdSeen: boolean
  ): Item | null => {
    const kept = spares.get(t.id) ?? []
    for (let i = 0; i < kept.length; i++) {
      const item = kept[i] as Item
      if (acceptable(item, level, true, holdCaps, holdSeen)) {
        kept.splice(i, 1)
        return item
      }
    }
    // A draw turned away only for a scenario tag already in the quiz (read-through 9, P6) does
    // not use up one of the template's attempts, up to TAG_RETRIES extra draws: a template whose
    // arms are tagged apart still has its other arms to offer.
    let tagRetries = composition ? TAG_RETRIES : 0
    let pointRetries = POINT_RETRIES
    for (let a = 0; a < attempts; a++) {
      const seed = rng.int(0, SEEDS_PER_TEMPLATE - 1)
      const item = rememberSeed(generateItem(t, seed, course), seed)
      if (acceptable(item, level, a === attempts - 1, holdCaps, holdSeen)) return item
      if (tagRetries > 0 && (picked.scenarioTaken(item) || (holdSeen && picked.metBefore(item)))) {
        tagRetries--
        a--
      } else if (pointRetries > 0 && picked.pointTaken(item, level)) {
        // Likewise at the strictest level for a teaching point (read 11): the template's other
        // answers may still be fresh.
        pointRetries--
        a--
      }
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
    const inTurn = [first, ...(bySection.get(section) ?? []).filter((t) => t !== first)]
    const unmet = (t: Template) => !metTemplates.has(t.id)
    // Unmet templates first, each group in turn order.
    const candidates = [...inTurn.filter(unmet), ...inTurn.filter((t) => !unmet(t))]
    // The strictest step keeps met templates back while the section still has an unmet one
    // (ordering alone let a met template win at level 0 over an unmet one whose draws met a
    // teaching point there); once all are met, every template competes again.
    const holdBack = candidates.some(unmet)
    for (const [level, holdCaps, holdSeen] of slotSteps(maxLevel, picked.hasMetBefore)) {
      for (const t of candidates) {
        if (level === 0 && holdBack && !unmet(t)) continue
        if (composition && picked.atTemplateCap(t.id)) continue
        if (composition && picked.scenariosTaken(profile(t, course))) continue
        if (holdSeen && picked.seenScenarios(profile(t, course))) continue
        if ((floor.get(t.id) ?? 0) > level) continue
        if (picked.exhausted(profile(t, course), level) && !(spares.get(t.id) ?? []).length)
          continue
        const item = tryTemplate(t, level, holdCaps, holdSeen)
        if (item) return item
        // Only a failure with the caps and the met cases let go says the template is out of
        // fresh keys there.
        if (level < 2 && !holdCaps && !holdSeen) {
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
  //
  // While the blueprint spans five or more sections, a section that takes over others' slots stops
  // at MAX_SECTION_SHARE of the quiz (or its own quota, if larger); only the final pass lifts that.
  const inSection = new Map<SectionId, number>()
  for (const it of picked.items) inSection.set(it.section, (inSection.get(it.section) ?? 0) + 1)
  const capped = order.length >= 5
  const minWeight = Math.min(...order.map(weight))
  const cap = (s: SectionId) => Math.max(quota.get(s) ?? 0, Math.ceil(count * MAX_SECTION_SHARE))
  // The third pass keeps the section cap but hands reserved scenario tags back to every section
  // and draws CAP_PASS_ATTEMPTS seeds per template, so a quiz the earlier passes left short (their
  // three draws missed a template's few free arms) is filled under the cap before it is lifted.
  for (const [maxLevel, useCap, strict, reserve, draws] of [
    [1, capped, true, true, ATTEMPTS_PER_TEMPLATE],
    [2, capped, true, true, ATTEMPTS_PER_TEMPLATE],
    [2, capped, true, false, CAP_PASS_ATTEMPTS],
    [2, false, true, false, ATTEMPTS_PER_TEMPLATE],
    [2, false, false, false, ATTEMPTS_PER_TEMPLATE]
  ] as const) {
    if (picked.items.length >= count) break
    composition = strict
    reserving = reserve
    attempts = draws
    if (!strict) {
      // Templates marked out of fresh keys under the rules get a fresh look without them.
      floor.clear()
      failures.clear()
    }
    const need = new Map(quota)
    if (maxLevel === 2) for (const s of order) need.set(s, 1)
    const underCap = (s: SectionId) => !useCap || (inSection.get(s) ?? 0) < cap(s)
    const retired = new Set<SectionId>()
    while (picked.items.length < count) {
      let added = false
      for (const s of order) {
        if (picked.items.length >= count) break
        if (retired.has(s) || (need.get(s) ?? 0) <= 0 || !underCap(s)) continue
        // A heavier-weighted section (the mission's two skills) short of its share gets a deeper
        // look at unseen decisions (levels 0–1, the Unused pool's promise) before it takes a met
        // decision or retires: its scenario tags leave a template only some arms free, which
        // three draws can miss, and its slot would go to a lighter section.
        const heavyShort = weight(s) > minWeight && (inSection.get(s) ?? 0) < (quota.get(s) ?? 0)
        const deep = (): Item | null => {
          const before = attempts
          attempts = CAP_PASS_ATTEMPTS
          const found = fillSlot(s, 1)
          attempts = before
          return found
        }
        let item = heavyShort && maxLevel === 2 ? deep() : null
        if (!item) item = fillSlot(s, maxLevel)
        if (!item && heavyShort && maxLevel < 2) item = deep()
        if (!item) {
          retired.add(s)
          continue
        }
        picked.add(item)
        inSection.set(s, (inSection.get(s) ?? 0) + 1)
        for (const c of item.claims) coveredDue.add(c)
        need.set(s, (need.get(s) ?? 0) - 1)
        added = true
      }
      if (!added) {
        const live = order.filter((s) => !retired.has(s) && underCap(s))
        if (live.length === 0) break
        for (const s of live) need.set(s, 1)
      }
    }
  }

  return orderNoAdjacentFamily(picked.items, rng)
}

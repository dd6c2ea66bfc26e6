// Ordering a drawn quiz so that no two items of one template family come one after the other,
// and no long run of items keys the same letter (a test-wise examinee notices "D again").
import { keyedClass, spoils } from './check/spoilers'
import { teachingPoints } from './check/teaching-points'
import type { Item, SectionId } from './item'
import type { Rng } from './rng'

// Items whose key is a fact that case items' explanations and rationales restate ("RLS is a
// clinical diagnosis", "serum iron can be normal while brain iron is low", "check ferritin, TSAT
// and the drug list", "agonists are suggested against because of augmentation", the morning
// sample): served before the cases, so the feedback of an earlier item does not hand them their
// key (read 14, P4: ten items answered by an explanation shown earlier in the quiz).
const FOUNDATION_SECTIONS: ReadonlySet<SectionId> = new Set([
  'pitfalls-epidemiology',
  'dopamine-brain-iron',
  'genetics'
])
const FOUNDATION_TEMPLATES: ReadonlySet<string> = new Set([
  'iron-sampling-conditions',
  'secondary-context',
  // The medication items whose explanations rule out akathisia state this one's key.
  'mimic-akathisia-or-rls'
])
// Lessons keyed by the items that carry them and restated by others (the drug items that state
// "RLS, not akathisia" are the other side of that lesson, so it is not listed).
const SHARED_LESSON = /^teach:(augmentation|check-iron-and-drug-list|osa)$/

/** True when the item's key is a lesson other items' feedback states (see above). */
export function isFoundation(item: Item): boolean {
  return (
    FOUNDATION_SECTIONS.has(item.section) ||
    FOUNDATION_TEMPLATES.has(item.template) ||
    teachingPoints(item).some((p) => SHARED_LESSON.test(p))
  )
}

/**
 * `items` in their order, except that an item keying a drug class comes before the items whose
 * feedback names a drug of that class (check/spoilers.ts; read 20, P3: a rationale naming
 * diphenhydramine answered a later sedating-antihistamine item). Where the rule loops (two items
 * each naming the other's class) the earliest waiting item goes next.
 */
export function keyersBeforeNamers<T extends Item>(items: readonly T[]): T[] {
  const left = [...items]
  const out: T[] = []
  while (left.length > 0) {
    const free = left.findIndex((x) => !left.some((y) => y !== x && spoils(x, y)))
    out.push(left.splice(Math.max(0, free), 1)[0] as T)
  }
  return out
}

/** Longest run of one key letter the ordering allows when another item can go next. Generated
 * keys are uniform; this only breaks a chance streak (the repetition gate's limit is 5). */
export const MAX_ORDERED_KEY_RUN = 4

// Items without options (ordering tests pass bare family stubs) have no key letter to run.
const keyIndex = (item: Item): number =>
  (item.options as Item['options'] | undefined)?.findIndex((o) => o.correct) ?? -1

/** How many items at the end of `out` key the same letter as `item`. */
function runWith(out: readonly Item[], item: Item): number {
  const k = keyIndex(item)
  if (k < 0) return 0
  let n = 0
  for (let i = out.length - 1; i >= 0 && keyIndex(out[i] as Item) === k; i--) n++
  return n
}

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
 * shuffle (foundation items first), then at each position the first item (in shuffled order)
 * whose family differs from the previous one and leaves the rest arrangeable. When the set
 * cannot be separated (one family has more than half the items), the family with the most items
 * left goes next.
 */
export function orderNoAdjacentFamily(items: readonly Item[], rng: Rng): Item[] {
  // Foundation items lead the shuffled order, so the greedy pass below serves them first
  // wherever the family and key-run rules allow.
  const foundation = items.filter(isFoundation)
  const cases = items.filter((i) => !foundation.includes(i))
  const left = [
    ...keyersBeforeNamers(rng.shuffle(foundation)),
    ...keyersBeforeNamers(rng.shuffle(cases))
  ]
  const counts = new Map<string, number>()
  for (const it of left) counts.set(it.family, (counts.get(it.family) ?? 0) + 1)
  const out: Item[] = []
  while (left.length > 0) {
    const last = out[out.length - 1]?.family
    let pick = -1
    if (arrangeable(counts, last)) {
      // First choice: keeps families apart, the key-letter run short and two items keying one
      // drug class apart (read 21, P3: three sedating-antihistamine keys in a row); then
      // families and the key run; else families only.
      const lastClass = out.length > 0 ? keyedClass(out[out.length - 1] as Item) : undefined
      let nextBest = -1
      let fallback = -1
      for (let i = 0; i < left.length; i++) {
        const fam = (left[i] as Item).family
        if (fam === last) continue
        counts.set(fam, (counts.get(fam) ?? 0) - 1)
        const ok = arrangeable(counts, fam)
        counts.set(fam, (counts.get(fam) ?? 0) + 1)
        if (!ok) continue
        if (runWith(out, left[i] as Item) < MAX_ORDERED_KEY_RUN) {
          if (lastClass === undefined || keyedClass(left[i] as Item) !== lastClass) {
            pick = i
            break
          }
          if (nextBest < 0) nextBest = i
        }
        if (fallback < 0) fallback = i
      }
      if (pick < 0) pick = nextBest >= 0 ? nextBest : fallback
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

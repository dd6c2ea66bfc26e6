// Finding an item by its id: the bank's canonical seed space is searched through a per-template
// index, so a stored id (an incorrect or flagged item) can be turned back into the item. The
// course whose bank is searched is a parameter.
import { SEEDS_PER_TEMPLATE } from './bank'
import type { CourseBank } from './course/bank'
import { generateItem, templateIdOf } from './generate'
import type { Item } from './item'
import { hashSeed } from './rng'

// The canonical seed an item was generated from, when the assembler drew it: a cheap way back
// from a snapshot to the bank (regenerate one item instead of indexing the whole template).
const seedOfItem = new WeakMap<Item, number>()

export function rememberSeed(item: Item, seed: number): Item {
  seedOfItem.set(item, seed)
  return item
}

export function seedOf(item: Item): number | null {
  return seedOfItem.get(item) ?? null
}

/**
 * The bank's item with this id, trying `seed` first (one generation) and else the full search.
 * A wrong or forged seed costs only the fallback: the answer is always the bank's own item.
 */
export function findItemWithSeed(
  id: string,
  seed: number | null | undefined,
  course: CourseBank
): Item | null {
  if (seed != null && Number.isSafeInteger(seed) && seed >= 0 && seed < SEEDS_PER_TEMPLATE) {
    const t = course.templates.find((x) => x.id === templateIdOf(id))
    if (t) {
      const item = generateItem(t, seed, course)
      if (item.id === id) return item
      // Same vignette (template and params) but another decision suffix: the search below
      // would return an item with exactly these params, and the stable-id gate (bank:check)
      // guarantees every seed with these params gives this very item, so it is the answer,
      // without indexing the template (4,096 generations for each forged snapshot).
      if (baseId(item.id) === baseId(id)) return item
    }
  }
  return findItemById(id, course)
}

// Per template, a map from a 32-bit hash of each item's base id (the id without its "#decision"
// suffix) to the seeds that produce it. Built once per template on first use
// (SEEDS_PER_TEMPLATE generations); hashes keep it small in memory.
//
// Across a bank version change an id is handled on purpose: the exact id is returned when it
// still exists; an id whose vignette (template + params) still exists but whose content changed
// (a different "#decision" suffix, or none, as in ids from before 2.0.0) resolves to the current
// item with that vignette; an id whose template or params are gone resolves to null, and callers
// drop it (the pools keep their other items, attempts keep their own snapshots).
// Keyed by course id and bank version too: two courses may both have a template "t1".
const idIndex = new Map<string, Map<number, number[]>>()

/** Finds the item with this id in the bank's canonical seed space, or null (e.g. an id from an
 * older bank version). Callers that hold item snapshots should pass `include` instead. */
export function findItemById(id: string, course: CourseBank): Item | null {
  const t = course.templates.find((x) => x.id === templateIdOf(id))
  if (!t) return null
  const key = `${course.id}|${course.version}|${t.id}`
  let index = idIndex.get(key)
  if (!index) {
    index = new Map()
    for (let s = 0; s < SEEDS_PER_TEMPLATE; s++) {
      const h = hashSeed(baseId(generateItem(t, s, course).id))
      const seeds = index.get(h)
      if (seeds) seeds.push(s)
      else index.set(h, [s])
    }
    idIndex.set(key, index)
  }
  let changed: Item | null = null
  for (const seed of index.get(hashSeed(baseId(id))) ?? []) {
    const item = generateItem(t, seed, course)
    if (item.id === id) return item
    if (!changed && baseId(item.id) === baseId(id)) changed = item
  }
  return changed
}

/** The id without its "#decision" suffix: the template and its params. */
export function baseId(id: string): string {
  const i = id.lastIndexOf('#')
  return i < 0 ? id : id.slice(0, i)
}

/** How a stored id resolves in the current bank. */
export function resolveItemId(
  id: string,
  course: CourseBank
): { status: 'same' | 'changed'; item: Item } | { status: 'vanished'; item: null } {
  const item = findItemById(id, course)
  if (!item) return { status: 'vanished', item: null }
  return { status: item.id === id ? 'same' : 'changed', item }
}

// Finding an item by its id: the bank's canonical seed space is searched through a per-template
// index, so a stored id (an incorrect or flagged item) can be turned back into the item.
import { SEEDS_PER_TEMPLATE } from './bank'
import { generateItem, templateIdOf } from './generate'
import type { Item } from './item'
import { hashSeed } from './rng'
import { templates as registry } from './templates/index'
import type { Template } from './templates/types'

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

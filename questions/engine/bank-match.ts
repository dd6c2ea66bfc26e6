// Re-deriving an attempt's items from the bank. An item snapshot is only trusted as far as the
// bank can regenerate it from its id: the same id in the same bank version must give the same
// key, section, estimated time and text. A snapshot that differs was not made by this app (a
// forged backup claiming 200 keyed items of an hour each); one from another bank version cannot
// be checked, so it is flagged rather than believed.
import { itemBelongsTo, type CourseBank } from '../course/bank'
import { findItemWithSeed } from '../find-item'
import type { Item } from '../item'

export type ItemMismatch =
  | { index: number; kind: 'unknown'; detail: string }
  | { index: number; kind: 'differs'; detail: string }

function differences(snapshot: Item, bank: Item): string[] {
  const out: string[] = []
  const keyOf = (i: Item): string => i.options.find((o) => o.correct)?.id ?? '-'
  if (keyOf(snapshot) !== keyOf(bank)) out.push('key')
  if (snapshot.section !== bank.section) out.push('section')
  if (snapshot.estimatedSeconds !== bank.estimatedSeconds) out.push('estimated time')
  // A snapshot from before items carried a course id is compared without it (itemBelongsTo).
  const comparable = snapshot.courseId === undefined ? { ...bank, courseId: undefined } : bank
  if (out.length === 0 && JSON.stringify(snapshot) !== JSON.stringify(comparable)) {
    out.push('content')
  }
  return out
}

/**
 * Every item that the bank cannot vouch for, in order; [] when all of them match. Repeated ids
 * count as a mismatch too: the assembler never draws an item twice.
 */
export function matchItemsToBank(
  items: readonly Item[],
  course: CourseBank,
  seeds: readonly (number | null)[] = []
): ItemMismatch[] {
  const problems: ItemMismatch[] = []
  const seen = new Set<string>()
  const cache = new Map<string, Item | null>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({ index, kind: 'differs', detail: 'it repeats an earlier item' })
      return
    }
    seen.add(item.id)
    if (!itemBelongsTo(item, course)) {
      problems.push({
        index,
        kind: 'unknown',
        detail: `it comes from course ${item.courseId ?? '?'}, not ${course.id}`
      })
      return
    }
    if (item.bankVersion !== course.version) {
      problems.push({
        index,
        kind: 'unknown',
        detail: `it comes from question bank ${item.bankVersion}, not ${course.version}`
      })
      return
    }
    let bank = cache.get(item.id)
    if (bank === undefined) {
      bank = findItemWithSeed(item.id, seeds[index], course)
      cache.set(item.id, bank)
    }
    if (bank === null) {
      problems.push({ index, kind: 'unknown', detail: 'the question bank has no item with its id' })
      return
    }
    const diff = differences(item, bank)
    if (diff.length > 0) {
      problems.push({
        index,
        kind: 'differs',
        detail: `its ${diff.join(', ')} differ from the bank`
      })
    }
  })
  return problems
}

export function describeMismatch(m: ItemMismatch): string {
  return `item ${m.index + 1}: ${m.detail}`
}

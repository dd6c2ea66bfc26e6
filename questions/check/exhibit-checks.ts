// Gates for an item's tables: each has a caption and rows with something in every required cell,
// and a lab table shows the ferritin and TSAT the key is recomputed from (facts.labs), so the
// table the learner reads and the values the iron gate checks can never drift apart.
import type { Item } from '../item'
import { problem, type Problem } from './types'

const blank = (s: string): boolean => s.trim() === ''

/** The number a lab row shows, or null when it shows a word ("normal"). */
function shown(item: Item, name: RegExp): number | null | undefined {
  for (const e of item.exhibits ?? []) {
    if (e.kind !== 'labs') continue
    const row = e.rows.find((r) => name.test(r.name))
    if (row) return /^\d+(\.\d+)?$/.test(row.value) ? Number(row.value) : null
  }
  return undefined
}

export function checkExhibits(item: Item): Problem[] {
  const out: Problem[] = []
  const p = (message: string): number =>
    out.push(problem('exhibits', message, item.id, item.template))
  for (const [i, e] of (item.exhibits ?? []).entries()) {
    if (blank(e.caption)) p(`table ${i + 1} has no caption`)
    if (e.rows.length === 0) p(`table ${i + 1} has no rows`)
    if (e.kind === 'labs') {
      for (const r of e.rows)
        if (blank(r.name) || blank(r.value)) p(`table ${i + 1}: a result lacks a name or value`)
    } else {
      for (const r of e.rows)
        if (blank(r.drug) || blank(r.dose)) p(`table ${i + 1}: a medicine lacks a name or dose`)
    }
  }
  const labs = (item.facts as { labs?: { ferritinNgMl?: number; tsatPercent?: number } }).labs
  if (labs && item.exhibits?.some((e) => e.kind === 'labs')) {
    const ferritin = shown(item, /^ferritin/i)
    const tsat = shown(item, /^TSAT/)
    if (ferritin !== undefined && ferritin !== labs.ferritinNgMl)
      p(`the table shows ferritin ${ferritin}, the facts ${labs.ferritinNgMl}`)
    if (tsat !== undefined && tsat !== labs.tsatPercent)
      p(`the table shows TSAT ${tsat}, the facts ${labs.tsatPercent}`)
  }
  return out
}

// Lone cues (read-through of bank 2.9.0, pattern P1): an item where exactly one option stands out
// by its form, and the key is that option. The whole-bank strategies average over every item, so
// a template can pass them while a quarter of its items put the key in a visibly longer line, or
// make it the one option free of "always"/"only" words, or the one hedged option. Here the gate
// counts, per template and over the bank, how often the key is the lone stand-out, against how
// often a blind pick would land on the stand-out (1/n for each item that has one): if options
// carry no cue, the key is the stand-out no more often than any other option.
import type { Item } from '../item'
import { ABSOLUTES, HEDGES } from './cue-checks'

export type LoneCueId = 'lone-longest' | 'lone-unqualified' | 'lone-hedged'

export const LONE_CUES: readonly LoneCueId[] = ['lone-longest', 'lone-unqualified', 'lone-hedged']

/** "Much longer": at least this many times the length of every other option. */
export const LONE_LONGEST_RATIO = 1.25
/** How far the key's share may exceed a blind pick's, in percentage points. */
export const LONE_CUE_MARGIN_POINTS = 5

export interface LoneCueFigure {
  /** Items with a lone stand-out option, in percent of items. */
  withStandOut: number
  /** Items whose key is the lone stand-out, in percent of items. */
  keyStandsOut: number
  /** What a blind pick would give: Σ 1/n over items with a stand-out, in percent of items. */
  expected: number
}

export type LoneCueFigures = Record<LoneCueId, LoneCueFigure>

function countOf(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

/** The index of the only option with `has` true while every other has it false, or -1. */
function loneIndex(flags: readonly boolean[]): number {
  const first = flags.indexOf(true)
  return first >= 0 && flags.indexOf(true, first + 1) < 0 ? first : -1
}

/** The option that stands out under a lone cue, or -1 when none does. */
export function standOutOption(item: Item, cue: LoneCueId): number {
  const texts = item.options.map((o) => o.text)
  switch (cue) {
    case 'lone-longest':
      return loneIndex(
        texts.map((t, i) =>
          texts.every((u, j) => j === i || t.length >= LONE_LONGEST_RATIO * u.length)
        )
      )
    case 'lone-unqualified': {
      const absolutes = texts.map((t) => countOf(t, ABSOLUTES))
      // Only a cue when every other option carries an absolute: the key is the measured one.
      return loneIndex(absolutes.map((a) => a === 0))
    }
    case 'lone-hedged':
      return loneIndex(texts.map((t) => countOf(t, HEDGES) > 0))
  }
}

export function loneCueFigures(items: readonly Item[]): LoneCueFigures {
  const n = Math.max(1, items.length)
  const out = {} as LoneCueFigures
  for (const cue of LONE_CUES) {
    let withStandOut = 0
    let keyStandsOut = 0
    let expected = 0
    for (const item of items) {
      const i = standOutOption(item, cue)
      if (i < 0) continue
      withStandOut++
      expected += 1 / item.options.length
      if (item.options[i]?.correct) keyStandsOut++
    }
    out[cue] = {
      withStandOut: (100 * withStandOut) / n,
      keyStandsOut: (100 * keyStandsOut) / n,
      expected: (100 * expected) / n
    }
  }
  return out
}

/** Lone cues whose key share exceeds a blind pick's by more than the margin. */
export function loneCueFailures(f: LoneCueFigures, margin = LONE_CUE_MARGIN_POINTS): LoneCueId[] {
  return LONE_CUES.filter((c) => f[c].keyStandsOut > f[c].expected + margin)
}

export function describeLoneCue(cue: LoneCueId, f: LoneCueFigure): string {
  return `key is the ${cue.replace('lone-', 'lone ')} option in ${f.keyStandsOut.toFixed(1)}% of items vs ${f.expected.toFixed(1)}% by a blind pick (limit +${LONE_CUE_MARGIN_POINTS})`
}

// Lone cues (read-through of bank 2.9.0, pattern P1): an item where exactly one option stands out
// by its form, and the key is that option. The whole-bank strategies average over every item, so
// a template can pass them while a quarter of its items put the key in a visibly longer line, or
// make it the one option free of "always"/"only" words, or the one hedged option. Here the gate
// counts, per template and over the bank, how often the key is the lone stand-out, against how
// often a blind pick would land on the stand-out (1/n for each item that has one): if options
// carry no cue, the key is the stand-out no more often than any other option.
import type { Item } from '../item'
import { isHedged, isUnqualified } from './cue-checks'

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
    case 'lone-unqualified':
      // Only a cue when every other option carries an absolute: the key is the measured one.
      return loneIndex(texts.map(isUnqualified))
    case 'lone-hedged':
      // The one qualified statement (more hedges than absolutes) among confident ones.
      return loneIndex(texts.map(isHedged))
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

// --- the key much longer than every foil, item by item (read 7, P2) ------------------------------
// The lone-longest cue asks for 1.25× every other option; read 7 found keys 1.36× and 1.45× the
// next option in single items of templates that passed it, because the template's other items
// balanced the share. This gate is per item and symmetric: the share of items whose key is more
// than 1.15× the longest foil must not exceed the share whose longest foil is more than 1.15×
// every other option (the key included) by more than the margin. A lone long option may occur;
// it must not point at the key more often than at a foil.

/** "Clearly longer", for the per-item key-length gate. */
export const KEY_LONG_RATIO = 1.15

export interface KeyLengthFigure {
  /** Items whose key is > KEY_LONG_RATIO × the longest foil, in percent of items. */
  keyLong: number
  /** Items whose longest foil is > KEY_LONG_RATIO × every other option, in percent of items. */
  foilLong: number
}

/** Which option, if any, is clearly longer than every other: 'key', 'foil' or null. */
export function clearlyLongest(item: Item, ratio = KEY_LONG_RATIO): 'key' | 'foil' | null {
  const lengths = item.options.map((o) => o.text.length)
  const longest = Math.max(...lengths)
  const top = lengths.indexOf(longest)
  const next = Math.max(...lengths.filter((_, i) => i !== top))
  if (longest <= ratio * next) return null
  return item.options[top]?.correct ? 'key' : 'foil'
}

export function keyLengthFigure(items: readonly Item[]): KeyLengthFigure {
  const n = Math.max(1, items.length)
  let key = 0
  let foil = 0
  for (const item of items) {
    const who = clearlyLongest(item)
    if (who === 'key') key++
    else if (who === 'foil') foil++
  }
  return { keyLong: (100 * key) / n, foilLong: (100 * foil) / n }
}

export function keyLengthFails(f: KeyLengthFigure, margin = LONE_CUE_MARGIN_POINTS): boolean {
  return f.keyLong > f.foilLong + margin
}

export function describeKeyLength(f: KeyLengthFigure): string {
  return `key > ${KEY_LONG_RATIO}× the longest foil in ${f.keyLong.toFixed(1)}% of items vs a foil > ${KEY_LONG_RATIO}× every other option in ${f.foilLong.toFixed(1)}% (limit +${LONE_CUE_MARGIN_POINTS})`
}

// The lone-hedge cue (read-through of bank 2.2.0, pattern P1): when only the distractors speak in
// absolutes ("only", "nothing", "will", "can be ignored"), a test-wise examinee discards them and
// picks the one measured option without knowing any RLS. The fewest-absolutes strategy misses it
// because its word list is broad and scores ties; this gate is strict and per item: a distractor
// may carry one of these cue words only when the key carries one too.
import type { Item } from '../item'
import { problem, type Problem } from './types'

export const ABSOLUTE_CUE = /\b(only|nothing|never|always|ignored?|will|cannot|no need)\b/i

export function checkAbsoluteCue(item: Item): Problem[] {
  const key = item.options.find((o) => o.correct)
  if (!key || ABSOLUTE_CUE.test(key.text)) return []
  return item.options
    .filter((o) => !o.correct && ABSOLUTE_CUE.test(o.text))
    .map((o) =>
      problem(
        'absolute-cue',
        `distractor ${o.id} "${o.text}" speaks in absolutes ("${o.text.match(ABSOLUTE_CUE)?.[0]}") and the key does not`,
        item.id,
        item.template
      )
    )
}

// Explanations keyed to what the item asked (read-through pattern 5: genetics and mechanism items
// of one quiz shared 3–4-sentence bodies verbatim). An explanation is built from an opening on
// the keyed fact, one sentence on this patient's own figures, the keyed fact's teaching and a
// correction of one distractor the learner saw, each with several wordings. The wording is chosen
// by a hash of the stem, not by the item's RNG, so it adds no params and the item id still names
// its content exactly.
export interface Teaching {
  /** Short openings on the fact (one is chosen). */
  open: readonly string[]
  /** Why the fact holds, in several wordings (one is chosen). */
  teach: readonly string[]
  /** Why its false form is wrong, for when it was a distractor (one is chosen). */
  correct: readonly string[]
}

/** FNV-1a over the text and a salt: a stable index for choosing a wording. */
function pickIndex(text: string, salt: string, n: number): number {
  let h = 0x811c9dc5
  for (const ch of `${salt}|${text}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d) >>> 0
  return (h ^ (h >>> 12)) % n
}

/** One of several wordings, chosen by the stem (stable for an item, varied across items). */
export function choose(list: readonly string[], stem: string, salt: string): string {
  return list[pickIndex(stem, salt, list.length)] ?? list[0] ?? ''
}

/**
 * Opening + case sentence + teaching of the key + correction of one shown distractor.
 * `cases` are whole sentences already filled with this patient's figures.
 */
export function keyedExplanation(args: {
  stem: string
  key: string
  shown: readonly string[]
  teachings: Readonly<Record<string, Teaching>>
  cases: readonly string[]
}): string {
  const { stem, key, teachings } = args
  const t = teachings[key]
  const distractors = args.shown.filter((c) => c !== key && teachings[c])
  const other = distractors[pickIndex(stem, 'other', Math.max(1, distractors.length))]
  const parts = [
    t ? choose(t.open, stem, 'open') : '',
    choose(args.cases, stem, 'case'),
    t ? choose(t.teach, stem, 'teach') : '',
    other ? choose(teachings[other]?.correct ?? [], stem, 'correct') : ''
  ]
  return parts.filter((s) => s.length > 0).join(' ')
}

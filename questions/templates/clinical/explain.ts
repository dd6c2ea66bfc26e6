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
  // `^` yields a signed 32-bit value: without `>>> 0` half the hashes were negative, the index
  // undefined and the first wording served about half of all items (seen in read 7's repeats).
  return ((h ^ (h >>> 12)) >>> 0) % n
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
  const open = t ? choose(t.open, stem, 'open') : ''
  // A teaching wording that restates the opening is passed over for one that does not.
  const runs = wordRuns(open, 4)
  const fresh = (t?.teach ?? []).filter((x) => ![...wordRuns(x, 4)].some((r) => runs.has(r)))
  const parts = [
    open,
    choose(args.cases, stem, 'case'),
    t ? choose(fresh.length > 0 ? fresh : t.teach, stem, 'teach') : '',
    other ? choose(teachings[other]?.correct ?? [], stem, 'correct') : ''
  ]
  return parts.filter((s) => s.length > 0).join(' ')
}

/** Consecutive-word runs (lower case, punctuation dropped) of length `n` in a text. */
export function wordRuns(text: string, n = 5): Set<string> {
  const w = text
    .toLowerCase()
    .replace(/[^a-z0-9%≤<>–\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  const out = new Set<string>()
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '))
  return out
}

/** A body sentence and what to say instead when the opening already says it ('' drops it). */
export type BodySentence = string | { text: string; instead: string }

/**
 * The body after an opening, without restating the opening (read-through P7: explanations whose
 * first sentence came back word for word in the body). A sentence that shares a four-word run
 * with the opening is replaced by its `instead` text, or dropped.
 */
export function bodyAfter(opening: string, body: readonly BodySentence[]): string {
  const runs = wordRuns(opening, 4)
  return body
    .map((b) => {
      const text = typeof b === 'string' ? b : b.text
      const repeats = [...wordRuns(text, 4)].some((r) => runs.has(r))
      return repeats ? (typeof b === 'string' ? '' : b.instead) : text
    })
    .filter((s) => s.length > 0)
    .join(' ')
}

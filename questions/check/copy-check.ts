// The copy gate: no run of 8 or more consecutive words may be taken from the source summary.
// Pure: the gate works from hashes of the source's word 8-grams (a checked-in fingerprint, see
// source-fingerprint.ts), so it runs on any clone without the source text beside it. Hashes, not
// sentences: the fingerprint lets the gate recognise a copied run without shipping the source.

export const COPY_RUN_WORDS = 8

/** Lower-cased words (letters and digits), so punctuation and symbols do not hide a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * 64-bit FNV-1a of a shingle, as 16 hex digits (two 32-bit lanes with different offsets, because
 * plain JS numbers cannot hold 64-bit products). With under 10^4 source shingles the chance that
 * an unrelated run collides is about 10^-15 per shingle checked.
 */
export function shingleHash(shingle: string): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (let i = 0; i < shingle.length; i++) {
    const c = shingle.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x01000193) >>> 0
    b = (b + (a >>> 7)) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

export interface SourceIndex {
  n: number
  hashes: ReadonlySet<string>
}

export interface SourceFingerprint {
  n: number
  hashes: readonly string[]
}

/** The index of the source texts themselves (used to regenerate and to check the fingerprint). */
export function indexSource(texts: readonly string[], n = COPY_RUN_WORDS): SourceIndex {
  const hashes = new Set<string>()
  for (const t of texts) {
    const w = words(t)
    for (let i = 0; i + n <= w.length; i++) hashes.add(shingleHash(w.slice(i, i + n).join(' ')))
  }
  return { n, hashes }
}

export function indexFromFingerprint(fp: SourceFingerprint): SourceIndex {
  return { n: fp.n, hashes: new Set(fp.hashes) }
}

/** The fingerprint of an index: its sorted hashes, the form checked into the repository. */
export function fingerprintOf(index: SourceIndex): SourceFingerprint {
  return { n: index.n, hashes: [...index.hashes].sort() }
}

/** Lane a of shingleHash over words[i..i+n) joined by single spaces, without building the string. */
function laneA(w: readonly string[], i: number, n: number): number {
  let a = 0x811c9dc5
  for (let k = i; k < i + n; k++) {
    if (k > i) a = Math.imul(a ^ 0x20, 0x01000193) >>> 0
    const word = w[k] as string
    for (let j = 0; j < word.length; j++) a = Math.imul(a ^ word.charCodeAt(j), 0x01000193) >>> 0
  }
  return a
}

// Speed, not meaning: the bank check looks at every text of ~45,000 generated items, most of them
// repeats (rationales, explanation sentences). Per index, a prefilter of the hashes' first lanes
// lets almost every shingle be rejected with numbers only, and each distinct text is scanned once.
const prefilters = new WeakMap<SourceIndex, Set<number>>()
const scanned = new WeakMap<SourceIndex, Map<string, readonly string[]>>()
const MAX_REMEMBERED_TEXTS = 100_000

function prefilterOf(index: SourceIndex): Set<number> {
  let lanes = prefilters.get(index)
  if (!lanes) {
    lanes = new Set([...index.hashes].map((h) => Number.parseInt(h.slice(0, 8), 16)))
    prefilters.set(index, lanes)
  }
  return lanes
}

/** The copied runs (each at least n words, overlapping shingles merged) found in `text`. */
export function copiedRuns(text: string, index: SourceIndex): string[] {
  let memo = scanned.get(index)
  if (!memo) scanned.set(index, (memo = new Map()))
  const known = memo.get(text)
  if (known) return [...known]
  const runs = scanRuns(text, index)
  if (memo.size >= MAX_REMEMBERED_TEXTS) memo.clear()
  memo.set(text, runs)
  return [...runs]
}

function scanRuns(text: string, index: SourceIndex): string[] {
  const w = words(text)
  const lanes = prefilterOf(index)
  const runs: string[] = []
  let start = -1
  let end = -1
  for (let i = 0; i + index.n <= w.length; i++) {
    if (!lanes.has(laneA(w, i, index.n))) continue
    if (index.hashes.has(shingleHash(w.slice(i, i + index.n).join(' ')))) {
      if (start >= 0 && i <= end) end = i + index.n
      else {
        if (start >= 0) runs.push(w.slice(start, end).join(' '))
        start = i
        end = i + index.n
      }
    }
  }
  if (start >= 0) runs.push(w.slice(start, end).join(' '))
  return runs
}

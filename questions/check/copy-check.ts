// The copy gate: no run of 8 or more consecutive words may be taken from the source summary.
// Pure: the caller reads the source file and passes its text in (questions/ cannot use node:fs).

export const COPY_RUN_WORDS = 8

/** Lower-cased words (letters and digits), so punctuation and symbols do not hide a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

export interface SourceIndex {
  n: number
  shingles: ReadonlySet<string>
}

export function indexSource(texts: readonly string[], n = COPY_RUN_WORDS): SourceIndex {
  const shingles = new Set<string>()
  for (const t of texts) {
    const w = words(t)
    for (let i = 0; i + n <= w.length; i++) shingles.add(w.slice(i, i + n).join(' '))
  }
  return { n, shingles }
}

/** The copied runs (each at least n words, overlapping shingles merged) found in `text`. */
export function copiedRuns(text: string, index: SourceIndex): string[] {
  const w = words(text)
  const runs: string[] = []
  let start = -1
  let end = -1
  for (let i = 0; i + index.n <= w.length; i++) {
    if (index.shingles.has(w.slice(i, i + index.n).join(' '))) {
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

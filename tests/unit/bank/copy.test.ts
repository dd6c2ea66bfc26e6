import { describe, expect, it } from 'vitest'
import {
  copiedRuns,
  fingerprintOf,
  indexFromFingerprint,
  indexSource,
  shingleHash,
  words
} from '../../../questions/check/copy-check'
import { checkContentCopy, checkItemCopy } from '../../../questions/check/index'
import { SOURCE_FINGERPRINT } from '../../../questions/check/source-fingerprint'
import { generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'
import { copyIndex } from '../../../scripts/bank-source'
import { readSourceText } from '../../../scripts/source-summary'
import { rlsCausesCourse } from '../../../questions/content/course'

// A made-up "source" for the mechanism: the gate must behave the same on it as on the real one.
const SAMPLE = `Iron stores in the brain run low in many people with restless legs, even when the
blood count is normal. Several antidepressants and sedating antihistamines make symptoms worse at
night, and stopping them often helps within days.`

describe('the 8-word copy gate', () => {
  const sample = indexSource([SAMPLE])

  it('finds a run copied from the source, whatever the punctuation and case', () => {
    const copied = `Intro words here. ${SAMPLE.toUpperCase().replace(/,/g, ' ;')} And more.`
    expect(copiedRuns(copied, sample).length).toBeGreaterThan(0)
    expect(
      copiedRuns('several antidepressants and sedating antihistamines make symptoms', sample)
    ).toEqual([])
  })

  it('merges overlapping shingles into one run', () => {
    const long = words(SAMPLE).slice(3, 23).join(' ')
    expect(copiedRuns(`Preface: ${long}.`, sample)).toEqual([long])
  })

  it('works from hashes alone: a fingerprint finds what the text finds', () => {
    const fromHashes = indexFromFingerprint(fingerprintOf(sample))
    const probe = `We read that ${words(SAMPLE).slice(10, 30).join(' ')} in a review.`
    expect(copiedRuns(probe, fromHashes)).toEqual(copiedRuns(probe, sample))
    expect(copiedRuns(probe, fromHashes)).toHaveLength(1)
    for (const h of fingerprintOf(sample).hashes) expect(h).toMatch(/^[0-9a-f]{16}$/)
  })

  it('the fast scan finds exactly what hashing every joined shingle finds', () => {
    // The reference: every 8-word shingle joined and hashed, as the fingerprint was built.
    const reference = (text: string): boolean[] => {
      const w = words(text)
      return w
        .slice(0, Math.max(0, w.length - 7))
        .map((_, i) => sample.hashes.has(shingleHash(w.slice(i, i + 8).join(' '))))
    }
    const source = words(SAMPLE)
    let seed = 7
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k
    for (let t = 0; t < 300; t++) {
      // Splices of the source with foreign words, so runs start, stop and overlap anywhere.
      const parts: string[] = []
      while (parts.length < 40) {
        const from = next(source.length)
        parts.push(...source.slice(from, from + 1 + next(12)), ...(next(3) ? [] : ['zebra']))
      }
      const text = parts.join(next(2) ? ' ' : ', ')
      const expected = reference(text).some(Boolean)
      expect(copiedRuns(text, sample).length > 0).toBe(expected)
      expect(copiedRuns(text, sample)).toEqual(copiedRuns(text, sample))
    }
  })

  it('hashes distinguish near-identical shingles', () => {
    const a = shingleHash('one two three four five six seven eight')
    expect(shingleHash('one two three four five six seven eighth')).not.toBe(a)
    expect(shingleHash('one two three four five six seven eight')).toBe(a)
  })

  it('the checked-in fingerprint is the source summary’s, and the gate uses it', () => {
    // Whoever has the source names its folder (RLS_CASEBOOK_SOURCE_DIR; the test never looks
    // outside the repository on its own): there the fingerprint must be regenerated from it
    // exactly. On any clone the fingerprint must still catch a sentence the source contains
    // (this one is quoted from it, as a canary) and be well formed.
    const dir = process.env.RLS_CASEBOOK_SOURCE_DIR
    const source = dir ? readSourceText(dir) : null
    if (source !== null) expect(fingerprintOf(indexSource([source]))).toEqual(SOURCE_FINGERPRINT)
    expect(SOURCE_FINGERPRINT.hashes.length).toBeGreaterThan(500)
    expect(new Set(SOURCE_FINGERPRINT.hashes).size).toBe(SOURCE_FINGERPRINT.hashes.length)
    const canary =
      'Essential tremor and some genetic ataxias show associations with higher RLS rates'
    expect(copiedRuns(canary, copyIndex())).toHaveLength(1)
  })

  it('no claim paraphrase copies from the source', () => {
    expect(checkContentCopy(copyIndex())).toEqual([])
  })

  it('no generated item copies 8+ words from the source (200 seeds per template)', () => {
    const index = copyIndex()
    const problems = templates.flatMap((t) =>
      Array.from({ length: 200 }, (_, s) =>
        checkItemCopy(generateItem(t, s, rlsCausesCourse), index)
      ).flat()
    )
    expect(problems.slice(0, 5)).toEqual([])
  })
})

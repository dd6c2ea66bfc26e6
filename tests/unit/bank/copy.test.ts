import { describe, expect, it } from 'vitest'
import { copiedRuns, indexSource, words } from '../../../questions/check/copy-check'
import { checkContentCopy, checkItemCopy } from '../../../questions/check/index'
import { generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'
import { sourceText } from './helpers'

describe('the 8-word copy gate', () => {
  const source = sourceText()
  const index = indexSource([source])

  it('reads the source summary from ../shared/source', () => {
    expect(words(source).length).toBeGreaterThan(300)
  })

  it('finds a run copied from the source, whatever the punctuation and case', () => {
    const sentence = source.split('\n').find((l) => words(l).length >= 12) ?? ''
    const copied = `Intro words here. ${sentence.toUpperCase().replace(/,/g, ' ;')} And more.`
    expect(copiedRuns(copied, index).length).toBeGreaterThan(0)
    expect(copiedRuns('Seven words long is not enough here at all', index)).toEqual([])
  })

  it('merges overlapping shingles into one run', () => {
    const w = words(source)
    const long = w.slice(100, 120).join(' ')
    expect(copiedRuns(long, index)).toEqual([long])
  })

  it('no claim paraphrase copies from the source', () => {
    expect(checkContentCopy(index)).toEqual([])
  })

  it('no generated item copies 8+ words from the source (200 seeds per template)', () => {
    const problems = templates.flatMap((t) =>
      Array.from({ length: 200 }, (_, s) => checkItemCopy(generateItem(t, s), index)).flat()
    )
    expect(problems.slice(0, 5)).toEqual([])
  })
})

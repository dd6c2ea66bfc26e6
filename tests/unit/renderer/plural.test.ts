// Issue 16 ("1 certificates"): counted nouns agree with their number.
import { describe, expect, it } from 'vitest'
import { plural, pluralOf } from '../../../renderer/src/ui/plural'

describe('plural', () => {
  it('is singular for one and plural otherwise', () => {
    expect(plural(1, 'certificate')).toBe('1 certificate')
    expect(plural(0, 'certificate')).toBe('0 certificates')
    expect(plural(2, 'submitted quiz')).toBe('2 submitted quizzes')
    expect(plural(1, 'submitted quiz')).toBe('1 submitted quiz')
    expect(plural(1200, 'item')).toBe('1,200 items')
  })
  it('knows the endings the app uses', () => {
    expect(pluralOf('category')).toBe('categories')
    expect(pluralOf('day')).toBe('days')
    expect(pluralOf('box')).toBe('boxes')
    expect(pluralOf('review')).toBe('reviews')
  })
})

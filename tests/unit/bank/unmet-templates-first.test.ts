// Read 16, P1: an Unused follow-up ran the first quiz's templates again (19 of 20 items), in their
// other arm or with another drug. The assembler now tries, for a returning learner, every template
// of a slot's section the learner has not met before one they have, and keeps met templates out of
// its strictest step while the section still has an unmet one (questions/assemble.ts, fillSlot).
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'

const medication = rlsCausesCourse.templates.filter((t) => t.section === 'medications')
const AUGMENTATION = new Set(['augmentation-recognise', 'augmentation-next-step'])
/** One item of every medication template except the two augmentation ones (which key no drug,
 * so no drug met in these items can hold them back). */
const metAllButAugmentation: Item[] = medication
  .filter((t) => !AUGMENTATION.has(t.id))
  .map((t) => generateItem(t, 0, rlsCausesCourse))

describe('a returning learner meets unmet templates first', () => {
  it('a one-item medications quiz is an unmet template, whatever the seed', () => {
    for (let s = 0; s < 12; s++) {
      const [item] = assembleQuiz({
        course: rlsCausesCourse,
        count: 1,
        seed: `unmet-${s}`,
        sections: ['medications'],
        exclude: new Set(metAllButAugmentation.map((i) => i.id)),
        seenItems: metAllButAugmentation
      })
      expect(item && AUGMENTATION.has(item.template)).toBe(true)
    }
  })

  it('without the past items the same seeds range over the whole section', () => {
    const served = new Set<string>()
    for (let s = 0; s < 12; s++) {
      const [item] = assembleQuiz({
        course: rlsCausesCourse,
        count: 1,
        seed: `unmet-${s}`,
        sections: ['medications']
      })
      if (item) served.add(item.template)
    }
    expect([...served].some((t) => !AUGMENTATION.has(t))).toBe(true)
  })

  it('once every template of the section is met, the section still fills its quiz', () => {
    const metAll = medication.map((t) => generateItem(t, 1, rlsCausesCourse))
    const quiz = assembleQuiz({
      course: rlsCausesCourse,
      count: 10,
      seed: 'all-met',
      sections: ['medications'],
      exclude: new Set(metAll.map((i) => i.id)),
      seenItems: metAll
    })
    expect(quiz).toHaveLength(10)
    // The strictest step is every template's again: no met template answer comes back.
    const answer = (i: Item) => `${i.template}|${i.options.find((o) => o.correct)?.code}`
    const met = new Set(metAll.map(answer))
    expect(quiz.filter((i) => met.has(answer(i))).length).toBeLessThanOrEqual(2)
  })

  it('a medications follow-up of ten after a 40-item quiz runs few of its templates again', () => {
    let metServed = 0
    for (const learner of ['a', 'b', 'c', 'd']) {
      const first = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: `U${learner}-0` })
      const metTemplates = new Set(first.map((i) => i.template))
      const next = assembleQuiz({
        course: rlsCausesCourse,
        count: 10,
        seed: `U${learner}-1`,
        sections: ['medications'],
        exclude: new Set(first.map((i) => i.id)),
        seenItems: first
      })
      expect(next).toHaveLength(10)
      metServed += next.filter((i) => metTemplates.has(i.template)).length
    }
    // 2.18.1's assembler, measured over 20 learners: 102 of 200 items ran a met template; with
    // unmet templates first, 48 of 200. Four learners here, with room for sampling.
    expect(metServed).toBeLessThanOrEqual(14)
  })
})

// Read 18, P1: a follow-up quiz re-ran the first quiz's cases under other templates (the
// augmenting dopamine agonist of mechanism-in-practice served again as augmentation-recognise;
// an SNRI on a clinic list; the chemotherapy antiemetic). The rules that keep met templates and
// decisions back cannot see that; a case's scenario tag can. For a returning learner every slot
// first holds back items whose tag they met in a past attempt (questions/assemble.ts, slotSteps).
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { scenarioTags } from '../../../questions/check/scenarios'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'

const template = (id: string) => {
  const t = rlsCausesCourse.templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return t
}

/** The first item of a template (over seeds from 0) that carries the tag. */
function itemWithTag(templateId: string, tag: string): Item {
  for (let s = 0; s < 500; s++) {
    const item = generateItem(template(templateId), s, rlsCausesCourse)
    if (scenarioTags(item).includes(tag)) return item
  }
  throw new Error(`${templateId} gives no item tagged ${tag}`)
}

// An SNRI found on a clinic's medication list, met once: two other medication templates
// (antidepressant-mirtazapine, trigger-snri-started-elsewhere) tell that case with another SNRI,
// which no teaching point of the met item holds back (a drug class is allowed twice a quiz).
const CASE = 'culprit:snri+setting:clinic-list'
const met = [itemWithTag('drug-hidden-in-list', CASE)]

const followUp = (seed: string, seenItems: readonly Item[]) =>
  assembleQuiz({
    course: rlsCausesCourse,
    count: 8,
    seed,
    sections: ['medications'],
    exclude: new Set(seenItems.map((i) => i.id)),
    seenItems
  })

describe('a returning learner meets new cases before met ones', () => {
  it('no follow-up item retells a met case while the section has others', () => {
    for (let s = 0; s < 12; s++) {
      const quiz = followUp(`met-case-${s}`, met)
      expect(quiz).toHaveLength(8)
      const retold = quiz.filter((i) => scenarioTags(i).includes(CASE))
      expect(retold.map((i) => i.id)).toEqual([])
    }
  })

  it('without the past attempt the same seeds do serve that case', () => {
    let served = 0
    for (let s = 0; s < 12; s++)
      served += followUp(`met-case-${s}`, []).filter((i) => scenarioTags(i).includes(CASE)).length
    expect(served).toBeGreaterThan(0)
  })

  it('a snapshot without a stem or facts is read as no case, and the quiz still fills', () => {
    const broken = { ...met[0], stem: undefined, facts: null } as unknown as Item
    expect(followUp('met-case-broken', [broken])).toHaveLength(8)
  })

  it('once every case of the section is met, the section still fills its quiz', () => {
    const everyCase = rlsCausesCourse.templates
      .filter((t) => t.section === 'medications')
      .flatMap((t) => [0, 1, 2, 3].map((s) => generateItem(t, s, rlsCausesCourse)))
    expect(followUp('met-case-all', everyCase)).toHaveLength(8)
  })
})

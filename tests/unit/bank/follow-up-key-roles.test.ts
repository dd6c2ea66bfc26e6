// Read 22, P3: four of a follow-up quiz's 20 items replayed a template of the learner's first
// quiz with the same key role — the culprit slot with another drug (the travel bag's sedating
// antihistamine, the antidepressant started beside insulin, the cycle-2 antiemetic) or the adult
// iron decision under a sibling template. A returning learner's slot first holds back items
// whose key role (questions/check/teaching-points.ts `keyRoles`) they met, with met cases.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { followUpRoleRepeats } from '../../../questions/check/follow-up'
import { keyRoles } from '../../../questions/check/teaching-points'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'

const template = (id: string) => {
  const t = rlsCausesCourse.templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return t
}
const keyCode = (i: Item) => i.options.find((o) => o.correct)?.code
const items = (id: string, n = 200) =>
  Array.from({ length: n }, (_, s) => generateItem(template(id), s, rlsCausesCourse))

describe('keyRoles', () => {
  it('names the culprit slot whatever drug fills it', () => {
    const list = items('drug-hidden-in-list')
    const drugsKeyed = new Set(list.map(keyCode))
    expect(drugsKeyed.size).toBeGreaterThan(2)
    for (const it of list) expect(keyRoles(it)).toContain('drug-hidden-in-list|culprit')
  })

  it('gives no culprit role where the key is not the drug the item names as aggravator', () => {
    const list = items('trigger-lost-control-ssri-or-iron')
    const iron = list.filter((i) => keyCode(i) === 'falling-iron')
    expect(iron.length).toBeGreaterThan(0)
    for (const it of iron)
      expect(keyRoles(it)).not.toContain('trigger-lost-control-ssri-or-iron|culprit')
  })

  it('shares the adult iron decision between iron-decision and iron-normal-ferritin', () => {
    const a = items('iron-decision').find((i) => keyCode(i) === 'iron-indicated')
    const b = items('iron-normal-ferritin').find((i) => keyCode(i) === 'iron-indicated')
    expect(a && b).toBeTruthy()
    expect(keyRoles(a as Item)).toContain('adult-iron-decision|iron-indicated')
    expect(keyRoles(b as Item)).toContain('adult-iron-decision|iron-indicated')
  })

  it('reads a malformed stored snapshot as having no roles', () => {
    expect(keyRoles({} as Item)).toEqual([])
    expect(keyRoles({ template: 'x', options: 'nope' } as unknown as Item)).toEqual([])
  })
})

// Two medication templates, both met: one always keys its culprit, the other has arms (the SSRI's
// side effect, met here, or falling iron). With both met, the unmet-template rule has nothing to
// say; the culprit role does: the follow-up takes the falling-iron arm. Without the role rule (or
// without the past attempt) the same seeds do serve the culprit template with another drug.
const met = [
  ...items('antidepressant-mirtazapine', 1),
  ...items('trigger-lost-control-ssri-or-iron')
    .filter((i) => keyCode(i) === 'ssri-effect')
    .slice(0, 1)
]
const pool = [template('antidepressant-mirtazapine'), template('trigger-lost-control-ssri-or-iron')]
const followUp = (seed: string, seenItems: readonly Item[]) =>
  assembleQuiz({
    course: rlsCausesCourse,
    templates: pool,
    count: 1,
    seed,
    sections: ['medications'],
    exclude: new Set(seenItems.map((i) => i.id)),
    seenItems
  })

describe('a returning learner meets new key roles before met ones', () => {
  it('no follow-up item keys the culprit role the learner met while another item fits', () => {
    for (let s = 0; s < 12; s++) {
      const quiz = followUp(`met-role-${s}`, met)
      expect(quiz).toHaveLength(1)
      expect(quiz.map((i) => `${i.template}|${keyCode(i)}`)).toEqual([
        'trigger-lost-control-ssri-or-iron|falling-iron'
      ])
    }
  })

  it('without the past attempt the same seeds do serve the culprit template', () => {
    const served = Array.from({ length: 12 }, (_, s) => followUp(`met-role-${s}`, [])[0]?.template)
    expect(served).toContain('antidepressant-mirtazapine')
  })

  it('the follow-up gate counts replays of met roles (figure within its limit)', () => {
    const { figure, problems } = followUpRoleRepeats(rlsCausesCourse, 3)
    expect(figure.items).toBe(60)
    expect(figure.replays).toBeLessThanOrEqual(figure.items)
    expect(problems.length === 0).toBe(figure.replays / figure.items <= 0.15)
  })
})

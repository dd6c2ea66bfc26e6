// Item.exhibits: templates' lab and medication tables reach the item, the attempt file, the
// player and review views and every text reader of an item, and an item without tables is
// exactly what it was before the field existed.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { itemSchema } from '../../../main/services/attempts-schema'
import { exportDocument, giftDocument } from '../../../scripts/bank-export-format'
import { checkExhibits } from '../../../questions/check/exhibit-checks'
import { strategyScores } from '../../../questions/check/cue-checks'
import { applyEvent, playerView, reviewView, type AttemptState } from '../../../questions/engine'
import { exhibitText, stemText } from '../../../questions/exhibits'
import { finishItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { labsTable, medicationsTable, wordResult } from '../../../questions/templates/kit/exhibits'
import type { ItemDraft, Template } from '../../../questions/templates/types'
import { startState } from '../engine/helpers'

const template: Template = {
  id: 'test-exhibits',
  family: '99',
  section: 'iron-status',
  title: 'test',
  generate: () => {
    throw new Error('not used')
  }
}

const labs = labsTable('Morning bloods', 'female', [
  ['haemoglobin', 11.4],
  ['ferritin', 38],
  ['tsat', 17],
  wordResult('Creatinine and eGFR', 'normal')
])
const meds = medicationsTable('Her medicines', [
  { drug: 'sertraline', dose: '50 mg in the morning', started: '3 weeks ago', reason: 'low mood' },
  { drug: 'ramipril', dose: '5 mg daily' }
])

function draft(exhibits?: ItemDraft['exhibits']): ItemDraft {
  return {
    params: { n: 1 },
    claims: ['S2'],
    difficulty: 2,
    estimatedSeconds: 90,
    stem: 'A 45-year-old woman has restless legs every evening.',
    ...(exhibits ? { exhibits } : {}),
    question: 'What is the most appropriate next step?',
    options: ['a', 'b', 'c', 'd'].map((code, i) => ({
      code,
      text: `Option ${code}`,
      correct: i === 0,
      rationale: `Because option ${code} is what it is, for reasons long enough.`
    })),
    objective: 'Read iron studies.',
    explanation: 'An explanation that is long enough.',
    evidenceNote: null,
    references: ['aasm2024'],
    facts: { labs: { ferritinNgMl: 38, tsatPercent: 17 }, population: 'adult', dialysis: false }
  }
}

describe('the kit builds rows from the course reference values', () => {
  it('names, units, intervals and laboratory flags', () => {
    expect(labs).toEqual({
      kind: 'labs',
      caption: 'Morning bloods',
      rows: [
        { name: 'Haemoglobin', value: '11.4', unit: 'g/dL', range: '12–15.5', flag: 'low' },
        // 38 ng/mL is "normal" to the laboratory though it qualifies for iron in RLS.
        { name: 'Ferritin', value: '38', unit: 'ng/mL', range: '20–200', flag: null },
        { name: 'TSAT', value: '17', unit: '%', range: '20–50', flag: 'low' },
        { name: 'Creatinine and eGFR', value: 'normal', unit: '', range: null, flag: null }
      ]
    })
    expect(labsTable('x', 'male', [['ferritin', 18]]).rows[0]).toMatchObject({ range: '15–400' })
    expect(meds.kind === 'medications' && meds.rows[1]).toEqual({
      drug: 'ramipril',
      dose: '5 mg daily',
      started: null,
      reason: null
    })
  })
  it('read as text the way a laboratory line reads', () => {
    expect(exhibitText(labs)).toBe(
      'Morning bloods: Haemoglobin 11.4 g/dL (12–15.5, low), Ferritin 38 ng/mL (20–200), TSAT 17% (20–50, low), Creatinine and eGFR normal.'
    )
    expect(exhibitText(meds)).toBe(
      'Her medicines: sertraline 50 mg in the morning (for low mood, started 3 weeks ago); ramipril 5 mg daily.'
    )
  })
})

describe('the generator and the views', () => {
  it('an item without tables has no exhibits key at all', () => {
    const item = finishItem(template, draft(), rlsCausesCourse)
    expect('exhibits' in item).toBe(false)
    expect(stemText(item)).toBe(item.stem)
    expect('exhibits' in finishItem(template, draft([]), rlsCausesCourse)).toBe(false)
  })
  it('an item with tables carries them, and its text readers see them', () => {
    const item = finishItem(template, draft([labs, meds]), rlsCausesCourse)
    expect(item.exhibits).toEqual([labs, meds])
    expect(stemText(item)).toBe(`${item.stem}\n\n${exhibitText(labs)}\n\n${exhibitText(meds)}`)
    // The stem-words cue strategy counts words in the tables too.
    const withWord = {
      ...item,
      options: item.options.map((o, i) => (i === 0 ? { ...o, text: 'sertraline' } : o))
    }
    expect(strategyScores(withWord, 'most-stem-words')[0]).toBe(1)
  })
  it('survive the attempt file with their key order, so the bank check still matches', () => {
    const item = finishItem(template, draft([labs, meds]), rlsCausesCourse)
    const parsed = itemSchema.parse(JSON.parse(JSON.stringify(item)))
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(item))
    const plain = finishItem(template, draft(), rlsCausesCourse)
    expect(JSON.stringify(itemSchema.parse(JSON.parse(JSON.stringify(plain))))).toBe(
      JSON.stringify(plain)
    )
    expect(() => itemSchema.parse({ ...item, exhibits: [{ kind: 'chart', rows: [] }] })).toThrow()
  })
  it('the player and review views carry them; a withheld exam carries none', () => {
    const item = finishItem(template, draft([labs]), rlsCausesCourse)
    const base = startState()
    const state: AttemptState = { ...base, items: [item as Item, ...base.items.slice(1)] }
    expect(playerView(state, 0).items[0]!.exhibits).toEqual([labs])
    expect(playerView(state, 0).items[1]!.exhibits).toEqual([])
    const suspended: AttemptState = {
      ...state,
      status: 'suspended',
      config: { ...state.config, exam: { rulesId: 'r' } }
    }
    expect(playerView(suspended, 0).items[0]!.exhibits).toEqual([])
    const submitted = applyEvent(state, {
      type: 'submitted',
      reason: 'user',
      elapsedMs: 0,
      at: '2026-01-01T00:10:00.000Z'
    })
    expect(reviewView(submitted).items[0]!.exhibits).toEqual([labs])
  })
})

describe('gates and exports', () => {
  it('a table that disagrees with the facts the key is recomputed from is refused', () => {
    expect(checkExhibits(finishItem(template, draft([labs]), rlsCausesCourse))).toEqual([])
    const wrong = labsTable('Bloods', 'female', [
      ['ferritin', 80],
      ['tsat', 17]
    ])
    const problems = checkExhibits(finishItem(template, draft([wrong]), rlsCausesCourse))
    expect(problems.map((p) => p.message)).toEqual(['the table shows ferritin 80, the facts 38'])
    const empty = medicationsTable('', [])
    expect(checkExhibits(finishItem(template, draft([empty]), rlsCausesCourse)).length).toBe(2)
  })
  it('GIFT and JSON exports keep the tables', () => {
    const item = finishItem(template, draft([labs, meds]), rlsCausesCourse)
    const gift = giftDocument([item], 1)
    expect(gift).toContain('<table><caption>Morning bloods</caption>')
    expect(gift).toContain('<tr><th>TSAT</th><td>17</td><td>%</td><td>20–50</td><td>low</td></tr>')
    expect(gift).toContain(
      '<tr><th>sertraline</th><td>50 mg in the morning</td><td>3 weeks ago</td><td>low mood</td></tr>'
    )
    expect(JSON.stringify(exportDocument([item], 1))).toContain('"exhibits"')
  })
})

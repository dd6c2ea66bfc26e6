// Read 6 (bank 2.11.0) in the trigger templates, and the middle-length strategy there: each a
// property of every item the templates concerned produce (300 seeds each, 1,000 for a figure).
import { describe, expect, it } from 'vitest'
import { cueFigures, strategyCredit } from '../../../questions/check/cue-checks'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { rlsCausesCourse } from '../../../questions/content/course'

const SEEDS = 300

function items(id: string, n = SEEDS): Item[] {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

/** A param from the item id ("template:k=v;k=v#hash"). */
function param(i: Item, name: string): string | undefined {
  const body = i.id.slice(i.id.indexOf(':') + 1, i.id.lastIndexOf('#'))
  return body
    .split(';')
    .map((kv) => kv.split('='))
    .find(([k]) => k === name)?.[1]
}
const arm = (i: Item) => param(i, 'arm')
const LOSS_WORDS = /menstrual periods|blood donation|vegan diet/

describe('trigger-lost-control-ssri-or-iron (read 6, 98731 #5 MAJOR)', () => {
  const all = items('trigger-lost-control-ssri-or-iron')

  it('never rules the SSRI out in the stem', () => {
    for (const i of all) expect(i.stem).not.toMatch(/without change|years of good control/)
  })

  it('tells of an iron-loss event in both arms, beside an unrelated one', () => {
    expect(new Set(all.map(arm))).toEqual(new Set(['ssri', 'iron']))
    for (const i of all) {
      expect(i.stem, i.id).toMatch(LOSS_WORDS)
      expect(i.stem, i.id).toMatch(/job|house move|physiotherapy|walking holidays/)
    }
  })

  it('names blood loss before diet when the ferritin has fallen', () => {
    for (const i of all.filter((x) => arm(x) === 'iron')) {
      const text = i.explanation
      // Read 9 (91237 #12): its own sentence now, "Blood loss comes first: …" (was "…: blood loss first: …").
      expect(text, i.id).toMatch(/blood loss[^.]* first/i)
      const blood = text.toLowerCase().indexOf('blood loss')
      const diet = text.indexOf('vegan')
      if (diet >= 0) expect(blood).toBeLessThan(diet)
    }
  })

  it('middle-length within chance + 5 (was +17.7), longest and shortest too', () => {
    const f = cueFigures(items('trigger-lost-control-ssri-or-iron', 1000))
    for (const s of ['middle-length', 'longest', 'shortest'] as const)
      expect(f.scores[s] - f.chance, s).toBeLessThanOrEqual(5)
  })

  it('lets the key be the shortest and the longest option', () => {
    const shortest = all.filter((i) => strategyCredit(i, 'shortest') > 0).length
    const longest = all.filter((i) => strategyCredit(i, 'longest') > 0).length
    expect(shortest / all.length).toBeGreaterThan(0.12)
    expect(longest / all.length).toBeGreaterThan(0.12)
  })
})

describe('which-drug option forms drawn by length rank (rankForms)', () => {
  // Before: the co-started and the centrally acting drugs were always shorter than these keys,
  // so the key was never the shortest option (shortest −22.4 and −22.5 points).
  for (const id of ['trigger-antihistamine-for-dialysis-itch', 'trigger-antiemetic-for-vertigo']) {
    it(`${id}: the key is sometimes the shortest option`, () => {
      const all = items(id)
      const shortest = all.filter((i) => strategyCredit(i, 'shortest') > 0).length
      expect(shortest / all.length).toBeGreaterThan(0.05)
    })
  }

  it('records the chosen form in the params, and the option texts follow it', () => {
    for (const i of items('trigger-antiemetic-for-vertigo')) {
      const form = String(param(i, 'form'))
      expect(['name', 'dose', 'schedule', 'regimen']).toContain(form)
      for (const o of i.options) {
        if (form === 'name') expect(o.text, i.id).not.toMatch(/\d/)
        else expect(o.text, i.id).toMatch(/\d/)
      }
    }
  })

  it('a schedule form never leaves one option as a bare strength among frequencies', () => {
    for (const id of [
      'trigger-antiemetic-for-vertigo',
      'trigger-antiemetic-early-pregnancy',
      'trigger-travel-sedative'
    ]) {
      const scheduled = items(id).filter((i) => param(i, 'form') === 'schedule')
      expect(scheduled.length, id).toBeGreaterThan(0)
      // "Every 8 hours" (the vertigo antiemetics since read 7) is a frequency too.
      for (const i of scheduled)
        for (const o of i.options)
          expect(o.text, i.id).toMatch(/daily|night|bedtime|morning|needed|evening|week|hours/)
    }
  })

  it('trigger-chemotherapy-antiemetic: middle-length within chance + 5 (was +5.8)', () => {
    const f = cueFigures(items('trigger-chemotherapy-antiemetic', 1000))
    expect(f.scores['middle-length'] - f.chance).toBeLessThanOrEqual(5)
    expect(f.scores['longest'] - f.chance).toBeLessThanOrEqual(5)
    expect(f.scores['shortest'] - f.chance).toBeLessThanOrEqual(5)
  })
})

describe('read 6 MINORs in the trigger templates', () => {
  it('trigger-antiemetic-for-vertigo: no vertigo with a new headache (a red flag left unaddressed)', () => {
    for (const i of items('trigger-antiemetic-for-vertigo'))
      expect(i.stem, i.id).not.toMatch(/headache/)
  })

  it('trigger-ward-night-sedation: the co-started decoy is not always an antibiotic', () => {
    const decoys = new Set(items('trigger-ward-night-sedation').map((i) => param(i, 'fresh')))
    expect(decoys).toContain('acetaminophen')
  })

  it('trigger-travel-sedative: the flare is on the journey, not nights after it', () => {
    for (const i of items('trigger-travel-sedative')) {
      expect(i.stem, i.id).not.toMatch(/nights since/)
      expect(i.stem, i.id).toMatch(/settled within two nights of getting home/)
      const key = i.options.find((o) => o.correct)
      if (param(i, 'drug') === 'promethazine')
        expect(key?.rationale, i.id).not.toMatch(/acted as a dopamine-blocking antiemetic/)
    }
  })
})

describe('statement templates: key and rival wordings chosen for the drawn length rank', () => {
  // Before: one wording each, and the always-offered rival key a fixed length neighbour
  // (middle-length +16.0 and +10.2 points).
  for (const id of ['trigger-quetiapine-why-prescribed', 'trigger-promethazine-why-prescribed']) {
    it(`${id}: middle-length, longest and shortest within chance + 5`, () => {
      const all = items(id, 1000)
      expect(new Set(all.map((i) => param(i, 'kf'))).size, id).toBeGreaterThan(1)
      const f = cueFigures(all)
      for (const s of ['middle-length', 'longest', 'shortest'] as const)
        expect(f.scores[s] - f.chance, s).toBeLessThanOrEqual(5)
    })
  }
})

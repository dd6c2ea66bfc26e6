// The patterns of the 2026-12-01 read-through (docs/readthrough-2026-12-01.md), each as a property
// of every item a template produces, not of a few hand-picked items.
import { describe, expect, it } from 'vitest'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { rlsCausesCourse } from '../../../questions/content/course'
import { itemParam } from './helpers'

const SEEDS = 300

const param = itemParam

function items(id: string, n = SEEDS): Item[] {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

// Medication-list templates where the culprit used to be the only dated or new entry.
const LIST_TEMPLATES = [
  'trigger-psych-admission',
  'trigger-antiemetic-for-vertigo',
  'trigger-antiemetic-diabetic-gastroparesis',
  'trigger-ward-night-sedation',
  'trigger-ssri-after-delivery',
  'trigger-antiemetic-early-pregnancy',
  'trigger-snri-started-elsewhere',
  'trigger-antihistamine-for-dialysis-itch',
  'trigger-travel-sedative'
]

const DATED =
  /\((?:[^()]*\b(?:started|prescribed|added|since|for \d+ years?|taken at home)\b[^()]*)\)/g

describe('P1: the culprit is never the only dated or recent entry', () => {
  for (const id of LIST_TEMPLATES) {
    it(`${id}: ≥2 listed drugs carry a start, and none is "taken for N years" in a rationale`, () => {
      for (const item of items(id)) {
        const dated = item.stem.match(DATED) ?? []
        expect(dated.length, item.stem).toBeGreaterThanOrEqual(2)
        const fresh = item.facts as { recentSafeChange?: string | null; sameDayChange?: string }
        expect(fresh.recentSafeChange ?? fresh.sameDayChange, item.id).not.toMatch(/^-?$/)
        // Years on a drug clear a non-aggravator only by its class; the one exception is the
        // declared long-standing aggravator (read 21, P2), whose timeline is the point.
        const tolerated = (item.facts as { toleratedAggravator?: string }).toleratedAggravator
        for (const o of item.options.filter((x) => x.code !== tolerated)) {
          expect(o.rationale).not.toMatch(/has taken it (?:for|at home for|unchanged for) \d+/)
          expect(o.rationale).not.toMatch(/aggravator anyway/)
        }
      }
    })
  }

  it('otc-pm-sleep-aid: the product is one of two non-prescription entries', () => {
    for (const item of items('otc-pm-sleep-aid')) {
      expect(item.stem).toMatch(/, and (a vitamin D supplement|plain acetaminophen)/)
      expect(item.question).not.toMatch(/medicine or ingredient/)
    }
  })
})

describe('P1b: the pharmacy bag holds another medicine, and no rationale claims years of use', () => {
  // Since the read-5 copy edit the bag's fixed medicines are two daytime products (acetaminophen,
  // guaifenesin) rather than an antacid; the pattern is the same: the key is not the only drug.
  it('trigger-otc-bag-review: another medicine is always among the options', () => {
    for (const item of items('trigger-otc-bag-review')) {
      const others = item.options.filter((o) => !o.correct).map((o) => o.text)
      expect(
        others.filter((t) => /acetaminophen|guaifenesin|calcium carbonate/.test(t)).length
      ).toBeGreaterThanOrEqual(2)
      for (const o of item.options) expect(o.rationale).not.toMatch(/for years/)
      expect(item.explanation).not.toMatch(/aching knees/)
    }
  })
})

describe('P2: antidepressant-choice does not screen for the key', () => {
  it('no contraindication checklist in the stem; no two options share a rationale', () => {
    for (const item of items('antidepressant-choice')) {
      expect(item.stem).not.toMatch(/seizure|eating disorder|alcohol/i)
      const whys = item.options.map((o) => o.rationale.replace(/^(Correct|Incorrect): /, ''))
      expect(new Set(whys).size, item.id).toBe(whys.length)
    }
  })
})

// Phrases the read-through found in distractors that left the key as the only moderate option.
const EXTREMES = [
  /barely heritable/i,
  /will cure/i,
  /\bproven\b/i,
  /early induction/i,
  /nearly every carrier/i,
  /can confirm/i,
  /fewer than 5%/i,
  /only one (rls )?risk locus/i,
  /cures the/i,
  /least likely mechanism/i,
  /only at the levels/i,
  /can be low only/i
]
const FACT_TEMPLATES = [
  'knowledge-genetics',
  'knowledge-mechanism',
  'knowledge-epidemiology',
  'lifestyle-counselling',
  'secondary-context',
  'iron-pregnancy-decision',
  'iron-dialysis-decision',
  'iron-child-threshold'
]

describe('P3: no extreme distractor phrasing in the fact-grid templates', () => {
  for (const id of FACT_TEMPLATES) {
    it(`${id}: no distractor matches the extreme-phrase list`, () => {
      for (const item of items(id)) {
        for (const o of item.options.filter((x) => !x.correct)) {
          for (const re of EXTREMES) expect(o.text, `${item.id}: ${o.text}`).not.toMatch(re)
        }
      }
    })
  }
})

describe('P4: iron values and wording', () => {
  it('iron-inflammation-ckd never keys IV iron only in CKD without inflammation', () => {
    for (const item of items('iron-inflammation-ckd')) {
      if (param(item, 'context') !== 'ckd') continue
      const key = item.options.find((o) => o.correct)
      expect(key?.code).not.toBe('iv-iron-only')
    }
  })
  it('iron-dialysis-decision: the replete arm is clear of the KDIGO limits (TSAT ≤30, ferritin ≤500)', () => {
    for (const item of items('iron-dialysis-decision')) {
      if (param(item, 'arm') === 'iron') continue
      expect(Number(param(item, 'tsat'))).toBeGreaterThan(32)
      expect(Number(param(item, 'fer'))).toBeGreaterThan(520)
    }
  })
  it('iron-missed-in-referral-letter: the ferritin lies inside the range the letter quotes', () => {
    for (const item of items('iron-missed-in-referral-letter')) {
      expect(Number(param(item, 'fer'))).toBeLessThanOrEqual(250)
    }
  })
  it('lifestyle-alcohol-intake does not call the iron results "normal"', () => {
    for (const item of items('lifestyle-alcohol-intake')) {
      expect(item.stem).not.toMatch(/ferritin and TSAT are normal/)
    }
  })
})

describe('P6: naming and plausibility', () => {
  it('mimic-akathisia-or-rls always offers both akathisia and RLS, with a consistent timeline', () => {
    for (const item of items('mimic-akathisia-or-rls')) {
      const codes = item.options.map((o) => o.code)
      expect(codes).toContain('akathisia')
      expect(codes).toContain('rls-drug-provoked')
      expect(item.stem).not.toMatch(/yesterday/)
      if (/migraine/.test(item.stem)) expect(codes).not.toContain('illness-agitation')
    }
  })
  it('no premenstrual dysphoric disorder after 48; no statin started on dialysis', () => {
    for (const item of items('trigger-lost-control-ssri-or-iron')) {
      if (/premenstrual/.test(item.stem)) expect(Number(param(item, 'age'))).toBeLessThanOrEqual(48)
    }
    for (const item of items('trigger-antihistamine-for-dialysis-itch')) {
      expect(item.stem).not.toMatch(/statin[^,]*\(started/)
    }
  })
})

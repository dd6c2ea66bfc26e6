// Read 18 (bank 2.18.1), helper B: the medication-trigger templates. Each test reads every item of
// many seeds and asserts a property the read found broken; each fails on 2.18.1's content.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { itemParam as param, keyOf, templateItems } from './helpers'

const SEEDS = 600
const allText = (it: Item) =>
  [it.stem, it.explanation, ...it.options.flatMap((o) => [o.text, o.rationale ?? ''])].join(' ')
const age = (it: Item) => Number(param(it, 'age'))
const codes = (it: Item) => it.options.map((o) => o.code)

describe('hospital-antiemetic (F1#24, F2#18)', () => {
  const items = templateItems('hospital-antiemetic', SEEDS)
  it('no metformin on the chart of a patient admitted with vomiting or dehydration', () => {
    const sick = items.filter((i) => /vomiting|dehydration/.test(i.stem))
    expect(sick.length).toBeGreaterThan(200)
    for (const it of sick) expect(it.stem, it.id).not.toMatch(/metformin/i)
  })
  it('the RLS is never "untreated" beside a charted gabapentinoid, whose use is named', () => {
    for (const it of items) expect(it.stem, it.id).not.toMatch(/untreated/)
    const known = items.filter((i) => param(i, 'course') === 'known')
    expect(known.length).toBeGreaterThan(100)
    for (const it of known)
      expect(it.stem, it.id).toMatch(/never treated in its own right.*even on the (gaba|pregaba)/)
  })
  it('promethazine in a patient of 65 or over carries an anticholinergic/delirium line', () => {
    const old = items.filter((i) => param(i, 'drug') === 'promethazine' && age(i) >= 65)
    expect(old.length).toBeGreaterThan(30)
    for (const it of old) expect(it.explanation, it.id).toMatch(/anticholinergic.*delirium/)
  })
})

describe('trigger-ward-night-sedation (F1#20)', () => {
  const items = templateItems('trigger-ward-night-sedation', SEEDS)
  it('no cephalexin for a chest infection or pneumonia', () => {
    for (const it of items)
      if (/chest infection|pneumonia/.test(it.stem))
        expect(it.stem, it.id).not.toMatch(/cephalexin/)
  })
  it('a sedating antihistamine at 65 or over carries an anticholinergic/delirium line', () => {
    const old = items.filter((i) => age(i) >= 65)
    expect(old.length).toBeGreaterThan(100)
    for (const it of old) expect(it.explanation, it.id).toMatch(/anticholinergic.*delirium/)
  })
})

describe('"the one drug acting on the brain" (F1#23, F1#32, F1#38)', () => {
  it('trigger-ssri-after-delivery always offers an α2δ ligand beside the SSRI', () => {
    for (const it of templateItems('trigger-ssri-after-delivery', SEEDS))
      expect(
        codes(it).some((c) => c === 'gabapentin' || c === 'pregabalin'),
        it.id
      ).toBe(true)
  })
  it('trigger-antiemetic-early-pregnancy: a levothyroxine dose change is always offered', () => {
    for (const it of templateItems('trigger-antiemetic-early-pregnancy', SEEDS)) {
      expect(codes(it), it.id).toContain('levothyroxine')
      expect(it.stem, it.id).toMatch(/raised from 75 micrograms at her booking visit/)
    }
  })
  // Read 21 (F1#28): a "night-time" plain-acetaminophen product was implausible; the
  // acetaminophen look-alike is now an arthritis product (a night-labelled decoy stays).
  it('trigger-otc-bag-review: an acetaminophen-only product is always in the bag', () => {
    for (const it of templateItems('trigger-otc-bag-review', SEEDS)) {
      const overnight = it.options.find((o) => /^Arthritis pain relief tablets/.test(o.text))
      expect(overnight, it.id).toBeDefined()
      expect(overnight!.correct).toBe(false)
      expect(overnight!.text).not.toMatch(/doxylamine|diphenhydramine/)
    }
  })
})

describe('antidepressant-choice (F1#21, F1#39)', () => {
  const items = templateItems('antidepressant-choice', SEEDS)
  it('no option is dosed at night or bedtime (the compare key was the only one)', () => {
    for (const it of items)
      for (const o of it.options) expect(o.text, it.id).not.toMatch(/night|bedtime|morning/)
  })
  it('the compare stem asks the question its lead asks', () => {
    const compare = items.filter((i) => param(i, 'variant') === 'compare')
    expect(compare.length).toBeGreaterThan(100)
    for (const it of compare) expect(it.stem, it.id).toMatch(/most likely to make \w+ legs worse/)
  })
  it('no rationale teaches the SNRI class as "most often named in RLS case reports"', () => {
    for (const it of items) expect(allText(it), it.id).not.toMatch(/most often named/)
  })
})

describe('trigger-quetiapine-why-prescribed (F1#33, F2#15)', () => {
  const items = templateItems('trigger-quetiapine-why-prescribed', SEEDS)
  it('bipolar arm: the key is not the only option that involves the psychiatric team', () => {
    const bipolar = items.filter((i) => param(i, 'arm') === 'bipolar')
    expect(bipolar.length).toBeGreaterThan(200)
    for (const it of bipolar) {
      const collaborative = it.options.filter((o) => /specialist|psychiatr/i.test(o.text))
      expect(collaborative.length, it.id).toBeGreaterThanOrEqual(2)
    }
  })
  it('no "restart it if the mood drops" for a dose raised after elevated mood', () => {
    for (const it of items) expect(allText(it), it.id).not.toMatch(/mood drops|mood to drop/)
  })
  it('insomnia arm: no olanzapine or oral-iron non-starters, and the antihistamine action is taught', () => {
    const insomnia = items.filter((i) => param(i, 'arm') === 'insomnia')
    expect(insomnia.length).toBeGreaterThan(200)
    for (const it of insomnia) {
      expect(codes(it), it.id).not.toContain('switch-to-olanzapine')
      expect(codes(it), it.id).not.toContain('add-iron')
      expect(it.explanation, it.id).toMatch(/antihistamine/)
      expect(keyOf(it).rationale ?? '', it.id).toMatch(/antihistamine/)
    }
  })
})

describe('trigger-care-home-night-walking (F1#34, F2#8)', () => {
  const items = templateItems('trigger-care-home-night-walking', SEEDS)
  it('no hyphen artefact and no "Neuropathy of the feet"', () => {
    for (const it of items) {
      expect(allText(it), it.id).not.toMatch(/Restless-legs/)
      expect(allText(it), it.id).not.toMatch(/Neuropathy of the feet/)
    }
  })
  it('the stem does not rule delirium and akathisia out by wording', () => {
    for (const it of items) {
      expect(it.stem, it.id).not.toMatch(/cognitively intact|MMSE (2[7-9]|30)\/30/)
      expect(it.stem, it.id).not.toMatch(/By day|During the day|daytime lounge/)
    }
  })
  it('some RLS accounts use the word cramp, and some cramp accounts walk it off', () => {
    const rls = items.filter((i) => param(i, 'arm') === 'rls')
    const cramps = items.filter((i) => param(i, 'arm') === 'cramps')
    expect(rls.filter((i) => /calls it "cramp"/.test(i.stem)).length).toBeGreaterThan(30)
    expect(cramps.filter((i) => /walk/.test(i.stem)).length).toBeGreaterThan(100)
  })
})

describe('augmentation-recognise (F2#1)', () => {
  const items = templateItems('augmentation-recognise', SEEDS)
  it('the contrast the objective names is always offered', () => {
    for (const it of items) {
      const picture = (it.facts as { picture: string }).picture
      const need = picture === 'augmentation' ? 'early-morning-rebound' : 'augmentation'
      expect(codes(it), it.id).toContain(need)
    }
  })
  it('no "no iron studies on record" after years of specialist care', () => {
    for (const it of items) expect(it.stem, it.id).not.toMatch(/on record/)
  })
})

describe('bupropion is not named by the which-drug antidepressant items (F1#39, F2#12)', () => {
  for (const id of ['drug-hidden-in-list', 'antidepressant-mirtazapine'])
    it(id, () => {
      for (const it of templateItems(id, SEEDS))
        expect(allText(it), it.id).not.toMatch(/bupropion/i)
    })
})

describe('trigger-antihistamine-for-dialysis-itch (F1#28, P4, P7)', () => {
  const items = templateItems('trigger-antihistamine-for-dialysis-itch', SEEDS)
  it('the co-timed decoy is never acetaminophen (the ward template skeleton)', () => {
    for (const it of items)
      expect((it.facts as { recentSafeChange: string | null }).recentSafeChange, it.id).not.toBe(
        'acetaminophen'
      )
  })
  it('decoy structures vary: a dose change in some items, a binder change in others', () => {
    expect(items.filter((i) => /raised from 25 micrograms/.test(i.stem)).length).toBeGreaterThan(50)
    expect(
      items.filter((i) => /changed to a different binder/.test(i.stem)).length
    ).toBeGreaterThan(50)
  })
  it('a sedating antihistamine at 65 or over carries an anticholinergic line', () => {
    const old = items.filter((i) => age(i) >= 65)
    expect(old.length).toBeGreaterThan(50)
    for (const it of old) expect(it.explanation, it.id).toMatch(/anticholinergic/)
  })
})

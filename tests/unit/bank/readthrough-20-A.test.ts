// Read 20 (bank 2.18.4 read-through), helper A: rls-vs-mimic (F1#37, MAJOR), the sleep-apnoea,
// epidemiology, caffeine, counselling and family-risk items (F1#2, #15, #24, #21, #17) and the
// augmentation question (F2#1); patterns 5, 6 and 8. Every test reads many seeds of its template,
// so it does not depend on which items a random draw gives, and each fails on the 2.18.5 content.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { distractors, itemParam as param, keyOf, templateItems } from './helpers'

const SEEDS = 1000
const texts = (it: Item) => it.options.map((o) => o.text)
const share = (list: readonly Item[], pred: (i: Item) => boolean) =>
  list.filter(pred).length / Math.max(1, list.length)

describe('rls-vs-mimic: the mimic stories need the criteria, not lay words (F1#37)', () => {
  const items = templateItems('rls-vs-mimic', 1500)
  const mimicKeyed = items.filter((i) => param(i, 'dx') !== 'rls')
  const oa = items.filter((i) => param(i, 'dx') === 'arthritis-myalgia')

  it('no mimic story rules RLS out in so many words', () => {
    expect(mimicKeyed.length).toBeGreaterThan(700)
    for (const it of mimicKeyed)
      expect(it.stem, it.id).not.toMatch(
        /no urge|no restlessness|no need to (?:get up|move|keep moving)|no discomfort or urge|creak|joints themselves/i
      )
  })

  it('every story but claudication and akathisia gives a feature that makes RLS a contender (evening, rest or night)', () => {
    for (const it of mimicKeyed.filter(
      (i) => !['arterial-claudication', 'akathisia'].includes(param(i, 'dx') ?? '')
    ))
      expect(it.stem, it.id).toMatch(/evening|in bed|at night|small hours|sitting|sits/i)
  })

  it('the osteoarthritis option names one diagnosis and is not the longest by habit', () => {
    expect(oa.length).toBeGreaterThan(100)
    const offered = items.flatMap((i) => i.options.filter((o) => o.code === 'arthritis-myalgia'))
    expect(offered.length).toBeGreaterThan(300)
    for (const o of offered) {
      expect(o.text).not.toMatch(/\bor\b|myalgia/i)
      expect(o.text).toMatch(/osteoarthritis|degenerative/i)
    }
    // Before: "Arthritis or myalgia of the legs" was the longest option in about 40% of the items
    // it keyed.
    const longest = share(
      oa,
      (i) => keyOf(i).text.length >= Math.max(...texts(i).map((t) => t.length))
    )
    expect(longest).toBeLessThan(0.33)
  })

  it('the stiffness-after-sitting story is answered in the RLS rationale', () => {
    const gel = oa.filter((i) => /loosen/.test(i.stem))
    expect(gel.length).toBeGreaterThan(40)
    for (const it of gel) {
      const rls = it.options.find((o) => o.code === 'rls')!
      expect(rls.rationale, it.id).toMatch(/loosens within a minute/)
    }
  })

  it('RLS is also keyed in a patient with knee osteoarthritis, whose foil rationale fits', () => {
    const decoy = items.filter((i) => param(i, 'decoy') === 'arthritis-myalgia')
    expect(decoy.length).toBeGreaterThan(30)
    for (const it of decoy) {
      expect(keyOf(it).code).toBe('rls')
      expect(Number(param(it, 'age'))).toBeGreaterThanOrEqual(56)
      expect(it.stem).toMatch(/osteoarthritis of both knees/)
      const foil = it.options.find((o) => o.code === 'arthritis-myalgia')!
      expect(foil.rationale).toMatch(/ache on the stairs/)
      expect(foil.rationale).not.toMatch(/do not arise from the joints/)
    }
  })
})

describe('lifestyle-sleep-apnoea-and-rls, apnoea arm: no convergence on the do-both key (F1#2)', () => {
  const osa = templateItems('lifestyle-sleep-apnoea-and-rls', SEEDS).filter(
    (i) => param(i, 'arm') === 'osa'
  )
  it('every option includes the apnoea test, so what goes with it decides', () => {
    expect(osa.length).toBeGreaterThan(400)
    for (const it of osa) for (const t of texts(it)) expect(t, it.id).toMatch(/apnoea/)
    // With every option sharing the test, the key still reaches every length rank.
    const ranks = [0, 0, 0, 0]
    for (const it of osa) {
      const k = keyOf(it).text.length
      ranks[distractors(it).filter((o) => o.text.length < k).length]! += 1
    }
    for (const r of ranks) expect(r).toBeGreaterThan(osa.length * 0.15)
  })
})

describe('knowledge-epidemiology: the age statement is as firm as the figures (F1#15)', () => {
  it('no option says prevalence "tends to" rise or fall', () => {
    const items = templateItems('knowledge-epidemiology', SEEDS)
    const age = items.filter((i) => i.options.some((o) => /rises-with-age/.test(o.code)))
    expect(age.length).toBeGreaterThan(500)
    for (const it of items) for (const t of texts(it)) expect(t, it.id).not.toMatch(/\btends? to\b/)
  })
})

describe('lifestyle-caffeine-trial, untried: the key is not the one non-drug option (F1#24)', () => {
  const untried = templateItems('lifestyle-caffeine-trial', SEEDS).filter(
    (i) => param(i, 'arm') === 'untried'
  )
  const DRUG = /iron|pramipexole|antihistamine|gabapentin|sleep aid/i
  it('every item offers caffeine advice that over-claims the evidence', () => {
    expect(untried.length).toBeGreaterThan(400)
    for (const it of untried) {
      const ban = it.options.find((o) => o.code === 'caffeine-for-good')
      expect(ban, it.id).toBeDefined()
      expect(ban!.text).toMatch(/trigger|cause|sets off/)
      expect(ban!.text).not.toMatch(DRUG)
      expect(ban!.rationale).toMatch(/not a proven trigger/)
    }
  })
  it('the key shares no content word with that foil, and "a few weeks" is not the key’s alone', () => {
    for (const it of untried) {
      expect(keyOf(it).text).not.toMatch(/a few weeks/)
      const ban = it.options.find((o) => o.code === 'caffeine-for-good')!.text
      expect(ban).not.toMatch(/caffeine/i)
    }
  })
})

describe('lifestyle-counselling: "should I keep the evening drink up?" (F1#21)', () => {
  const items = templateItems('lifestyle-counselling', 3 * SEEDS)
  const keepUp = items.filter((i) => /keep it up for the RLS/.test(i.stem))
  it('the key is what the patient is told: a drink is not a treatment, a dry spell is a trial', () => {
    expect(keepUp.length).toBeGreaterThan(60)
    for (const it of keepUp) {
      expect(keyOf(it).code, it.id).toBe('alcohol-drink-not-remedy')
      expect(keyOf(it).text).toMatch(/does not treat RLS|not an? (?:RLS )?treatment/)
    }
  })
  it('its foils are the over-claims, not the "care waits for the drinking" foil', () => {
    for (const it of keepUp) {
      const codes = it.options.map((o) => o.code)
      expect(codes).toContain('not-alcohol-not-established-cause')
      expect(codes).toContain('not-alcohol-association-not-remedy')
      expect(codes.some((c) => c.includes('care-goes-on') || c.includes('wait'))).toBe(false)
    }
  })
  it('no option reads "tied drinking to lower risk"', () => {
    for (const it of items) for (const t of texts(it)) expect(t).not.toMatch(/tied drinking/)
  })
})

describe('genetics-family-risk, child risk (F1#17, P8)', () => {
  const items = templateItems('genetics-family-risk', SEEDS)
  const child = items.filter((i) => param(i, 'situation') === 'child-risk')
  it('no foil says the risk lapses past the parent’s age at onset', () => {
    expect(child.length).toBeGreaterThan(250)
    for (const it of child) for (const t of texts(it)) expect(t, it.id).not.toMatch(/lapse/)
  })
  it('the key is seldom the longest option', () => {
    const longest = share(
      child,
      (i) => keyOf(i).text.length >= Math.max(...texts(i).map((t) => t.length))
    )
    // Before: 18% of child-risk items (F1#17's key was the longest option).
    expect(longest).toBeLessThan(0.15)
  })
  it('the key is not one of just two options opening "The risk is raised"', () => {
    const pair = share(child, (i) => {
      const opens = (t: string) => /^The risk is raised/.test(t)
      return opens(keyOf(i).text) && texts(i).filter(opens).length === 2
    })
    // Before: 40% of child-risk items.
    expect(pair).toBeLessThan(0.2)
  })
  it('aasm2024 is cited only where the key is its iron and medication review', () => {
    for (const it of items)
      expect(it.references.includes('aasm2024'), it.id).toBe(param(it, 'situation') === 'work-up')
  })
})

describe('augmentation-recognise: the question does not presuppose a change in the RLS (F2#1)', () => {
  it('no lead asks how the RLS has changed', () => {
    const items = templateItems('augmentation-recognise', SEEDS)
    const neuropathy = items.filter((i) => param(i, 'pic') === 'neuropathy')
    expect(neuropathy.length).toBeGreaterThan(150)
    for (const it of items) expect(it.question, it.id).not.toMatch(/RLS has changed|how .*RLS/)
    expect(neuropathy.some((i) => /new symptoms/.test(i.question))).toBe(true)
  })
})

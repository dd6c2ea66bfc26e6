// Issue 16: every exported statement passes Learning Locker's conformance-tested validator
// (xapi-validation) within a time bound. Item IRIs used to be the percent-encoded readable id,
// 250–350 characters, on which that validator took seconds to minutes per statement.
import xapiValidation from 'xapi-validation'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedRange } from '../../../questions/generate'
import { generateItems, templates } from '../../../questions/index'
import { ITEM_ID_EXT, itemActivityIri, itemHash } from '../../../questions/progress'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

type Validate = (statement: unknown) => { message?: string; path?: unknown }[]
// A CommonJS module whose default export is the function.
const validate: Validate =
  (xapiValidation as unknown as { default?: Validate }).default ?? (xapiValidation as Validate)

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  await h.ctx.services.store.update((d) => {
    d.profile = { fullName: 'Dr Ada Test', email: 'ada@example.org' }
  })
  for (const itemCount of [20, 12]) {
    await takeQuiz(h, {
      itemCount,
      confidence: true,
      answer: (i) =>
        i % 5 === 4 ? null : { right: i % 3 !== 0, confidence: i % 2 ? 'sure' : 'guess' }
    })
  }
}, 60_000)
afterAll(async () => {
  await h.close()
  await removeDir(h.dir)
})

describe('xAPI statements against xapi-validation', () => {
  it('are all valid, each checked in under a second', async () => {
    const statements = JSON.parse((await h.call('data:exportXapi', {})).content) as Record<
      string,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON checked field by field
      any
    >[]
    expect(statements.length).toBeGreaterThan(20)
    validate(statements[0]) // warm-up: the first call loads and compiles the rule set
    let slowest = 0
    const started = performance.now()
    for (const statement of statements) {
      const t0 = performance.now()
      const warnings = validate(statement)
      slowest = Math.max(slowest, performance.now() - t0)
      expect(warnings, JSON.stringify(warnings.slice(0, 3))).toEqual([])
    }
    // Bounds with room for a loaded 2-core machine; the old IRIs took 1 s to over 100 s each.
    expect(slowest).toBeLessThan(1_000)
    expect(performance.now() - started).toBeLessThan(10_000)
    for (const s of statements.filter((x) => x.verb.id.endsWith('/answered'))) {
      expect(s.object.id.length).toBeLessThanOrEqual(80)
      const readable = s.object.definition.extensions[ITEM_ID_EXT] as string
      expect(readable).toMatch(/^[a-z0-9-]+:/)
      expect(s.object.id).toBe(itemActivityIri(readable, rlsCausesCourse.id))
    }
  }, 20_000)

  it('gives every item of the bank its own short, stable IRI', () => {
    const ids = new Set<string>()
    for (const template of templates) {
      for (const item of generateItems(template, seedRange(256), rlsCausesCourse)) ids.add(item.id)
    }
    const hashes = new Set([...ids].map(itemHash))
    expect(hashes.size).toBe(ids.size)
    // Pinned: an LRS keeps statements for years, so an item's IRI must never change.
    expect(itemHash('')).toBe('cbf29ce484222325')
    expect(itemHash('a')).toBe('af63dc4c8601ec8c')
  })
})

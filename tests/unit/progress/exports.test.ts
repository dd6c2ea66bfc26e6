// Exports over real attempts taken through the composition root: xAPI statements carry the
// spec's required fields and formats; the CSV has one row per answered item and escapes fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  csvField,
  CSV_COLUMNS,
  isoDuration,
  questionExcerpt,
  STEM_EXCERPT_CHARS
} from '../../../questions/progress'
import { templates } from '../../../questions/templates/index'
import { openHarness, removeDir, takeQuiz, type Harness } from './helpers'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
const isAbsoluteIri = (s: unknown): boolean =>
  typeof s === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s)

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

let h: Harness
let attemptIds: string[]

beforeAll(async () => {
  h = await openHarness()
  attemptIds = [
    await takeQuiz(h, { itemCount: 4, answer: (i) => ({ right: i % 2 === 0 }) }),
    await takeQuiz(h, {
      itemCount: 3,
      confidence: true,
      answer: (i) => (i === 2 ? null : { right: i === 0, confidence: i === 0 ? 'sure' : 'guess' })
    })
  ]
})
afterAll(async () => {
  await h.close()
  await removeDir(h.dir)
})

describe('xAPI export', () => {
  it('has one answered statement per answered item and completed + passed/failed per attempt', async () => {
    await h.call('app:info', {})
    const file = await h.call('data:exportXapi', {})
    expect(file.mimeType).toBe('application/json')
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON checked field by field
    const statements = JSON.parse(file.content) as Record<string, any>[]
    const verbs = statements.map((s) => s.verb.id.split('/').at(-1))
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(4 + 2)
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(2)
    expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(2)
    const ids = new Set<string>()
    for (const s of statements) {
      expect(s.id).toMatch(UUID)
      ids.add(s.id)
      expect(s.version).toBe('1.0.3')
      expect(s.timestamp).toMatch(ISO_TIME)
      expect(isAbsoluteIri(s.verb.id)).toBe(true)
      expect(s.verb.display['en-US']).toBeTruthy()
      expect(isAbsoluteIri(s.object.id)).toBe(true)
      expect(s.object.objectType).toBe('Activity')
      expect(isAbsoluteIri(s.object.definition.type)).toBe(true)
      expect(s.actor.objectType).toBe('Agent')
      // Exactly one inverse functional identifier.
      expect(['mbox', 'account'].filter((k) => k in s.actor)).toHaveLength(1)
      expect(isAbsoluteIri(s.actor.account.homePage)).toBe(true)
      expect(s.result.duration).toMatch(DURATION)
      expect(s.context.registration).toMatch(UUID)
      for (const list of Object.values(s.context.contextActivities) as { id: string }[][]) {
        for (const a of list) expect(isAbsoluteIri(a.id)).toBe(true)
      }
      for (const key of Object.keys(s.context.extensions ?? {}))
        expect(isAbsoluteIri(key)).toBe(true)
    }
    expect(ids.size).toBe(statements.length)
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'))
    for (const s of answered) {
      const def = s.object.definition
      expect(def.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction')
      expect(def.interactionType).toBe('choice')
      expect(def.choices.length).toBeGreaterThanOrEqual(2)
      const choiceIds = def.choices.map((c: { id: string }) => c.id)
      expect(def.correctResponsesPattern).toHaveLength(1)
      expect(choiceIds).toContain(def.correctResponsesPattern[0])
      expect(choiceIds).toContain(s.result.response)
      expect(s.result.success).toBe(s.result.response === def.correctResponsesPattern[0])
      expect(s.context.contextActivities.parent[0].id).toContain('/attempts/')
    }
    expect(answered.some((s) => s.context.extensions)).toBe(true)
    for (const s of statements.filter((s) => !s.verb.id.endsWith('/answered'))) {
      expect(s.result.score.scaled).toBeGreaterThanOrEqual(0)
      expect(s.result.score.scaled).toBeLessThanOrEqual(1)
      expect(s.result.completion).toBe(true)
    }
    // Name-based ids: a second export gives the same ids.
    const again = JSON.parse((await h.call('data:exportXapi', {})).content) as { id: string }[]
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id))
  })

  it('uses mbox when the profile has an email', async () => {
    await h.ctx.services.store.update((d) => {
      d.profile = { fullName: 'Dr Ada Test', email: 'ada@example.org' }
    })
    const statements = JSON.parse((await h.call('data:exportXapi', {})).content)
    expect(statements[0].actor).toEqual({
      objectType: 'Agent',
      name: 'Dr Ada Test',
      mbox: 'mailto:ada@example.org'
    })
    await h.ctx.services.store.update((d) => {
      d.profile = null
    })
  })

  it('formats ISO 8601 durations', () => {
    expect(isoDuration(0)).toBe('PT0S')
    expect(isoDuration(83_456)).toBe('PT1M23.46S')
    expect(isoDuration(3_600_000)).toBe('PT1H')
    expect(isoDuration(3_725_000)).toBe('PT1H2M5S')
  })
})

describe('CSV export', () => {
  it('has the documented columns and one row per item presented, answered or not', async () => {
    const file = await h.call('data:exportCsv', {})
    expect(file.filename).toMatch(/\.csv$/)
    const [header, ...rows] = parseCsv(file.content)
    expect(header).toEqual([...CSV_COLUMNS])
    // 4 + 3 items presented; the third item of the second quiz was left unanswered.
    expect(rows).toHaveLength(4 + 3)
    const titles = templates.map((t) => t.title)
    const col = (r: string[], name: (typeof CSV_COLUMNS)[number]): string =>
      r[CSV_COLUMNS.indexOf(name)]!
    expect(new Set(rows.map((r) => col(r, 'attempt_id')))).toEqual(new Set(attemptIds))
    for (const r of rows) {
      expect(r).toHaveLength(CSV_COLUMNS.length)
      expect(col(r, 'correct')).toBe(String(col(r, 'chosen') === col(r, 'correct_option')))
      // 20 s of active time per item in the harness (the first item also carries start-up 0 s).
      expect(Number(col(r, 'seconds'))).toBe(20)
      // Readable: the template's title and the case in words, not only the internal id.
      expect(titles).toContain(col(r, 'question_type'))
      expect(col(r, 'question').length).toBeGreaterThan(40)
      expect(col(r, 'question')).toMatch(/\?$/)
    }
    const skipped = rows.filter((r) => col(r, 'answered') === 'false')
    expect(skipped).toHaveLength(1)
    expect(col(skipped[0]!, 'chosen')).toBe('')
    expect(col(skipped[0]!, 'correct')).toBe('false')
    expect(rows.filter((r) => col(r, 'confidence') === 'guess')).toHaveLength(1)
  })

  it('cuts a long vignette at a word and keeps the lead-in', () => {
    const stem = 'A 70-year-old woman '.repeat(20)
    const text = questionExcerpt({ stem, question: 'What is the next step?' })
    expect(text).toMatch(/woman… What is the next step\?$/)
    expect(text.length).toBeLessThan(STEM_EXCERPT_CHARS + 30)
    expect(questionExcerpt({ stem: 'Short case.', question: 'Why?' })).toBe('Short case. Why?')
  })

  it('escapes commas, quotes, line breaks and formula-like text', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField(null)).toBe('')
    expect(csvField(12.5)).toBe('12.5')
  })
})

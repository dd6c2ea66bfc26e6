// Validator for attempt files, given to the store. Shape first (zod), then meaning: the log must
// fold, so a file whose events could not have come from the engine is quarantined rather than
// shown as a made-up attempt.
import { z } from 'zod'
import type { Item } from '../../questions/item'
import { foldAttempt, type AttemptRecord } from '../../questions/engine'
import type { Validator } from '../store/types'

const optionId = z.enum(['A', 'B', 'C', 'D', 'E'])
const ms = z.number().finite().min(0).max(1e12)
const iso = z.string().min(1).max(40)
const index = z.number().int().min(0).max(10_000)
const text = z.string().max(20_000)
const cell = z.string().max(500)

// Key order as generate.ts writes them: the bank check compares a snapshot with the bank's item
// as JSON, and zod rebuilds objects in the order of the schema.
const exhibitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('labs'),
    caption: cell,
    rows: z
      .array(
        z.object({
          name: cell,
          value: cell,
          unit: cell,
          range: cell.nullable(),
          flag: z.enum(['low', 'high']).nullable()
        })
      )
      .max(40)
  }),
  z.object({
    kind: z.literal('medications'),
    caption: cell,
    rows: z
      .array(
        z.object({ drug: cell, dose: cell, started: cell.nullable(), reason: cell.nullable() })
      )
      .max(40)
  })
])

export const itemSchema = z.object({
  id: z.string().min(1).max(1000),
  // Absent on items written before courses were values (bank 2.1.0 and earlier, RLS only).
  courseId: z.string().min(1).max(200).optional(),
  bankVersion: z.string().max(100),
  template: z.string().max(200),
  family: z.string().max(50),
  // Checked against the course where it matters (the bank re-derives the item from its id).
  section: z.string().min(1).max(100),
  claims: z.array(z.string().max(200)).max(100),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  estimatedSeconds: z.number().finite().min(0).max(3600),
  stem: text,
  exhibits: z.array(exhibitSchema).max(10).optional(),
  question: text,
  options: z
    .array(
      z.object({
        id: optionId,
        text,
        code: z.string().max(200),
        correct: z.boolean(),
        rationale: text
      })
    )
    .min(2)
    .max(5)
    .refine((os) => new Set(os.map((o) => o.id)).size === os.length, 'option ids must be unique')
    .refine((os) => os.filter((o) => o.correct).length === 1, 'exactly one option must be correct'),
  objective: text,
  explanation: text,
  evidenceNote: text.nullable(),
  references: z.array(z.string().max(200)).max(100),
  facts: z.record(z.string(), z.unknown())
}) satisfies z.ZodType<Item>

const configSchema = z.object({
  mode: z.enum(['timed', 'tutor']),
  itemCount: z.number().int().min(1).max(200),
  sections: z.array(z.string().min(1).max(100)).min(1).max(64),
  pool: z.enum(['all', 'unused', 'incorrect', 'flagged']),
  secondsPerItem: z.number().int().min(1).max(3600),
  accommodation: z.union([z.literal(1), z.literal(1.5), z.literal(2), z.literal('untimed')]),
  confidence: z.boolean(),
  passMarkPercent: z.number().min(0).max(100),
  exam: z.object({ rulesId: z.string().min(1).max(200) }).optional()
})

// Built for two item checks: the full one, and a light one for an item snapshot already checked.
export const eventSchemaWith = (items: z.ZodType) =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('started'),
      at: iso,
      config: configSchema,
      items,
      timeLimitMs: ms.nullable(),
      seed: z.string().max(200),
      elapsedMs: ms,
      itemSeeds: z.array(z.number().int().min(0).max(1e9).nullable()).max(200).optional()
    }),
    z.object({
      type: z.literal('answered'),
      itemIndex: index,
      optionId,
      confidence: z.enum(['sure', 'unsure', 'guess']).optional(),
      elapsedMs: ms
    }),
    z.object({ type: z.literal('flagged'), itemIndex: index, flagged: z.boolean(), elapsedMs: ms }),
    z.object({
      type: z.literal('struck'),
      itemIndex: index,
      optionId,
      struck: z.boolean(),
      elapsedMs: ms
    }),
    z.object({ type: z.literal('visited'), itemIndex: index, elapsedMs: ms }),
    z.object({
      type: z.literal('suspended'),
      reason: z.enum(['user', 'window-closed', 'page-lost', 'crash-recovered', 'system-sleep']),
      elapsedMs: ms,
      at: iso
    }),
    z.object({ type: z.literal('resumed'), at: iso, elapsedMs: ms }),
    z.object({
      type: z.literal('submitted'),
      reason: z.enum(['user', 'expired']),
      elapsedMs: ms,
      at: iso
    })
  ])

const recordSchemaWith = (items: z.ZodType) =>
  z.object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    events: z.array(eventSchemaWith(items)).min(1).max(1_000_000),
    checkpoint: z.object({ elapsedMs: ms, at: iso }),
    mac: z.string().max(128).optional(),
    restored: z.object({ at: iso, exportedAt: iso }).optional()
  })

export const attemptRecordSchema = recordSchemaWith(z.array(itemSchema).min(1).max(200))
const attemptRecordWithCheckedItems = recordSchemaWith(z.array(z.unknown()).min(1).max(200))

/**
 * Item snapshots (the bulk of an attempt file) that have passed the full check. A snapshot never
 * changes after start, so every later write of the same attempt checks only the rest: recording
 * an answer then costs the same however large the items are.
 */
const checkedItems = new WeakSet<object>()

function startedItems(raw: unknown): unknown {
  const events = (raw as { events?: unknown } | null)?.events
  const first = Array.isArray(events) ? (events[0] as { items?: unknown } | undefined) : undefined
  return first?.items
}

export const validateAttemptRecord: Validator<AttemptRecord> = (raw) => {
  const items = startedItems(raw)
  const known = typeof items === 'object' && items !== null && checkedItems.has(items)
  const parsed = (known ? attemptRecordWithCheckedItems : attemptRecordSchema).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'record'
    throw new Error(`Invalid attempt record at ${where}: ${issue?.message ?? 'unknown problem'}`)
  }
  const record = parsed.data as AttemptRecord
  const started = record.events[0]
  if (started?.type === 'started') {
    if (known) started.items = items as Item[]
    checkedItems.add(started.items)
    if (typeof items === 'object' && items !== null) checkedItems.add(items)
  }
  foldAttempt(record) // throws AttemptLogError with a readable message
  return record
}

const itemsJson = new WeakMap<object, string>()
const ITEMS_MARK = '\u0000items\u0000'

/**
 * The file text of an attempt record: exactly JSON.stringify(record), but the items' JSON is
 * computed once per snapshot and spliced in, since it is most of the text and never changes.
 */
export function serializeAttemptRecord(record: AttemptRecord): string {
  const [started, ...rest] = record.events
  if (started?.type !== 'started') return JSON.stringify(record)
  let json = itemsJson.get(started.items)
  if (json === undefined) {
    json = JSON.stringify(started.items)
    itemsJson.set(started.items, json)
  }
  // The mark holds NUL characters, which JSON.stringify always escapes: its escaped form cannot
  // come from any other field before the items (id, type, at and config are constrained).
  const text = JSON.stringify({ ...record, events: [{ ...started, items: ITEMS_MARK }, ...rest] })
  return text.replace(JSON.stringify(ITEMS_MARK), () => json)
}

/** Checks the items a caller hands to start(); returns a message, or null when they are fine. */
export function checkItems(items: unknown): string | null {
  const parsed = z.array(itemSchema).min(1).max(200).safeParse(items)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  return `Invalid quiz items at ${issue?.path.join('.') || 'items'}: ${issue?.message}`
}

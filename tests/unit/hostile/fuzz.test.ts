// Hostile input, property-based: every channel of the contract, through all three ways in (the
// shared dispatch in-process, the real loopback HTTP server, and the Electron IPC handler), with
// payloads of the wrong type, missing and extra fields, 1 MiB strings, 10,000-level nesting,
// prototype-pollution keys, and non-objects at top level. Each call must come back as a
// structured Result; an invalid payload must be refused with INVALID_ARGS and leave every byte of
// the data folder as it was; nothing may throw, reject unhandled, or pollute Object.prototype.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contract, type Channel } from '../../../preload/contract'
import {
  callVia,
  hashDir,
  isStructured,
  startHarness,
  startQuiz,
  TRANSPORTS,
  type Harness,
  type Transport
} from './helpers'

vi.mock('electron', async () => (await import('../security/electron-mock')).electronMock.module)

const CHANNELS = Object.keys(contract) as Channel[]
const HUGE = 'x'.repeat(1 << 20) // 1 MiB
const DEPTH = 10_000
const DEEP_ARRAY = '['.repeat(DEPTH) + ']'.repeat(DEPTH)
const DEEP_OBJECT = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)
const FORGED = ['elapsedMs', 'remainingMs', 'score', 'correct', 'passed', 'timeLimitMs', 'deadline']
const POLLUTION = ['__proto__', 'constructor', 'prototype']
const READ_ONLY = new Set<string>([
  'app:info',
  'app:openExternal',
  'app:dismissNotices',
  'quiz:get',
  'quiz:resumable',
  'quiz:review',
  'history:list',
  'progress:dashboard',
  'progress:reviewDue',
  'data:exportCsv',
  'data:exportXapi',
  'data:exportBackup',
  'data:inspectBackup'
])

let h: Harness
let attemptId = ''
const valid: Partial<Record<Channel, Record<string, unknown>>> = {}
const problems: unknown[] = []
const onProblem = (error: unknown): void => {
  problems.push(error)
}
const tally = { calls: 0, invalid: 0, valid: 0, byTransport: { dispatch: 0, http: 0, ipc: 0 } }
let startedAt = 0

beforeAll(async () => {
  process.on('unhandledRejection', onProblem)
  process.on('uncaughtException', onProblem)
  startedAt = performance.now()
  h = await startHarness()
  const view = await startQuiz(h)
  attemptId = view.attemptId
  const intent = { attemptId, step: view.step }
  // A well-formed baseline per channel, so mutations stay close to what the handler would accept.
  // Channels not listed take {} (most are argument-free); new channels are fuzzed automatically.
  Object.assign(valid, {
    'app:openExternal': { url: 'https://doi.org/10.1093/brain/awp125' },
    'quiz:start': { ...SETUP_SMALL },
    'quiz:startReview': { itemCount: 5 },
    'quiz:get': { attemptId },
    'quiz:answer': { ...intent, itemIndex: 0, optionId: 'A', confidence: 'sure' },
    'quiz:flag': { ...intent, itemIndex: 1, flagged: true },
    'quiz:strike': { ...intent, itemIndex: 2, optionId: 'B', struck: true },
    'quiz:visit': { ...intent, itemIndex: 3 },
    'quiz:heartbeat': { attemptId },
    'quiz:suspend': { attemptId },
    'quiz:resume': { attemptId },
    'quiz:submit': { ...intent },
    'quiz:review': { attemptId },
    'data:inspectBackup': { content: '{}' },
    'data:restoreBackup': { content: '{}', confirm: true }
  })
})

afterAll(async () => {
  await h?.close()
  process.off('unhandledRejection', onProblem)
  process.off('uncaughtException', onProblem)
  console.log(
    `hostile fuzz: ${tally.calls} calls (${tally.invalid} invalid, ${tally.valid} valid; ` +
      `dispatch ${tally.byTransport.dispatch}, http ${tally.byTransport.http}, ` +
      `ipc ${tally.byTransport.ipc}) in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`
  )
})

const SETUP_SMALL = {
  mode: 'timed',
  itemCount: 3,
  sections: ['genetics'],
  pool: 'all',
  secondsPerItem: 60,
  accommodation: 1,
  confidence: false
}

/** Values that are the wrong thing for almost any field; kept as JSON text so depth is exact. */
const WRONG_VALUE_TEXT = fc.oneof(
  fc.constantFrom(
    'null',
    'true',
    '0',
    '-1',
    '1.5',
    '1e308',
    '-0',
    '""',
    '"A"',
    '"../../etc/passwd"',
    '[]',
    '{}',
    '[null]',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    JSON.stringify(HUGE),
    DEEP_ARRAY,
    DEEP_OBJECT
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))
)

/** Builds an object's JSON text from [key, valueText] pairs, keys kept exactly (even __proto__). */
const objectText = (entries: [string, string][]): string =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`

const entriesOf = (channel: Channel): [string, string][] =>
  Object.entries(valid[channel] ?? {}).map(([k, v]) => [k, JSON.stringify(v)])

/** Hostile JSON texts for one channel. */
function hostile(channel: Channel): fc.Arbitrary<string> {
  const base = entriesOf(channel)
  const keys = base.map(([k]) => k)
  const anyKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('attemptId')
  return fc.oneof(
    // Not an object at all.
    fc.constantFrom('null', '0', '42', '-1', 'true', 'false', '"{}"', '[]', '[{}]', '"x"'),
    fc.constant(JSON.stringify(HUGE)),
    fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT),
    // Anything JSON can say.
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    // A missing field.
    fc
      .nat()
      .map((n) => objectText(base.filter((_, i) => keys.length === 0 || i !== n % keys.length))),
    // A field of the wrong type (or a huge string, or deep nesting).
    fc
      .tuple(anyKey, WRONG_VALUE_TEXT)
      .map(([key, value]) => objectText([...base.filter(([k]) => k !== key), [key, value]])),
    // Extra fields: forged time/score, prototype-pollution keys, or any name.
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...FORGED, ...POLLUTION), fc.string({ maxLength: 12 })),
        WRONG_VALUE_TEXT
      )
      .map(([key, value]) => objectText([...base, [key, value]])),
    // Pollution keys first, as a whole object (the shape merge-style code falls for).
    fc
      .constantFrom(...POLLUTION)
      .map((key) => objectText([[key, '{"polluted":true,"ok":true}'], ...base]))
  )
}

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(probe.ok).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Array.prototype).not.toHaveProperty('polluted')
}

async function checkOne(transport: Transport, channel: string, text: string): Promise<void> {
  const schema = isKnown(channel) ? contract[channel].args : null
  const isValid = schema !== null && schema.safeParse(JSON.parse(text)).success
  const before = hashDir(h.dataDir)
  const { status, result } = await callVia(h, transport, channel, text)
  tally.calls++
  tally.byTransport[transport]++
  expect(status).toBe(200)
  expect(isStructured(result), JSON.stringify(result).slice(0, 300)).toBe(true)
  // Messages never echo the hostile input back (no 1 MiB error strings, no internals).
  if (!result.ok) expect(result.error.message.length).toBeLessThan(1000)
  if (isValid) {
    tally.valid++
    // A valid request to a channel that only reads must not write either.
    if (READ_ONLY.has(channel)) expect(hashDir(h.dataDir)).toEqual(before)
    return
  }
  tally.invalid++
  expect(result).toMatchObject({
    ok: false,
    error: { code: schema ? 'INVALID_ARGS' : 'UNKNOWN_CHANNEL' }
  })
  expect(hashDir(h.dataDir)).toEqual(before)
  expectNoPollution()
}

function isKnown(channel: string): channel is Channel {
  return Object.prototype.hasOwnProperty.call(contract, channel)
}

describe('every channel refuses hostile payloads with a structured error and changes nothing', () => {
  it('covers every channel of the contract', () => {
    expect(CHANNELS.length).toBeGreaterThanOrEqual(24)
  })

  for (const channel of CHANNELS) {
    it(`${channel}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TRANSPORTS), hostile(channel), (transport, text) =>
          checkOne(transport, channel, text)
        ),
        { numRuns: 50 }
      )
    })
  }

  it('every fixed worst case, on every channel and transport', async () => {
    const fixed = [
      'null',
      '[]',
      '7',
      '"text"',
      JSON.stringify(HUGE),
      DEEP_ARRAY,
      DEEP_OBJECT,
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"prototype":{"polluted":true}}'
    ]
    for (const channel of CHANNELS) {
      for (const transport of TRANSPORTS) {
        for (const text of fixed) await checkOne(transport, channel, text)
        // A 1 MiB string in every field of an otherwise valid request.
        const huge = objectText(entriesOf(channel).map(([k]) => [k, JSON.stringify(HUGE)]))
        if (huge !== '{}') await checkOne(transport, channel, huge)
      }
    }
  })

  it('unknown channels, including Object.prototype names, are refused on every transport', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TRANSPORTS),
        fc.oneof(
          fc.constantFrom(
            '__proto__',
            'constructor',
            'prototype',
            'toString',
            'hasOwnProperty',
            'valueOf',
            'quiz:answer ',
            'QUIZ:ANSWER',
            'quiz:',
            'quiz:answer/../app:info',
            'x'.repeat(2000)
          ),
          fc.string({ minLength: 1, maxLength: 40 })
        ),
        async (transport, channel) => {
          if (isKnown(channel)) return
          await checkOne(transport, channel, '{}')
        }
      ),
      { numRuns: 120 }
    )
  })

  it('IPC: values JSON cannot carry (Map, Set, Date, BigInt, typed arrays, cycles) are refused too', async () => {
    const { handleIpcMessage } = await import('../../../main/electron/ipc')
    const event = { senderFrame: { url: 'app://casebook/index.html', parent: null } }
    const cyclic: Record<string, unknown> = { attemptId }
    cyclic.self = cyclic
    const cyclicArray: unknown[] = []
    cyclicArray.push(cyclicArray)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.oneof(
          fc.anything({
            maxDepth: 3,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: true,
            withNullPrototype: true,
            withBoxedValues: true,
            key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION, ...FORGED))
          }),
          fc.constantFrom(cyclic, cyclicArray, { sections: cyclicArray }, undefined, NaN)
        ),
        async (channel, payload) => {
          const isValid = contract[channel].args.safeParse(payload).success
          const before = hashDir(h.dataDir)
          const result = await handleIpcMessage(
            h.context.dispatch,
            channel,
            event as never,
            payload
          )
          tally.calls++
          tally.byTransport.ipc++
          expect(isStructured(result)).toBe(true)
          if (isValid) {
            tally.valid++
            return
          }
          tally.invalid++
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
          expect(hashDir(h.dataDir)).toEqual(before)
          expectNoPollution()
        }
      ),
      { numRuns: 150 }
    )
  })

  it('raised no unhandled exception or rejection, and mostly sent invalid payloads', () => {
    expect(problems).toEqual([])
    expect(tally.invalid).toBeGreaterThan(tally.valid * 10)
  })
})

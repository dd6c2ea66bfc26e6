// Store: time to record one answer durably (the attempt service's `answer` over a real store, as
// the app wires it) with 10, 1,000 and 10,000 past attempts in the data folder, against a bare
// durable write (temp file, fsync, rename, fsync of the folder) of a small file in the same data
// folder. Conditions are interleaved sample by sample so machine noise lands on all of them alike.
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import path from 'node:path'
import { assembleQuiz } from '../../questions/assemble'
import {
  summarizeAttempt,
  foldAttempt,
  type AttemptRecord,
  type PlayerView
} from '../../questions/engine'
import { createAttemptService } from '../../main/services/attempts'
import type { AttemptService } from '../../main/services/attempts-types'
import {
  serializeAttemptRecord,
  validateAttemptRecord
} from '../../main/services/attempts-schema'
import { systemClock } from '../../main/services/clock'
import { openDataStore, type DataStore } from '../../main/store/data-store'
import { createDefaultData } from '../../main/store/schema'
import { median, quantile, report, round } from './stats'
import { rlsCausesCourse } from '../../questions/content/course'

const HISTORY = (process.env.BENCH_STORE_HISTORY ?? '10,1000,10000').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_STORE_ROUNDS ?? 8)
const PER_ROUND = 40 // one 40-item attempt answered per condition per round
const ITEMS = 40
// On the repo's disk (not a tmpfs) so fsync costs what it costs for a learner's data folder.
const ROOT = process.env.BENCH_TMP ?? path.resolve('.tmp')

const config = (itemCount: number): Record<string, unknown> => ({
  mode: 'timed',
  itemCount,
  secondsPerItem: 90,
  accommodation: 1,
  pool: 'all',
  confidence: false,
  passMarkPercent: 75
})

interface Condition {
  history: number
  dataDir: string
  store: DataStore<AttemptRecord>
  service: AttemptService
  view: PlayerView | null
  answered: number
  answerMs: number[]
  bareMs: number[]
  recoverMs: number
}

/** A realistic past attempt: 40 items, each visited and answered, then submitted. */
async function makePastAttempt(dir: string): Promise<{ record: AttemptRecord; text: string }> {
  const store = await openDataStore<AttemptRecord>({
    dataDir: dir,
    validateAttempt: validateAttemptRecord,
    serializeAttempt: serializeAttemptRecord
  })
  const service = createAttemptService({
    repo: store.attempts,
    clock: systemClock,
    course: rlsCausesCourse,
    newId: () => 'PAST_ATTEMPT_ID_0000000000000000000'
  })
  const items = assembleQuiz({ course: rlsCausesCourse,  count: ITEMS, seed: 'past' })
  let view = await service.start(config(ITEMS), items, 'past')
  for (let i = 0; i < ITEMS; i++) {
    if (i > 0) view = await service.visit({ attemptId: view.attemptId, step: view.step, itemIndex: i })
    view = await service.answer({
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: 'A'
    })
  }
  await service.submit({ attemptId: view.attemptId, step: view.step })
  await store.close()
  const file = path.join(dir, 'attempts', `${view.attemptId}.json`)
  const text = readFileSync(file, 'utf8')
  return { record: JSON.parse(text) as AttemptRecord, text }
}

/** Writes N past attempts and their history index directly (fast), then one `sync`. */
function seedHistory(dataDir: string, n: number, past: { record: AttemptRecord; text: string }) {
  const attemptsDir = path.join(dataDir, 'attempts')
  mkdirSync(attemptsDir, { recursive: true })
  const data = createDefaultData()
  const summary = summarizeAttempt(foldAttempt(past.record)) as unknown as Record<string, unknown>
  const itemIds = new Set<string>()
  for (const e of past.record.events) if (e.type === 'started') for (const it of e.items) itemIds.add(it.id)
  const pastId = past.record.id
  for (let i = 0; i < n; i++) {
    const id = `past-${String(i).padStart(6, '0')}-${randomUUID().slice(0, 8)}`
    writeFileSync(path.join(attemptsDir, `${id}.json`), past.text.split(pastId).join(id))
    data.attempts.push({ ...summary, id })
  }
  data.usedItemIds = [...itemIds]
  writeFileSync(path.join(dataDir, 'casebook.json'), JSON.stringify(data, null, 2))
}

/** The baseline: what any durable small-file update costs on this disk. */
async function bareWrite(dir: string): Promise<void> {
  const file = path.join(dir, 'bare.json')
  const tmp = `${file}.${process.pid}.tmp`
  const fh = await open(tmp, 'w')
  try {
    await fh.writeFile(JSON.stringify({ at: Date.now(), note: 'bare durable write' }))
    await fh.sync()
  } finally {
    await fh.close()
  }
  await rename(tmp, file)
  const d = await open(dir, 'r')
  try {
    await d.sync()
  } finally {
    await d.close()
  }
}

async function answerOnce(c: Condition): Promise<void> {
  if (c.view === null || c.answered === ITEMS) {
    // A new 40-item attempt (starting one suspends the previous, as in the app). Not timed.
    const items = assembleQuiz({ course: rlsCausesCourse,  count: ITEMS, seed: randomUUID() })
    c.view = await c.service.start(config(ITEMS), items)
    c.answered = 0
  }
  const view = c.view
  const t0 = performance.now()
  c.view = await c.service.answer({
    attemptId: view.attemptId,
    step: view.step,
    itemIndex: c.answered,
    optionId: 'B'
  })
  c.answerMs.push(performance.now() - t0)
  c.answered++
}

async function main(): Promise<void> {
  mkdirSync(ROOT, { recursive: true })
  const base = mkdtempSync(path.join(ROOT, 'bench-store-'))
  const conditions: Condition[] = []
  try {
    const past = await makePastAttempt(path.join(base, 'seed'))
    const seedStart = performance.now()
    for (const n of HISTORY) seedHistory(path.join(base, `h${n}`), n, past)
    execFileSync('sync')
    const seedMs = performance.now() - seedStart

    for (const n of HISTORY) {
      const dataDir = path.join(base, `h${n}`)
      const store = await openDataStore<AttemptRecord>({
        dataDir,
        validateAttempt: validateAttemptRecord,
    serializeAttempt: serializeAttemptRecord
      })
      // As the app wires it (main/app/context.ts): attempts in the history index are not rescanned.
      const submitted = new Set(store.data().attempts.map((a) => String(a.id)))
      const service = createAttemptService({
        repo: store.attempts,
        clock: systemClock,
        course: rlsCausesCourse,
        newId: () => randomUUID(),
        isKnownSubmitted: (id) => submitted.has(id)
      })
      // Start-up scan of the history (done once when the app opens): reported, not the budget.
      const t0 = performance.now()
      await service.recoverAfterStart()
      const recoverMs = performance.now() - t0
      conditions.push({
        history: n,
        dataDir,
        store,
        service,
        view: null,
        answered: 0,
        answerMs: [],
        bareMs: [],
        recoverMs
      })
    }
    // Warm-up: one attempt's worth per condition, discarded.
    for (const c of conditions) {
      for (let i = 0; i < 5; i++) {
        await answerOnce(c)
        await bareWrite(c.dataDir)
      }
      c.answerMs.length = 0
    }
    const rounds: Record<string, number>[] = []
    for (let r = 0; r < ROUNDS; r++) {
      const from = conditions.map((c) => c.answerMs.length)
      // Rotate the order each round; inside a round alternate answer and bare write.
      const order = conditions.map((_, i) => conditions[(i + r) % conditions.length]!)
      for (let k = 0; k < PER_ROUND; k++) {
        for (const c of order) {
          const t0 = performance.now()
          await bareWrite(c.dataDir)
          c.bareMs.push(performance.now() - t0)
          await answerOnce(c)
        }
      }
      const row: Record<string, number> = {}
      conditions.forEach((c, i) => {
        row[`p95_${c.history}`] = round(quantile(c.answerMs.slice(from[i]), 0.95), 2)
      })
      rounds.push(row)
    }

    const bareAll = conditions.flatMap((c) => c.bareMs)
    const bareP50 = median(bareAll)
    const bareP95 = quantile(bareAll, 0.95)
    const first = conditions[0]!
    const firstP95 = quantile(first.answerMs, 0.95)
    const rows = conditions.map((c) => {
      const p50 = median(c.answerMs)
      const p95 = quantile(c.answerMs, 0.95)
      const attemptFile = path.join(c.dataDir, 'attempts', `${c.view!.attemptId}.json`)
      return {
        history: c.history,
        samples: c.answerMs.length,
        p50Ms: round(p50, 2),
        p95Ms: round(p95, 2),
        bareP50Ms: round(median(c.bareMs), 2),
        bareP95Ms: round(quantile(c.bareMs, 0.95), 2),
        p50VsBare: round(p50 / bareP50, 2),
        p95VsBare: round(p95 / bareP95, 2),
        p95VsFirst: round(p95 / firstP95, 2),
        startupScanMs: Math.round(c.recoverMs),
        casebookBytes: statSync(path.join(c.dataDir, 'casebook.json')).size,
        liveAttemptBytes: statSync(attemptFile).size
      }
    })
    report({
      rounds: ROUNDS,
      bareP50Ms: round(bareP50, 2),
      bareP95Ms: round(bareP95, 2),
      pastAttemptBytes: Buffer.byteLength(past.text),
      seedMs: Math.round(seedMs),
      conditions: rows,
      perRoundP95: rounds
    })
  } finally {
    for (const c of conditions) await c.store.close().catch(() => undefined)
    rmSync(base, { recursive: true, force: true })
  }
}

void main()

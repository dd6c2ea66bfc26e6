// The attempt service: main's owner of quiz time and answers. The page sends intents carrying the
// step it last saw; this service measures time itself, appends events through a per-attempt
// commit queue, and resolves only once the event is durable. See questions/engine/timer.ts for
// the time policy and main/services/attempts-live.ts for the run segment.
import { seedOf } from '../../questions/find-item'
import type { Item } from '../../questions/item'
import {
  applyIntent,
  foldAttempt,
  normalizeQuizConfig,
  parseIntent,
  playerView,
  reviewView,
  startSegment,
  summarizeAttempt,
  timeLimitMs,
  type AttemptRecord,
  type AttemptSummary,
  type IntentKind,
  type PlayerView,
  type SuspendReason
} from '../../questions/engine'
import { attemptIdProblem } from '../store/attempt-id'
import { AttemptError } from './attempts-errors'
import {
  append,
  checkpoint,
  detectSleep,
  elapsedNow,
  expireIfDue,
  liveFromRecord,
  suspend,
  touch,
  type Live
} from './attempts-live'
import { CommitQueue, type Outcome } from '../store/commit-queue'
import { checkItems } from './attempts-schema'
import { suspensionLimitError, vouchFor } from './attempts-vouch'
import type { AttemptService, AttemptServiceOptions } from './attempts-types'

export type * from './attempts-types'

export const HEARTBEAT_TIMEOUT_MS = 15_000
export const CHECKPOINT_INTERVAL_MS = 1_000

type Queue = CommitQueue<Live>

export function createAttemptService(options: AttemptServiceOptions): AttemptService {
  const { repo, clock } = options
  const log = options.log ?? ((m, e) => console.error(m, e))
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS
  const intervalMs = options.checkpointIntervalMs ?? CHECKPOINT_INTERVAL_MS
  const queues = new Map<string, Queue>()
  const loading = new Map<string, Promise<Queue>>()
  const submittedSummaries = new Map<string, AttemptSummary>()
  const hooks = new Map<string, Promise<void>>()
  let recovery: Promise<string[]> | null = null
  let ticking = false

  const seal = options.seal ?? null
  const iso = (ms: number): string => new Date(ms).toISOString()
  const nowIso = (): string => iso(clock.wallMs())
  /** What goes to disk: sealed when this installation vouches for the attempt, else no MAC. */
  const onDisk = (live: Live): AttemptRecord => {
    if (live.sealed && seal) return seal.seal(live.record)
    if (live.record.mac === undefined) return live.record
    const { mac: _dropped, ...rest } = live.record
    return rest
  }
  const viewOf = (live: Live, mono: number): PlayerView =>
    playerView(live.state, elapsedNow(live, mono))
  const storeFailed = (cause: unknown): AttemptError => {
    log('Attempt write failed', cause)
    return new AttemptError('STORE_FAILED', 'Could not save to disk; that change was not recorded.')
  }

  const makeQueue = (live: Live): Queue =>
    new CommitQueue<Live>(live, {
      changed: (prev, next) => prev.record !== next.record,
      persist: (next) => repo.write(next.record.id, onDisk(next)),
      storeError: storeFailed,
      afterCommit: (prev, next) => {
        if (prev.state.status === 'submitted' || next.state.status !== 'submitted') return
        const summary = summarizeAttempt(next.state)
        submittedSummaries.set(summary.id, summary)
        // Not awaited here: a hook that calls back into this attempt would otherwise wait on
        // the queue that is waiting on it. Callers of the batch await it in transact().
        const hook = runHook(summary).finally(() => hooks.delete(summary.id))
        hooks.set(summary.id, hook)
      }
    })

  async function runHook(summary: AttemptSummary): Promise<void> {
    try {
      await options.onSubmitted?.(summary)
    } catch (error) {
      log(`onSubmitted failed for attempt ${summary.id}`, error)
    }
  }

  async function readRecord(id: string): Promise<AttemptRecord | null> {
    let raw: AttemptRecord | null
    try {
      raw = await repo.read(id)
    } catch (error) {
      log(`Reading attempt ${id} failed`, error)
      throw new AttemptError('STORE_FAILED', 'This attempt could not be read from disk.')
    }
    if (raw === null) return null
    const record = options.validate ? options.validate(raw) : raw
    if (record.id !== id)
      throw new AttemptError('STORE_FAILED', 'This attempt file is mislabelled.')
    return record
  }

  /** Registers a record read from disk; one left running by a dead process is suspended first. */
  async function adopt(record: AttemptRecord): Promise<{ queue: Queue; recovered: boolean }> {
    const vouched = seal !== null && record.restored === undefined && seal.verify(record)
    const queue = makeQueue(liveFromRecord(record, vouched))
    queues.set(record.id, queue)
    loading.set(record.id, Promise.resolve(queue))
    if (queue.state.state.status !== 'active') return { queue, recovered: false }
    await queue.run((live) => ({
      next: suspend(live, 'crash-recovered', clock.monoMs(), nowIso()),
      value: undefined
    }))
    return { queue, recovered: true }
  }

  function ready(): Promise<string[]> {
    // A failed scan (e.g. the folder was briefly unreadable) is retried on the next call.
    recovery ??= recoverAll().catch((error: unknown) => {
      recovery = null
      throw error
    })
    return recovery
  }

  async function recoverAll(): Promise<string[]> {
    const recovered: string[] = []
    for (const id of await repo.list()) {
      // Submitted attempts never need recovering; skipping them keeps start-up fast whatever the
      // history (10,000 past attempts took ~11 s to read back one by one).
      if (loading.has(id) || options.isKnownSubmitted?.(id)) continue
      try {
        const record = await readRecord(id)
        if (record === null) continue
        const state = foldAttempt(record)
        if (state.status === 'submitted') {
          submittedSummaries.set(id, summarizeAttempt(state))
          continue
        }
        if ((await adopt(record)).recovered) recovered.push(id)
      } catch (error) {
        log(`Attempt ${id} skipped during recovery`, error)
      }
    }
    return recovered
  }

  async function queueFor(id: unknown): Promise<Queue> {
    await ready()
    // The store's own rule (pattern, and no Windows device names), so a refused id is a bad
    // request here rather than a failed read.
    if (typeof id !== 'string' || attemptIdProblem(id) !== null) {
      throw new AttemptError('BAD_REQUEST', 'attemptId must be 1–64 letters, digits, _ or -.')
    }
    let pending = loading.get(id)
    if (!pending) {
      pending = readRecord(id).then((record) => {
        if (record === null) throw new AttemptError('NOT_FOUND', 'There is no such attempt.')
        return adopt(record).then((a) => a.queue)
      })
      loading.set(id, pending)
      pending.catch(() => loading.delete(id))
    }
    return pending
  }

  /** Runs one transition on an attempt at the current instant. */
  async function transact<R>(
    id: unknown,
    step: (live: Live, mono: number, at: string) => Outcome<Live, R>
  ): Promise<R> {
    const queue = await queueFor(id)
    let submittedHere = false
    const value = await queue.run((live0) => {
      const mono = clock.monoMs()
      const wall = clock.wallMs()
      const live = detectSleep(live0, mono, wall, iso)
      const outcome = step(live, mono, iso(wall))
      submittedHere = live.state.status !== 'submitted' && outcome.next.state.status === 'submitted'
      return outcome
    })
    // The caller that submitted hears back after the summary hook has run (only that caller:
    // a hook that reads the attempt back must not wait for itself).
    if (submittedHere) await hooks.get(queue.state.record.id)
    return value
  }

  const stoppedError = (live: Live): AttemptError =>
    live.state.submitReason === 'expired'
      ? new AttemptError(
          'TIME_EXPIRED',
          'Time is up: the attempt was submitted with the answers given.'
        )
      : new AttemptError('NOT_ACTIVE', 'This attempt has already been submitted.')

  function intent(kind: IntentKind, raw: unknown): Promise<PlayerView> {
    const parsed = parseIntent(kind, raw)
    if (!parsed.ok) return Promise.reject(AttemptError.from(parsed.error))
    const id = (raw as { attemptId?: unknown }).attemptId
    return transact<PlayerView>(id, (live0, mono, at) => {
      const live = expireIfDue(touch(live0, mono), mono, at)
      const result = applyIntent(live.state, parsed.intent, elapsedNow(live, mono), at)
      if (!result.ok) return { next: live, error: AttemptError.from(result.error) }
      const next = append(live, result.event, mono, at)
      return { next, value: viewOf(next, mono) }
    })
  }

  function get(attemptId: string): Promise<PlayerView> {
    return transact<PlayerView>(attemptId, (live0, mono, at) => {
      const live = expireIfDue(touch(live0, mono), mono, at)
      return { next: live, value: viewOf(live, mono) }
    })
  }

  /** Unsubmitted attempts, the running one first, then the most recently started. */
  async function openAttempts(): Promise<Live[]> {
    await ready()
    return [...queues.values()]
      .map((q) => q.state)
      .filter((live) => live.state.status !== 'submitted')
      .sort(
        (a, b) =>
          Number(!!b.run) - Number(!!a.run) || b.state.startedAt.localeCompare(a.state.startedAt)
      )
  }

  /** Keeps one clock running at a time: starting or resuming an attempt pauses any other. */
  async function suspendRunning(reason: SuspendReason, except?: string): Promise<void> {
    const running = [...queues.entries()].filter(([id, q]) => id !== except && q.state.run)
    await Promise.all(
      running.map(([id]) =>
        transact(id, (live, mono, at) => ({ next: suspend(live, reason, mono, at), value: null }))
      )
    )
  }

  return {
    async start(config, items, seed) {
      await ready()
      const problem = checkItems(items)
      if (problem) throw new AttemptError('INVALID_CONFIG', problem)
      const normalized = normalizeQuizConfig(config, items.length, options.course, options.rules)
      if (!normalized.ok) throw AttemptError.from(normalized.error)
      await suspendRunning('user')
      const seeds = items.map(seedOf)
      const id = options.newId()
      if (attemptIdProblem(id) !== null || loading.has(id)) {
        throw new Error(`newId() gave an unusable id`)
      }
      const at = nowIso()
      const record: AttemptRecord = {
        schemaVersion: 1,
        id,
        events: [
          {
            type: 'started',
            at,
            config: normalized.value,
            // A deep copy: the attempt keeps the items exactly as shown, whatever the bank does later.
            items: JSON.parse(JSON.stringify(items)) as Item[],
            timeLimitMs: timeLimitMs(normalized.value),
            seed: seed ?? id,
            elapsedMs: 0,
            ...(seeds.some((x) => x !== null) ? { itemSeeds: seeds } : {})
          }
        ],
        checkpoint: { elapsedMs: 0, at }
      }
      const mono = clock.monoMs()
      const run = {
        segment: startSegment(0, mono),
        lastSeenMono: mono,
        lastCheckpointMono: mono,
        lastWall: clock.wallMs(),
        lastMono: mono
      }
      const live: Live = { record, state: foldAttempt(record), run, sealed: seal !== null }
      try {
        await repo.write(id, onDisk(live))
      } catch (error) {
        throw storeFailed(error)
      }
      const queue = makeQueue(live)
      queues.set(id, queue)
      loading.set(id, Promise.resolve(queue))
      return viewOf(live, mono)
    },

    get,

    async active() {
      const chosen = (await openAttempts())[0]
      return chosen ? get(chosen.state.id) : null
    },

    async unfinished() {
      return Promise.all((await openAttempts()).map((live) => get(live.state.id)))
    },

    answer: (request) => intent('answer', request),
    flag: (request) => intent('flag', request),
    strike: (request) => intent('strike', request),
    visit: (request) => intent('visit', request),
    submit: (request) => intent('submit', request),

    heartbeat: (attemptId) =>
      transact<PlayerView>(attemptId, (live0, mono, at) => {
        const live = checkpoint(expireIfDue(touch(live0, mono), mono, at), mono, at, intervalMs)
        return { next: live, value: viewOf(live, mono) }
      }),

    suspend: (attemptId, reason = 'user') =>
      transact<PlayerView>(attemptId, (live0, mono, at) => {
        const live = expireIfDue(live0, mono, at)
        if (live.state.status === 'submitted') return { next: live, error: stoppedError(live) }
        const limit = suspensionLimitError(live, reason, options.rules)
        if (limit) return { next: live, error: limit }
        const next = suspend(live, reason, mono, at)
        return { next, value: viewOf(next, mono) }
      }),

    async resume(attemptId) {
      await queueFor(attemptId)
      await suspendRunning('user', attemptId)
      return transact<PlayerView>(attemptId, (live0, mono, at) => {
        const live = expireIfDue(touch(live0, mono), mono, at)
        const { state } = live
        if (state.status === 'submitted') return { next: live, error: stoppedError(live) }
        // Resuming an attempt that is already running (a reloaded page) just returns it.
        if (state.status === 'active') return { next: live, value: viewOf(live, mono) }
        const next = append(live, { type: 'resumed', at, elapsedMs: state.elapsedMs }, mono, at)
        // Suspended at the limit (possible only within the grace period): submit now.
        const settled = expireIfDue(next, mono, at)
        return { next: settled, value: viewOf(settled, mono) }
      })
    },

    async review(attemptId) {
      const live = (await queueFor(attemptId)).state
      if (live.state.status !== 'submitted') {
        throw new AttemptError('NOT_SUBMITTED', 'The review opens once the attempt is submitted.')
      }
      return reviewView(live.state)
    },

    async summary(attemptId) {
      return summarizeAttempt((await queueFor(attemptId)).state.state)
    },

    async listSummaries() {
      await ready()
      for (const q of queues.values()) {
        if (q.state.state.status === 'submitted') {
          submittedSummaries.set(q.state.state.id, summarizeAttempt(q.state.state))
        }
      }
      return [...submittedSummaries.values()].sort((a, b) =>
        (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '')
      )
    },

    async vouch(attemptId, checkItems = true) {
      await queueFor(attemptId)
      return vouchFor(await readRecord(attemptId), seal, options.course, checkItems)
    },

    async keysShownInOpenAttempts() {
      await ready()
      const ids: string[] = []
      for (const q of queues.values()) {
        const { state } = q.state
        if (state.status === 'submitted' || state.config.mode !== 'tutor') continue
        state.items.forEach((item, i) => {
          if (state.responses[i]?.optionId != null) ids.push(item.id)
        })
      }
      return ids
    },

    recoverAfterStart: ready,

    async tick() {
      await ready()
      if (ticking) return // a slow disk must not pile ticks up
      ticking = true
      try {
        const running = [...queues.entries()].filter(([, q]) => q.state.run)
        await Promise.all(
          running.map(([id]) =>
            transact(id, (live, mono, at) => {
              // detectSleep (in transact) may already have suspended it.
              if (!live.run) return { next: live, value: null }
              const lost = mono - live.run.lastSeenMono > heartbeatTimeoutMs
              const next = lost ? suspend(live, 'page-lost', mono, at) : expireIfDue(live, mono, at)
              return { next, value: null }
            }).catch((error: unknown) => log(`tick failed for attempt ${id}`, error))
          )
        )
      } finally {
        ticking = false
      }
    },

    async suspendAllRunning(reason) {
      await ready()
      await suspendRunning(reason)
    },

    forgetIdle() {
      const running = (id: string): boolean => queues.get(id)?.state.run != null
      for (const id of [...queues.keys()]) if (!running(id)) queues.delete(id)
      for (const id of [...loading.keys()]) if (!running(id)) loading.delete(id)
      submittedSummaries.clear()
    }
  }
}

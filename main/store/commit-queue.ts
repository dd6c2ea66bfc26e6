// The one group-commit queue: it serialises the operations on one piece of durable state (an
// attempt in the attempt service, casebook.json in the data store). Operations are synchronous
// transitions applied strictly in arrival order; everything queued while a write is in flight is
// applied as one batch and made durable by a single write, and no caller's promise settles before
// the write holding its change is durable. So 1,000 answers fired without waiting all land, in
// order, with a handful of fsyncs instead of 1,000. An operation that fails (or throws) rejects
// alone and leaves the state as it was for the next one.

/** An operation's outcome: the next state, and either a value for the caller or an error. */
export type Outcome<S, R> = { next: S; value: R } | { next: S; error: Error }

interface Pending<S> {
  op: (current: S) => Outcome<S, unknown>
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

export interface CommitQueueOptions<S> {
  /** Whether `next` holds changes that must reach the disk (heartbeat-only changes need not). */
  changed(prev: S, next: S): boolean
  persist(next: S): Promise<void>
  /**
   * Runs after a successful write and before the callers' promises settle. Synchronous on
   * purpose: awaiting work that calls back into this queue would deadlock it. Must not throw.
   */
  afterCommit?(prev: S, next: S): void
  /** Wraps a failed write for every caller in the batch. */
  storeError(cause: unknown): Error
}

export class CommitQueue<S> {
  private pending: Pending<S>[] = []
  private draining = false
  private idleWaiters: (() => void)[] = []

  constructor(
    private current: S,
    private readonly options: CommitQueueOptions<S>
  ) {}

  /** The last committed state (what is on disk, plus in-memory-only timer fields). */
  get state(): S {
    return this.current
  }

  get busy(): boolean {
    return this.draining
  }

  /** Resolves once every operation queued so far has settled. */
  idle(): Promise<void> {
    if (!this.draining) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  run<R>(op: (current: S) => Outcome<S, R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ op, resolve: resolve as (v: unknown) => void, reject })
      if (!this.draining) void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.draining = true
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0)
        const before = this.current
        let state = before
        const outcomes = batch.map(({ op }): Outcome<S, unknown> => {
          try {
            const outcome = op(state)
            state = outcome.next
            return outcome
          } catch (error) {
            // A bug in one operation must not take the rest of the batch with it.
            return { next: state, error: error instanceof Error ? error : new Error(String(error)) }
          }
        })
        if (this.options.changed(before, state)) {
          try {
            await this.options.persist(state)
          } catch (cause) {
            // Nothing in this batch is acknowledged; memory goes back to what is on disk.
            const error = this.options.storeError(cause)
            for (const p of batch) p.reject(error)
            continue
          }
        }
        this.current = state
        this.options.afterCommit?.(before, state)
        batch.forEach((p, i) => {
          const outcome = outcomes[i]!
          if ('error' in outcome) p.reject(outcome.error)
          else p.resolve(outcome.value)
        })
      }
    } finally {
      this.draining = false
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }
}

// Contracts between the durable store and the services that use it. The store owns files and
// durability; services own meaning. Both sides are written against these types.

/** Validates unknown parsed JSON; throws an Error whose message says what is wrong. */
export type Validator<T> = (raw: unknown) => T

/** One file per attempt so recording an answer costs the same however long the history is. */
export interface AttemptRepository<T> {
  read(id: string): Promise<T | null>
  /** Resolves only once the record is durable on disk (fsync'd file and folder). */
  write(id: string, record: T): Promise<void>
  list(): Promise<string[]>
  /**
   * Deletes an attempt file and its backup (durably). Only a failed restore uses it, to take back
   * a file it had just created; optional so small test repositories need not implement it.
   */
  remove?(id: string): Promise<void>
}

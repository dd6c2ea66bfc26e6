// Test doubles for the attempt service: a fake clock whose wall and monotonic readings can move
// independently, and a small but real file-backed repository (write to temp, then rename).
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AttemptRecord } from '../../../questions/engine'
import type { AttemptRepository } from '../../../main/store/types'
import { createAttemptService, type AttemptServiceOptions } from '../../../main/services/attempts'
import type { Clock } from '../../../main/services/clock'
import { rlsCausesCourse } from '../../../questions/content/course'

export class FakeClock implements Clock {
  constructor(
    public wall = Date.parse('2026-03-01T09:00:00.000Z'),
    public mono = 1_000
  ) {}
  wallMs = (): number => this.wall
  monoMs = (): number => this.mono
  /** Real time passing: both clocks move. */
  advance(ms: number): void {
    this.wall += ms
    this.mono += ms
  }
  /** Someone changes the system clock: only the wall reading moves. */
  jumpWall(ms: number): void {
    this.wall += ms
  }
}

export interface FileRepo extends AttemptRepository<AttemptRecord> {
  dir: string
  writes: number
  failWrites: boolean
  readRaw(id: string): Promise<AttemptRecord>
}

export function fileRepo(dir: string): FileRepo {
  const file = (id: string): string => path.join(dir, `${id}.json`)
  const repo: FileRepo = {
    dir,
    writes: 0,
    failWrites: false,
    async read(id) {
      try {
        return JSON.parse(await readFile(file(id), 'utf8')) as AttemptRecord
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async write(id, record) {
      if (repo.failWrites) throw new Error('disk full (simulated)')
      const temp = `${file(id)}.${repo.writes}.tmp`
      await writeFile(temp, JSON.stringify(record))
      await rename(temp, file(id))
      repo.writes++
    },
    async list() {
      return (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))
    },
    readRaw: async (id) => JSON.parse(await readFile(file(id), 'utf8')) as AttemptRecord
  }
  return repo
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rls-attempts-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export function makeService(
  repo: AttemptRepository<AttemptRecord>,
  clock: Clock,
  extra: Partial<AttemptServiceOptions> = {}
): ReturnType<typeof createAttemptService> {
  let n = 0
  return createAttemptService({
    repo,
    clock,
    course: rlsCausesCourse,
    newId: () => `att-${Date.now().toString(36)}-${++n}`,
    log: () => {},
    ...extra
  })
}

export const setup = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  mode: 'timed',
  itemCount: 10,
  sections: ['genetics'],
  pool: 'all',
  secondsPerItem: 90,
  accommodation: 1,
  confidence: false,
  passMarkPercent: 75,
  ...overrides
})

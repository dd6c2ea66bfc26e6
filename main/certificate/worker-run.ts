// Runs one verification in a worker thread with a heap cap and a deadline. The bounded reader
// should never come near either; they are the second line of defence (issue #17): a file that
// still manages to be expensive costs one worker, which is terminated, and the verdict is
// "unreadable" — while the main thread goes on answering every other request.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { ReaderLimits } from './reader/document'
import type { TrustKind, VerifyResult } from './verify'

export interface WorkerJob {
  bytes: Uint8Array
  keys: string[]
  limits: ReaderLimits
  trust: TrustKind
}

export interface WorkerLimits {
  /** Old-generation heap of the worker, MB. */
  heapMb: number
  timeoutMs: number
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { heapMb: 96, timeoutMs: 10_000 }

export function runVerifyWorker(
  job: WorkerJob,
  limits: Partial<WorkerLimits> = {}
): Promise<VerifyResult> {
  const { heapMb, timeoutMs } = { ...DEFAULT_WORKER_LIMITS, ...limits }
  const resourceLimits: ResourceLimits = {
    maxOldGenerationSizeMb: heapMb,
    maxYoungGenerationSizeMb: 16,
    stackSizeMb: 4
  }
  const worker = createWorker(resourceLimits)
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: VerifyResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(
      () => finish(refused(`checking it took longer than ${timeoutMs / 1000} s`)),
      timeoutMs
    )
    worker.once('message', (result: VerifyResult) => finish(result))
    worker.once('error', (err: NodeJS.ErrnoException) =>
      finish(
        refused(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'checking it needed more memory than any certificate does'
            : `the checker failed (${err.message})`
        )
      )
    )
    worker.once('exit', () => finish(refused('the checker stopped')))
    worker.postMessage(job)
  })
}

function refused(reason: string): VerifyResult {
  return {
    status: 'unreadable',
    message: `This file cannot be read as a certificate PDF: ${reason}.`,
    checks: [{ check: 'file', passed: false, detail: `Refused: ${reason}.` }]
  }
}

// The built app has the worker as its own bundle entry (electron.vite.config.ts); from source
// (tsx, vitest) the worker registers tsx's loader first, then imports the TypeScript entry.
const WORKER_BUNDLE = 'certificate-verify-worker.js'
const BOOT_FROM_SOURCE = `
const { workerData } = require('node:worker_threads')
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry) })
`

// Test aid, read only when running from source (the built app always has its bundle beside
// it): a folder holding a prebuilt bundle of the worker (tests/global-setup.ts builds one per
// test run), because registering tsx and compiling the entry costs about half a second of CPU per
// verification, and under load came near the deadline above.
const TEST_WORKER_DIR = 'RLS_CASEBOOK_TEST_WORKER_DIR'

function createWorker(resourceLimits: ResourceLimits): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const testDir = process.env[TEST_WORKER_DIR]
  const built = [
    path.join(here, WORKER_BUNDLE),
    path.join(here, '..', WORKER_BUNDLE),
    ...(testDir ? [path.join(testDir, WORKER_BUNDLE)] : [])
  ].find((f) => existsSync(f))
  if (built) return new Worker(built, { resourceLimits })
  const require = createRequire(import.meta.url)
  const tsxRoot = path.dirname(require.resolve('tsx/package.json'))
  return new Worker(BOOT_FROM_SOURCE, {
    eval: true,
    resourceLimits,
    workerData: {
      tsxApi: pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href,
      entry: pathToFileURL(path.join(here, 'verify-worker.ts')).href
    }
  })
}

// Rendering certificates in worker threads: each PDF costs tens of milliseconds of CPU (the page
// on both paper sizes, font subsets, the read-back check), and an issuing run renders hundreds.
// Each worker loads the fonts once and signs with the provider's key (handed to it as a KeyObject,
// never written anywhere); the caller keeps the ledger and the files, in order, on its own thread.
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { KeyObject } from 'node:crypto'
import type { CertificateInput } from '../certificate/sign'

export interface RenderJob {
  id: number
  input: CertificateInput
  pageSize: 'A4' | 'Letter'
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string }

export interface RenderPool {
  render(input: CertificateInput, pageSize: 'A4' | 'Letter'): Promise<Uint8Array>
  size: number
  close(): Promise<void>
}

// From source (tsx, vitest) the worker registers tsx's loader, then imports the TypeScript entry.
const BOOT_FROM_SOURCE = `
const { workerData } = require('node:worker_threads')
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry) })
`

export function createRenderPool(privateKey: KeyObject, size = defaultSize()): RenderPool {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const require = createRequire(import.meta.url)
  const tsxRoot = path.dirname(require.resolve('tsx/package.json'))
  const pending = new Map<number, { resolve(pdf: Uint8Array): void; reject(e: Error): void }>()
  const idle: Worker[] = []
  const queue: RenderJob[] = []
  let next = 0
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(BOOT_FROM_SOURCE, {
      eval: true,
      workerData: {
        tsxApi: pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href,
        entry: pathToFileURL(path.join(here, 'render-worker.ts')).href,
        privateKey
      }
    })
    worker.on('message', (reply: RenderReply) => {
      const job = pending.get(reply.id)
      pending.delete(reply.id)
      if ('error' in reply) job?.reject(new Error(reply.error))
      else job?.resolve(reply.pdf)
      dispatch(worker)
    })
    worker.on('error', (err) => {
      for (const job of pending.values()) job.reject(err)
      pending.clear()
    })
    idle.push(worker)
    return worker
  })
  function dispatch(worker: Worker): void {
    const job = queue.shift()
    if (job) worker.postMessage(job)
    else idle.push(worker)
  }
  return {
    size,
    render(input, pageSize) {
      const id = next++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        queue.push({ id, input, pageSize })
        const worker = idle.pop()
        if (worker) dispatch(worker)
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    }
  }
}

/** One worker per core the process may use, at most 4 (each holds the fonts, ~30 MB). */
function defaultSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()))
}

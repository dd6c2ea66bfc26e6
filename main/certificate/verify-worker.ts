// Worker-thread entry: verifies one file and answers once. Runs under resourceLimits and a timer
// set by worker-run.ts, so even a reader bug cannot take the main process's memory or time.
import { parentPort } from 'node:worker_threads'
import { verifyCertificateBytes } from './verify'
import type { WorkerJob } from './worker-run'

parentPort!.once('message', (job: WorkerJob) => {
  parentPort!.postMessage(verifyCertificateBytes(job.bytes, job.keys, job.limits, job.trust))
})

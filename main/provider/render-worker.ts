// Worker-thread entry for render-pool.ts: renders and signs one certificate per message with the
// provider's key from workerData, fonts loaded once per worker.
import type { KeyObject } from 'node:crypto'
import { parentPort, workerData } from 'node:worker_threads'
import { issueCertificateWithKey, loadCertificateFonts } from '../certificate/index'
import { fromPrivateKey } from '../certificate/keys'
import type { RenderJob, RenderReply } from './render-pool'

const key = fromPrivateKey((workerData as { privateKey: KeyObject }).privateKey)
const fonts = loadCertificateFonts()

parentPort!.on('message', (job: RenderJob) => {
  void (async (): Promise<RenderReply> => {
    try {
      const { pdf } = await issueCertificateWithKey(key, job.input, {
        pageSize: job.pageSize,
        fonts: await fonts
      })
      return { id: job.id, pdf }
    } catch (err) {
      return { id: job.id, error: (err as Error).message }
    }
  })().then((reply) => parentPort!.postMessage(reply))
})

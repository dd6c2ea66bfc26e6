// Issue #17 §1: hostile PDFs handed to certificate:verify. Before, PDFDocument.load expanded the
// whole file on the main thread: a 292 KB object-stream bomb ran for minutes and died at 5.4 GB.
// Now each is refused as "unreadable" within a bounded time and memory, in a worker, while the
// app goes on answering other requests. The figures printed here are those in RELIABILITY.md.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_LIMITS,
  verifyCertificateBytes,
  verifyCertificatePdf
} from '../../../main/certificate/verify'
import type { VerifyResult } from '../../../main/certificate/verify'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import { openHarness, type Harness } from '../certificate-service/helpers'
import { cleanupTempDirs, issueSample, tempDir } from './helpers'
import {
  contentBomb,
  deepNesting,
  junk,
  large,
  manyObjects,
  objStmBomb,
  prevLoop,
  selfLength
} from './hostile-builders'

interface Measured {
  result: VerifyResult
  ms: number
  /** Peak growth of the whole process's resident memory (main thread and worker), MB. */
  peakRssMb: number
  /** Longest stall of the main thread's event loop meanwhile, ms. */
  maxLoopDelayMs: number
}

async function measure(run: () => Promise<VerifyResult>): Promise<Measured> {
  const base = process.memoryUsage.rss()
  let peak = base
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5)
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const t0 = performance.now()
  const result = await run()
  const ms = performance.now() - t0
  loop.disable()
  clearInterval(sampler)
  const mb = (n: number) => Math.round(n / 1e5) / 10
  return {
    result,
    ms: Math.round(ms),
    peakRssMb: mb(peak - base),
    maxLoopDelayMs: Math.round(loop.max / 1e6)
  }
}

const files: Record<string, Buffer> = {}
const figures: string[] = []
beforeAll(async () => {
  files['ObjStm holding a 150-million-element array (flate bomb)'] = await objStmBomb()
  files['page content stream inflating to 300 MB'] = await contentBomb()
  files['arrays nested 200,000 deep'] = deepNesting()
  files['1 MB of junk after %PDF-1.4'] = junk()
  files['120,000 objects in the cross-reference table'] = manyObjects()
  files['cross-reference sections whose /Prev loop'] = prevLoop()
  files['a stream whose /Length is itself'] = selfLength()
  files['50 MB file'] = large()
}, 60_000)
afterAll(() => {
  cleanupTempDirs()
  console.info(
    `\nhostile PDFs (file size | time | peak RSS growth | max loop delay):\n${figures.join('\n')}`
  )
})

const REASONS: Record<string, RegExp> = {
  'ObjStm holding a 150-million-element array (flate bomb)': /decodes to more than the limit/,
  'page content stream inflating to 300 MB': /decodes to more than the limit/,
  'arrays nested 200,000 deep': /nested too deeply/,
  '1 MB of junk after %PDF-1.4': /no cross-reference table/,
  '120,000 objects in the cross-reference table': /too many objects/,
  'cross-reference sections whose /Prev loop': /loop/,
  'a stream whose /Length is itself': /refer to themselves/,
  '50 MB file': /too large/
}

describe('hostile PDFs are refused within bounded time and memory', () => {
  it.each(Object.keys(REASONS))('%s', async (name) => {
    const bytes = new Uint8Array(files[name]!)
    const m = await measure(() => verifyCertificatePdf(bytes, []))
    // The reader alone, on this thread: what the check costs without starting a worker.
    const t0 = performance.now()
    const inThread = verifyCertificateBytes(bytes, [])
    const readerMs = Math.round((performance.now() - t0) * 10) / 10
    expect(inThread.status).toBe('unreadable')
    figures.push(
      `  ${name.padEnd(56)} ${String(Math.round(bytes.length / 1024)).padStart(6)} KB | ` +
        `${m.ms} ms | ${m.peakRssMb} MB | ${m.maxLoopDelayMs} ms | reader alone ${readerMs} ms`
    )
    expect(m.result.status).toBe('unreadable')
    expect(m.result.message).toMatch(REASONS[name]!)
    expect(m.result.fields).toBeUndefined()
    // Generous bounds for a shared 2-core machine; before, the first of these took minutes and
    // 5.4 GB. The worker's heap is capped at 96 MB; decoded data at 16 MB.
    expect(m.ms).toBeLessThan(8_000)
    expect(m.peakRssMb).toBeLessThan(400)
    expect(m.maxLoopDelayMs).toBeLessThan(2_000)
  })

  it('the worker is the second line: with the reader caps lifted, its heap limit stops the bomb', async () => {
    const lifted = { ...DEFAULT_LIMITS, maxStreamBytes: 1e9, maxDecodedBytes: 1e9, maxItems: 1e9 }
    const bomb = new Uint8Array(await objStmBomb(10_485_760))
    const m = await measure(() =>
      verifyCertificatePdf(bomb, [], { limits: lifted, worker: { heapMb: 32, timeoutMs: 30_000 } })
    )
    figures.push(
      `  caps lifted, 10M-element ObjStm, 32 MB worker heap: ${m.ms} ms | ${m.peakRssMb} MB | ` +
        `${m.maxLoopDelayMs} ms`
    )
    expect(m.result).toMatchObject({
      status: 'unreadable',
      message: /more memory than any certificate/
    })
    expect(m.maxLoopDelayMs).toBeLessThan(2_000)
    // The same limits are ample for a real certificate: it was the bomb that ran out.
    const key = await loadOrCreateSigningKey(tempDir())
    const genuine = await issueSample(key, await loadCertificateFonts())
    const ok = await verifyCertificatePdf(genuine.pdf, [key.publicKey], {
      limits: lifted,
      worker: { heapMb: 32 }
    })
    expect(ok.status).toBe('valid')
  })

  it('and its deadline stops a check that takes too long', async () => {
    const bytes = new Uint8Array(files['arrays nested 200,000 deep']!)
    const result = await verifyCertificatePdf(bytes, [], { worker: { timeoutMs: 1 } })
    expect(result).toMatchObject({ status: 'unreadable', message: /took longer than/ })
  })
})

describe('the app keeps answering while a hostile PDF is checked', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it.each([
    'ObjStm holding a 150-million-element array (flate bomb)',
    'page content stream inflating to 300 MB',
    '1 MB of junk after %PDF-1.4'
  ])('answers app:info through the real dispatch during certificate:verify of %s', async (name) => {
    let settled = false
    const verifying = h
      .call('certificate:verify', { pdfBase64: files[name]!.toString('base64') })
      .finally(() => (settled = true))
    const latencies: number[] = []
    while (!settled) {
      // Each request in its own turn of the event loop, as requests arriving over HTTP would be.
      await new Promise((resolve) => setImmediate(resolve))
      const t0 = performance.now()
      const info = await h.call('app:info', {})
      latencies.push(performance.now() - t0)
      expect(info.edition).toBe('browser')
    }
    expect((await verifying).status).toBe('unreadable')
    expect(latencies.length).toBeGreaterThan(0)
    expect(Math.max(...latencies)).toBeLessThan(2_000)
  })
})

// 1,000 quiz:answer requests fired without waiting, over real HTTP, against one 40-item attempt:
// every one lands, in the order the server received them, none lost. Each request carries the
// step of the last view the client had (the same view for all: nothing is awaited).
import { readFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OptionId } from '../../../questions/item'
import { attemptFile, post, startHarness, startQuiz, TOKEN, type Harness } from './helpers'

vi.mock('electron', async () => (await import('../security/electron-mock')).electronMock.module)

const N = 1000
const ITEMS = 40
type PlayerItems = { options: { id: OptionId }[] }[]

interface View {
  step: number
  responses: { optionId: OptionId | null }[]
}
interface AttemptFile {
  events: { type: string; itemIndex?: number; optionId?: OptionId }[]
}

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h?.close())

const readAttempt = (id: string): AttemptFile =>
  JSON.parse(readFileSync(attemptFile(h, id), 'utf8')) as AttemptFile

/** Changing answers: item n % 40, cycling through that item's own options round after round. */
const planned = (items: { options: { id: OptionId }[] }[], offset: number) =>
  Array.from({ length: N }, (_, n) => {
    const options = items[n % ITEMS]!.options.map((o) => o.id)
    return {
      itemIndex: n % ITEMS,
      optionId: options[(Math.floor(n / ITEMS) + offset) % options.length]!
    }
  })

async function fire(
  agent: Agent,
  attemptId: string,
  step: number,
  sent: { itemIndex: number; optionId: OptionId }[]
) {
  const started = performance.now()
  const replies = await Promise.all(
    sent.map((s) =>
      post(h.server.port, '/api/quiz:answer', JSON.stringify({ attemptId, step, ...s }), { agent })
    )
  )
  const ms = performance.now() - started
  return {
    ms,
    views: replies.map((r) => {
      expect(r.status).toBe(200)
      const result = JSON.parse(r.body) as { ok: boolean; value: View; error?: unknown }
      expect(result.ok, JSON.stringify(result.error)).toBe(true)
      return result.value
    })
  }
}

/**
 * HTTP/1.1 pipelining: every request is written to one socket at once, without waiting for any
 * reply (TCP keeps them in order); the server answers in the same order, each with Content-Length.
 */
function pipelined(port: number, bodies: string[]): Promise<{ status: number; body: string }[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const replies: { status: number; body: string }[] = []
    let buffer = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n')
        if (end < 0) break
        const head = buffer.subarray(0, end).toString('latin1')
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? NaN)
        if (!Number.isFinite(length)) return reject(new Error(`no Content-Length in ${head}`))
        if (buffer.length < end + 4 + length) break
        replies.push({
          status: Number(head.split(' ')[1]),
          body: buffer.subarray(end + 4, end + 4 + length).toString('utf8')
        })
        buffer = buffer.subarray(end + 4 + length)
      }
      if (replies.length === bodies.length) {
        socket.end()
        resolve(replies)
      }
    })
    socket.on('error', reject)
    socket.on('close', () => {
      if (replies.length < bodies.length) reject(new Error(`closed after ${replies.length}`))
    })
    socket.write(
      bodies
        .map(
          (body) =>
            `POST /api/quiz:answer HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
            `Authorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`
        )
        .join('')
    )
  })
}

describe('1,000 unawaited answers over HTTP', () => {
  it('pipelined on one connection: all land in send order, none lost', async () => {
    const view = await startQuiz(h)
    expect(view.items).toHaveLength(ITEMS)
    const sent = planned(view.items as PlayerItems, 0)
    const started = performance.now()
    const replies = await pipelined(
      h.server.port,
      sent.map((s) => JSON.stringify({ attemptId: view.attemptId, step: view.step, ...s }))
    )
    const ms = performance.now() - started
    const views = replies.map((r) => {
      expect(r.status).toBe(200)
      const result = JSON.parse(r.body) as { ok: boolean; value: View; error?: unknown }
      expect(result.ok, JSON.stringify(result.error)).toBe(true)
      return result.value
    })
    // Each reply reflects exactly the answers sent before and including it.
    expect(views.map((v) => v.step)).toEqual(sent.map((_, n) => view.step + n + 1))
    const record = readAttempt(view.attemptId)
    expect(record.events).toHaveLength(1 + N)
    const answered = record.events.filter((e) => e.type === 'answered')
    expect(answered.map((e) => [e.itemIndex, e.optionId])).toEqual(
      sent.map((s) => [s.itemIndex, s.optionId])
    )
    // The final state equals the last request per item.
    const final = views.reduce((a, b) => (b.step > a.step ? b : a))
    expect(final.responses.map((r) => r.optionId)).toEqual(
      sent.slice(N - ITEMS).map((s) => s.optionId)
    )
    console.log(`1,000 answers pipelined on one connection: ${ms.toFixed(0)} ms`)
  })

  it('on 16 parallel connections (as a browser uses several): all land, none lost, file order = reply order', async () => {
    const view = await startQuiz(h)
    const agent = new Agent({ keepAlive: true, maxSockets: 16 })
    const sent = planned(view.items as PlayerItems, 2)
    const { ms, views } = await fire(agent, view.attemptId, view.step, sent)
    agent.destroy()
    // Every request got its own step: none merged, none dropped.
    const steps = views.map((v) => v.step)
    expect(new Set(steps).size).toBe(N)
    expect(Math.min(...steps)).toBe(view.step + 1)
    expect(Math.max(...steps)).toBe(view.step + N)
    const record = readAttempt(view.attemptId)
    expect(record.events).toHaveLength(1 + N)
    const answered = record.events.filter((e) => e.type === 'answered')
    // The file holds the answers in the order the server took them, which is the order of the
    // steps it replied with.
    const byStep = sent.map((s, n) => ({ ...s, step: steps[n]! })).sort((a, b) => a.step - b.step)
    expect(answered.map((e) => [e.itemIndex, e.optionId])).toEqual(
      byStep.map((s) => [s.itemIndex, s.optionId])
    )
    // The final state per item is the answer the server took last for it.
    const final = views.reduce((a, b) => (b.step > a.step ? b : a))
    const lastTaken = new Map<number, OptionId>()
    for (const s of byStep) lastTaken.set(s.itemIndex, s.optionId)
    expect(final.responses.map((r) => r.optionId)).toEqual(
      Array.from({ length: ITEMS }, (_, i) => lastTaken.get(i))
    )
    const reordered = sent.filter((_, n) => n > 0 && steps[n]! < steps[n - 1]!).length
    console.log(
      `1,000 answers, 16 connections: ${ms.toFixed(0)} ms; ${reordered} arrived before the ` +
        'request sent just ahead of them'
    )
  })
})

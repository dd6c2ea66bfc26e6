// A client that hangs up mid-request is logged as one line, never a stack trace, and a flood of
// them writes a bounded number of lines. Real sockets: each request sends its headers and half
// its body, the server is seen to have it, then the socket is destroyed.
import { connect, type Socket } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Dispatch } from '../../../main/api/dispatch'
import { createRequestLog } from '../../../main/web/request-log'
import { startWebServer, type RunningServer } from '../../../main/web/server'

const TOKEN = 'abort-token-0123456789abcdef'
let server: RunningServer | null = null
const made: string[] = []
afterEach(async () => {
  await server?.close()
  server = null
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function halfRequest(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST /api/app:info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Authorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n` +
          'Content-Length: 100\r\n\r\n{"half":'
      )
      resolve(socket)
    })
    socket.on('error', reject)
  })
}

describe('aborted requests', () => {
  it('3,000 aborts mid-body: every one seen, at most a burst of single lines plus one summary', async () => {
    const lines: string[] = []
    let dispatched = 0
    const dispatch: Dispatch = async () => (dispatched++, { ok: true, value: null })
    const staticRoot = mkdtempSync(join(tmpdir(), 'rls-abort-'))
    made.push(staticRoot)
    server = await startWebServer({
      dispatch,
      token: TOKEN,
      staticRoot,
      log: (line) => lines.push(line)
    })
    const running = server
    let received = 0
    running.server.on('request', () => received++)
    const TOTAL = 3000
    const BATCH = 100
    for (let sent = 0; sent < TOTAL; sent += BATCH) {
      const sockets = await Promise.all(
        Array.from({ length: BATCH }, () => halfRequest(running.port))
      )
      // Hang up only once the server is reading every one of these bodies.
      await vi.waitFor(() => expect(received).toBe(sent + BATCH), { timeout: 10_000 })
      for (const socket of sockets) socket.destroy()
    }
    await vi.waitFor(() => expect(running.log.counts.aborted).toBe(TOTAL), { timeout: 10_000 })
    await running.close()
    server = null
    expect(dispatched).toBe(0)
    expect(running.log.counts.failed).toBe(0)
    // 10 individual lines, then one summary of the 2,990 held back.
    expect(lines).toHaveLength(11)
    expect(
      lines.slice(0, 10).every((l) => l === 'Request aborted by the client: POST /api/app:info')
    ).toBe(true)
    expect(lines[10]).toBe('… 2990 more request problem(s) not logged individually')
    expect(lines.some((l) => l.includes('\n') || /\bat .+:\d+:\d+/.test(l))).toBe(false)
  })

  it('writes one line per problem within a window, and summarises at the window end', () => {
    const lines: string[] = []
    let clock = 0
    const log = createRequestLog({
      write: (l) => lines.push(l),
      now: () => clock,
      burst: 2,
      windowMs: 1000
    })
    const req = { method: 'POST', url: '/api/quiz:answer?x=1' } as never
    for (let i = 0; i < 5; i++) log.aborted(req)
    expect(lines).toEqual([
      'Request aborted by the client: POST /api/quiz:answer',
      'Request aborted by the client: POST /api/quiz:answer'
    ])
    clock = 1000
    log.failed(req, new Error('boom'))
    expect(lines).toHaveLength(4)
    expect(lines[2]).toBe('… 3 more request problem(s) not logged individually')
    expect(lines[3]).toMatch(/^Request failed: POST \/api\/quiz:answer: Error: boom \| at /)
    expect(lines[3]).not.toContain('\n')
    expect(log.counts).toEqual({ aborted: 5, failed: 1, written: 4 })
  })
})

// Shared by the hostile-input, concurrency and soak tests: a real app context over a temp data
// folder, the real loopback server in front of it, the real IPC handler, and a hash of every file
// in the data folder so "data unchanged" is checked byte for byte.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createAppContext, type AppContext } from '../../../main/app/context'
import { handleIpcMessage } from '../../../main/electron/ipc'
import { startWebServer, type RunningServer } from '../../../main/web/server'
import type { QuizSetup, Result } from '../../../preload/contract'
import { rlsCausesCourse } from '../../../questions/content/course'

export const TOKEN = 'hostile-token-0123456789abcdef'

export interface Harness {
  dataDir: string
  context: AppContext
  server: RunningServer
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rls-hostile-'))
  // The 1 s tick would write checkpoints on its own schedule; these tests compare files before
  // and after each request, so it is pushed out of the way (2^30 ms, within setInterval's range).
  const context = await createAppContext({
    course: rlsCausesCourse,
    dataDir,
    edition: 'browser',
    tickMs: 2 ** 30
  })
  const staticRoot = mkdtempSync(join(tmpdir(), 'rls-hostile-static-'))
  const server = await startWebServer({ dispatch: context.dispatch, token: TOKEN, staticRoot })
  return {
    dataDir,
    context,
    server,
    async close() {
      await server.close()
      await context.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(staticRoot, { recursive: true, force: true })
    }
  }
}

/** path → sha256 of every file under dir (nothing excluded: lock, backups, attempts, temp). */
export function hashDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const full = join(at, name)
      if (statSync(full).isDirectory()) walk(full)
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  walk(dir)
  return out
}

export interface HttpReply {
  status: number
  body: string
}

/** One POST over a real socket. `body` is sent byte for byte (it may be anything). */
export function post(
  port: number,
  path: string,
  body: string | Buffer,
  options: { agent?: Agent | false; headers?: Record<string, string> } = {}
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        agent: options.agent,
        headers: {
          Host: `127.0.0.1:${port}`,
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...options.headers
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

export type Transport = 'dispatch' | 'http' | 'ipc'
export const TRANSPORTS: Transport[] = ['dispatch', 'http', 'ipc']

/** The main frame of our own page, as Electron would describe it. */
export const TRUSTED_IPC_EVENT = { senderFrame: { url: 'app://casebook/index.html', parent: null } }

/**
 * Sends one request through a transport. `text` is the JSON the page would send: dispatch and IPC
 * receive JSON.parse(text) (what the HTTP server and Electron's structured clone hand over);
 * HTTP receives the bytes themselves.
 */
export async function callVia(
  h: Harness,
  transport: Transport,
  channel: string,
  text: string,
  agent?: Agent
): Promise<{ status: number; result: Result<unknown> }> {
  if (transport === 'http') {
    const reply = await post(h.server.port, `/api/${encodeURIComponent(channel)}`, text, { agent })
    return { status: reply.status, result: JSON.parse(reply.body) as Result<unknown> }
  }
  const payload: unknown = JSON.parse(text)
  if (transport === 'ipc') {
    const result = await handleIpcMessage(
      h.context.dispatch,
      channel,
      TRUSTED_IPC_EVENT as never,
      payload
    )
    return { status: 200, result }
  }
  return { status: 200, result: await h.context.dispatch(channel, payload, { transport: 'http' }) }
}

export const SETUP_40: QuizSetup = {
  mode: 'timed',
  itemCount: 40,
  sections: [
    'genetics',
    'dopamine-brain-iron',
    'iron-status',
    'systemic',
    'neurological',
    'medications',
    'lifestyle-sleep',
    'pitfalls-epidemiology'
  ],
  pool: 'all',
  secondsPerItem: 90,
  accommodation: 1,
  confidence: false
}

export interface StartedView {
  attemptId: string
  step: number
  items: unknown[]
}

export async function startQuiz(h: Harness, setup: QuizSetup = SETUP_40): Promise<StartedView> {
  const result = await h.context.dispatch('quiz:start', setup, { transport: 'http' })
  if (!result.ok) throw new Error(`quiz:start failed: ${result.error.message}`)
  return result.value as StartedView
}

export function attemptFile(h: Harness, attemptId: string): string {
  return join(h.dataDir, 'attempts', `${attemptId}.json`)
}

/** Every "structured error" must look exactly like this, whatever went in. */
export function isStructured(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false
  const r = result as Record<string, unknown>
  if (r.ok === true) return Object.keys(r).sort().join() === 'ok,value'
  if (r.ok !== false || Object.keys(r).sort().join() !== 'error,ok') return false
  const e = r.error as Record<string, unknown>
  return (
    typeof e === 'object' &&
    e !== null &&
    Object.keys(e).sort().join() === 'code,message' &&
    typeof e.code === 'string' &&
    /^[A-Z_]{3,40}$/.test(e.code) &&
    typeof e.message === 'string' &&
    e.message.length > 0
  )
}

// The browser edition's HTTP server: the built renderer plus POST /api/<channel>, backed by the
// same dispatch function the Electron IPC binding uses. Bound to 127.0.0.1 and nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../api/dispatch'
import { createRequestLog, type LogLine, type RequestLog } from './request-log'
import { hasValidToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS } from './security'
import { readStaticFile } from './static-files'

export const LOOPBACK = '127.0.0.1'
/** Large enough for a certificate PDF or a backup file sent for verification/restore. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

export interface WebServerOptions {
  dispatch: Dispatch
  token: string
  staticRoot: string
  port?: number
  /** Where request problems are reported (default: stderr), rate-limited by request-log.ts. */
  log?: LogLine
}

export interface RunningServer {
  server: Server
  port: number
  url: string
  readonly log: RequestLog
  close(): Promise<void>
}

export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  let port = options.port ?? 0
  const log = createRequestLog({ write: options.log })
  const server = createServer((req, res) => {
    handle(req, res, options, port, log).catch((error: unknown) => {
      log.failed(req, error)
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, failure('INTERNAL', 'Internal error.'))
      } else res.destroy()
    })
  })
  // Slow or stuck clients must not pin sockets forever.
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, LOOPBACK, () => resolvePromise())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/`,
    log,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections()
        server.close(() => {
          log.flush()
          resolvePromise()
        })
      })
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  port: number,
  log: RequestLog
): Promise<void> {
  if (!isAllowedHost(req.headers, port)) {
    return sendJson(res, 403, failure('FORBIDDEN', 'Requests must address 127.0.0.1.'))
  }
  if (!isAllowedOrigin(req.headers, port)) {
    return sendJson(res, 403, failure('FORBIDDEN', 'Cross-origin requests are not allowed.'))
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  if (path.startsWith('/api/')) {
    return handleApi(req, res, options, path.slice('/api/'.length), log)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, failure('NOT_ALLOWED', 'Method not allowed.'))
  }
  const file =
    (await readStaticFile(options.staticRoot, path)) ??
    // Client-side routes fall back to the app shell.
    (path.includes('.') ? null : await readStaticFile(options.staticRoot, '/'))
  if (!file) return sendJson(res, 404, failure('NOT_FOUND', 'Not found.'))
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store'
  })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  channel: string,
  log: RequestLog
): Promise<void> {
  if (req.method !== 'POST') {
    return sendJson(res, 405, failure('NOT_ALLOWED', 'Use POST for API calls.'))
  }
  if (!hasValidToken(req.headers, options.token)) {
    return sendJson(res, 401, failure('UNAUTHORIZED', 'Missing or wrong access token.'))
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume()
    return sendJson(
      res,
      415,
      failure('UNSUPPORTED_MEDIA_TYPE', 'Send API calls with Content-Type: application/json.')
    )
  }
  const body = await readBody(req)
  if (body === 'aborted') {
    log.aborted(req)
    return void res.destroy()
  }
  if (body === 'too-large') {
    return sendJson(res, 413, failure('PAYLOAD_TOO_LARGE', 'Request body is too large.'))
  }
  let payload: unknown
  try {
    payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
  } catch {
    return sendJson(res, 400, failure('INVALID_ARGS', 'Request body is not valid JSON.'))
  }
  const result = await options.dispatch(decodeChannel(channel), payload, { transport: 'http' })
  // Expected failures are still 200: the Result carries the error, as over IPC.
  sendJson(res, 200, result)
}

function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/**
 * `application/json`, with or without parameters. A page on another origin cannot send this type
 * without a CORS preflight (which this server never grants), so it is one more wall behind the
 * token against cross-site requests.
 */
export function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase()
  return type === 'application/json'
}

/** The whole body, or why not: too large (the rest is drained), or the client hung up. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolvePromise) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      req.resume()
      return resolvePromise('too-large')
    }
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolvePromise(tooLarge ? 'too-large' : Buffer.concat(chunks)))
    // 'error' (ECONNRESET "aborted") and a 'close' before 'end' both mean the client went away;
    // resolving twice is harmless, so whichever comes first decides.
    req.on('error', () => resolvePromise('aborted'))
    req.on('close', () => {
      if (!req.complete) resolvePromise('aborted')
    })
  })
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text)
  })
  res.end(text)
}

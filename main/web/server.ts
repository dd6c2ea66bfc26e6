// The browser edition's HTTP server: the built renderer plus POST /api/<channel>, backed by the
// same dispatch function the Electron IPC binding uses. Bound to 127.0.0.1 and nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../api/dispatch'
import { LAUNCH_PATH, type LaunchCodes } from './launch-code'
import { readJsonPayload } from './request-body'
import { createRequestLog, type LogLine, type RequestLog } from './request-log'
import { failure, sendJson } from './json-reply'
import { hasValidToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS } from './security'
import { readStaticFile } from './static-files'

export const LOOPBACK = '127.0.0.1'
export { MAX_BODY_BYTES } from './request-body'

export interface WebServerOptions {
  dispatch: Dispatch
  token: string
  staticRoot: string
  port?: number
  /** One-time codes the page may trade for `token` at POST /launch (none: the route is 404). */
  launchCodes?: LaunchCodes
  /** Called after a launch code was traded (serve prints "Page connected"). */
  onLaunch?: () => void
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
  if (path === LAUNCH_PATH && options.launchCodes) return handleLaunch(req, res, options, log)
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
  const payload = await readJsonPayload(req, res, log)
  if (payload === undefined) return
  const result = await options.dispatch(decodeChannel(channel), payload, { transport: 'http' })
  // Expected failures are still 200: the Result carries the error, as over IPC.
  sendJson(res, 200, result)
}

/** POST /launch {"code"}: the one request without the token, answered with it at most once. */
async function handleLaunch(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  log: RequestLog
): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('NOT_ALLOWED', 'Use POST.'))
  const payload = await readJsonPayload(req, res, log)
  if (payload === undefined) return
  const code = (payload as { code?: unknown } | null)?.code
  if (!options.launchCodes?.redeem(code)) {
    return sendJson(
      res,
      401,
      failure(
        'LAUNCH_CODE_SPENT',
        'This launch link was already used or has expired. Start RLS Casebook again to open it.'
      )
    )
  }
  sendJson(res, 200, { ok: true, value: { token: options.token } })
  options.onLaunch?.()
}

function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

// Reading an API request's body: JSON only, bounded in size, and a client that hangs up midway
// is a logged line, not an exception.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestLog } from './request-log'
import { failure, sendJson } from './json-reply'

/** Large enough for a certificate PDF or a backup file sent for verification/restore. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

/** The parsed JSON body, or undefined once a refusal has been sent (or the client left). */
export async function readJsonPayload(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog
): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume()
    sendJson(
      res,
      415,
      failure('UNSUPPORTED_MEDIA_TYPE', 'Send API calls with Content-Type: application/json.')
    )
    return undefined
  }
  const body = await readBody(req)
  if (body === 'aborted') {
    log.aborted(req)
    res.destroy()
    return undefined
  }
  if (body === 'too-large') {
    sendJson(res, 413, failure('PAYLOAD_TOO_LARGE', 'Request body is too large.'))
    return undefined
  }
  try {
    return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown)
  } catch {
    sendJson(res, 400, failure('INVALID_ARGS', 'Request body is not valid JSON.'))
    return undefined
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

// Every JSON answer of the loopback server: the Result shape, the security headers, no caching.
import type { ServerResponse } from 'node:http'
import { SECURITY_HEADERS } from './security'

export function failure(code: string, message: string) {
  return { ok: false, error: { code, message } }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text)
  })
  res.end(text)
}

// The loopback server's doors: token, Host, Origin, body size, loopback-only binding, and static
// files that cannot escape the renderer folder. Real sockets, real HTTP.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dispatch } from '../../../main/api/dispatch'
import { MAX_BODY_BYTES, startWebServer, type RunningServer } from '../../../main/web/server'

const TOKEN = 'test-token-0123456789abcdef'
let server: RunningServer
const calls: { channel: string; payload: unknown }[] = []
let outside = ''
let root = ''

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rls-static-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>RLS Casebook</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tmpdir(), 'rls-secret.txt'), 'secret')
  // Symlinks planted inside the build: to a file outside, to a folder outside, and one that stays
  // inside (allowed: it resolves to a file of the build).
  outside = mkdtempSync(join(tmpdir(), 'rls-outside-'))
  writeFileSync(join(outside, 'key.txt'), 'secret key')
  symlinkSync(join(outside, 'key.txt'), join(root, 'assets', 'leak.txt'))
  symlinkSync(outside, join(root, 'assets', 'outside'))
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'alias.js'))
  const dispatch: Dispatch = async (channel, payload) => {
    calls.push({ channel, payload })
    return { ok: true, value: { echoed: channel } }
  }
  server = await startWebServer({ dispatch, token: TOKEN, staticRoot: root })
})
afterAll(async () => {
  await server.close()
  rmSync(outside, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
  rmSync(join(tmpdir(), 'rls-secret.txt'), { force: true })
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
  host = '127.0.0.1'
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host,
        port: server.port,
        method,
        path,
        headers: { Host: `127.0.0.1:${server.port}`, ...headers }
      },
      (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
        )
      }
    )
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

describe('browser edition server', () => {
  it('answers an authorised API call through dispatch', async () => {
    const reply = await send('POST', '/api/app:info', { headers: auth, body: '{}' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'app:info' } })
  })

  it('refuses a call without a token (401) and with a wrong one', async () => {
    const before = calls.length
    expect((await send('POST', '/api/app:info', { body: '{}' })).status).toBe(401)
    const wrong = await send('POST', '/api/app:info', {
      headers: { Authorization: `Bearer ${TOKEN.slice(0, -1)}x` },
      body: '{}'
    })
    expect(wrong.status).toBe(401)
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(calls.length).toBe(before)
  })

  it('refuses a wrong Host header (403), defeating DNS rebinding', async () => {
    const reply = await send('POST', '/api/app:info', {
      headers: { ...auth, Host: `evil.example:${server.port}` },
      body: '{}'
    })
    expect(reply.status).toBe(403)
    expect((await send('GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(403)
  })

  it('refuses a foreign Origin (403) but accepts its own', async () => {
    const foreign = await send('POST', '/api/app:info', {
      headers: { ...auth, Origin: 'https://evil.example' },
      body: '{}'
    })
    expect(foreign.status).toBe(403)
    const own = await send('POST', '/api/app:info', {
      headers: { ...auth, Origin: `http://127.0.0.1:${server.port}` },
      body: '{}'
    })
    expect(own.status).toBe(200)
  })

  it('limits the body size (413)', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20)
    const reply = await send('POST', '/api/app:info', { headers: auth, body: big })
    expect(reply.status).toBe(413)
  })

  it('returns a structured error for malformed JSON', async () => {
    const reply = await send('POST', '/api/app:info', { headers: auth, body: '{"a":' })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })

  it('requires Content-Type: application/json on API calls (415 otherwise, nothing dispatched)', async () => {
    const before = calls.length
    const token = { Authorization: `Bearer ${TOKEN}` }
    for (const type of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      'text/json'
    ]) {
      const headers: Record<string, string> = type ? { ...token, 'Content-Type': type } : token
      const reply = await send('POST', '/api/app:info', { headers, body: '{}' })
      expect(reply.status, String(type)).toBe(415)
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'UNSUPPORTED_MEDIA_TYPE' }
      })
    }
    expect(calls.length).toBe(before)
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON'
    ]) {
      const reply = await send('POST', '/api/app:info', {
        headers: { ...token, 'Content-Type': type },
        body: '{}'
      })
      expect(reply.status, type).toBe(200)
    }
  })

  it('only accepts POST for the API', async () => {
    expect((await send('GET', '/api/app:info', { headers: auth })).status).toBe(405)
  })

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const index = await send('GET', '/')
    expect(index.status).toBe(200)
    const csp = String(index.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect((await send('GET', '/assets/app.js')).headers['cache-control']).toContain('immutable')
    for (const path of [
      '/../rls-secret.txt',
      '/%2e%2e/rls-secret.txt',
      '/assets/../../rls-secret.txt'
    ]) {
      const reply = await send('GET', path)
      expect(reply.body).not.toContain('secret')
    }
  })

  it('refuses a symlink inside the build that leads outside it (realpath containment)', async () => {
    for (const path of ['/assets/leak.txt', '/assets/outside/key.txt']) {
      const reply = await send('GET', path)
      expect(reply.status, path).toBe(404)
      expect(reply.body).not.toContain('secret')
    }
    const alias = await send('GET', '/assets/alias.js')
    expect(alias.status).toBe(200)
    expect(alias.body).toBe('console.log(1)')
  })

  it('listens on 127.0.0.1 only', async () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' })
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    if (external) {
      await expect(send('GET', '/', {}, external.address)).rejects.toThrow()
    } else {
      // No non-loopback interface on this machine: the bound address above is the proof.
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    }
  })
})

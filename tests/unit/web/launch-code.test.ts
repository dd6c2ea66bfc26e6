// The one-time launch code: traded once for the token at POST /launch, worthless afterwards or
// once expired; the exchange obeys the same Host, Origin and Content-Type walls as the API.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLaunchCodes, launchUrl } from '../../../main/web/launch-code'
import { startWebServer, type RunningServer } from '../../../main/web/server'

const TOKEN = 'launch-token-0123456789abcdef'
const codes = createLaunchCodes()
let server: RunningServer
let launches = 0
const staticRoot = mkdtempSync(join(tmpdir(), 'rls-launch-static-'))

beforeAll(async () => {
  server = await startWebServer({
    dispatch: async () => ({ ok: true, value: null }),
    token: TOKEN,
    staticRoot,
    launchCodes: codes,
    onLaunch: () => launches++
  })
})
afterAll(async () => {
  await server.close()
  rmSync(staticRoot, { recursive: true, force: true })
})

function trade(code: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ code })
  })
}

describe('launch codes', () => {
  it('a code is traded for the token exactly once', async () => {
    const code = codes.issue()
    const first = await trade(code)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(await first.json()).toEqual({ ok: true, value: { token: TOKEN } })
    expect(launches).toBe(1)
    const again = await trade(code)
    expect(again.status).toBe(401)
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'LAUNCH_CODE_SPENT' } })
    expect(launches).toBe(1)
  })

  it('refuses unknown codes, non-strings, a foreign Origin and a non-JSON body', async () => {
    for (const bad of ['nope', '', 42, null, 'x'.repeat(5000)]) {
      expect((await trade(bad)).status).toBe(401)
    }
    const code = codes.issue()
    expect((await trade(code, { Origin: 'https://evil.example' })).status).toBe(403)
    const form = await fetch(`${server.url}launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ code })
    })
    expect(form.status).toBe(415)
    expect((await fetch(`${server.url}launch`)).status).toBe(405)
    expect((await trade(code)).status).toBe(200) // none of those spent it
  })

  it('an unused code dies after its time', () => {
    let now = 1_000
    const clocked = createLaunchCodes(() => now)
    const code = clocked.issue(60_000)
    now += 60_000
    expect(clocked.redeem(code)).toBe(false)
    const fresh = clocked.issue(60_000)
    now += 59_999
    expect(clocked.redeem(fresh)).toBe(true)
  })

  it('rides in the fragment, which browsers never send to the server', () => {
    expect(launchUrl('http://127.0.0.1:5/', 'abc')).toBe('http://127.0.0.1:5/#launch=abc')
  })
})

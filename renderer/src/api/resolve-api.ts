// Picks the transport: the Electron preload's bridge when present, else the browser edition's
// HTTP API. The launcher opens the page with a one-time code in the URL fragment (never sent to a
// server, and worthless once used); the page trades it at POST /launch for this launch's token,
// keeps the token in sessionStorage so a reload keeps working, and clears the address bar.
// `#token=` is still read, for tests and debugging that start the server with --token.
import type { Api } from '../../../preload/contract'
import { createHttpApi } from './http-transport'

declare global {
  interface Window {
    casebook?: Api
  }
}

const TOKEN_KEY = 'rls-casebook-token'

export type ResolvedApi = { api: Api } | { problem: 'no-token' | 'launch-code-spent' | 'offline' }

export async function resolveApi(
  win: Window = window,
  fetchImpl: typeof fetch = (...args) => fetch(...args)
): Promise<ResolvedApi> {
  if (win.casebook) return { api: win.casebook }
  const fragment = new URLSearchParams(win.location.hash.slice(1))
  if (win.location.hash) {
    win.history.replaceState(null, '', win.location.pathname + win.location.search)
  }
  const code = fragment.get('launch')
  let token = fragment.get('token')
  if (code) {
    const traded = await tradeLaunchCode(win, code, fetchImpl)
    if ('problem' in traded) {
      // A reload of an already-connected tab still has its token.
      const kept = win.sessionStorage.getItem(TOKEN_KEY)
      if (!kept) return traded
      token = kept
    } else token = traded.token
  }
  if (token) win.sessionStorage.setItem(TOKEN_KEY, token)
  token ??= win.sessionStorage.getItem(TOKEN_KEY)
  if (!token) return { problem: 'no-token' }
  return { api: createHttpApi(`${win.location.origin}/`, token, fetchImpl) }
}

async function tradeLaunchCode(
  win: Window,
  code: string,
  fetchImpl: typeof fetch
): Promise<{ token: string } | { problem: 'launch-code-spent' | 'offline' }> {
  try {
    const response = await fetchImpl(`${win.location.origin}/launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code })
    })
    const result = (await response.json()) as { ok: boolean; value?: { token?: unknown } }
    const token = result.ok ? result.value?.token : undefined
    return typeof token === 'string' ? { token } : { problem: 'launch-code-spent' }
  } catch {
    return { problem: 'offline' }
  }
}

// Picks the transport: the Electron preload's bridge when present, else the browser edition's
// HTTP API. The launcher hands the page its token in the URL fragment (never sent to a server);
// it is kept in sessionStorage so a reload keeps working, and removed from the address bar.
import type { Api } from '../../../preload/contract'
import { createHttpApi } from './http-transport'

declare global {
  interface Window {
    casebook?: Api
  }
}

const TOKEN_KEY = 'rls-casebook-token'

export function resolveApi(win: Window = window): Api | null {
  if (win.casebook) return win.casebook
  const fromHash = new URLSearchParams(win.location.hash.slice(1)).get('token')
  if (fromHash) {
    win.sessionStorage.setItem(TOKEN_KEY, fromHash)
    win.history.replaceState(null, '', win.location.pathname + win.location.search)
  }
  const token = fromHash ?? win.sessionStorage.getItem(TOKEN_KEY)
  if (!token) return null
  return createHttpApi(`${win.location.origin}/`, token)
}

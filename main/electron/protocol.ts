// Serves the built renderer from app://casebook/ instead of file://, so the page has a real
// origin, CSP applies as a header, and no other file on disk is reachable.
import { protocol } from 'electron'
import { readStaticFile } from '../web/static-files'
import { APP_HOST, APP_SCHEME } from './window-options'
import { SECURITY_HEADERS } from '../web/security'

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    const file = await readStaticFile(rendererDir, url.pathname)
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType }
    })
  })
}

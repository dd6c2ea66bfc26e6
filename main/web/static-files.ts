// Serves the built renderer. Paths are resolved inside the root and nowhere else.
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

export interface StaticFile {
  body: Buffer
  contentType: string
  immutable: boolean
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : normalize(decoded).replace(/^([/\\])+/, '')
  const base = resolve(root)
  const full = resolve(join(base, relative))
  if (full !== base && !full.startsWith(base + sep)) return null
  try {
    const body = await readFile(full)
    return {
      body,
      contentType: TYPES[extname(full)] ?? 'application/octet-stream',
      // Vite fingerprints everything under assets/, so those can be cached forever.
      immutable: relative.startsWith('assets/')
    }
  } catch {
    return null
  }
}

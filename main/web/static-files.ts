// Serves the built renderer. Paths are resolved inside the root and nowhere else: first by name
// (no '..' escapes), then by what is really on disk (no symlink inside the build leads out).
import { readFile, realpath } from 'node:fs/promises'
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
  if (!isInside(base, full)) return null
  try {
    const [realBase, realFull] = await Promise.all([realpath(base), realpath(full)])
    if (!isInside(realBase, realFull)) return null
    const body = await readFile(realFull)
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

function isInside(base: string, full: string): boolean {
  return full === base || full.startsWith(base.endsWith(sep) ? base : base + sep)
}

// First-screen weight: the JavaScript and CSS that index.html loads (scripts, stylesheets and
// modulepreloads), gzip-compressed, so the app and the hello-world are measured the same way.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export function firstScreenFiles(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const refs = new Set()
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) refs.add(m[1])
  for (const m of html.matchAll(/<link[^>]*>/g)) {
    const tag = m[0]
    const rel = /\srel="([^"]+)"/.exec(tag)?.[1]
    const href = /\shref="([^"]+)"/.exec(tag)?.[1]
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) refs.add(href)
  }
  return [...refs].map((ref) => path.join(distDir, ref.replace(/^\.?\//, '')))
}

export function firstScreenWeight(distDir) {
  const files = firstScreenFiles(distDir).map((file) => {
    const body = readFileSync(file)
    return {
      file: path.relative(distDir, file),
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length
    }
  })
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0)
  }
}

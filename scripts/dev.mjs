#!/usr/bin/env node
// `npm run dev`: the renderer with hot reload against a live browser-edition API. Starts the
// loopback server (rebuilt first when its build is stale) on a dev data folder, then Vite's dev
// server for renderer/ with /api proxied to it, and prints the address to open. Edits to
// renderer/ reload in place; edits to main/ or questions/ need a restart of this command.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { staleBuildReason } from './build-freshness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const reason = staleBuildReason(root)
if (reason) {
  console.log(`Building the server first: ${reason}.`)
  if (spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
    process.exit(1)
  }
}

const dataDir = process.env.RLS_CASEBOOK_DATA_DIR ?? resolve(root, '.tmp/dev-data')
const token = randomBytes(18).toString('hex')
const server = spawn(
  process.execPath,
  [resolve(root, 'out/main/serve.js'), '--port', '0', '--data-dir', dataDir, '--no-open'],
  // The token travels in the environment, not the command line (other local users can read argv).
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, RLS_CASEBOOK_TOKEN: token } }
)
const apiUrl = await new Promise((done, fail) => {
  let out = ''
  server.stdout.on('data', (chunk) => {
    out += chunk
    process.stdout.write(chunk)
    const match = /READY (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
    if (match) done(match[1])
  })
  server.on('exit', (code) => fail(new Error(`the API server exited with ${code}`)))
})

const { createServer } = await import('vite')
const react = (await import('@vitejs/plugin-react')).default
// The page's CSP (renderer/index.html) allows only bundled scripts; Vite's dev client needs an
// inline preamble, injected style tags and a WebSocket, so the dev server alone relaxes it. Builds keep it strict.
const devCsp = {
  name: 'rls-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:")
}
const vite = await createServer({
  configFile: false,
  root: resolve(root, 'renderer'),
  plugins: [react(), devCsp],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': {
        target: apiUrl,
        changeOrigin: true,
        // The API refuses foreign origins; the proxy speaks for the page with the API's own.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', apiUrl))
      }
    }
  }
})
await vite.listen()
const local = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'
console.log(
  `\nDEV ${local}#token=${token}\n(renderer hot reload; data in ${dataDir}; Ctrl+C stops)`
)
const stop = async () => {
  server.kill('SIGTERM')
  await vite.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

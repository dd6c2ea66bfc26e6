// The renderer baseline: a minimal React + Vite hello-world, built in a temp folder with the
// repo's own vite, @vitejs/plugin-react and react, and served by a small Node static server with
// the same caching headers as the browser edition. Its first screen has the same known element
// (data-testid="start-quiz") so "interactive" means the same thing on both pages.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hello</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./src/main.tsx"></script>
  </body>
</html>
`

const MAIN = `import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'

function App() {
  const [count, setCount] = useState(0)
  return (
    <main>
      <h1>Hello, world</h1>
      <button type="button" data-testid="start-quiz" onClick={() => setCount((c) => c + 1)}>
        Clicked {count} times
      </button>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
`

const CSS = `:root { font-family: system-ui, sans-serif; line-height: 1.5; color-scheme: light dark; }
body { margin: 0; display: flex; place-items: center; min-height: 100vh; }
button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; cursor: pointer; }
`

/** Builds the hello-world into `<tmp>/dist` and returns that folder. */
export async function buildHello(repoRoot) {
  // Inside the repo (.tmp is gitignored) so react resolves from the repo's node_modules.
  const base = path.join(repoRoot, '.tmp')
  mkdirSync(base, { recursive: true })
  const dir = mkdtempSync(path.join(base, 'bench-hello-'))
  mkdirSync(path.join(dir, 'src'))
  writeFileSync(path.join(dir, 'index.html'), HTML)
  writeFileSync(path.join(dir, 'src', 'main.tsx'), MAIN)
  writeFileSync(path.join(dir, 'src', 'index.css'), CSS)
  const { build } = await import('vite')
  const { default: react } = await import('@vitejs/plugin-react')
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: path.join(dir, 'dist'), emptyOutDir: true }
  })
  return { dir, dist: path.join(dir, 'dist') }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml'
}

/** Serves `root` on 127.0.0.1 (files read per request, as the browser edition does). */
export async function serveStatic(root) {
  const server = createServer(async (req, res) => {
    const url = (req.url ?? '/').split('?')[0]
    const rel = url === '/' ? 'index.html' : url.slice(1)
    const file = path.resolve(root, rel)
    if (!file.startsWith(root)) return res.writeHead(403).end()
    try {
      const body = await readFile(file)
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': rel.startsWith('assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-store'
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve))
  }
}

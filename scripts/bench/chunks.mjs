// What is in each renderer chunk: builds the renderer in memory with the repo's vite and lists, per
// chunk, the biggest modules by rendered size. `node scripts/bench/chunks.mjs [chunk-name-filter]`.
// (vite-bundle-visualizer is not installed; rollup's own per-module sizes are enough.)
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import react from '@vitejs/plugin-react'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const filter = process.argv[2] ?? ''

const report = {
  name: 'chunk-report',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.fileName.includes(filter)) continue
      const total = Object.values(chunk.modules).reduce((s, m) => s + m.renderedLength, 0)
      console.log(`\n${chunk.fileName}  ${(total / 1024).toFixed(1)} KB (before minify)`)
      const groups = new Map()
      for (const [id, m] of Object.entries(chunk.modules)) {
        const rel = path.relative(root, id.replace(/^\0/, ''))
        const key = rel.startsWith('node_modules/')
          ? rel.split('/').slice(0, rel.split('/')[1].startsWith('@') ? 3 : 2).join('/')
          : rel
        groups.set(key, (groups.get(key) ?? 0) + m.renderedLength)
      }
      for (const [key, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${key}`)
      }
    }
  }
}

await build({
  root: path.join(root, 'renderer'),
  configFile: false,
  logLevel: 'silent',
  plugins: [react(), report],
  build: { write: false, rollupOptions: { input: path.join(root, 'renderer/index.html') } }
})

// Is the build older than its sources? `npm run serve` and `npm start` rebuild when it is, so
// nobody tests yesterday's code by accident. Compares modification times: the newest file under
// the source folders (and the build's configuration) against the oldest entry point of out/.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const SOURCES = ['main', 'preload', 'renderer', 'questions']
const CONFIG = ['package.json', 'electron.vite.config.ts', 'tsconfig.json']
const OUTPUTS = ['out/main/serve.js', 'out/main/index.js', 'out/renderer/index.html']

function newestUnder(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    const time = entry.isDirectory() ? newestUnder(full) : statSync(full).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

/** Why the build must be (re)made, or null when it is current. */
export function staleBuildReason(root) {
  const outputs = OUTPUTS.map((f) => resolve(root, f))
  const missing = outputs.find((f) => !existsSync(f))
  if (missing) return `no build yet (${missing} is missing)`
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs))
  const sources = [
    ...SOURCES.map((d) => resolve(root, d))
      .filter(existsSync)
      .map(newestUnder),
    ...CONFIG.map((f) => resolve(root, f))
      .filter(existsSync)
      .map((f) => statSync(f).mtimeMs)
  ]
  return Math.max(...sources) > built ? 'the sources changed since the last build' : null
}

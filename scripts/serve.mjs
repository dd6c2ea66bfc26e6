#!/usr/bin/env node
// `npm run serve -- [--port P] [--data-dir DIR] [--token T] [--no-open]`: the browser edition,
// headless-friendly. Builds first when there is no build yet or it is older than the sources, then
// runs the bundled server.
import { spawnSync, spawn } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { staleBuildReason } from './build-freshness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = resolve(root, 'out/main/serve.js')
const reason = process.env.RLS_CASEBOOK_REBUILD === '1' ? 'asked to' : staleBuildReason(root)
if (reason) {
  console.log(`Building first: ${reason}.`)
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

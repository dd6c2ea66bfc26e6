// Starts the browser edition (serve.js) on a free port with a fresh data folder, as
// tests/e2e/fixtures.ts does, and reports how long it took to print READY.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export async function startServer(serveJs, { dataDir, command } = {}) {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'rls-bench-'))
  const token = randomBytes(18).toString('hex')
  const t0 = performance.now()
  const child = spawn(
    process.execPath,
    command ?? [serveJs, '--port', '0', '--data-dir', dir, '--token', token, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let readyMs = 0
  const url = await new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${output}`))
    }, 20_000)
    const onData = (chunk) => {
      output += chunk.toString()
      const match = /READY(?: (http:\/\/127\.0\.0\.1:\d+\/))?/.exec(output)
      if (match) {
        readyMs = performance.now() - t0
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    // 'close' (not 'exit'): it fires only after stdout is drained, so a READY printed just
    // before exiting is still seen.
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    token,
    readyMs,
    pageUrl: `${url}#token=${token}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      if (!dataDir) rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Median time to READY over `runs` fresh starts, each with a fresh data folder; and a bare-Node
 * baseline (a script that only prints READY) measured in the same loop. */
export async function coldStart(serveJs, runs) {
  const app = []
  const node = []
  // One untimed start first: the disk cache is warm for every timed run alike.
  await (await startServer(serveJs)).stop()
  for (let i = 0; i < runs; i++) {
    const s = await startServer(serveJs)
    app.push(s.readyMs)
    await s.stop()
    const b = await startServer(serveJs, { command: ['-e', 'console.log("READY")'] }).catch(
      () => null
    )
    if (b) {
      node.push(b.readyMs)
      await b.stop()
    }
  }
  return { app, node }
}

// A second browser edition on the same data folder refuses to start and says why: the built
// server (out/main/serve.js, as `npm run serve` runs it) exits non-zero with a message naming the
// process that holds the folder, and the first instance keeps serving, its data untouched.
// Runs after the build in `npm test`. The Electron edition's single-instance lock is covered in
// tests/unit/security/electron-lifecycle.test.ts.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { callApi } from './api'
import { expect, test } from './fixtures'

const SERVE = fileURLToPath(new URL('../../out/main/serve.js', import.meta.url))

function runSecond(dataDir: string): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [SERVE, '--port', '0', '--data-dir', dataDir, '--no-open'],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`second instance did not exit within 15 s:\n${output}`))
    }, 15_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}

test('a second browser edition on the same data folder exits and names the running one', async ({
  app
}) => {
  const info = await callApi<{ dataDir: string }>(app, 'app:info')
  const second = await runSecond(app.dataDir)
  expect(second.code).not.toBe(0)
  expect(second.output).toContain('RLS Casebook is already running with this data folder')
  expect(second.output).toContain(`process ${app.process.pid}`)
  expect(second.output).not.toContain('READY')
  // The first instance still owns the folder and answers.
  expect(await callApi<{ dataDir: string }>(app, 'app:info')).toEqual(info)
  console.log(`second instance refused in ${second.ms} ms: ${second.output.trim()}`)
})

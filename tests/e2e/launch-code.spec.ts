// The page address `npm run serve -- --no-open` prints carries a one-time launch code, never the
// token: in real Chromium the page trades it for the token, clears the address bar, survives a
// reload, and the same address opened again (another tab, another user) is refused.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'

const SERVE = fileURLToPath(new URL('../../out/main/serve.js', import.meta.url))

test('a launch link opens the app once, and only once', async ({ page, browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rls-e2e-launch-'))
  const child = spawn(
    process.execPath,
    [SERVE, '--port', '0', '--data-dir', dataDir, '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  try {
    await expect.poll(() => /Page address[^:]*: (\S+)/.exec(output)?.[1] ?? null).not.toBeNull()
    const link = /Page address[^:]*: (\S+)/.exec(output)![1]!
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[A-Za-z0-9_-]{32}$/)
    expect(output).not.toMatch(/token=/)

    const home = page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
    await page.goto(link)
    await expect(home).toBeVisible()
    expect(new URL(page.url()).hash).toBe('') // the code left the address bar
    await expect.poll(() => output).toContain('Page connected')
    await page.reload()
    await expect(home).toBeVisible() // the token was kept for this tab

    const other = await browser.newPage()
    try {
      await other.goto(link)
      await expect(other.getByRole('alert')).toContainText('already used or has expired')
    } finally {
      await other.close()
    }
  } finally {
    child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
})

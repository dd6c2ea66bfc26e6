// A screen whose code cannot be loaded (e.g. the app was updated while a window stayed open) shows
// a calm error with a way to reload, never a blank window; the rest of the app keeps working.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, startApp, test } from './fixtures'

test('a screen that fails to load says so and offers a reload', async ({ page }) => {
  const built = fileURLToPath(new URL('../../out/renderer', import.meta.url))
  const root = mkdtempSync(join(tmpdir(), 'rls-renderer-'))
  cpSync(built, root, { recursive: true })
  // Keep only the scripts index.html loads itself; every lazily loaded screen is now missing.
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  for (const file of readdirSync(join(root, 'assets'))) {
    if (file.endsWith('.js') && !html.includes(file)) rmSync(join(root, 'assets', file))
  }
  const app = await startApp(undefined, ['--static-root', root])
  try {
    await app.open(page)
    await expect(
      page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
    ).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click()
    await expect(page.getByRole('alert')).toContainText('This screen could not be shown')
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible()
    // Another screen can still be reached from the navigation.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Home' })
      .click()
    await expect(
      page.getByRole('heading', { name: 'Causes of Restless Legs Syndrome' })
    ).toBeVisible()
  } finally {
    await app.kill()
    rmSync(root, { recursive: true, force: true })
  }
})

// Opens the browser edition in a Chromium-family browser's app mode (a window without tabs or an
// address bar, the closest thing to the desktop app), falling back to nothing: the URL is printed.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'
]

export function findChromium(): string | null {
  return CANDIDATES.find((path): path is string => !!path && existsSync(path)) ?? null
}

export async function openInBrowser(url: string): Promise<boolean> {
  const browser = findChromium()
  if (!browser) return false
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return false
  }
  const child = spawn(browser, [`--app=${url}`, '--no-first-run', '--no-default-browser-check'], {
    detached: true,
    stdio: 'ignore'
  })
  child.on('error', () => undefined)
  child.unref()
  return true
}

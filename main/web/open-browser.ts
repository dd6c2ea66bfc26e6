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
  const args = [
    `--app=${url}`,
    '--window-size=1200,820',
    '--no-first-run',
    '--no-default-browser-check'
  ]
  // Chromium refuses to start as root unless its sandbox is switched off (containers, CI boxes).
  if (process.getuid?.() === 0) args.push('--no-sandbox', '--test-type')
  const child = spawn(browser, args, {
    detached: true,
    stdio: 'ignore'
  })
  child.on('error', () => undefined)
  child.unref()
  return true
}

// Which links may leave the app: both editions' `app:openExternal` and Electron's window.open
// handler ask this one rule, so it lives beside the composition root rather than in a shell.

/** References open in the system browser, and only over https (no credentials in the URL). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

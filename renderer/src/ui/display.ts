// Applies the learner's display settings to the document: theme (following the system unless
// chosen), text size (100–200%) and reduced motion.
export interface DisplaySettings {
  theme: 'system' | 'light' | 'dark' | 'high-contrast'
  textScale: number
  reducedMotion: 'system' | 'on' | 'off'
}

export function applyDisplaySettings(
  settings: DisplaySettings | null,
  doc: Document = document
): void {
  const root = doc.documentElement
  const theme = settings?.theme ?? 'system'
  const prefersDark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
  const prefersContrast = doc.defaultView?.matchMedia?.('(prefers-contrast: more)').matches ?? false
  const resolved =
    theme === 'system'
      ? prefersContrast
        ? 'high-contrast'
        : prefersDark
          ? 'dark'
          : 'light'
      : theme
  root.dataset.theme = resolved
  const scale = Math.min(200, Math.max(100, settings?.textScale ?? 100))
  // Everything is sized in rem, so scaling the root font scales text and spacing together.
  root.style.fontSize = `${scale}%`
  if (settings?.reducedMotion === 'on') root.dataset.motion = 'reduced'
  else delete root.dataset.motion
}

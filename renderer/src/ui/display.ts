// Applies the learner's display settings to the document: theme (following the system unless
// chosen), text size (100–200%) and reduced motion.
export interface DisplaySettings {
  theme: 'system' | 'light' | 'dark' | 'high-contrast'
  textScale: number
  reducedMotion: 'system' | 'on' | 'off'
}

// The settings last applied per document, so a system change (dark mode switched on at dusk,
// high contrast turned on) re-resolves "system" without the page asking again.
const applied = new WeakMap<Document, DisplaySettings | null>()

export function applyDisplaySettings(
  settings: DisplaySettings | null,
  doc: Document = document
): void {
  if (!applied.has(doc)) followSystem(doc)
  applied.set(doc, settings)
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
  root.dataset.textSize = scale >= 150 ? 'large' : 'normal'
  // "off" overrides the system's reduced-motion preference; "system" leaves it to the media query.
  if (settings?.reducedMotion === 'on') root.dataset.motion = 'reduced'
  else if (settings?.reducedMotion === 'off') root.dataset.motion = 'full'
  else delete root.dataset.motion
}

function followSystem(doc: Document): void {
  const view = doc.defaultView
  if (!view?.matchMedia) return
  for (const query of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)']) {
    view.matchMedia(query).addEventListener?.('change', () => {
      applyDisplaySettings(applied.get(doc) ?? null, doc)
    })
  }
}

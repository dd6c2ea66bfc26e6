// Fonts come from npm dependencies so the app never relies on what the learner's OS has:
//   Noto Serif (@expo-google-fonts/noto-serif, TrueType, Latin/Greek/Cyrillic incl. Latin Extended)
//   Noto Sans SC (@embedpdf/fonts-sc, CID-keyed OpenType, ~30k CJK ideographs incl. traditional)
// They are found with createRequire(import.meta.url), which works from source (tsx, vitest) and
// from the electron-vite bundle in out/main (node_modules is resolved upward, asar included).
// Callers may instead pass { fontDir } holding files with the names in FONT_FILES.
import { promises as fs } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface CertificateFonts {
  regular: Uint8Array
  italic: Uint8Array
  semibold: Uint8Array
  bold: Uint8Array
  /** Fallback for characters the serif lacks (CJK names). Embedded only when a text needs it. */
  cjk: Uint8Array
  /** Bold CJK, the fallback for the semibold and bold serif (the learner's name). */
  cjkBold: Uint8Array
}

export const FONT_FILES: Record<keyof CertificateFonts, string> = {
  regular: 'NotoSerif_400Regular.ttf',
  italic: 'NotoSerif_400Regular_Italic.ttf',
  semibold: 'NotoSerif_600SemiBold.ttf',
  bold: 'NotoSerif_700Bold.ttf',
  cjk: 'NotoSansHans-Regular.otf',
  cjkBold: 'NotoSansHans-Bold.otf'
}

let cached: Promise<CertificateFonts> | null = null

/** Reads the font files once per process (they are reused for every certificate). */
export function loadCertificateFonts(
  options: { fontDir?: string } = {}
): Promise<CertificateFonts> {
  if (options.fontDir) return readAll(() => options.fontDir!)
  if (!cached) {
    cached = readAll(packageFontDir)
    cached.catch(() => (cached = null))
  }
  return cached
}

async function readAll(dirFor: (key: keyof CertificateFonts) => string): Promise<CertificateFonts> {
  const keys = Object.keys(FONT_FILES) as (keyof CertificateFonts)[]
  const entries = await Promise.all(
    keys.map(async (key) => {
      const file = path.join(dirFor(key), FONT_FILES[key])
      return [key, new Uint8Array(await fs.readFile(file))] as const
    })
  )
  return Object.fromEntries(entries) as unknown as CertificateFonts
}

function packageFontDir(key: keyof CertificateFonts): string {
  const require = createRequire(import.meta.url)
  if (key === 'cjk' || key === 'cjkBold') {
    // The package's exports map hides package.json; its entry is dist/index.*, fonts/ is beside.
    return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
  }
  const weight = FONT_FILES[key].replace(/^NotoSerif_|\.ttf$/g, '')
  return path.join(path.dirname(require.resolve('@expo-google-fonts/noto-serif')), weight)
}

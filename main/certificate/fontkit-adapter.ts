// pdf-lib is registered with upstream fontkit 2 instead of @pdf-lib/fontkit 1.1.1, whose subsetter
// corrupts fonts: TrueType subsets get a short `loca` without padding (later glyphs turn blank) and
// CID-keyed CFF subsets (Noto Sans CJK) are rejected outright by poppler/FreeType ("Embedded font
// file may be invalid"). The only API gap: pdf-lib calls subset.encodeStream() and listens for
// 'data'/'end', while fontkit 2 has a synchronous encode().
import * as fontkit from 'fontkit'
import type { FontkitFont, FontkitSubset } from 'fontkit'

type Listener = (arg?: unknown) => void

const parsed = new WeakMap<Uint8Array, FontkitFont>()

/** Parses once per font buffer: the CJK face is 8 MB and parsing it per certificate costs time. */
export function openFont(bytes: Uint8Array): FontkitFont {
  let font = parsed.get(bytes)
  if (!font) {
    font = fontkit.create(bytes)
    const createSubset = font.createSubset.bind(font)
    font.createSubset = () => withEncodeStream(createSubset())
    parsed.set(bytes, font)
  }
  return font
}

/** The object handed to PDFDocument.registerFontkit. */
export const pdfLibFontkit = {
  create: (bytes: Uint8Array) => openFont(bytes)
}

function withEncodeStream(subset: FontkitSubset): FontkitSubset {
  subset.encodeStream = () => {
    const listeners = new Map<string, Listener>()
    const stream = {
      on(event: string, listener: Listener) {
        listeners.set(event, listener)
        return stream
      }
    }
    // Emit after pdf-lib has attached its listeners (it chains .on() synchronously).
    queueMicrotask(() => {
      let bytes: Uint8Array
      try {
        bytes = subset.encode()
      } catch (err) {
        listeners.get('error')?.(err)
        return
      }
      listeners.get('data')?.(bytes)
      listeners.get('end')?.()
    })
    return stream
  }
  return subset
}

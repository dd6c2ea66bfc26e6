// Just the parts of upstream fontkit 2 used here (the package ships no types).
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number
    advanceWidth: number
  }
  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number
    encode(): Uint8Array
    encodeStream?: () => unknown
  }
  export interface FontkitFont {
    postscriptName: string
    unitsPerEm: number
    hasGlyphForCodePoint(codePoint: number): boolean
    createSubset(): FontkitSubset
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont
}

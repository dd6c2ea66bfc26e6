// Text that reads the same wherever it is shown. Names and IDs go onto a signed certificate, into a
// terminal (verify-cert) and onto screens; a control character (ESC, CR), a bidi override or a
// zero-width character can make a line say something its bytes do not (an ESC sequence that
// rewrites the verdict, a name that reads backwards). Such characters are refused where text comes
// in and escaped wherever text goes out. Shared by the contract, main and the renderer.

/**
 * Refused: C0/C1 controls and DEL (Cc), every format character (Cf: bidi embeddings, overrides,
 * isolates and marks, zero-width space/joiners, word joiner, BOM, soft hyphen, tags), lone
 * surrogates (Cs), private use (Co), unassigned code points (Cn), line/paragraph separators, and
 * the invisible Hangul fillers and combining grapheme joiner that show as nothing.
 */
// U+034F is a combining mark, so it stands outside the class (a class would attach it).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\u2028\u2029\u115f\u1160\u3164\uffa0]|\u034f/u

export function firstUnsafeCharacter(text: string): string | null {
  const m = UNSAFE.exec(text)
  return m ? m[0] : null
}

/** "U+001B" for a character, as error messages name it (never the character itself). */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** A message for a zod refinement, or null when the text is clean. */
export function unsafeTextMessage(text: string): string | null {
  const ch = firstUnsafeCharacter(text)
  return ch === null
    ? null
    : `contains an invisible or control character (${codePointLabel(ch)}); remove it.`
}

/** Every unsafe character replaced by a visible \u{…} escape, for terminals and screens. */
export function printable(text: string): string {
  return text.replace(
    new RegExp(UNSAFE.source, 'gu'),
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`
  )
}

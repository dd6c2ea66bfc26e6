// A fingerprint of the whole bank's output: a hash over the items every template generates at
// fixed seeds. It is checked in (questions/bank-fingerprint.ts) next to the BANK.version it
// belongs to, so a change to content, templates or the generator that alters what a seed produces
// fails the tests until BANK.version is bumped and the fingerprint regenerated
// (`npm run bank:fingerprint`). That keeps "same version + same seed ⇒ same items" true.
import type { CourseBank } from '../course/bank'
import { generateItem } from '../generate'

/** Seeds per template the fingerprint covers (0 … FINGERPRINT_SEEDS-1). */
export const FINGERPRINT_SEEDS = 128

/** Two independent 32-bit FNV-1a streams → 16 hex digits. */
function fnv(text: string, basis: number): number {
  let h = basis
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * The fingerprint of a course's bank. It covers what the items say, not the course id stamped on
 * them (added in bank 2.1.0's lifetime without changing any item's content), so fingerprints
 * recorded before items carried a course id stay valid.
 */
export function bankFingerprint(
  course: Pick<CourseBank, 'id' | 'version' | 'templates'>,
  seeds = FINGERPRINT_SEEDS
): string {
  let a = 0x811c9dc5
  let b = 0x01234567
  for (const t of course.templates) {
    const header = `${t.id}|${t.family}|${t.section}|${t.title}`
    a = fnv(header, a)
    b = fnv(header, b)
    for (let s = 0; s < seeds; s++) {
      const body = JSON.stringify({ ...generateItem(t, s, course), courseId: undefined })
      a = fnv(body, a)
      b = fnv(body, b)
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

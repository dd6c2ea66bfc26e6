// Lab values that keep their distance from the decision thresholds (brief §3): ferritin at least
// 5 ng/mL from 75 and 100, TSAT at least 2 points from 20% and 45%. A value on a cut-off makes two
// answers defensible; the gate in check/threshold-checks.ts holds every iron item to this.
import type { Rng } from '../../rng'
import { DRAW_NOTE } from './vignette'

export const FERRITIN_CUTS = [75, 100] as const
export const TSAT_CUTS = [20, 45] as const
export const FERRITIN_MARGIN = 5
export const TSAT_MARGIN = 2

/** An integer in [lo, hi] at least `margin` from every cut (drawn from the allowed values). */
export function clearInt(
  rng: Rng,
  lo: number,
  hi: number,
  cuts: readonly number[],
  margin: number
): number {
  const allowed: number[] = []
  for (let v = lo; v <= hi; v++) if (cuts.every((c) => Math.abs(v - c) >= margin)) allowed.push(v)
  return rng.pick(allowed)
}

export const ferritinIn = (rng: Rng, lo: number, hi: number): number =>
  clearInt(rng, lo, hi, FERRITIN_CUTS, FERRITIN_MARGIN)

export const tsatIn = (rng: Rng, lo: number, hi: number): number =>
  clearInt(rng, lo, hi, TSAT_CUTS, TSAT_MARGIN)

/** Index of a DRAW_NOTE wording. Where the stem says the patient takes no medicines, the wording
 * about an iron-containing multivitamin is left out (read 8, P7: "no over-the-counter medicines",
 * then "his last iron-containing multivitamin"). */
export function drawNoteIndex(rng: Rng, noMedicines: boolean): number {
  const allowed = DRAW_NOTE.map((_, i) => i).filter(
    (i) => !noMedicines || !/multivitamin/.test(DRAW_NOTE[i] ?? '')
  )
  return rng.pick(allowed)
}

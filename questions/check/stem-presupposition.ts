// Distractors that contradict the stem (read-through of bank 2.5.0, pattern 2): "check ferritin,
// TSAT and the drug list" beside a stem that reports both, or "offer iron, since the results
// qualify" beside a stem with no iron result. A test-wise examinee discards such an option without
// knowing any RLS. The gate reads the stem (with its tables) and each distractor: an option may
// not order an iron test the stem already reports ("recheck" or "repeat" are a different step and
// allowed), nor lean on iron results the stem never gives.
import { stemText } from '../exhibits'
import type { Item } from '../item'
import { problem, type Problem } from './types'

/** The stem reports an iron result: a ferritin or TSAT with its number. */
const IRON_REPORTED = /\b(ferritin|TSAT|transferrin saturation)\b[^.;]{0,40}?\d/i
/** An option that orders the iron tests as if not yet done (not "recheck" or "repeat"). */
const ORDERS_IRON =
  /\bcheck(?:ing)?\s+(?:(?:a|the)\s+)?(?:morning\s+)?(?:ferritin|TSAT|iron (?:studies|levels|status|and)|levels)\b/i
/** An option that presupposes iron results. */
const LEANS_ON_RESULTS = /\b(results?|levels|studies|ferritin|TSAT)\b[^.;]*\bqualif(?:y|ies)\b/i

export function checkStemPresupposition(item: Item): Problem[] {
  const reported = IRON_REPORTED.test(stemText(item))
  const out: Problem[] = []
  for (const o of item.options) {
    if (o.correct) continue
    const re = reported ? ORDERS_IRON : LEANS_ON_RESULTS
    if (re.test(o.text))
      out.push(
        problem(
          'stem-presupposition',
          `distractor ${o.id} "${o.text}" ${reported ? 'orders an iron test whose result the stem gives' : 'leans on iron results the stem does not give'}`,
          item.id,
          item.template
        )
      )
  }
  return out
}

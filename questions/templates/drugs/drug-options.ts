// Drug-name options written by one rule (issue 13): every option is a bare generic name, and the
// distractors are chosen from the drugs the vignette names so that the key's length rank is
// drawn by lot and no two options share a length (rank-options.ts). The choice is made with an RNG seeded by
// the item's params, so the text stays a pure function of the params (the stable-id gate).
import { drugs } from '../../content/drugs'
import { createRng, hashSeed, type Rng } from '../../rng'
import type { Choice } from '../parallel'
import { rankOptions } from './rank-options'
import { lengthCues } from '../kit/choices'
import type { OptionDraft } from '../types'
import { cap } from '../kit/people'

export interface DrugChoice {
  code: string
  rationale: string
  /** The regimen shown when options carry one (defaults to the drug's first listed use). */
  regimen?: string
  /** Further regimen wordings of the same prescription (for the length rank to choose from). */
  altRegimens?: readonly string[]
}

const VERDICT = /^(Correct|Incorrect|Not the best answer|Incomplete):/

/** Every rationale opens with its verdict ("Correct: …", "Incorrect: …"), as in every other
 * template; the drug templates wrote bare sentences (read-through P7). */
export function withVerdicts(options: OptionDraft[]): OptionDraft[] {
  return options.map((o) =>
    VERDICT.test(o.rationale)
      ? o
      : { ...o, rationale: `${o.correct ? 'Correct' : 'Incorrect'}: ${o.rationale}` }
  )
}

/** A seeded RNG that depends only on the item's params. */
export function paramsRng(params: object, salt = 'options'): Rng {
  const rec = params as Record<string, unknown>
  const keys = Object.keys(params).sort()
  return createRng(hashSeed(`${salt}|${keys.map((k) => `${k}=${String(rec[k])}`).join(';')}`))
}

function toChoice(d: DrugChoice, withRegimen: boolean): Choice {
  const regimen = d.regimen ?? drugs.get(d.code)?.uses[0]?.regimen
  if (!withRegimen || !regimen)
    return { code: d.code, rationale: d.rationale, texts: [cap(d.code)] }
  const texts = [regimen, ...(d.altRegimens ?? [])].map((r) => `${cap(d.code)} ${r}`)
  return { code: d.code, rationale: d.rationale, texts }
}

/**
 * The key and `count - 1` of the `pool` (the non-key drugs the vignette names), chosen so that
 * the key's name length lands on a rank drawn by lot: the options are bare generic names, so
 * length is the cue a test-wise examinee could use, and the distractor set absorbs it.
 */
export function drugOptions(
  params: object,
  key: DrugChoice,
  pool: readonly DrugChoice[],
  stem: string,
  count = pool.length + 1,
  /** Every option as "name + regimen" (one format for all), e.g. to mirror a drug chart;
   * 'either': bare names or chart lines, whichever reaches the drawn rank (bare on a tie). */
  withRegimen: boolean | 'either' = false,
  /** Pool codes always offered: a safe drug the stem names as a recent change (brief §2: the
   * culprit is never the only recent change among the options). */
  required: readonly string[] = [],
  /** The key's length rank to aim at (default: drawn by lot from the params). */
  rank?: number
): OptionDraft[] & { miss?: number } {
  const rng = paramsRng(params)
  const n = Math.min(count, pool.length + 1)
  const drawn = rng.int(0, n - 1)
  const target = rank === undefined ? drawn : Math.min(rank, n - 1)
  // The stem names every option drug, so words shared with it carry no cue; only the length
  // rank is drawn, with no tie a length strategy reads (rank-options.ts).
  void stem
  const ranked = (regimen: boolean) =>
    rankOptions(
      rng,
      toChoice(key, regimen),
      pool.map((d) => toChoice(d, regimen)),
      count,
      // Read 7: no key far longer than every foil, no lone long line.
      { required, target, penalty: lengthCues }
    )
  // Bare generic names tie often (ten of them have ten letters) and cannot put a ten-letter
  // key on top; chart lines vary more but put a short regimen at the bottom: per item, the
  // format that reaches the drawn rank is used, so neither leaves the key in the middle.
  let best = ranked(withRegimen === true)
  if (withRegimen === 'either' && best.miss > 0) {
    const lines = ranked(true)
    if (lines.miss < best.miss) best = lines
  }
  // The miss rides along (not enumerable) so a generator can re-draw a list that misses.
  return Object.defineProperty(withVerdicts(best.options), 'miss', { value: best.miss })
}

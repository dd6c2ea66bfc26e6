// Drug-name options written by one rule (issue 13): every option is a bare generic name, and the
// distractors are chosen from the drugs the vignette names so that the key's length rank is
// drawn by lot (templates/parallel.ts). The choice is made with an RNG seeded by
// the item's params, so the text stays a pure function of the params (the stable-id gate).
import { drugs } from '../../content/drugs'
import { createRng, hashSeed, type Rng } from '../../rng'
import { parallelOptions, type Choice } from '../parallel'
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
  /** Every option as "name + regimen" (one format for all), e.g. to mirror a drug chart. */
  withRegimen = false,
  /** Pool codes always offered: a safe drug the stem names as a recent change (brief §2: the
   * culprit is never the only recent change among the options). */
  required: readonly string[] = []
): OptionDraft[] {
  const choice = (d: DrugChoice) => toChoice(d, withRegimen)
  // With regimens, every option echoes its own chart line, so only the length rank is targeted.
  const echo = withRegimen ? '' : stem
  return withVerdicts(
    parallelOptions(paramsRng(params), choice(key), pool.map(choice), count, echo, 96, 0, required)
      .options
  )
}

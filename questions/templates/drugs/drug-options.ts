// Drug-name options written by one rule (issue 13): every option, key or not, may appear as the
// bare generic name or as the name with its regimen, and the key's length rank (and its overlap
// with the stem) is drawn by lot (templates/parallel.ts). The choice is made with an RNG seeded by
// the item's params, so the text stays a pure function of the params (the stable-id gate).
import { drugs } from '../../content/drugs'
import { createRng, hashSeed, type Rng } from '../../rng'
import { parallelOptions, type Choice } from '../parallel'
import type { OptionDraft } from '../types'

export interface DrugChoice {
  code: string
  rationale: string
  /** The regimen to show in the long form; defaults to the drug's first listed use. */
  regimen?: string
}

/** A seeded RNG that depends only on the item's params. */
export function paramsRng(params: object, salt = 'options'): Rng {
  const rec = params as Record<string, unknown>
  const keys = Object.keys(params).sort()
  return createRng(hashSeed(`${salt}|${keys.map((k) => `${k}=${String(rec[k])}`).join(';')}`))
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function toChoice(d: DrugChoice): Choice {
  const regimen = d.regimen ?? drugs.get(d.code)?.uses[0]?.regimen
  return {
    code: d.code,
    rationale: d.rationale,
    texts: regimen ? [cap(d.code), `${cap(d.code)} ${regimen}`] : [cap(d.code)]
  }
}

export function drugOptions(
  params: object,
  key: DrugChoice,
  others: readonly DrugChoice[],
  stem: string
): OptionDraft[] {
  return parallelOptions(
    paramsRng(params),
    toChoice(key),
    others.map(toChoice),
    others.length + 1,
    stem
  ).options
}

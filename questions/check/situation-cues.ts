// The test-wise examinee within one situation of a template. A template's figure pools its
// situations, and a cue that points at the key in one situation and away from it in another
// cancels there: read 18's only own-merit MAJOR (genetics-family-risk's work-up, where the key was
// the one option without "familial") hid behind a template figure of −0.1, at −20.6 in one
// situation and +16.2 in another. A learner meets situations, not pooled figures, and many are
// plain from the question itself (a relative asking for a test, the choose-a-drug lead-in), so
// each situation is held to the same margin as its template.
//
// A situation is the value of the first of SITUATION_PARAMS a template writes into its item ids;
// templates with none have one situation, their own. Groups under MIN_SITUATION_ITEMS items are
// not judged: at 1,000 seeds a situation of 100 items has a standard error near 4.3 points.
import type { Item } from '../item'
import {
  cueFigures,
  CUE_MARGIN_POINTS,
  STRATEGIES,
  type CueFigures,
  type StrategyId
} from './cue-checks'
import { paramsOfId } from './scenarios'

/** Item-id params that name a template's situation, in order of precedence. */
export const SITUATION_PARAMS = ['situation', 'arm', 'variant', 'topic'] as const
export const MIN_SITUATION_ITEMS = 100

export interface SituationFigure {
  /** "arm=iron", "situation=child-risk", … */
  situation: string
  items: number
  cues: CueFigures
  /** The strategy that beats chance by most in this situation, and by how many points. */
  worst: StrategyId
  worstPoints: number
}

/** The situation an item belongs to, or null for a template that writes none. */
export function situationOf(item: Pick<Item, 'id'>): string | null {
  const params = paramsOfId(item.id)
  for (const name of SITUATION_PARAMS) {
    const value = params[name]
    if (value !== undefined) return `${name}=${value}`
  }
  return null
}

/** Cue figures per situation of one template's items (sorted by name; small groups left out). */
export function situationFigures(items: readonly Item[]): SituationFigure[] {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const s = situationOf(item)
    if (s === null) continue
    const list = groups.get(s)
    if (list) list.push(item)
    else groups.set(s, [item])
  }
  if (groups.size < 2) return []
  const out: SituationFigure[] = []
  for (const [situation, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length < MIN_SITUATION_ITEMS) continue
    const cues = cueFigures(list)
    let worst: StrategyId = STRATEGIES[0] as StrategyId
    for (const st of STRATEGIES) if (cues.scores[st] > cues.scores[worst]) worst = st
    out.push({
      situation,
      items: list.length,
      cues,
      worst,
      worstPoints: cues.scores[worst] - cues.chance
    })
  }
  return out
}

/** Gate names (`situation:<situation>:<strategy>`) of every strategy past the margin. */
export function situationFailures(
  figures: readonly SituationFigure[],
  margin = CUE_MARGIN_POINTS
): { gate: string; figure: SituationFigure; strategy: StrategyId }[] {
  const out: { gate: string; figure: SituationFigure; strategy: StrategyId }[] = []
  for (const f of figures)
    for (const st of STRATEGIES)
      if (f.cues.scores[st] - f.cues.chance > margin)
        out.push({ gate: `situation:${f.situation}:${st}`, figure: f, strategy: st })
  return out
}

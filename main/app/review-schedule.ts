// Which concepts are due for review. Cards are written when attempts are submitted (see the
// progress service); a card is due when its `due` time has passed.
import type { CasebookData } from '../store/schema'

export function dueClaims(data: Readonly<CasebookData>, nowMs: number): string[] {
  return Object.entries(data.reviewCards)
    .filter(([, card]) => typeof card.due === 'string' && Date.parse(card.due) <= nowMs)
    .sort(([, a], [, b]) => Date.parse(String(a.due)) - Date.parse(String(b.due)))
    .map(([claim]) => claim)
}

// Formatting for `npm run bank:export`: the JSON document and Moodle GIFT. Pure functions, so the
// unit tests can check them without touching the file system.
import { BANK } from '../questions/bank'
import { referenceById } from '../questions/content/references'
import { sectionById } from '../questions/content/sections'
import type { Exhibit, Item } from '../questions/item'

export interface ExportDocument {
  bank: { id: string; version: string }
  seed: number | string
  items: Item[]
  references: Record<
    string,
    { citation: string; doi: string | null; pmid: string | null; url: string | null }
  >
}

export function exportDocument(items: Item[], seed: number | string): ExportDocument {
  const references: ExportDocument['references'] = {}
  for (const id of [...new Set(items.flatMap((i) => i.references))].sort()) {
    const r = referenceById.get(id)
    if (r) references[id] = { citation: r.citation, doi: r.doi, pmid: r.pmid, url: r.url }
  }
  return { bank: { id: BANK.id, version: BANK.version }, seed, items, references }
}

/**
 * Escapes GIFT's control characters ~ = # { } : and the backslash itself, the set Moodle's GIFT
 * importer un-escapes. (A semicolon has no meaning in GIFT; escaping it would show a stray
 * backslash in Moodle.) Line breaks become spaces: a blank line ends a GIFT question.
 */
export function escapeGift(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** HTML-escape, then GIFT-escape: the text of a [html] GIFT field. */
function field(text: string): string {
  return escapeGift(escapeHtml(text))
}

/** An exhibit as an HTML table with a caption and header cells (no attributes: "=" is special in GIFT). */
function exhibitHtml(e: Exhibit): string {
  const head =
    e.kind === 'labs'
      ? ['Test', 'Result', 'Unit', 'Reference range', 'Flag']
      : ['Medicine', 'Dose', 'Started', 'For']
  const rows =
    e.kind === 'labs'
      ? e.rows.map((r) => [r.name, r.value, r.unit, r.range ?? '', r.flag ?? ''])
      : e.rows.map((r) => [r.drug, r.dose, r.started ?? '', r.reason ?? ''])
  const th = head.map((h) => `<th>${field(h)}</th>`).join('')
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th>${field(first ?? '')}</th>${rest.map((c) => `<td>${field(c)}</td>`).join('')}</tr>`
    )
    .join('')
  return `<table><caption>${field(e.caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

export function giftQuestion(item: Item, n: number): string {
  const section = sectionById.get(item.section)?.title ?? item.section
  const refs = item.references.map((id) => referenceById.get(id)?.citation ?? id)
  const title = escapeGift(`RLS ${String(n).padStart(3, '0')} ${item.template}`)
  const lines = [
    `// ${item.id.replace(/\s+/g, ' ')}`,
    `// section: ${section} | family ${item.family} | claims ${item.claims.join(', ')} | difficulty ${item.difficulty}`,
    `::${title}::[html]<p>${field(item.stem)}</p>${(item.exhibits ?? []).map(exhibitHtml).join('')}<p><strong>${field(item.question)}</strong></p>{`,
    ...item.options.map((o) => `\t${o.correct ? '=' : '~'}${field(o.text)}#${field(o.rationale)}`),
    `\t####<p>${field(item.explanation)}</p>` +
      (item.evidenceNote ? `<p><em>Evidence note\\: ${field(item.evidenceNote)}</em></p>` : '') +
      `<p>References\\: ${refs.map(field).join(' ')}</p>`,
    '}'
  ]
  return lines.join('\n')
}

export function giftDocument(items: Item[], seed: number | string): string {
  const head = [
    `// ${BANK.id} v${BANK.version}, seed ${escapeGift(String(seed))}, ${items.length} items`,
    `$CATEGORY: $course$/${BANK.id}-v${BANK.version}`,
    ''
  ].join('\n')
  return `${head}\n${items.map((it, i) => giftQuestion(it, i + 1)).join('\n\n')}\n`
}

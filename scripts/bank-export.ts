// npm run bank:export -- --seed N --count K --format json|gift [--sections a,b] [--after A.json,B.json] [--out FILE]
// Assembles a quiz from the bank (the same assembler the app uses) and writes it as JSON
// ({ bank, seed, items, references }) or Moodle GIFT. Without --out it prints to stdout.
// --after names earlier JSON exports the learner has taken: the quiz is drawn as the app's
// Unused pool would draw it next (their items excluded, what they taught served last).
import { readFileSync, writeFileSync } from 'node:fs'
import type { Item } from '../questions/item'
import { assembleQuiz } from '../questions/assemble'
import { sectionIds } from '../questions/content/sections'
import type { SectionId } from '../questions/item'
import { exportDocument, giftDocument } from './bank-export-format'
import { rlsCausesCourse } from '../questions/content/course'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function fail(message: string): never {
  console.error(`bank:export: ${message}`)
  console.error(
    'usage: npm run bank:export -- --seed N --count K --format json|gift [--sections a,b] [--after A.json,B.json] [--out FILE]'
  )
  process.exit(1)
}

const seedArg = arg('seed') ?? fail('--seed is required')
const seed: number | string = /^\d+$/.test(seedArg) ? Number(seedArg) : seedArg
const count = Number(arg('count') ?? '40')
if (!Number.isInteger(count) || count < 1 || count > 500) fail('--count must be an integer 1–500')
const format = arg('format') ?? 'json'
if (format !== 'json' && format !== 'gift') fail('--format must be json or gift')
const sections = arg('sections')?.split(',').filter(Boolean) as SectionId[] | undefined
for (const s of sections ?? [])
  if (!(sectionIds as readonly string[]).includes(s)) fail(`unknown section ${s}`)

/** The items of an earlier export (`--after`), or a clear failure for a file that is not one. */
function itemsOfExport(file: string): Item[] {
  let doc: unknown
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    fail(`--after ${file}: ${(e as Error).message}`)
  }
  const items = (doc as { items?: unknown } | null)?.items
  const ok = (x: unknown): x is Item =>
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Item).id === 'string' &&
    typeof (x as Item).template === 'string' &&
    Array.isArray((x as Item).options)
  if (!Array.isArray(items) || !items.every(ok))
    fail(`--after ${file}: not a bank:export JSON file (no items list)`)
  return items
}
const met = (arg('after')?.split(',').filter(Boolean) ?? []).flatMap(itemsOfExport)

const items = assembleQuiz({
  course: rlsCausesCourse,
  count,
  seed,
  ...(sections ? { sections } : {}),
  ...(met.length > 0 ? { exclude: new Set(met.map((i) => i.id)), seenItems: met } : {})
})
const out =
  format === 'json'
    ? `${JSON.stringify(exportDocument(items, seed), null, 2)}\n`
    : giftDocument(items, seed)
const file = arg('out')
if (file) {
  writeFileSync(file, out, 'utf8')
  console.error(`bank:export: wrote ${items.length} items (${format}) to ${file}`)
} else {
  process.stdout.write(out)
}

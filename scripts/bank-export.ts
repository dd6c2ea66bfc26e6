// npm run bank:export -- --seed N --count K --format json|gift [--sections a,b] [--out FILE]
// Assembles a quiz from the bank (the same assembler the app uses) and writes it as JSON
// ({ bank, seed, items, references }) or Moodle GIFT. Without --out it prints to stdout.
import { writeFileSync } from 'node:fs'
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
    'usage: npm run bank:export -- --seed N --count K --format json|gift [--sections a,b] [--out FILE]'
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

const items = assembleQuiz({
  course: rlsCausesCourse,
  count,
  seed,
  ...(sections ? { sections } : {})
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

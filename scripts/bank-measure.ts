// npm run bank:measure — the figures docs/question-bank.md records: each test-wise strategy's score
// vs chance (per template at 1,000 seeds and over five assembled 40-item quizzes), the repeat rate
// over a learner's first five quizzes with the "Unused" pool, and the default mix.
import { assembleQuiz } from '../questions/assemble'
import {
  cueFigures,
  decisionKey,
  optionSetKey,
  quizFigures,
  STRATEGIES
} from '../questions/check/cue-checks'
import { generateItem } from '../questions/generate'
import type { Item } from '../questions/item'
import { templates } from '../questions/templates/index'
import { rlsCausesCourse } from '../questions/content/course'

const fmt = (f: ReturnType<typeof cueFigures>) =>
  `chance ${f.chance.toFixed(1)}  ` +
  STRATEGIES.map((s) => `${s} ${f.scores[s].toFixed(1)}`).join('  ')

const all: Item[] = []
for (const t of templates) {
  const items = Array.from({ length: 1000 }, (_, s) => generateItem(t, s, rlsCausesCourse))
  all.push(...items)
  const keys = new Set(items.map((i) => i.options.find((o) => o.correct)?.code))
  console.log(`${t.id.padEnd(30)} keys ${String(keys.size).padStart(3)}  ${fmt(cueFigures(items))}`)
}
console.log(`ALL templates                       ${fmt(cueFigures(all))}`)

// A learner's first five quizzes, each drawn from the Unused pool.
for (const learner of ['L1', 'L2', 'L3']) {
  const used = new Set<string>()
  const seenSets = new Set<string>()
  const seenDecisions = new Set<string>()
  const quizItems: Item[] = []
  let repeatSets = 0
  let repeatDecisions = 0
  let worstSentence = 0
  const sections = new Map<string, number>()
  for (let q = 0; q < 5; q++) {
    const quiz = assembleQuiz({
      course: rlsCausesCourse,
      count: 40,
      seed: `${learner}-${q}`,
      exclude: used
    })
    worstSentence = Math.max(worstSentence, quizFigures(quiz).maxSentenceItems)
    for (const it of quiz) {
      used.add(it.id)
      if (seenSets.has(optionSetKey(it))) repeatSets++
      if (seenDecisions.has(decisionKey(it))) repeatDecisions++
      seenSets.add(optionSetKey(it))
      seenDecisions.add(decisionKey(it))
      quizItems.push(it)
      sections.set(it.section, (sections.get(it.section) ?? 0) + 1)
    }
  }
  const n = quizItems.length
  console.log(
    `${learner}: ${n} items; repeat template+option set ${((100 * repeatSets) / n).toFixed(1)}%; repeat decision ${((100 * repeatDecisions) / n).toFixed(1)}%; worst stem sentence in ${worstSentence} items of one quiz`
  )
  console.log(`   5 quizzes: ${fmt(cueFigures(quizItems))}`)
  console.log(
    '   mix: ' +
      [...sections]
        .sort()
        .map(([s, c]) => `${s} ${((100 * c) / n).toFixed(0)}%`)
        .join(', ')
  )
}
const quiz = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: 'mix-1' })
const byTpl = new Map<string, number>()
for (const it of quiz) byTpl.set(it.template, (byTpl.get(it.template) ?? 0) + 1)
console.log('default quiz templates: ' + [...byTpl].map(([t, c]) => `${t} ${c}`).join(', '))
console.log(
  'difficulty: ' +
    [1, 2, 3].map((d) => `${d}:${quiz.filter((i) => i.difficulty === d).length}`).join(' ')
)
const opens = new Map<string, number>()
for (const it of quiz) {
  const k = it.explanation.split('. ')[0] ?? ''
  opens.set(k, (opens.get(k) ?? 0) + 1)
}
console.log('max explanations sharing an opening sentence: ' + Math.max(...opens.values()))
for (const seed of ['mix-1', 'mix-2', 'mix-3', 'mix-4', 'mix-5']) {
  const q = assembleQuiz({ course: rlsCausesCourse, count: 40, seed })
  const by = new Map<string, number>()
  for (const it of q) by.set(it.section, (by.get(it.section) ?? 0) + 1)
  const two = (by.get('medications') ?? 0) + (by.get('iron-status') ?? 0)
  console.log(
    `default quiz ${seed}: ${q.length} items; medications+iron ${((100 * two) / q.length).toFixed(0)}%; largest section ${Math.max(...by.values())}; ` +
      [...by]
        .sort()
        .map(([s, c]) => `${s} ${c}`)
        .join(', ')
  )
}

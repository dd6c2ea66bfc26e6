// Bank throughput: items generated per second (every template, round-robin seeds) and the time to
// assemble a 40-item quiz. Run by scripts/bench.mjs with tsx; prints one BENCH_RESULT line.
import { assembleQuiz } from '../../questions/assemble'
import { generateItem } from '../../questions/generate'
import { templates } from '../../questions/templates/index'
import { median, quantile, report, round } from './stats'
import { rlsCausesCourse } from '../../questions/content/course'

const GENERATE_MS = Number(process.env.BENCH_BANK_MS ?? 1500)
const ASSEMBLE_RUNS = Number(process.env.BENCH_ASSEMBLE_RUNS ?? 300)

// Warm-up: JIT and any lazily built tables, so the timed loops measure steady state.
for (let s = 0; s < 200; s++) for (const t of templates) generateItem(t, s, rlsCausesCourse)
for (let s = 0; s < 20; s++) assembleQuiz({ course: rlsCausesCourse,  count: 40, seed: `warm-${s}` })

let generated = 0
let seed = 1000
const start = performance.now()
while (performance.now() - start < GENERATE_MS) {
  for (const t of templates) generateItem(t, seed, rlsCausesCourse)
  generated += templates.length
  seed++
}
const itemsPerSecond = generated / ((performance.now() - start) / 1000)

// Baseline for the assembler: generating 40 items directly (what a quiz costs at the least).
const generate40: number[] = []
const assemble: number[] = []
for (let run = 0; run < ASSEMBLE_RUNS; run++) {
  const t0 = performance.now()
  for (let i = 0; i < 40; i++) generateItem(templates[i % templates.length]!, run * 40 + i, rlsCausesCourse)
  const t1 = performance.now()
  const quiz = assembleQuiz({ course: rlsCausesCourse,  count: 40, seed: `bench-${run}` })
  const t2 = performance.now()
  if (quiz.length !== 40) throw new Error(`assembled ${quiz.length} items, wanted 40`)
  generate40.push(t1 - t0)
  assemble.push(t2 - t1)
}

report({
  templates: templates.length,
  itemsPerSecond: Math.round(itemsPerSecond),
  assembleRuns: ASSEMBLE_RUNS,
  assembleMedianMs: round(median(assemble)),
  assembleP95Ms: round(quantile(assemble, 0.95)),
  generate40MedianMs: round(median(generate40)),
  assembleVsGenerate40: round(median(assemble) / median(generate40), 2)
})

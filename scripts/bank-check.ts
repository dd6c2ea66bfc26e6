// npm run bank:check — runs every quality gate of the question bank and prints a short report.
// Exit code 0 only when every gate passes. Options: --seeds N (default 1000), --all (list every
// problem instead of the first 25).
import {
  CHECK_SEEDS,
  MAX_ITEMS_PER_TEMPLATE,
  MAX_ADJACENT_CLASS_SHARE,
  MAX_SPOILED_SHARE,
  MAX_FOLLOW_UP_ROLE_SHARE,
  MAX_TEACHING_REUSE_SHARE,
  MAX_KEY_RUN,
  MAX_SENTENCE_ITEMS,
  MAX_QUIZ_SHARED_EXPLANATION_SHARE,
  MAX_SHARED_EXPLANATION_SHARE,
  MIN_EXPLANATION_SENTENCE,
  KEY_LONG_RATIO,
  LONE_CUES,
  STRATEGIES,
  type KeyLengthFigure,
  type LoneCueFigures,
  type CueFigures
} from '../questions/check/index'
import { bankReport } from './bank-report-cache'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const seeds = Number(arg('--seeds') ?? CHECK_SEEDS)

const started = performance.now()
const { report, cached } = bankReport(seeds)
const ms = Math.round(performance.now() - started)

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))
console.log(
  `Question bank ${report.bank.id} v${report.bank.version} — ${report.templates.length} templates × ${seeds} seeds (${cached ? 'cached report, ' : ''}${ms} ms)`
)
// Each strategy's score minus chance, in points: the gate allows at most +5.
const cues = (c: CueFigures) =>
  STRATEGIES.map(
    (st) =>
      `${st} ${(c.scores[st] - c.chance >= 0 ? '+' : '') + (c.scores[st] - c.chance).toFixed(1)}`
  ).join(' ')
// Each lone cue: how often the key is the one stand-out option, minus a blind pick's share.
const lone = (f: LoneCueFigures) =>
  'lone cues (key share − blind pick, limit +5): ' +
  LONE_CUES.map((c) => {
    const d = f[c].keyStandsOut - f[c].expected
    return `${c} ${(d >= 0 ? '+' : '') + d.toFixed(1)}`
  }).join(' ')
// The key clearly longer than every foil, item by item, against a foil clearly longer than the rest.
const keyLong = (f: KeyLengthFigure) =>
  `key > ${KEY_LONG_RATIO}× longest foil ${f.keyLong.toFixed(1)}% vs a foil > ${KEY_LONG_RATIO}× the rest ${f.foilLong.toFixed(1)}% (limit +5)`
for (const t of report.templates) {
  const v = t.validity
  console.log(
    `  ${pad(`[${t.family}] ${t.id}`, 34)} ${pad(t.section, 22)} ${String(t.distinct).padStart(5)} ids ${String(t.decisions).padStart(5)} decisions ${String(v.keyedCodes).padStart(3)} keys  key-pos ±${(100 * v.keyPositionDeviation).toFixed(0)}%  ${t.problems === 0 ? 'ok' : `${t.problems} problem(s)`}`
  )
  console.log(`      chance ${v.cues.chance.toFixed(1)}%: ${cues(v.cues)}`)
  console.log(`      ${lone(v.loneCues)}; ${keyLong(v.keyLength)}`)
  // Each situation's best strategy above chance (limit +5; situation-cues.ts).
  if (v.situations.length > 0)
    console.log(
      `      per situation, best strategy − chance: ${v.situations
        .map(
          (s) =>
            `${s.situation} ${s.worst} ${(s.worstPoints >= 0 ? '+' : '') + s.worstPoints.toFixed(1)}`
        )
        .join('; ')}`
    )
}
console.log(
  `Whole bank (${report.overall.cues.items} items): chance ${report.overall.cues.chance.toFixed(1)}%: ${cues(report.overall.cues)}; key position ±${(100 * report.overall.keyPositionDeviation).toFixed(0)}% of uniform (limit ±25%)`
)
console.log(`  ${lone(report.overall.loneCues)}; ${keyLong(report.overall.keyLength)}`)
if (report.quizzes) {
  const q = report.quizzes
  console.log(
    `Quizzes (${q.quizzes} × 40, ${q.items} items): chance ${q.cues.chance.toFixed(1)}%: ${cues(q.cues)}; repeated option sets ${q.repeatedOptionSets}; exact duplicates ${q.duplicates}; most items sharing a stem sentence ${q.maxSentenceItems} (limit ${MAX_SENTENCE_ITEMS})`
  )
  console.log(`  ${lone(q.loneCues)}`)
  console.log(
    `  explanation sentences (> ${MIN_EXPLANATION_SENTENCE} chars) recurring within a quiz: ${(100 * q.sharedExplanationShare).toFixed(1)}% pooled, worst quiz ${(100 * q.worstSharedExplanationShare).toFixed(1)}% (limits ${100 * MAX_SHARED_EXPLANATION_SHARE}% / ${100 * MAX_QUIZ_SHARED_EXPLANATION_SHARE}%); longest run of one key letter ${q.longestKeyRun} (limit ${MAX_KEY_RUN}); most items keyed one letter ${q.mostOneLetter} of 40`
  )
}
if (report.composition) {
  const c = report.composition
  console.log(
    `  composition: most items of one template in a quiz ${c.maxPerTemplate} (limit ${MAX_ITEMS_PER_TEMPLATE}); items reusing a statement already shown in their quiz ${c.statementReuse} (limit 0; ${c.itemsWithStatements} items name their statements); items whose key is an option of another item of their template ${c.keyAsOption} (limit 0); items sharing a rationale sentence with another item of their template ${c.rationaleReuse} (limit 0)`
  )
  console.log(
    `  composition: items sharing a scenario tag with another item of their quiz ${c.scenarioReuse} (limit 0; ${c.itemsWithScenarioTags} of ${report.quizzes?.items ?? '?'} items carry tags); items repeating a teaching point of an earlier item of their quiz ${c.teachingReuse} of ${c.items} (limit ${100 * MAX_TEACHING_REUSE_SHARE}%)`
  )
}
if (report.spoilers) {
  const s = report.spoilers
  console.log(
    `  feedback before keys: items keying a drug class an earlier item's feedback named ${s.spoiled} of ${s.items} (${((100 * s.spoiled) / Math.max(1, s.items)).toFixed(1)}%; limit ${100 * MAX_SPOILED_SHARE}%); neighbouring items keying one drug class ${s.adjacent} (limit ${100 * MAX_ADJACENT_CLASS_SHARE}% of items)`
  )
}
if (report.returningAnswerRepeats)
  console.log(
    `  returning learner (Unused pool, quizzes 2–5): items keying an answer their template keyed in an earlier quiz ${report.returningAnswerRepeats.join(' / ')} of 40${report.returningCaseRepeats ? `; items meeting a case (scenario tag) of an earlier quiz ${report.returningCaseRepeats.join(' / ')} of 40` : ''}`
  )
if (report.followUp)
  console.log(
    `  follow-up (a default quiz, then 20 items of medications + iron from the Unused pool): items keying a role the first quiz keyed ${report.followUp.replays} of ${report.followUp.items} (${((100 * report.followUp.replays) / Math.max(1, report.followUp.items)).toFixed(1)}%; limit ${100 * MAX_FOLLOW_UP_ROLE_SHARE}%)`
  )
if (report.fingerprint)
  console.log(
    `Fingerprint: recorded ${report.fingerprint.recorded ?? '—'}, computed ${report.fingerprint.computed}`
  )
console.log(
  `Distinct items: ${report.distinctItems}; distinct decisions: ${report.distinctDecisions} (need ≥ ${report.minDistinctItems})`
)
console.log(
  `Absolute-cue gate: ${report.byCheck['absolute-cue'] ?? 0} distractors speak in absolutes ("only", "never", "will", …) beside a key that does not (limit 0)`
)
console.log(
  `Stem-presupposition gate: ${report.byCheck['stem-presupposition'] ?? 0} distractors order an iron test the stem reports or lean on results it lacks (limit 0)`
)
const cov = (s: string) => report.coverage.filter((c) => c.status === s).map((c) => c.claim)
console.log(`Claims tested: ${cov('tested').join(' ') || '—'}`)
console.log(`Claims explained only: ${cov('mentioned').join(' ') || '—'}`)
if (cov('missing').length > 0) console.log(`Claims MISSING: ${cov('missing').join(' ')}`)
if (report.warnings.length > 0) {
  console.log(`Warnings (${report.warnings.length}):`)
  for (const w of report.warnings.slice(0, 10))
    console.log(`  - [${w.check}] ${w.template ?? ''} ${w.message}`)
}
if (report.ok) {
  console.log('bank:check passed: every gate is green.')
} else {
  console.log(`bank:check FAILED — ${report.problems.length} problem(s):`)
  for (const [check, n] of Object.entries(report.byCheck)) console.log(`  ${pad(check, 22)} ${n}`)
  const shown = process.argv.includes('--all') ? report.problems : report.problems.slice(0, 25)
  for (const p of shown)
    console.log(`  - [${p.check}] ${p.itemId ?? p.template ?? ''}: ${p.message}`)
  if (shown.length < report.problems.length)
    console.log(`  … ${report.problems.length - shown.length} more (use --all)`)
}
process.exit(report.ok ? 0 : 1)

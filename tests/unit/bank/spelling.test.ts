// One spelling throughout (issue 16): the course is written in UK English (anaemia, apnoea,
// counselling, recognise, licence, practise as a verb), the majority spelling when this test was
// written. It scans what a learner reads — items over a spread of seeds (stem, tables, options,
// rationales, explanations), section titles and summaries, the lab-values panel, and the string
// literals and JSX text of the renderer and main — for the US variants. Reference citations are
// published titles and stay as published; identifiers (licenceId, summarizeAttempt) are not text.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { IRON_THRESHOLDS, LAB_REFERENCES, claims, sections } from '../../../questions/content'
import { stemText } from '../../../questions/exhibits'
import { generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'

const US_WORDS = [
  'anemia',
  'anemic',
  'hemoglobin',
  'hematology',
  'apnea',
  'counseling',
  'counseled',
  'counselor',
  'recognize',
  'recognized',
  'recognizes',
  'recognizing',
  'behavior',
  'behaviors',
  'favor',
  'favorite',
  'pediatric',
  'edema',
  'esophagus',
  'esophageal',
  'license',
  'licenses',
  'practicing',
  'practiced',
  'liter',
  'liters',
  'fiber',
  'tumor',
  'diarrhea',
  'dyspnea',
  'estrogen',
  'orthopedic',
  'anesthesia',
  'ischemia',
  'leukemia',
  'gray',
  'artifact',
  'skeptical',
  'defense',
  'aging',
  'fetus',
  'fetal',
  'judgment',
  'traveled',
  'labeled',
  'canceled',
  'modeled',
  'organize',
  'organized',
  'realize',
  'minimize',
  'minimized',
  'summarize',
  'summarized',
  'prioritize',
  'emphasize',
  'optimize',
  'stabilize',
  'stabilized',
  'utilize',
  'characterize',
  'characterized',
  'hospitalized',
  'randomized',
  'specialized',
  'standardized',
  'generalized',
  'localized',
  'memorize',
  'criticize',
  'analyze',
  'analyzed',
  'paralyzed',
  'center',
  'centered',
  'color',
  'colors'
]
const US = new RegExp(`\\b(${US_WORDS.join('|')})\\b`, 'i')

// "Choose how you want to practice" is the verb: UK English spells it "practise".
const VERB_PRACTICE = /\b(to|you|can|will|and|then) practice\b/i

function usVariants(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(new RegExp(US.source, 'gi'))) out.push(m[0])
  const verb = VERB_PRACTICE.exec(text)
  if (verb) out.push(verb[0])
  return out
}

function itemTexts(seeds: number): string[] {
  const out: string[] = []
  for (const t of templates) {
    for (let s = 0; s < seeds; s++) {
      const it = generateItem(t, s, rlsCausesCourse)
      const texts = [stemText(it), it.question, it.objective, it.explanation, it.evidenceNote ?? '']
      for (const o of it.options) texts.push(o.text, o.rationale)
      out.push(...texts.map((x) => `${t.id}: ${x}`))
    }
  }
  return out
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : []
  })
}

// String literals and JSX text, not identifiers, comments or CSS keywords passed as strings.
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g
const JSX_TEXT = />([^<>{}]+)</g
// One-word literals that are keywords of CSS or PDF, not words a learner reads.
const CODE_WORDS = /^['"](center|color|Colors|gray)['"]$/

function sourceTexts(dir: string): string[] {
  return files(dir, /\.(ts|tsx)$/).flatMap((file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    const jsx = file.endsWith('.tsx') ? [...code.matchAll(JSX_TEXT)] : []
    return [...code.matchAll(LITERAL), ...jsx]
      .map((m) => m[0])
      .filter((s) => !CODE_WORDS.test(s) && !/prefers-color-scheme/.test(s))
      .map((s) => `${file}: ${s}`)
  })
}

describe('one spelling (UK English) in what a learner reads', () => {
  it('the detector finds the US variants it lists', () => {
    expect(
      usVariants('Anemia and sleep apnea; counseling; recognized; License or board ID')
    ).toEqual(['Anemia', 'apnea', 'counseling', 'recognized', 'License'])
    expect(usVariants('Choose how you want to practice.')).toEqual(['to practice'])
    expect(usVariants('Anaemia, apnoea, counselling, recognised, licence; in practice')).toEqual([])
  })

  it('items over 48 seeds of every template', () => {
    const found = itemTexts(48).filter((t) => usVariants(t).length > 0)
    expect(found.slice(0, 5)).toEqual([])
  })

  it('section titles and summaries, claims, and the lab-values panel', () => {
    const texts = [
      ...sections.flatMap((s) => [s.title, s.summary]),
      ...claims.flatMap((c) => [c.statement, c.evidenceNote ?? '']),
      ...LAB_REFERENCES.flatMap((l) => [l.name, l.note ?? '']),
      ...IRON_THRESHOLDS.flatMap((t) => [
        t.population,
        ...t.rules.flatMap((r) => [r.finding, r.meaning])
      ])
    ]
    expect(texts.filter((t) => usVariants(t).length > 0)).toEqual([])
  })

  it('the renderer and main', () => {
    const found = [...sourceTexts('renderer/src'), ...sourceTexts('main')].filter(
      (t) => usVariants(t).length > 0
    )
    expect(found).toEqual([])
  })
})

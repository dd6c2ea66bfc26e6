// Family 12, epidemiology (P3) as ranges: 5–10% of Western adults with symptoms of any severity,
// about 2–3% clinically significant, more common in women and with age. A single "10%" is avoided.
import type { Template } from '../types'
import { evidenceFor } from './evidence'
import { statementOptions, type Distractor } from './options'
import { SETTINGS, fill, makePatient, opening } from './vignette'

const d = (code: string, text: string, why: string): Distractor => ({ code, text, why: () => why })

const KEY = d(
  'prevalence-ranges',
  'About 5–10% of Western adults have some RLS symptoms and about 2–3% clinically significant RLS; it is more common in women and with age',
  'population studies put RLS symptoms of any severity at about 5–10% of Western adults and clinically significant RLS at about 2–3%, with higher rates in women and with increasing age.'
)

const WRONG: readonly Distractor[] = [
  d(
    'rare',
    'Fewer than 1 in 1,000 adults are affected, equally men and women',
    'RLS is common, not rare: about 5–10% of adults have some symptoms, and women are affected more often than men.'
  ),
  d(
    'ten-percent-significant',
    'About 10% of adults have clinically significant RLS, most of them men',
    'about 10% is the upper end for symptoms of any severity; clinically significant RLS is nearer 2–3%, and women outnumber men.'
  ),
  d(
    'young-men',
    'It is most common in young men and becomes rarer with age',
    'prevalence rises with age and is higher in women, the opposite pattern.'
  ),
  d(
    'quarter',
    'About a quarter of all adults have clinically significant RLS',
    'that greatly overstates it; clinically significant RLS affects roughly 2–3% of adults (20–25% is the figure for pregnancy).'
  ),
  d(
    'children-only',
    'It is mainly a disorder of childhood that most people outgrow',
    'RLS occurs in children but is far more common in adults, and its prevalence rises with age.'
  )
]

const ASKERS = [
  {
    who: 'A practice nurse preparing a patient leaflet on RLS asks you to check the numbers.',
    persona: false
  },
  { who: 'A medical student on placement asks how common RLS really is.', persona: false },
  {
    who: '{She} has just been diagnosed with RLS and asks how many other people have it.',
    persona: true
  },
  { who: '{She} read that RLS is "very rare" and asks whether that is true.', persona: true }
] as const

export const knowledgeEpidemiology: Template = {
  id: 'knowledge-epidemiology',
  family: '12',
  section: 'pitfalls-epidemiology',
  title: 'How common RLS is: ranges, sex and age',
  generate(rng) {
    const p = makePatient(rng, 30, 80)
    const setting = rng.pick(SETTINGS)
    const a = rng.int(0, ASKERS.length - 1)
    const asker = ASKERS[a] ?? ASKERS[0]
    const pick = rng.sample(WRONG, rng.int(3, 4))
    const lead = rng.pick([
      'Which statement about the epidemiology of RLS is most accurate?',
      'Which summary of RLS prevalence is best supported?'
    ])
    const stem = asker.persona
      ? fill(`${opening(p, setting)}. ${asker.who}`, p)
      : asker.who
          .replace('{setting}', setting)
          .replace('{age}', String(p.age))
          .replace('{noun}', p.noun)
    return {
      params: {
        asker: a,
        age: p.age,
        sex: p.sex,
        job: asker.persona ? p.job : -1,
        setting,
        pick: pick.map((x) => x.code).join('+'),
        lead
      },
      claims: ['P3'],
      difficulty: 1,
      estimatedSeconds: 60,
      stem,
      question: lead,
      options: statementOptions(KEY, pick, p),
      objective:
        'Quote the epidemiology of RLS as ranges: 5–10% any severity, about 2–3% clinically significant, more common in women and with age.',
      explanation:
        'Population studies in Western countries find RLS symptoms of any severity in about 5–10% of adults, and clinically significant RLS (frequent, distressing symptoms) in about 2–3%. It is more common in women, and prevalence rises with age. Quoting a single "10%" overstates the burden of clinically important disease.',
      evidenceNote: evidenceFor(['P3']),
      references: ['ohayon2012', 'allen2011', 'hogl2005'],
      facts: { topic: 'epidemiology', anyRangePercent: [5, 10], significantRangePercent: [2, 3] }
    }
  }
}

// Family 12, epidemiology (P3) as ranges: 5–10% of Western adults with symptoms of any severity,
// about 2–3% clinically significant, more common in women and with age. A single "10%" is avoided.
// Options come from a fact grid (templates/parallel.ts): each fact has a true and a minimally
// altered false form, so the key and the distractors are written by one rule.
import { choose } from './explain'
import type { Template } from '../types'
import { factOptions, type Fact } from '../parallel'
import { MAX_LENGTH_LEAD, gridStatements, lengthCappedDraw, lengthLead } from './statements'
import { sharedPregnancyStatements } from './secondary-pregnancy'
import { evidenceFor } from './evidence'
import { SETTINGS, makePatient, opening } from './vignette'
import { fill } from '../kit/people'

// Read-through 2.15 (r10G): the same wrong statement came back in every item ("About 1% …" in
// all four), so a returning learner eliminated foils by recognition. Each fact now has three or
// four false forms with different wrong content (too low, too high, reversed, flat), each paired
// with a true form of its shape and length, and the rationale for a false form holds for all of
// them. "In population surveys, …" is gone: it was a source qualifier only the key could carry.
export const EPIDEMIOLOGY_FACTS: readonly Fact[] = [
  {
    code: 'any-severity-5-10',
    true: [
      'About 5–10% of Western adults report some RLS symptoms',
      'Roughly 5–10% of adults in Western countries report RLS symptoms of some severity',
      'Some RLS symptoms are reported by about one Western adult in ten to twenty'
    ],
    false: [
      'About 1% of Western adults report some RLS symptoms',
      'Roughly 30% of adults in Western countries report RLS symptoms of some severity',
      'Some RLS symptoms are reported by about one Western adult in two hundred'
    ],
    whyTrue:
      'population surveys put RLS symptoms of any severity at about 5–10% of Western adults.',
    whyFalse:
      'population surveys put RLS symptoms of any severity at about 5–10% of Western adults, not this figure.'
  },
  {
    code: 'significant-2-3',
    true: [
      'About 2–3% of adults have clinically significant RLS',
      'Clinically significant RLS, frequent and distressing, affects about 2–3% of adults',
      'Frequent, distressing RLS is found in about 2–3% of adults'
    ],
    false: [
      'About 25% of adults have clinically significant RLS',
      'Clinically significant RLS, frequent and distressing, affects about 10% of adults',
      'Frequent, distressing RLS is found in about 1 in 1,000 adults'
    ],
    whyTrue:
      'frequent, distressing (clinically significant) RLS affects about 2–3% of adults, well below the 5–10% with symptoms of any severity.',
    whyFalse:
      'clinically significant RLS, frequent and distressing, affects about 2–3% of adults; 5–10% is the figure for symptoms of any severity, and 20–25% the figure in pregnancy.'
  },
  {
    code: 'women-more',
    true: [
      'RLS is more common in women than in men',
      'RLS is reported about twice as often by women as by men',
      'Women report RLS roughly twice as often as men do'
    ],
    false: [
      'RLS is more common in men than in women',
      'RLS is reported about twice as often by men as by women',
      'Men and women report RLS at roughly the same rate'
    ],
    whyTrue: 'women report RLS about twice as often as men in most population studies.',
    whyFalse: 'women are affected about twice as often as men in most population studies.'
  },
  {
    // Read 14 (139201 #33): the key was the one option without a figure among three figures;
    // one form in each pair names ages.
    // Read 20 (F1#15): "tends to rise" was the one soft statement among firm figures and was
    // picked blind; the forms now state the direction as firmly as the figures state theirs.
    code: 'rises-with-age',
    true: [
      'Rates of RLS rise with age through the adult years',
      'RLS is reported more often by people in their 60s than by people in their 30s',
      'Through adult life, RLS rates rise with age, from the twenties onwards',
      'The share of adults with RLS is seen to rise as people get older'
    ],
    false: [
      'Rates of RLS fall with age through the adult years',
      'RLS is reported more often by people in their 30s than by people in their 60s',
      'Through adult life, RLS prevalence stays about level from decade to decade',
      'The share of adults with RLS is seen to fall as people get older'
    ],
    whyTrue:
      'in most population surveys prevalence rises with age through adult life (some show it levelling off in the oldest groups).',
    whyFalse:
      'in most population surveys prevalence rises with age through adult life; it neither falls nor stays level.'
  },
  {
    code: 'pregnancy-common',
    true: [
      'RLS develops in about a fifth of pregnancies',
      'RLS appears in roughly 20–25% of pregnancies, mostly in the third trimester',
      'RLS affects roughly a fifth to a quarter of pregnancies'
    ],
    false: [
      'RLS develops in about 1 in 20 pregnancies',
      'RLS appears in roughly 60% of pregnancies, mostly in the third trimester',
      'RLS affects roughly one in a hundred pregnancies'
    ],
    whyTrue:
      'RLS affects about 20–25% of pregnancies, typically in the third trimester, and usually resolves after delivery.',
    whyFalse:
      'pregnancy-related RLS affects about 20–25% of pregnancies, typically in the third trimester.'
  },
  {
    code: 'pregnancy-resolves',
    // "largely" and "mostly", not the one "usually" of the set (read 8,
    // 88651 #32: the key was the only "usually" option among figures).
    true: [
      'RLS that begins in pregnancy largely resolves after delivery',
      'When RLS starts during a pregnancy, it mostly fades soon after the birth',
      'RLS that appears in pregnancy mostly eases soon after the birth'
    ],
    false: [
      'RLS that begins in pregnancy largely persists after delivery',
      'When RLS starts during a pregnancy, it mostly stays for years after the birth',
      'RLS that appears in pregnancy mostly worsens soon after the birth'
    ],
    whyTrue:
      'pregnancy-related RLS, typically of the third trimester, usually resolves after delivery.',
    whyFalse:
      'the usual course is the reverse: RLS that appears in pregnancy mostly resolves after delivery rather than persisting or worsening.'
  }
]

// Read 18 (F1#12): the askers without a persona were bare lead-ins ("…asks for the figures"); each
// now says what the figures are for and where the doubt comes from.
const ASKERS = [
  {
    who: 'A practice nurse preparing a patient leaflet on RLS has found websites that disagree, and asks you to check the numbers before it is printed.'
  },
  {
    who: 'A medical student on placement has seen three patients with RLS in one week and asks whether it is really as common as that suggests.'
  },
  {
    who: 'A pharmacist writing a staff update on leg symptoms at night wants to say how common RLS is and who is most affected, and asks you which figures to use.'
  },
  {
    who: 'A midwife preparing an antenatal class is often asked about restless legs and wants to know how common RLS is and who gets it.'
  },
  {
    who: '{She} has just been diagnosed with RLS and asks how many other people have it.',
    persona: true
  },
  { who: '{She} read online that RLS is "very rare" and asks whether that is true.', persona: true }
] as const

const OPENINGS: Record<string, string> = {
  'any-severity-5-10': 'Symptoms of some severity are common: about 5–10% of Western adults.',
  'significant-2-3': 'The figure that matters for clinical burden is about 2–3% of adults.',
  'women-more': 'Sex is one of the steadiest findings: women outnumber men about two to one.',
  'rises-with-age': 'Age is a steady finding: prevalence climbs through adult life.',
  'pregnancy-common': 'Pregnancy is a common setting: about a fifth of pregnancies are affected.',
  'pregnancy-resolves':
    'Pregnancy-related RLS is usually temporary: it tends to settle after delivery.'
}

// The body lists the findings other than the one the opening already states (read-through P7:
// the opening came back word for word in the body).
const FINDINGS: readonly (readonly [string, string])[] = [
  ['any-severity-5-10', 'symptoms of any severity in about 5–10% of adults'],
  ['significant-2-3', 'clinically significant RLS in about 2–3% of adults'],
  ['women-more', 'more women than men affected'],
  ['rises-with-age', 'prevalence rising with age'],
  ['pregnancy-common', 'about a fifth of pregnancies affected'],
  ['pregnancy-resolves', 'pregnancy-related RLS usually settling after delivery']
]

const CLOSINGS = [
  'A single "10%" overstates the burden of clinically important disease.',
  'Quoting one figure of 10% blurs mild symptoms with disease that needs treatment.',
  'The headline 10% counts mild cases; the share needing treatment is far smaller.'
] as const

/** A figure of frequency: a percentage, a ratio, "twice", "a fifth", "one … in ten". */
export const FIGURE =
  /\d+(?:[–-]\d+)?%|\b\d+ in [\d,]+|twice|a fifth|a quarter|\bone\b.*\bin (?:ten|two|a hundred)|hundred/i

/** Whether the key is the only option with a figure, or the only one without (read 18, F1#12). */
export function figureLoner(options: readonly { text: string; correct: boolean }[]): boolean {
  const key = options.find((o) => o.correct)
  if (!key) return false
  const has = FIGURE.test(key.text)
  return options.every((o) => o.correct || FIGURE.test(o.text) !== has)
}

function otherFindings(keyCode: string): string {
  const rest = FINDINGS.filter(([code]) => code !== keyCode).map(([, text]) => text)
  const list = `${rest.slice(0, -1).join(', ')} and ${rest[rest.length - 1] ?? ''}`
  return `Population studies in Western countries also find ${list}.`
}

export const knowledgeEpidemiology: Template = {
  id: 'knowledge-epidemiology',
  family: '12',
  section: 'pitfalls-epidemiology',
  title: 'How common RLS is: ranges, sex and age',
  generate(rng) {
    // No asker in their 30s or 60s, the decades one age form names (read 16, 155303 #1: "people
    // in their 60s" beside a 66-year-old asker was an echo of the stem).
    const drawn = makePatient(rng, 30, 80)
    const decade = Math.floor(drawn.age / 10)
    const p = decade === 3 || decade === 6 ? { ...drawn, age: drawn.age + 10 } : drawn
    const setting = rng.pick(SETTINGS)
    const a = rng.int(0, ASKERS.length - 1)
    const asker = ASKERS[a] ?? ASKERS[0]
    const persona = 'persona' in asker
    const lead = rng.pick([
      'Which statement about the epidemiology of RLS is best supported?',
      'Which of these figures or patterns is accurate?',
      'Which of these statements about how common RLS is, and in whom, is correct?'
    ])
    // The course of pregnancy RLS is no answer to "how common RLS is, and in whom" (read 8,
    // 88651 #32: it was keyed there): under that lead-in it is left out, as key and as foil.
    const asked = lead.includes('how common')
      ? EPIDEMIOLOGY_FACTS.filter((f) => f.code !== 'pregnancy-resolves')
      : EPIDEMIOLOGY_FACTS
    // In half the items (by lot, per fact) one false form is set aside before the length search
    // (-1: none): the search otherwise settled on the same wrong statement for a given length (one
    // form in 38–45% of items). The search keeps two or more false forms per fact and every true
    // form; setting one aside always left the key in the middle of the length order too often.
    const dropped = asked.map((f) => (rng.int(0, 1) === 0 ? -1 : rng.int(0, f.false.length - 1)))
    const facts = asked.map((f, i) => ({
      ...f,
      false: f.false.filter((_, j) => j !== dropped[i])
    }))
    const keyCode = rng.pick(facts).code
    // Read 18 (F1#12): the key was the one option without a figure ("…in their 60s than…in
    // their 30s" beside "60%", "twice as often", "1%") in 6% of items, and the one with a figure
    // in 1%. A draw whose key stands alone in that respect is drawn again.
    const draw = () => factOptions(rng, facts, rng.int(4, 5), keyCode)
    const figureBalanced = () => {
      let out = draw()
      for (let i = 1; i < 30 && figureLoner(out.options); i++) out = draw()
      // Read 20: where the lot set aside the figure-free false form the search would use, the key
      // could stay the one option without a figure; the forms set aside come back for these draws.
      for (let i = 0; i < 30 && figureLoner(out.options); i++)
        out = factOptions(rng, asked, rng.int(4, 5), keyCode)
      return out
    }
    // Read 20 (F1#15): with the age forms as firm as the figures, one capped draw left a clearly
    // long option in 2–3% of items; further capped draws keep that, and a lone figure, rare.
    let capped = lengthCappedDraw(figureBalanced)
    for (
      let i = 0;
      i < 4 && (lengthLead(capped.options) > MAX_LENGTH_LEAD || figureLoner(capped.options));
      i++
    )
      capped = lengthCappedDraw(figureBalanced)
    const { options, form, key } = capped
    const stem = persona ? fill(`${opening(p, setting)}. ${asker.who}`, p) : asker.who
    return {
      params: {
        asker: a,
        age: persona ? p.age : 0,
        sex: persona ? p.sex : '-',
        job: persona ? p.job : -1,
        setting: persona ? setting : '-',
        form,
        drop: dropped.join(''),
        lead
      },
      claims: key.code.startsWith('pregnancy-') ? ['P3', 'S3'] : ['P3'],
      difficulty: key.code === 'significant-2-3' ? 2 : 1,
      estimatedSeconds: 60,
      stem,
      question: lead,
      options,
      objective:
        'Quote the epidemiology of RLS as ranges: 5–10% any severity, about 2–3% clinically significant, more common in women and with age.',
      explanation: `${OPENINGS[key.code] ?? ''} ${otherFindings(key.code)} ${choose(CLOSINGS, stem, 'closing')}`,
      evidenceNote: evidenceFor(['P3']),
      // Read 18 (F1#12): the explanation always gives the pregnancy figure, and the rationales
      // often do, so the pregnancy source is always cited.
      references: key.code.startsWith('pregnancy-')
        ? ['ohayon2012', 'manconi2004']
        : ['ohayon2012', 'allen2011', 'hogl2005', 'manconi2004'],
      facts: {
        topic: 'epidemiology',
        keyedFact: key.code,
        statements: [
          ...gridStatements('epidemiology', options),
          ...sharedPregnancyStatements(options.map((o) => o.code))
        ]
      }
    }
  }
}

// A child with RLS: iron is indicated below the paediatric ferritin cut-off of 50 ng/mL (AASM 2024,
// IRLSSG 2018), not at the adult ≤75 ng/mL. One arm sits below the cut-off, the other above it —
// including ferritin values an adult rule would treat. Only child thresholds appear in the item.
import { labsTable } from '../kit/exhibits'
import type { Template } from '../types'
import { pickCodes, statementOptions } from '../kit/statements'
import { person, pickSex, seconds } from '../kit/people'
import { choose } from '../clinical/explain'
import { clearInt } from '../clinical/iron-values'

export const CHILD_FERRITIN_CUTOFF = 50

// Every foil is a step a paediatric clinician might really take, some shorter and some longer
// than the keys (so the key is not always the middle-length option). Iron "whatever the ferritin" is
// offered only when iron is not indicated (beside the iron key it would be a second iron answer).
const TEXTS: Record<string, string> = {
  'child-oral-iron': 'Start oral iron with a recheck after about twelve weeks',
  'child-no-iron': 'Leave iron aside and work on routines and other triggers',
  'child-iv-iron-first': 'Arrange an iron infusion ahead of a trial of tablets',
  'child-sleep-study': 'Arrange polysomnography to confirm the diagnosis',
  'child-growing-pains': 'Explain that growing pains are outgrown with age',
  'child-antihistamine': 'Give a sedating antihistamine at bedtime to help with settling',
  'child-iron-regardless': 'Give a trial of oral iron whatever the ferritin shows',
  // Two longer foils (2.11.0: with only one foil longer than the no-iron key, the key could
  // never be the shortest option and sat in the middle of the length order; +21 middle-length).
  'child-analgesic': 'Give paracetamol at bedtime to ease the aching in both legs',
  'child-rheumatology': 'Refer to paediatric rheumatology for the night-time leg pains'
}
const WORDS = [
  'it feels like bugs crawling in my legs',
  'my legs feel fizzy and I have to kick them',
  'my legs need to run even when I am lying down'
]
const PARENT = ['mother', 'father']

export const childIron: Template = {
  id: 'iron-child-threshold',
  family: '22',
  section: 'iron-status',
  title: 'A child with RLS: the paediatric ferritin cut-off',
  generate(rng) {
    const arm = rng.pick(['iron', 'no-iron'] as const)
    const key = arm === 'iron' ? 'child-oral-iron' : 'child-no-iron'
    const sex = pickSex(rng)
    // Without iron indicated, one iron-giving foil at most (read-through 5: three of four options
    // gave iron, so the one that did not was the odd one out).
    const ironFoils = ['child-oral-iron', 'child-iv-iron-first', 'child-iron-regardless']
    const keepIron = rng.pick(ironFoils)
    const opts = pickCodes(
      rng,
      key,
      TEXTS,
      3,
      arm === 'iron' ? ['child-iron-regardless'] : ironFoils.filter((c) => c !== keepIron)
    )
    const params = {
      arm,
      sex,
      age: rng.int(6, 15),
      // Clear of the child cut-off (50) and of the adult ones (75, 100) too (read-through 5, P4).
      fer: arm === 'iron' ? rng.int(16, 44) : clearInt(rng, 56, 140, [75, 100], 8),
      tsat: rng.int(22, 38),
      hb: rng.int(121, 139),
      words: rng.int(0, WORDS.length - 1),
      parent: rng.int(0, 1),
      months: rng.int(4, 12),
      opts: opts.join('+'),
      lead: rng.int(0, 1)
    }
    const child = person(params.age, sex)
    const kid = sex === 'f' ? 'girl' : 'boy'
    const an = /^(8|11)$/.test(String(params.age)) ? 'An' : 'A'
    const stem = [
      `${an} ${params.age}-year-old ${kid} is brought to a paediatric sleep clinic by ${child.her} ${PARENT[params.parent]}, who has RLS.`,
      `For ${params.months} months bedtime has been a struggle: "${WORDS[params.words]}," ${child.she} says, and the feeling goes away while ${child.she} walks around the room but comes back when ${child.she} lies down.`,
      `${child.She} is fine in the daytime and plays sport without pain. Growth and examination are normal.`
    ].join(' ')
    const exhibits = [
      labsTable('Morning bloods', 'child', [
        ['ferritin', params.fer],
        ['tsat', params.tsat],
        // A number, not the word "normal" (read-through 5, P5).
        ['haemoglobin', params.hb / 10]
      ])
    ]
    const question =
      params.lead === 0
        ? 'What is the most appropriate next step?'
        : 'Which plan fits these results?'
    const why = (code: string): string => {
      switch (code) {
        case 'child-oral-iron':
          return arm === 'iron'
            ? `in children with RLS, iron is suggested when ferritin is below 50 ng/mL; ${params.fer} ng/mL is below that cut-off even though the laboratory calls it normal, and oral iron with a repeat ferritin is the usual start.`
            : `the paediatric cut-off for iron in RLS is a ferritin below 50 ng/mL; at ${params.fer} ng/mL with a normal TSAT iron is not indicated.`
        case 'child-no-iron':
          return arm === 'no-iron'
            ? `the ferritin of ${params.fer} ng/mL is above the paediatric cut-off of 50 ng/mL, so iron is not indicated; a regular bedtime routine and attention to other contributors (caffeinated drinks, sedating antihistamines) come first.`
            : `the ferritin of ${params.fer} ng/mL is below the paediatric cut-off of 50 ng/mL, so leaving iron aside would miss the correctable contributor.`
        case 'child-iv-iron-first':
          return arm === 'iron'
            ? 'oral iron is the usual first step in children; IV iron is kept for those who cannot take or do not respond to oral iron.'
            : `with a ferritin of ${params.fer} ng/mL, above the paediatric cut-off, no iron is indicated, intravenous or oral.`
        case 'child-sleep-study':
          return 'RLS is a clinical diagnosis, in children as in adults; the child describes the urge in their own words and the pattern meets the criteria, so no sleep study is needed to make it.'
        case 'child-antihistamine':
          return 'sedating first-generation antihistamines such as diphenhydramine are recognised aggravators of RLS, in children as in adults.'
        case 'child-iron-regardless':
          return `iron is suggested in children when ferritin is below 50 ng/mL; at ${params.fer} ng/mL it is not indicated, and iron given without an indication carries a risk of overload.`
        case 'child-analgesic':
          return 'an evening urge to move that walking relieves is RLS, not an ache that an analgesic treats; the first steps are iron when ferritin is low, a bedtime routine and removing aggravators.'
        case 'child-rheumatology':
          return 'nothing here suggests joint disease: the child plays sport without pain, the examination is normal, and an urge to move relieved by walking, with an affected parent, is RLS.'
        default:
          return '"growing pains" are not relieved by moving about and do not bring an urge to move at rest; this pattern, with an affected parent, is RLS.'
      }
    }
    const options = statementOptions(key, opts, TEXTS, why)
    const explanation =
      arm === 'iron'
        ? `${choose([`The child describes RLS in ${child.her} own words, with an affected parent.`, `An affected parent and the child’s own account of an evening urge to move make this RLS.`, `In ${child.her} own words the child gives the RLS pattern, and a parent has it too.`], JSON.stringify(params), 'open')} In children with RLS, iron is suggested when ferritin is below 50 ng/mL. At ${params.fer} ng/mL, inside the laboratory range but below that cut-off, oral iron with a repeat ferritin is the next step.`
        : `${choose([`The child describes RLS in ${child.her} own words, with an affected parent.`, `An affected parent and the child’s own account of an evening urge to move make this RLS.`, `In ${child.her} own words the child gives the RLS pattern, and a parent has it too.`], JSON.stringify(params), 'open')} In children, iron is suggested when ferritin is below 50 ng/mL, and at ${params.fer} ng/mL with a normal TSAT it is not indicated. The plan starts with the bedtime routine and other contributors.`
    return {
      params,
      claims: ['S2', 'T1'],
      difficulty: arm === 'no-iron' && params.fer <= 95 ? 3 : 2,
      estimatedSeconds: seconds([stem, question, ...options.map((o) => o.text)], options.length),
      stem,
      exhibits,
      question,
      options,
      objective:
        'Apply the paediatric ferritin cut-off (below 50 ng/mL) to decide on iron for a child with RLS.',
      explanation,
      evidenceNote: null,
      references: ['aasm2024', 'irlssg2018', 'picchietti2013'],
      facts: {
        kind: 'iron-child',
        labs: { ferritinNgMl: params.fer, tsatPercent: params.tsat },
        population: 'child',
        dialysis: false
      }
    }
  }
}

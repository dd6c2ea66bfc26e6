// The eight course sections (issue #3). Ids are the SectionId union in questions/item.ts; the order
// here is the order the course presents them in and the order of the assembler's blueprint.
import type { SectionId } from '../item'

export interface Section {
  id: SectionId
  title: string
  /** One line for the section picker. */
  summary: string
}

export const sections: readonly Section[] = [
  {
    id: 'genetics',
    title: 'Genetics',
    summary:
      'Heritability, family history and the common risk variants found by genome-wide studies.'
  },
  {
    id: 'dopamine-brain-iron',
    title: 'Dopamine and brain iron',
    summary:
      'Low brain iron and altered (not deficient) dopaminergic function as the leading mechanisms.'
  },
  {
    id: 'iron-status',
    title: 'Iron status',
    summary: 'Reading ferritin and transferrin saturation against the thresholds for iron therapy.'
  },
  {
    id: 'systemic',
    title: 'Renal, pregnancy and other systemic contexts',
    summary: 'End-stage renal disease, pregnancy and iron-deficiency anaemia as secondary contexts.'
  },
  {
    id: 'neurological',
    title: 'Neurological associations',
    summary: 'Neuropathy, spinal cord lesions and other associations, and the mimics they resemble.'
  },
  {
    id: 'medications',
    title: 'Medications',
    summary: 'Drugs that can worsen RLS, where they hide in a medication list, and augmentation.'
  },
  {
    id: 'lifestyle-sleep',
    title: 'Lifestyle and sleep',
    summary: 'Counselling on evening alcohol and caffeine, and addressing untreated sleep apnoea.'
  },
  {
    id: 'pitfalls-epidemiology',
    title: 'Diagnostic pitfalls and epidemiology',
    summary: 'Normal-looking iron studies, the medication review, and how common RLS is.'
  }
]

export const sectionIds: readonly SectionId[] = sections.map((s) => s.id)

export const sectionById: ReadonlyMap<SectionId, Section> = new Map(sections.map((s) => [s.id, s]))

/**
 * Blueprint weights: the mission's two skills, spotting the medication trigger and catching the
 * missed iron deficiency, count double. With all eight sections a 40-item quiz gets 8 + 8 items
 * for them (40%) and 4 for each other section, so no section is above 20% (issue 13).
 */
export const sectionWeight: Readonly<Record<SectionId, number>> = {
  genetics: 1,
  'dopamine-brain-iron': 1,
  'iron-status': 2,
  systemic: 1,
  neurological: 1,
  medications: 2,
  'lifestyle-sleep': 1,
  'pitfalls-epidemiology': 1
}

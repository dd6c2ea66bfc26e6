// The eight sections of the RLS course (issue #3). Their ids are the RlsSectionId union below (the
// generic SectionId is a string checked against a course at run time); the order here is the
// order the course presents them in and the order of the assembler's blueprint.
import type { CourseSection } from '../course/types'

export type RlsSectionId =
  | 'genetics'
  | 'dopamine-brain-iron'
  | 'iron-status'
  | 'systemic'
  | 'neurological'
  | 'medications'
  | 'lifestyle-sleep'
  | 'pitfalls-epidemiology'

export interface Section extends CourseSection {
  id: RlsSectionId
}

/**
 * Blueprint weights: the mission's two skills, spotting the medication trigger and catching the
 * missed iron deficiency, count double. With all eight sections a 40-item quiz gets 8 + 8 items
 * for them (40%) and 4 for each other section, so no section is above 20% (issue 13).
 */
export const sectionWeight: Readonly<Record<RlsSectionId, number>> = {
  genetics: 1,
  'dopamine-brain-iron': 1,
  'iron-status': 2,
  systemic: 1,
  neurological: 1,
  medications: 2,
  'lifestyle-sleep': 1,
  'pitfalls-epidemiology': 1
}

const sectionList: readonly Omit<Section, 'weight'>[] = [
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

export const sections: readonly Section[] = sectionList.map((s) => ({
  ...s,
  weight: sectionWeight[s.id]
}))

/** The RLS course's section ids, in course order (its certificate exam requires them all). */
export const sectionIds: readonly RlsSectionId[] = sections.map((s) => s.id)

export const sectionById: ReadonlyMap<string, Section> = new Map(sections.map((s) => [s.id, s]))

// The RLS causes course as one value (questions/course/types.ts). It ships as an unaccredited
// self-assessment: the provider block names no credit type and no provider key, so nothing in the
// app claims credit that no one awarded. A provider who adopts the course fills in this block
// (docs/PROVIDER.md) and publishes the course under a new version.
import { BANK } from '../bank'
import type { Course, ProviderBlock } from '../course/types'
import { COURSE_RULES } from './course-rules'
import { templates } from '../templates/index'
import { references } from './references'
import { sections } from './sections'

export const RLS_OBJECTIVES: readonly string[] = [
  'Weigh family history and genetic risk variants in primary restless legs syndrome.',
  'Relate low brain iron and altered dopaminergic function to RLS symptoms.',
  'Interpret ferritin and transferrin saturation against thresholds for iron therapy.',
  'Recognise renal failure, pregnancy and neurological conditions as secondary contexts.',
  'Find medications that provoke or worsen RLS, including augmentation.',
  'Counsel on alcohol, caffeine and untreated sleep apnoea, and avoid diagnostic pitfalls.'
]

const selfAssessment: ProviderBlock = {
  accredited: false,
  name: 'RLS Casebook (self-assessment, no accredited provider)',
  contact:
    'No provider: this edition issues no credit. A provider who adopts the course names its contact here.',
  accreditationStatement:
    'This activity is not accredited. It documents completion of a self-assessment and does not ' +
    'itself confer accredited continuing education credit.',
  credit: {
    type: null,
    maxCredits: 2,
    increment: 0.25,
    minutesPerCredit: 60,
    statement: 'Participants may record up to 2 hours of self-assessment time.'
  },
  targetAudience: [
    'Physicians',
    'Nurse practitioners',
    'Physician assistants',
    'Pharmacists',
    'Nurses'
  ],
  disclosures: [
    {
      name: 'RLS Casebook authors',
      role: 'faculty',
      relationships: 'No relevant financial relationships with ineligible companies.'
    },
    {
      name: 'RLS Casebook clinical reviewers',
      role: 'reviewer',
      relationships: 'No relevant financial relationships with ineligible companies.'
    }
  ],
  releaseDate: '2026-12-01',
  expiryDate: '2029-11-30',
  evaluation: [
    {
      id: 'objectivesMet',
      kind: 'choice',
      prompt: 'Were the learning objectives met?',
      choices: ['yes', 'partly', 'no'],
      required: true
    },
    {
      id: 'relevance',
      kind: 'scale',
      prompt: 'How relevant was the activity to your practice?',
      min: 1,
      max: 5,
      required: true
    },
    {
      id: 'intentToChange',
      kind: 'choice',
      prompt: 'Do you intend to change your practice as a result?',
      choices: ['yes', 'no', 'unsure'],
      required: true
    },
    {
      id: 'intentToChangeDetails',
      kind: 'text',
      prompt: 'If so, what will you change?',
      maxLength: 1000,
      required: false
    },
    {
      id: 'balanced',
      kind: 'choice',
      prompt: 'Was the content fair, balanced and evidence-based?',
      choices: ['yes', 'no'],
      required: true
    },
    {
      id: 'commercialBias',
      kind: 'choice',
      prompt: 'Did you perceive any commercial bias?',
      choices: ['none', 'some'],
      required: true
    },
    { id: 'comments', kind: 'text', prompt: 'Comments', maxLength: 2000, required: false }
  ],
  attestation:
    'I attest that I completed this activity myself, without help, and that the time I claim is ' +
    'the time I actually spent on it.',
  publicKeyPem: null
}

export const rlsCausesCourse: Course = Object.freeze({
  id: BANK.id,
  version: BANK.version,
  title: 'Causes of Restless Legs Syndrome',
  sections,
  templates,
  references,
  objectives: RLS_OBJECTIVES,
  rules: COURSE_RULES,
  provider: selfAssessment
})

// A course is a value: everything that makes "the RLS causes course" what it is — identity,
// sections, templates, references, objectives, certificate rules and the provider block — in one
// object passed to the engine and the services. Nothing below questions/engine or main/ may name a
// particular course; a second course (tests/fixtures/courses/) proves it. See docs/PROVIDER.md.
import type { CourseRules } from '../engine/course-rules'
import type { Reference } from '../content/references'
import type { Template } from '../templates/types'

export interface CourseSection {
  /** Stable id, validated at run time against the course (not a fixed enum). */
  id: string
  title: string
  /** One line for the section picker. */
  summary: string
  /** Blueprint weight: a section of weight 2 gets twice the items of one of weight 1 (default 1). */
  weight?: number
}

/** One question of the course's post-activity evaluation. */
export type EvaluationQuestion =
  | { id: string; kind: 'scale'; prompt: string; min: 1; max: 5; required: true }
  | { id: string; kind: 'choice'; prompt: string; choices: readonly string[]; required: boolean }
  | { id: string; kind: 'text'; prompt: string; maxLength: number; required: boolean }

/** How credit is designated, and how claimed time turns into credit. */
export interface CreditDesignation {
  /**
   * The credit type as the accreditor names it (e.g. "AMA PRA Category 1 Credit™"), or null for an
   * unaccredited activity, which then offers a record of time only and never names a credit type.
   */
  type: string | null
  /** The most a learner may claim for the activity. */
  maxCredits: number
  /** Claims are in multiples of this (0.25 = quarter hours). */
  increment: number
  /** Minutes of participation per credit (60 for hour-for-hour credit). */
  minutesPerCredit: number
  /** The designation statement printed on the certificate and shown before the exam. */
  statement: string
}

export interface Disclosure {
  name: string
  role: 'faculty' | 'planner' | 'reviewer'
  /** "No relevant financial relationships" or the relationships, as the provider words them. */
  relationships: string
}

/** Who stands behind the credit. The default course is an unaccredited self-assessment. */
export interface ProviderBlock {
  accredited: boolean
  name: string
  /** Where a learner sends a claim file: an e-mail address, a URL or a postal address. */
  contact: string
  /** The accreditation statement, or the statement that there is none. */
  accreditationStatement: string
  credit: CreditDesignation
  targetAudience: readonly string[]
  disclosures: readonly Disclosure[]
  /** ISO dates (YYYY-MM-DD): credit may be claimed for exams submitted within [release, expiry]. */
  releaseDate: string
  expiryDate: string
  evaluation: readonly EvaluationQuestion[]
  /** The sentence the learner attests to when claiming. */
  attestation: string
  /**
   * The provider's published Ed25519 public key (SPKI PEM), when there is one. Certificates the
   * provider issues verify against it; the installation's own certificates never do.
   */
  publicKeyPem: string | null
}

export interface Course {
  /** Stable course id; recorded on items, attempts, certificates, exports and claims. */
  id: string
  /** The bank version: bump whenever the items a seed produces change (questions/bank.ts). */
  version: string
  title: string
  sections: readonly CourseSection[]
  templates: readonly Template[]
  references: readonly Reference[]
  /** Course-level objectives (short: they travel in the certificate's QR code). */
  objectives: readonly string[]
  /** The certificate-exam rules: pass mark, length, sections, time, accommodations, limits. */
  rules: CourseRules
  provider: ProviderBlock
}

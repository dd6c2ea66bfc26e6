// The registry of every case template in the bank.
import { caseTemplates } from './cases'
import { clinicalTemplates } from './clinical/index'
import { drugTemplates } from './drugs/index'
import { geneticsFamilyRisk } from './clinical/genetics-family-risk'
import { mechanismInPractice } from './clinical/mechanism-in-practice'
import type { Template } from './types'

export const templates: readonly Template[] = [
  ...drugTemplates,
  ...clinicalTemplates,
  ...caseTemplates,
  // Case-based genetics and mechanism items (read-through 5, pattern 3), beside the knowledge grids.
  geneticsFamilyRisk,
  mechanismInPractice
]

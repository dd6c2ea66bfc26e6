// The registry of every case template in the bank.
import { caseTemplates } from './cases'
import { clinicalTemplates } from './clinical/index'
import { drugTemplates } from './drugs/index'
import type { Template } from './types'

export const templates: readonly Template[] = [
  ...drugTemplates,
  ...clinicalTemplates,
  ...caseTemplates
]

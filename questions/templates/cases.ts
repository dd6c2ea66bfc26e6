// The case templates added for issue 13 (new clinical situations, mostly the two core skills:
// spotting the medication trigger and catching the missed iron deficiency). They live in their
// own folders so the older families can be reworked without merge conflicts.
import { ironCaseTemplates } from './iron-cases/index'
import { situationTemplates } from './situations/index'
import { triggerTemplates } from './triggers/index'
import type { Template } from './types'

export const caseTemplates: readonly Template[] = [
  ...triggerTemplates,
  ...ironCaseTemplates,
  ...situationTemplates
]

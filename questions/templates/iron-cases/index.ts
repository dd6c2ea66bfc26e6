// Iron case templates (issue 13): sampling, follow-up and the special populations, each with
// its own thresholds.
import type { Template } from '../types'

export const ironCaseTemplates: Template[] = []

// Families 1–5: medication-related case templates (issue #3). Owned by the bank-core work.
import type { Template } from '../types'

export const drugTemplates: Template[] = []

// Families 1–5: medication-related case templates (issue #3). Owned by the bank-core work.
import type { Template } from '../types'
import { hiddenInList } from './hidden-in-list'
import { otcSleepAid } from './otc-sleep-aid'

export const drugTemplates: Template[] = [hiddenInList, otcSleepAid]

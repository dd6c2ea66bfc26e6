// Iron case templates (issue 13): sampling, follow-up, the first step before a drug, and the
// special populations (children, pregnancy, dialysis), each with its own thresholds.
import type { Template } from '../types'
import { beforeDrugTreatment } from './before-drug-treatment'
import { childIron } from './child-iron'
import { dialysisIron } from './dialysis-iron'
import { pregnancyIron } from './pregnancy-iron'
import { recheckAfterOral } from './recheck-after-oral'
import { referralLetter } from './referral-letter'
import { samplingConditions } from './sampling-conditions'

export const ironCaseTemplates: Template[] = [
  recheckAfterOral,
  samplingConditions,
  beforeDrugTreatment,
  childIron,
  pregnancyIron,
  dialysisIron,
  referralLetter
]

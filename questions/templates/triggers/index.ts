// Medication-trigger case templates (issue 13): each a distinct prescribing situation with the
// start date or dose change in the stem.
import type { Template } from '../types'
import { careHomeNightWalking } from './care-home-night-walking'
import { dialysisItch } from './dialysis-itch'
import { gastroparesisAntiemetic } from './gastroparesis-metoclopramide'
import { hyperemesisAntiemetic } from './hyperemesis-antiemetic'
import { lostControlSsriOrIron } from './lost-control-ssri-or-iron'
import { oncologyAntiemetic } from './oncology-olanzapine'
import { postpartumSsri } from './postpartum-ssri'
import { otcNightProduct } from './otc-night-product'
import { promethazineReason } from './promethazine-reason'
import { psychAdmission } from './psych-admission'
import { quetiapineReason } from './quetiapine-reason'
import { seasonalAntihistamine } from './seasonal-antihistamine'
import { snriPainClinic } from './snri-pain-clinic'
import { timelineChanges } from './timeline-changes'
import { travelNightMedicines } from './travel-night-medicines'
import { vertigoAntiemetic } from './vertigo-antiemetic'
import { wardSleepingTablet } from './ward-sleeping-tablet'

export const triggerTemplates: Template[] = [
  psychAdmission,
  snriPainClinic,
  hyperemesisAntiemetic,
  dialysisItch,
  gastroparesisAntiemetic,
  seasonalAntihistamine,
  timelineChanges,
  vertigoAntiemetic,
  oncologyAntiemetic,
  wardSleepingTablet,
  quetiapineReason,
  lostControlSsriOrIron,
  careHomeNightWalking,
  promethazineReason,
  otcNightProduct,
  postpartumSsri,
  travelNightMedicines
]

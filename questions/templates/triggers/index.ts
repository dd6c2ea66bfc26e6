// Medication-trigger case templates (issue 13): each a distinct prescribing situation with the
// start date or dose change in the stem.
import type { Template } from '../types'
import { dialysisItch } from './dialysis-itch'
import { gastroparesisAntiemetic } from './gastroparesis-metoclopramide'
import { hyperemesisAntiemetic } from './hyperemesis-antiemetic'
import { oncologyAntiemetic } from './oncology-olanzapine'
import { psychAdmission } from './psych-admission'
import { seasonalAntihistamine } from './seasonal-antihistamine'
import { snriPainClinic } from './snri-pain-clinic'
import { timelineChanges } from './timeline-changes'
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
  wardSleepingTablet
]

// Families 1–5: medication-related case templates (issue #3). Owned by the bank-core work.
import type { Template } from '../types'
import { antidepressantChoice } from './antidepressant-choice'
import { augmentationNextStep } from './augmentation-next-step'
import { augmentationRecognise } from './augmentation-recognise'
import { hiddenInList } from './hidden-in-list'
import { hospitalAntiemetic } from './hospital-antiemetic'
import { mirtazapineAggravator } from './mirtazapine'
import { otcSleepAid } from './otc-sleep-aid'

export const drugTemplates: Template[] = [
  hiddenInList,
  otcSleepAid,
  hospitalAntiemetic,
  mirtazapineAggravator,
  antidepressantChoice,
  augmentationRecognise,
  augmentationNextStep
]

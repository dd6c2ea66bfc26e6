// Diagnosis, mimic and lifestyle case templates (issue 13).
import type { Template } from '../types'
import { akathisiaOrRls } from './akathisia-or-rls'
import { alcoholIntake } from './alcohol-intake'
import { caffeineTrial } from './caffeine-trial'
import { sleepApnoea } from './sleep-apnoea'

export const situationTemplates: Template[] = [
  akathisiaOrRls,
  alcoholIntake,
  caffeineTrial,
  sleepApnoea
]

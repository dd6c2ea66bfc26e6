// Families 6–12: iron, secondary contexts, mimics, counselling and knowledge templates (issue #3).
import type { Template } from '../types'
import { ironDecision } from './iron-decision'
import { ironInflammation } from './iron-inflammation'
import { ironNormalFerritin } from './iron-normal-ferritin'
import { rlsVsMimic } from './rls-vs-mimic'
import { secondaryContext } from './secondary-context'

export const clinicalTemplates: Template[] = [
  ironDecision,
  ironNormalFerritin,
  ironInflammation,
  secondaryContext,
  rlsVsMimic
]

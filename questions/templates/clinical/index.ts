// Families 6–12: iron, secondary contexts, mimics, counselling and knowledge templates (issue #3).
// Family 12 is split by section (genetics, mechanism, epidemiology, diagnosis) because a template
// belongs to one section and the assembler balances sections.
import type { Template } from '../types'
import { ironDecision } from './iron-decision'
import { ironInflammation } from './iron-inflammation'
import { ironNormalFerritin } from './iron-normal-ferritin'
import { knowledgeDiagnosis } from './knowledge-diagnosis'
import { knowledgeEpidemiology } from './knowledge-epidemiology'
import { knowledgeGenetics } from './knowledge-genetics'
import { knowledgeMechanism } from './knowledge-mechanism'
import { lifestyleCounselling } from './lifestyle-counselling'
import { rlsVsMimic } from './rls-vs-mimic'
import { secondaryContext } from './secondary-context'

export const clinicalTemplates: Template[] = [
  ironDecision,
  ironNormalFerritin,
  ironInflammation,
  secondaryContext,
  rlsVsMimic,
  lifestyleCounselling,
  knowledgeGenetics,
  knowledgeMechanism,
  knowledgeEpidemiology,
  knowledgeDiagnosis
]

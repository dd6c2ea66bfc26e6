// Diagnosis, mimic and lifestyle case templates (issue 13).
import type { Template } from '../types'

export const situationTemplates: Template[] = []

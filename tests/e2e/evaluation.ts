// Fills the RLS course's evaluation form (questions/content/course.ts) through its labels, as a
// learner would: every required question, and the optional "what will you change".
import type { Locator } from '@playwright/test'

export async function fillEvaluation(form: Locator): Promise<void> {
  const group = (name: RegExp) => form.getByRole('group', { name })
  await group(/learning objectives met/)
    .getByRole('radio', { name: 'Yes' })
    .check()
  await form.getByRole('radio', { name: /^4/ }).check()
  await group(/intend to change/)
    .getByRole('radio', { name: 'Yes' })
    .check()
  await form.getByLabel(/what will you change/).fill('Check ferritin and transferrin saturation.')
  await group(/fair, balanced/)
    .getByRole('radio', { name: 'Yes' })
    .check()
  await group(/commercial bias/)
    .getByRole('radio', { name: 'None' })
    .check()
}

// Wording shared by the medication families: what to do about each aggravating class, which
// references support it, and the evidence note it needs (from the claim records, so the wording is
// written once).
import { claimById } from '../../content/claims'
import { aggravatorClasses, type AggravatorClassId } from '../../content/drugs'

const ADVICE: Record<AggravatorClassId, string> = {
  'd2-antipsychotic':
    'Any change belongs with the prescriber: where the psychiatric condition allows, a lower dose or an alternative can be considered, since centrally acting dopamine antagonists are to be avoided or minimised when an alternative exists rather than banned outright.',
  'd2-antiemetic':
    'A dopamine-blocking antiemetic can usually be stopped once the nausea has settled, or replaced by an antiemetic that does not block central dopamine receptors.',
  'h1-antihistamine':
    'Stopping the sedating antihistamine is usually straightforward once the reason it was taken has been addressed another way.',
  mirtazapine:
    'A change should be agreed with the prescriber, weighing the benefit for mood and sleep; bupropion is the antidepressant usually preferred in people with RLS.',
  ssri: 'Because only some patients are affected, a switch weighs the severity of the RLS against the psychiatric benefit; bupropion is the antidepressant usually preferred in people with RLS.',
  snri: 'Because only some patients are affected, a switch weighs the severity of the RLS against the psychiatric benefit; bupropion is the antidepressant usually preferred in people with RLS.',
  dopaminergic:
    'Augmentation is managed by checking iron and moving away from the dopaminergic drug toward an α2δ ligand, not by raising the dose.'
}

export function classAdvice(id: AggravatorClassId): string {
  return ADVICE[id]
}

function cls(id: AggravatorClassId) {
  const c = aggravatorClasses.find((x) => x.id === id)
  if (!c) throw new Error(`unknown class ${id}`)
  return c
}

/** The class's own note (SSRIs/SNRIs "in some patients"), plus D5's "not absolute" for antipsychotics. */
export function drugItemEvidence(id: AggravatorClassId): string | null {
  const notes: string[] = []
  const own = cls(id).evidenceNote
  if (own) notes.push(own)
  if (id === 'd2-antipsychotic') {
    const d5 = claimById.get('D5')?.evidenceNote
    if (d5) notes.push(d5)
  }
  return notes.length > 0 ? notes.join(' ') : null
}

/** Whether the class's advice names bupropion as the usual antidepressant in RLS. */
export function adviceCitesBupropion(id: AggravatorClassId): boolean {
  return /bupropion/i.test(ADVICE[id])
}

/** The class's references, the guideline, and the medication-review reference; bayard2011 (the
 * bupropion trial) whenever the class advice says bupropion is the usual choice (read 9, P4: the
 * sentence was emitted uncited in drug-hidden-in-list and antidepressant-mirtazapine). Callers
 * that replace the class advice with other wording pass `advice: false`. */
export function drugItemReferences(
  id: AggravatorClassId,
  extra: readonly string[] = [],
  advice = true
): string[] {
  const refs = [
    ...cls(id).references,
    'aasm2024',
    ...(id === 'd2-antipsychotic' ? ['silber2021'] : []),
    ...(advice && adviceCitesBupropion(id) ? ['bayard2011'] : []),
    ...extra
  ]
  return [...new Set(refs)]
}

// Claim credit for an exam whose certificate was issued: says who the provider is and where to
// send the claim, offers only the credit the hours rule allows (main enforces it again), asks for
// the course's attestation and saves the signed claim file as a download (both editions). For the
// default, unaccredited course it says plainly that no provider awards credit, and still lets the
// learner save the claim as a signed record of the exam and the time spent.
import { useEffect, useId, useState, type ReactElement } from 'react'
import type { ClaimPrepareView, Evaluation } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import { saveFile } from '../dashboard/download'
import { EvaluationForm } from './EvaluationForm'

const hours = (n: number): string => `${n} ${n === 1 ? 'hour' : 'hours'}`

export function ClaimPanel({ attemptId }: { attemptId: string }): ReactElement {
  const prepareClaim = useAppStore((s) => s.prepareClaim)
  const exportClaim = useAppStore((s) => s.exportClaim)
  const navigate = useAppStore((s) => s.navigate)
  const [view, setView] = useState<ClaimPrepareView | null>(null)
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null)
  const [credits, setCredits] = useState('')
  const [attested, setAttested] = useState(false)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState('')
  const id = useId()

  useEffect(() => {
    let live = true
    void prepareClaim(attemptId).then((v) => {
      if (!live || !v) return
      setView(v)
      setCredits(v.creditChoices.length > 0 ? String(v.creditChoices.at(-1)) : '')
    })
    return () => {
      live = false
    }
  }, [prepareClaim, attemptId])

  if (!view) return <p aria-busy="true">Checking what can be claimed…</p>
  const unit = view.credit.type ?? 'hours of self-assessment time (no credit)'
  const needsEvaluation = !view.evaluationComplete && evaluation === null

  const submit = async (): Promise<void> => {
    setTried(true)
    setSaved('')
    if (!attested || credits === '') return
    setBusy(true)
    const file = await exportClaim({
      attemptId,
      credits: Number(credits),
      attested,
      ...(evaluation ? { evaluation } : {})
    })
    setBusy(false)
    if (!file) return
    saveFile(file)
    setSaved(`Saved ${file.filename}`)
  }

  return (
    <section className="claim" aria-labelledby={`${id}-title`} data-testid="claim-panel">
      <h3 id={`${id}-title`}>{view.provider.accredited ? 'Claim credit' : 'Record your time'}</h3>
      <dl className="claim-facts">
        <dt>Provider</dt>
        <dd data-testid="claim-provider">{view.provider.name}</dd>
        <dt>Credit</dt>
        <dd>{view.credit.statement}</dd>
        <dt>Accreditation</dt>
        <dd>{view.provider.accreditationStatement}</dd>
        <dt>Send the claim to</dt>
        <dd data-testid="claim-contact">{view.provider.contact}</dd>
      </dl>
      {!view.provider.accredited && (
        <p className="notice notice-warn" data-testid="claim-unaccredited">
          No provider awards credit for this edition of the course. You can still save the claim
          file: it is a signed record of your exam, its working time and your evaluation, which a
          provider who adopts the course can check.
        </p>
      )}
      {!view.eligible ? (
        <>
          <p>Nothing can be claimed for this attempt:</p>
          <ul>
            {view.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : !view.profileComplete ? (
        <button type="button" className="btn" onClick={() => navigate({ name: 'settings' })}>
          Complete your profile to claim
        </button>
      ) : needsEvaluation ? (
        <EvaluationForm
          questions={view.evaluation}
          busy={false}
          submitLabel="Use these answers for the claim"
          busyLabel="…"
          onSubmit={setEvaluation}
          onCancel={() => navigate({ name: 'certificates' })}
        />
      ) : view.creditChoices.length === 0 ? (
        <p data-testid="claim-no-credit">
          The exam took {view.activeMinutes} min of working time: less than the smallest claim (
          {view.credit.increment} at {view.credit.minutesPerCredit} min each), so there is nothing
          to claim.
        </p>
      ) : (
        <form
          className="claim-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-credits`}>Amount to claim ({unit})</label>
            <p id={`${id}-credits-hint`} className="field-hint">
              At most {hours(view.credit.maxCredits)} for this course, in steps of{' '}
              {view.credit.increment}, and no more than your {view.activeMinutes} min of working
              time allow.
            </p>
            <select
              id={`${id}-credits`}
              aria-describedby={`${id}-credits-hint`}
              value={credits}
              onChange={(e) => setCredits(e.target.value)}
            >
              {view.creditChoices.map((c) => (
                <option key={c} value={String(c)}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="claim-attest" htmlFor={`${id}-attest`}>
              <input
                id={`${id}-attest`}
                type="checkbox"
                checked={attested}
                aria-invalid={tried && !attested ? true : undefined}
                aria-describedby={tried && !attested ? `${id}-attest-error` : undefined}
                onChange={(e) => setAttested(e.target.checked)}
              />{' '}
              {view.attestation}
            </label>
            {tried && !attested && (
              <p id={`${id}-attest-error`} className="field-error" role="alert">
                <span aria-hidden="true">⚠ </span>Tick the attestation to make a claim.
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Signing the claim…' : 'Save the claim file'}
          </button>
        </form>
      )}
      <p role="status" className="small muted save-pdf-status">
        {saved}
      </p>
    </section>
  )
}

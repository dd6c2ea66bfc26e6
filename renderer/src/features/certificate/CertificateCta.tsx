// The certificate card on the results screen: whether this attempt qualifies (with every reason
// when it does not), the profile it will be issued to, the course's evaluation, the issued
// certificate, and claiming credit for it (ClaimPanel).
import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { EligibilityView, Evaluation } from '../../../../preload/contract/certificate'
import { useAppStore } from '../../store'
import { ClaimPanel } from './ClaimPanel'
import { EvaluationForm } from './EvaluationForm'
import { SavePdf } from './SavePdf'
import './certificate.css'

type Step = 'offer' | 'evaluate' | 'issued'

export function CertificateCta({ attemptId }: { attemptId: string }): ReactElement {
  const checkEligibility = useAppStore((s) => s.checkEligibility)
  const profile = useAppStore((s) => s.profile)
  const loadSettings = useAppStore((s) => s.loadSettings)
  const issueCertificate = useAppStore((s) => s.issueCertificate)
  const navigate = useAppStore((s) => s.navigate)
  const [check, setCheck] = useState<EligibilityView | null>(null)
  const [step, setStep] = useState<Step>('offer')
  const [issuedId, setIssuedId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const issuedRef = useRef<HTMLHeadingElement>(null)
  // Focus moves to the "issued" heading once it is on the page (an effect, not a frame callback,
  // which could run before React had rendered it and leave focus on the removed button).
  const [justIssued, setJustIssued] = useState(false)
  useEffect(() => {
    if (justIssued) issuedRef.current?.focus()
  }, [justIssued])

  useEffect(() => {
    let live = true
    void loadSettings()
    void checkEligibility(attemptId).then((value) => {
      if (!live || !value) return
      setCheck(value)
      if (value.certificateId) {
        setIssuedId(value.certificateId)
        setStep('issued')
      }
    })
    return () => {
      live = false
    }
  }, [checkEligibility, attemptId, loadSettings])

  const issue = async (evaluation: Evaluation): Promise<void> => {
    setBusy(true)
    const cert = await issueCertificate(attemptId, evaluation)
    setBusy(false)
    if (!cert) return
    setIssuedId(cert.id)
    setStep('issued')
    setJustIssued(true)
  }

  return (
    <section className="card cert-cta" aria-labelledby="cert-title" data-testid="certificate-card">
      <h2 id="cert-title">Certificate of completion</h2>
      {!check && <p aria-busy="true">Checking eligibility…</p>}
      {check && !check.eligible && (
        <>
          <p className="eligibility eligibility-no">
            <span aria-hidden="true">✗ </span>This attempt does not qualify for a certificate:
          </p>
          <ul data-testid="ineligible-reasons">
            {check.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="small muted">{check.rule}</p>
        </>
      )}
      {check?.eligible && step === 'offer' && (
        <>
          <p className="eligibility eligibility-yes">
            <span aria-hidden="true">✓ </span>This attempt meets every condition for a certificate.
          </p>
          {profile?.complete ? (
            <>
              <p>
                It will be issued to{' '}
                <strong>
                  {profile.fullName},{' '}
                  {profile.credentials === 'other' ? profile.credentialsOther : profile.credentials}
                </strong>
                {profile.licenceId && <> (ID {profile.licenceId})</>}.{' '}
                <button
                  type="button"
                  className="btn-link"
                  onClick={() => navigate({ name: 'settings' })}
                >
                  Edit profile
                </button>
              </p>
              <button type="button" className="btn btn-primary" onClick={() => setStep('evaluate')}>
                Get your certificate
              </button>
            </>
          ) : (
            <>
              <p>Add your full name and credentials first: they are printed on the certificate.</p>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => navigate({ name: 'settings' })}
              >
                Complete your profile
              </button>
            </>
          )}
        </>
      )}
      {check?.eligible && step === 'evaluate' && (
        <EvaluationForm
          questions={check.evaluation}
          submitLabel="Issue my certificate"
          busyLabel="Issuing…"
          busy={busy}
          onSubmit={(e) => void issue(e)}
          onCancel={() => setStep('offer')}
        />
      )}
      {step === 'issued' && issuedId && (
        <div className="cert-issued">
          <h3 tabIndex={-1} ref={issuedRef}>
            <span aria-hidden="true">✓ </span>Your certificate has been issued
          </h3>
          <p className="small muted">Save it now, or any time later from Certificates.</p>
          <SavePdf certificateId={issuedId} />
          <button
            type="button"
            className="btn-link"
            onClick={() => navigate({ name: 'certificates' })}
          >
            All certificates
          </button>
          <ClaimPanel attemptId={attemptId} />
        </div>
      )}
    </section>
  )
}

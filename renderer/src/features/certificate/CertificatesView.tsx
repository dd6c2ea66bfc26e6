// Every certificate issued on this installation, newest first, each with Save as PDF (A4 or US
// Letter), a link to its results (where credit is claimed) and to the attempt it documents.
import { useEffect, useRef, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { formatDate } from '../../ui/format'
import { CertificateFacts } from './CertificateFacts'
import { SavePdf } from './SavePdf'
import '../review/review.css'
import './certificate.css'

export function CertificatesView(): ReactElement {
  const certificates = useAppStore((s) => s.certificates)
  const claimable = useAppStore((s) => s.claimable)
  const loadCertificates = useAppStore((s) => s.loadCertificates)
  const navigate = useAppStore((s) => s.navigate)
  const rule = useAppStore((s) => s.settings?.certificateRule)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
    void loadCertificates()
  }, [loadCertificates])

  return (
    <div className="page page-narrow cert-page">
      <header className="page-header row">
        <h1 tabIndex={-1} ref={headingRef}>
          Certificates
        </h1>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => navigate({ name: 'verify' })}>
          Verify a certificate
        </button>
      </header>
      {certificates === null && <p aria-busy="true">Loading certificates…</p>}
      {claimable && claimable.length > 0 && (
        <section className="card" aria-labelledby="claim-heading" data-testid="claimable">
          <h2 id="claim-heading">Ready to claim</h2>
          <p>
            {claimable.length === 1
              ? 'This exam meets every certificate rule.'
              : `These ${claimable.length} exams meet every certificate rule.`}{' '}
            Claim opens its results, where you complete the evaluation and issue the certificate.
          </p>
          <ul className="cert-list" aria-label="Exams ready to claim">
            {claimable.map((c) => (
              <li key={c.attemptId} className="row cert-item-actions">
                <span>
                  Exam of {formatDate(c.submittedAt)}: {c.scorePercent}% on {c.itemCount} items
                </span>
                <span className="spacer" />
                <button
                  type="button"
                  className="btn btn-primary"
                  aria-label={`Claim the certificate for the exam of ${formatDate(c.submittedAt)}`}
                  onClick={() => navigate({ name: 'results', attemptId: c.attemptId })}
                >
                  Claim
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {certificates?.length === 0 && (claimable?.length ?? 0) === 0 && (
        <section className="card">
          <h2>No certificates yet</h2>
          <p>{rule ?? 'Pass an eligible Timed exam to earn a certificate of completion.'}</p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => navigate({ name: 'setup' })}
          >
            Start a timed exam
          </button>
        </section>
      )}
      <ul className="cert-list" aria-label="Issued certificates">
        {certificates?.map((c) => (
          <li key={c.id} className="card cert-item" data-testid="certificate-item">
            <p className="eyebrow">Completed {formatDate(`${c.fields.completedAt}T12:00:00`)}</p>
            <h2 className="cert-item-title">{c.fields.course.title}</h2>
            <CertificateFacts fields={c.fields} />
            <div className="row cert-item-actions">
              <SavePdf certificateId={c.id} />
              <span className="spacer" />
              <button
                type="button"
                className="btn-link"
                aria-label={`Claim credit for the exam completed ${formatDate(`${c.fields.completedAt}T12:00:00`)}`}
                onClick={() => navigate({ name: 'results', attemptId: c.attemptId })}
              >
                Claim credit
              </button>
              <button
                type="button"
                className="btn-link"
                onClick={() => navigate({ name: 'review', attemptId: c.attemptId })}
              >
                Review the attempt
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

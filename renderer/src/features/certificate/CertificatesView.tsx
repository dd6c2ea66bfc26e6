// Every certificate issued on this installation, newest first, each with Save as PDF (A4 or US
// Letter) and a link to the attempt it documents.
import { useEffect, useRef, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { formatDate } from '../../ui/format'
import { CertificateFacts } from './CertificateFacts'
import { SavePdf } from './SavePdf'
import '../review/review.css'
import './certificate.css'

export function CertificatesView(): ReactElement {
  const certificates = useAppStore((s) => s.certificates)
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
      {certificates?.length === 0 && (
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

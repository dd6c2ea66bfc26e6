// One verdict, in words a non-specialist understands, with what to do about it.
import type { ReactElement } from 'react'
import type { VerifyStatus, VerifyView } from '../../../../preload/contract/certificate'
import { CertificateFacts } from './CertificateFacts'

const VERDICTS: Record<
  VerifyStatus,
  { title: string; icon: string; tone: string; advice: string }
> = {
  valid: {
    title: 'Valid',
    icon: '✓',
    tone: 'ok',
    advice:
      'The signed data is exactly what this installation issued. Check that the printed page shows the same details and verification code.'
  },
  'foreign-key': {
    title: 'Issued by another installation',
    icon: 'ⓘ',
    tone: 'info',
    advice:
      'The signature is intact, but it was made by a key this installation does not know. Compare the key fingerprint with the one printed on the certificate and ask the issuer to confirm it.'
  },
  altered: {
    title: 'Altered',
    icon: '✗',
    tone: 'bad',
    advice:
      'This file has been changed since it was issued. Do not rely on it; ask for the original.'
  },
  unreadable: {
    title: 'Unreadable',
    icon: '?',
    tone: 'warn',
    advice: 'This is not an RLS Casebook certificate PDF, or its certificate data is missing.'
  }
}

export function VerifyResult({
  file,
  verdict
}: {
  file: string
  verdict: VerifyView
}): ReactElement {
  const v = VERDICTS[verdict.status]
  return (
    <section
      className={`card verdict-card verdict-${v.tone}`}
      aria-labelledby="verdict-title"
      data-testid="verify-result"
    >
      <p className="small muted verdict-file">
        File: <span className="mono">{file}</span>
      </p>
      <h2 id="verdict-title" data-testid="verify-status">
        <span className="verdict-icon" aria-hidden="true">
          {v.icon}
        </span>
        {v.title}
      </h2>
      <p>{verdict.message}</p>
      <p className="small">{v.advice}</p>
      {verdict.fields && (
        <>
          <h3>
            {verdict.status === 'altered'
              ? 'What the file claims (not trustworthy)'
              : 'Signed details'}
          </h3>
          <CertificateFacts fields={verdict.fields} full />
        </>
      )}
    </section>
  )
}

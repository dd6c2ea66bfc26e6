// One verdict, in words a non-specialist understands, with what to do about it.
import type { ReactElement } from 'react'
import type { VerifyStatus, VerifyView } from '../../../../preload/contract/certificate'
import { printable } from '../../../../preload/contract/clean-text'
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
      'The page in this file is exactly the page this installation signed. A paper copy can differ: compare its verification code with the one below.'
  },
  'foreign-key': {
    title: 'Issued by another installation',
    icon: 'ⓘ',
    tone: 'info',
    advice:
      'The file is consistent, but it was signed by a key this installation does not know, and anyone can make such a key. Trust it only if the fingerprint below equals one the issuer gives you directly (for example read from their own Verify screen), never one printed in this file: a forger prints their own.'
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

/** Against a provider's key, "another key" means: not this provider's certificate. */
const NOT_THIS_PROVIDER = {
  title: 'Not issued by this provider',
  icon: '✗',
  tone: 'bad',
  advice:
    "The file is consistent, but the provider's key you gave did not sign it: it was signed by another provider, or by the learner's own installation. It is not this provider's certificate."
}

const VALID_FOR_PROVIDER = {
  title: 'Valid',
  icon: '✓',
  tone: 'ok',
  advice:
    "The page in this file is exactly the page the provider's key signed. A paper copy can differ: compare its verification code with the one below."
}

export function VerifyResult({
  file,
  verdict
}: {
  file: string
  verdict: VerifyView
}): ReactElement {
  const provider = verdict.trusted.kind === 'provider'
  const v =
    provider && verdict.status === 'foreign-key'
      ? NOT_THIS_PROVIDER
      : provider && verdict.status === 'valid'
        ? VALID_FOR_PROVIDER
        : VERDICTS[verdict.status]
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
      <p>{printable(verdict.message)}</p>
      <p className="small" data-testid="verify-trusted">
        {verdict.trusted.kind === 'provider'
          ? "Checked against the provider's key you gave, fingerprint "
          : "Checked against this installation's keys, fingerprint "}
        <span className="mono">{verdict.trusted.fingerprints.join(', ') || 'none yet'}</span>.
      </p>
      <p className="small">{v.advice}</p>
      {verdict.checks.length > 0 && (
        <ul className="small verdict-checks" aria-label="What was checked">
          {verdict.checks.map((c) => (
            <li key={c.check}>
              <span aria-hidden="true">{c.passed ? '✓ ' : '✗ '}</span>
              <span className="visually-hidden">{c.passed ? 'Passed: ' : 'Failed: '}</span>
              {printable(c.detail)}
            </li>
          ))}
        </ul>
      )}
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

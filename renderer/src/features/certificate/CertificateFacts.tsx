// The certificate's fields as a definition list: used in the history and by the Verify screen, so
// a verifier compares the same labels with the printed page. Dates are the issuing computer's.
import type { ReactElement } from 'react'
import type { CertificateFields } from '../../../../preload/contract/certificate'
import { printable } from '../../../../preload/contract/clean-text'
import { formatDate, formatDateTime, formatDuration } from '../../ui/format'

/** Machine-made codes read more easily, and are compared character by character, in monospace. */
const MONO = new Set(['Certificate ID', 'Verification code', 'Key fingerprint'])

export function CertificateFacts({
  fields,
  full
}: {
  fields: CertificateFields
  full?: boolean
}): ReactElement {
  const learner = [fields.learner.fullName, fields.learner.credentials].filter(Boolean).join(', ')
  const rows: [string, string][] = [
    ['Learner', learner],
    ...(fields.learner.licenceId
      ? [['Licence or board ID', fields.learner.licenceId] as [string, string]]
      : []),
    [
      'Completed',
      `${formatDate(fields.completedAt + 'T12:00:00')} (as recorded by the issuing computer)`
    ],
    ['Score', `${fields.scorePercent}% (pass mark ${fields.passMarkPercent}%)`],
    ['Items', `${fields.correct} correct of ${fields.itemCount}`],
    [
      'Time used',
      fields.timeAccommodation === 1
        ? formatDuration(fields.timeUsedSeconds * 1000)
        : `${formatDuration(fields.timeUsedSeconds * 1000)} (×${fields.timeAccommodation} time accommodation)`
    ],
    [
      'Suspensions',
      fields.suspensions.count === 0
        ? 'None'
        : `${fields.suspensions.count} (${formatDuration(fields.suspensions.totalSeconds * 1000)} in total)`
    ],
    ...(fields.issuer
      ? ([
          ['Issued by', fields.issuer.provider],
          [
            'Credit awarded',
            `${fields.issuer.credits} ${fields.issuer.creditType ?? 'hours (no credit designated)'}`
          ]
        ] as [string, string][])
      : ([['Estimated hours', String(fields.estimatedHours)]] as [string, string][])),
    ['Certificate ID', fields.certificateId],
    ['Verification code', fields.verificationCode]
  ]
  if (full) {
    rows.push(
      ['Course', `${fields.course.title} (question bank ${fields.course.bankVersion})`],
      ['Issued', `${formatDateTime(fields.issuedAt)} (issuing computer's clock)`],
      ['Key fingerprint', fields.keyFingerprint]
    )
    if (fields.issuer) {
      rows.push(
        ['Accreditation', fields.issuer.accreditationStatement],
        ['Credit designation', fields.issuer.creditStatement]
      )
    }
  }
  return (
    <dl className="cert-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          {/* Escaped: a bidi override or zero-width character must not change what a line says. */}
          <dd className={MONO.has(label) ? 'mono' : undefined}>{printable(value)}</dd>
        </div>
      ))}
    </dl>
  )
}

// The certificate's fields as a definition list: used in the history and by the Verify screen, so
// a verifier compares the same labels with the printed page.
import type { ReactElement } from 'react'
import type { CertificateFields } from '../../../../preload/contract/certificate'
import { formatDate, formatDuration } from '../../ui/format'

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
    ['Completed', formatDate(fields.completedAt + 'T12:00:00')],
    ['Score', `${fields.scorePercent}% (pass mark ${fields.passMarkPercent}%)`],
    ['Items', `${fields.correct} correct of ${fields.itemCount}`],
    ['Time used', formatDuration(fields.timeUsedSeconds * 1000)],
    ['Suspended', fields.suspended ? 'Yes' : 'No'],
    ['Estimated hours', String(fields.estimatedHours)],
    ['Certificate ID', fields.certificateId],
    ['Verification code', fields.verificationCode]
  ]
  if (full) {
    rows.push(
      ['Course', `${fields.course.title} (question bank ${fields.course.bankVersion})`],
      ['Issued', new Date(fields.issuedAt).toLocaleString()],
      ['Key fingerprint', fields.keyFingerprint]
    )
  }
  return (
    <dl className="cert-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={MONO.has(label) ? 'mono' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

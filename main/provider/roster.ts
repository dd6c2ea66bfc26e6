// The roster of awarded credit: one row per certificate the provider issued, with the fields a
// provider reports to its accreditor or a board (learner, credentials, licence and NPI, activity,
// dates, credit and type, certificate and claim ids). Learner text is CSV-escaped and guarded
// against spreadsheet formulas (questions/progress/csv.ts).
import { csvField } from '../../questions/progress/csv'

export interface RosterRow {
  learnerName: string
  credentials: string
  licenceId: string | null
  npi: string | null
  courseId: string
  courseVersion: string
  courseTitle: string
  activityStarted: string
  activityCompleted: string
  credits: number
  creditType: string | null
  certificateId: string
  claimId: string
  attemptId: string
  issuedAt: string
  installationFingerprint: string
}

const COLUMNS: readonly [keyof RosterRow, string][] = [
  ['learnerName', 'learner_name'],
  ['credentials', 'credentials'],
  ['licenceId', 'licence_id'],
  ['npi', 'npi'],
  ['courseId', 'course_id'],
  ['courseVersion', 'course_version'],
  ['courseTitle', 'course_title'],
  ['activityStarted', 'activity_started'],
  ['activityCompleted', 'activity_completed'],
  ['credits', 'credits'],
  ['creditType', 'credit_type'],
  ['certificateId', 'certificate_id'],
  ['claimId', 'claim_id'],
  ['attemptId', 'attempt_id'],
  ['issuedAt', 'issued_at'],
  ['installationFingerprint', 'installation_key_fingerprint']
]

export function rosterCsv(rows: readonly RosterRow[]): string {
  const lines = [COLUMNS.map(([, h]) => h).join(',')]
  for (const row of rows) lines.push(COLUMNS.map(([k]) => csvField(row[k])).join(','))
  return `${lines.join('\r\n')}\r\n`
}

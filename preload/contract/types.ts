// Result types that travel over the API. Domain shapes come from questions/ (pure TS, safe to
// import as types anywhere); shapes that exist only at the boundary are declared here.

/** What the store tells the learner about after start-up (shown as a notice on screen). */
export interface RecoveryNotice {
  file: string
  /** Where the unreadable file was moved to, so the learner can find it. */
  quarantinedTo: string
  restoredFrom: 'backup' | 'empty'
  reason: string
  at: string
}

export interface AppInfo {
  appName: string
  appVersion: string
  bank: { id: string; version: string; title: string }
  edition: 'electron' | 'browser'
  dataDir: string
  notices: RecoveryNotice[]
  timerPolicy: string
}

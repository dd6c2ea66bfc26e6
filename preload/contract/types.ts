// Result types that travel over the API. Domain shapes come from questions/ (pure TS, safe to
// import as types anywhere); shapes that exist only at the boundary are declared here.
import type { RecoveryNotice } from '../../main/store/types'

export type { RecoveryNotice }

export interface AppInfo {
  appName: string
  appVersion: string
  bank: { id: string; version: string; title: string }
  edition: 'electron' | 'browser'
  dataDir: string
  notices: RecoveryNotice[]
  timerPolicy: string
}

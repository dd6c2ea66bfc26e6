// The Electron fuses a packaged RLS Casebook flips in its binary (scripts/flip-fuses.ts does it
// with @electron/fuses). Fuses are compiled-in switches that no argument, environment variable or
// script can turn back on, so a local user cannot run the app's own binary as Node, attach an
// inspector, or swap its code. Plain data, checked by tests/unit/security/fuses.test.ts.

export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges'

export interface FuseSetting {
  enabled: boolean
  /** Only when the app is packaged as app.asar (the asar fuses would stop a folder app). */
  needsAsar?: true
  why: string
}

export const ELECTRON_FUSES: Readonly<Record<FuseName, FuseSetting>> = {
  RunAsNode: {
    enabled: false,
    why: 'ELECTRON_RUN_AS_NODE would turn the signed app binary into a general Node runtime.'
  },
  EnableCookieEncryption: {
    enabled: true,
    why: 'Cookies and session storage on disk are encrypted with the OS keychain key.'
  },
  EnableNodeOptionsEnvironmentVariable: {
    enabled: false,
    why: 'NODE_OPTIONS (e.g. --require) would load foreign code into the main process.'
  },
  EnableNodeCliInspectArguments: {
    enabled: false,
    why: '--inspect / --inspect-brk would open a debugger port into the main process.'
  },
  EnableEmbeddedAsarIntegrityValidation: {
    enabled: true,
    needsAsar: true,
    why: 'app.asar is checked against the hash embedded at packaging (macOS, Windows).'
  },
  OnlyLoadAppFromAsar: {
    enabled: true,
    needsAsar: true,
    why: 'No app/ folder next to app.asar can replace the code the integrity check covers.'
  },
  LoadBrowserProcessSpecificV8Snapshot: {
    enabled: false,
    why: 'Not used: one V8 snapshot for every process is the default and enough.'
  },
  GrantFileProtocolExtraPrivileges: {
    enabled: false,
    why: 'The renderer is served from app://casebook; file:// needs no extra privileges.'
  }
}

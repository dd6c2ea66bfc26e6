// Where the learner's data lives. Pure (no process/os access) so every platform is testable here.
import path from 'node:path'

export const DATA_DIR_ENV = 'RLS_CASEBOOK_DATA_DIR'

export interface ResolveDataDirInput {
  /** Value of --data-dir, if given. */
  cliDataDir?: string
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  homedir: string
  /** Electron's app.getPath('userData'); absent in the browser edition. */
  electronUserData?: string
  /** Base for a relative --data-dir or env value; default: leave relative paths to the caller. */
  cwd?: string
}

/** Precedence: --data-dir, then RLS_CASEBOOK_DATA_DIR, then Electron's userData, then per-user. */
export function resolveDataDir(input: ResolveDataDirInput): string {
  const p = input.platform === 'win32' ? path.win32 : path.posix
  const override = nonEmpty(input.cliDataDir) ?? nonEmpty(input.env[DATA_DIR_ENV])
  if (override) return input.cwd ? p.resolve(input.cwd, override) : override
  const userData = nonEmpty(input.electronUserData)
  if (userData) return userData
  return browserEditionDataDir(input)
}

function browserEditionDataDir({ env, platform, homedir }: ResolveDataDirInput): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? path.win32.join(homedir, 'AppData', 'Roaming')
    return path.win32.join(appData, 'RLS Casebook')
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support', 'RLS Casebook')
  }
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_DATA_HOME)
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.local', 'share')
  return path.posix.join(base, 'rls-casebook')
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from an argv list. */
export function parseDataDirArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--data-dir') return nonEmpty(argv[i + 1])
    if (arg?.startsWith('--data-dir=')) return nonEmpty(arg.slice('--data-dir='.length))
  }
  return undefined
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined
}

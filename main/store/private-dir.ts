// The data folder holds the learner's answers and certificate key: only its owner may list or
// enter it. mkdir's mode applies only to a folder it creates, so an existing one (made by hand,
// by an older version, or restored from a copy with 755) is tightened on every open.
import { chmod, mkdir, stat } from 'node:fs/promises'

export const PRIVATE_DIR_MODE = 0o700

export interface PrivateDirResult {
  /** The permission bits before (null when the folder was just created). */
  before: number | null
  after: number
  /** Set when the folder stays readable by others; the caller shows it, start-up goes on. */
  warning: string | null
}

export async function ensurePrivateDir(
  dir: string,
  platform: NodeJS.Platform = process.platform
): Promise<PrivateDirResult> {
  const made = await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  // mkdir names the first folder it had to create; undefined means `dir` was already there.
  const before = made === undefined ? (await stat(dir)).mode & 0o777 : null
  // Windows has no POSIX modes (ACLs of the user profile protect it); chmod there only toggles
  // the read-only flag, so nothing is done or claimed.
  if (platform === 'win32') return { before, after: before ?? PRIVATE_DIR_MODE, warning: null }
  let warning: string | null = null
  if ((await stat(dir)).mode & 0o077) {
    try {
      await chmod(dir, PRIVATE_DIR_MODE)
    } catch (err) {
      warning = `${(err as Error).message}`
    }
  }
  const after = (await stat(dir)).mode & 0o777
  if (after & 0o077) {
    warning =
      `The data folder ${dir} can be read by other users of this computer (mode ` +
      `${after.toString(8)}) and could not be made private${warning ? ` (${warning})` : ''}. ` +
      `Run: chmod 700 "${dir}"`
  }
  return { before, after, warning }
}

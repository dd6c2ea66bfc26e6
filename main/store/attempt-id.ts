// What makes a string a usable attempt id, i.e. a safe file name `attempts/<id>.json` on every
// platform the data folder may live on (or be copied to): ext4, NTFS, APFS, FAT, SMB shares.

/** Letters, digits, '_' and '-' only: no separators, dots or drive letters can reach the path. */
export const ATTEMPT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Windows device names: `CON.json` opens the console, not a file, in any case and with any
 * extension (and ¹²³ variants, which the pattern above already keeps out).
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9]|lpt[0-9])$/i

export class InvalidAttemptIdError extends Error {
  readonly code = 'INVALID_ATTEMPT_ID'
  constructor(id: unknown, why = 'use 1-64 of A-Z a-z 0-9 _ -') {
    super(`Invalid attempt id ${JSON.stringify(String(id)).slice(0, 80)}: ${why}`)
    this.name = 'InvalidAttemptIdError'
  }
}

export function isWindowsDeviceName(name: string): boolean {
  // Windows ignores everything from the first dot (and trailing spaces) when it matches devices.
  const stem = name.split('.')[0]?.trimEnd() ?? ''
  return WINDOWS_DEVICE_NAME.test(stem)
}

/** Why `id` cannot name an attempt file, or null when it can. */
export function attemptIdProblem(id: unknown): string | null {
  if (typeof id !== 'string' || !ATTEMPT_ID_PATTERN.test(id)) return 'use 1-64 of A-Z a-z 0-9 _ -'
  if (isWindowsDeviceName(id)) return 'it is a reserved device name on Windows'
  return null
}

export function assertAttemptId(id: unknown): asserts id is string {
  const problem = attemptIdProblem(id)
  if (problem) throw new InvalidAttemptIdError(id, problem)
}

/**
 * The key two ids share when a case-insensitive file system (NTFS, APFS, FAT) would give them the
 * same file. Ids are ASCII, so lower-casing is the whole of the folding.
 */
export function attemptIdKey(id: string): string {
  return id.toLowerCase()
}

/** Ids in `ids` that name the same file as an earlier one on a case-insensitive file system. */
export function caseCollisions(ids: Iterable<string>): string[] {
  const seen = new Map<string, string>()
  const clashes: string[] = []
  for (const id of ids) {
    const earlier = seen.get(attemptIdKey(id))
    if (earlier !== undefined && earlier !== id) clashes.push(id)
    else seen.set(attemptIdKey(id), id)
  }
  return clashes
}

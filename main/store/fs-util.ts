// Small filesystem helpers shared by the durable file, the attempt files and the lock.
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined
}

export const isNotFound = (err: unknown): boolean => errorCode(err) === 'ENOENT'

/** Codes meaning "this filesystem cannot hard-link" (FAT/exFAT, some network shares). */
export const isLinkUnsupported = (err: unknown): boolean =>
  ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EACCES'].includes(errorCode(err) ?? '')

/** `<name>.<pid>.<random>.tmp` in the same folder, so rename() never crosses filesystems. */
export function tempPathFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
}

/**
 * Makes renames and creations in `dir` durable. Windows cannot open a folder for fsync (NTFS
 * journals metadata itself); a few Linux filesystems refuse fsync on folders, which is harmless.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const fh = await open(dir, 'r')
  try {
    await fh.sync()
  } catch (err) {
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF'].includes(errorCode(err) ?? '')) throw err
  } finally {
    await fh.close()
  }
}

/** Writes `bytes` to a fresh file and fsyncs it; the file must not exist yet ('wx'). */
export async function writeSynced(file: string, bytes: string | Uint8Array): Promise<void> {
  const fh = await open(file, 'wx', 0o600)
  try {
    await fh.writeFile(bytes)
    await fh.sync()
  } catch (err) {
    await fh.close().catch(() => undefined)
    await unlink(file).catch(() => undefined)
    throw err
  }
  await fh.close()
}

/**
 * rename() with a short retry: on Windows, virus scanners and indexers briefly hold files open and
 * make rename fail with EPERM/EBUSY. Elsewhere those codes are real errors, so no retry.
 */
export async function renameRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (err) {
      const transient = ['EPERM', 'EBUSY', 'EACCES'].includes(errorCode(err) ?? '')
      if (process.platform !== 'win32' || !transient || attempt >= 6) throw err
      await new Promise((r) => setTimeout(r, 10 * 2 ** attempt))
    }
  }
}

/**
 * Removes leftover temp files of a killed process. Only safe while holding the data lock, which
 * guarantees no live writer owns them. `prefix` limits it to one file's temps.
 */
export async function removeStaleTemps(dir: string, prefix = ''): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if (isNotFound(err)) return []
    throw err
  }
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
  for (const name of stale) await unlink(path.join(dir, name)).catch(() => undefined)
  return stale
}

/** Filesystem-safe timestamp (no ':' — Windows forbids it in names). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

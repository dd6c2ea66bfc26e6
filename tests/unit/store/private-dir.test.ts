// An existing data folder that others can read is made private (0700) when the store opens it.
import { chmod, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDataStore } from '../../../main/store/data-store'
import { ensurePrivateDir } from '../../../main/store/private-dir'
import { tempDir } from './helpers'

const modeOf = async (dir: string) => (await stat(dir)).mode & 0o777

describe.runIf(process.platform !== 'win32')('private data folder', () => {
  it('tightens an existing 0755 folder to 0700 when the store opens it', async () => {
    const dataDir = path.join(await tempDir(), 'data')
    await mkdir(dataDir)
    await chmod(dataDir, 0o755)
    expect(await modeOf(dataDir)).toBe(0o755)
    const s = await openDataStore({ dataDir })
    await s.close()
    expect(await modeOf(dataDir)).toBe(0o700)
  })

  it('reports what it found and changed; a new folder is created private', async () => {
    const root = await tempDir()
    const fresh = path.join(root, 'a', 'b')
    expect(await ensurePrivateDir(fresh)).toEqual({ before: null, after: 0o700, warning: null })
    await chmod(fresh, 0o775)
    expect(await ensurePrivateDir(fresh)).toEqual({ before: 0o775, after: 0o700, warning: null })
    await chmod(fresh, 0o500) // stricter than needed: left as it is
    expect(await ensurePrivateDir(fresh)).toEqual({ before: 0o500, after: 0o500, warning: null })
    await chmod(fresh, 0o700)
  })

  it.runIf(process.platform === 'linux')(
    'warns, naming the folder and the command, when the mode cannot be changed',
    async () => {
      // procfs refuses chmod even to root: a real folder whose mode cannot be tightened.
      const result = await ensurePrivateDir('/proc/sys')
      expect(result.before).toBe(0o555)
      expect(result.after).toBe(0o555)
      expect(result.warning).toMatch(/^The data folder \/proc\/sys can be read by other users/)
      expect(result.warning).toContain('mode 555')
      expect(result.warning).toContain('Run: chmod 700 "/proc/sys"')
    }
  )
})

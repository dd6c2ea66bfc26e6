import { describe, expect, it } from 'vitest'
import { parseDataDirArg, resolveDataDir } from '../../../main/store/data-dir'

describe('resolveDataDir', () => {
  const base = { env: {}, homedir: '/home/ada', platform: 'linux' as const }

  it('prefers --data-dir, then RLS_CASEBOOK_DATA_DIR, then Electron userData', () => {
    const env = { RLS_CASEBOOK_DATA_DIR: '/env/dir' }
    const electronUserData = '/electron/userData'
    expect(resolveDataDir({ ...base, env, electronUserData, cliDataDir: '/cli' })).toBe('/cli')
    expect(resolveDataDir({ ...base, env, electronUserData })).toBe('/env/dir')
    expect(resolveDataDir({ ...base, electronUserData })).toBe('/electron/userData')
    expect(resolveDataDir({ ...base, env: { RLS_CASEBOOK_DATA_DIR: '  ' }, cliDataDir: '' })).toBe(
      '/home/ada/.local/share/rls-casebook'
    )
  })

  it('resolves a relative override against cwd when given', () => {
    expect(resolveDataDir({ ...base, cliDataDir: 'data', cwd: '/work' })).toBe('/work/data')
    expect(resolveDataDir({ ...base, cliDataDir: 'data' })).toBe('data')
  })

  it('uses the per-user folder of each platform for the browser edition', () => {
    expect(resolveDataDir(base)).toBe('/home/ada/.local/share/rls-casebook')
    expect(resolveDataDir({ ...base, env: { XDG_DATA_HOME: '/xdg' } })).toBe('/xdg/rls-casebook')
    expect(resolveDataDir({ ...base, env: { XDG_DATA_HOME: 'relative' } })).toBe(
      '/home/ada/.local/share/rls-casebook'
    )
    expect(resolveDataDir({ ...base, platform: 'darwin', homedir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/RLS Casebook'
    )
    const win = { env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, homedir: 'C:\\Users\\ada' }
    expect(resolveDataDir({ ...win, platform: 'win32' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\RLS Casebook'
    )
    expect(resolveDataDir({ env: {}, homedir: 'C:\\Users\\ada', platform: 'win32' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\RLS Casebook'
    )
    expect(resolveDataDir({ ...win, platform: 'win32', cliDataDir: 'd', cwd: 'D:\\x' })).toBe(
      'D:\\x\\d'
    )
  })
})

describe('parseDataDirArg', () => {
  it('reads both spellings and ignores a missing value', () => {
    expect(parseDataDirArg(['--port', '1', '--data-dir', '/d'])).toBe('/d')
    expect(parseDataDirArg(['--data-dir=/e'])).toBe('/e')
    expect(parseDataDirArg(['--data-dir'])).toBeUndefined()
    expect(parseDataDirArg([])).toBeUndefined()
  })
})

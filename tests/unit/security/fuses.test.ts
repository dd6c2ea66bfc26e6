// The fuses a packaged app flips (main/electron/fuses.ts), checked as configuration and by
// flipping them for real, with @electron/fuses, in a file laid out like an Electron binary's
// fuse wire (the Electron binary itself cannot be downloaded here).
import { FuseV1Options } from '@electron/fuses'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ELECTRON_FUSES, type FuseName } from '../../../main/electron/fuses'
import { flipAppFuses, fuseConfig } from '../../../scripts/flip-fuses'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's own defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// inspect on, asar integrity off, only-asar off, browser snapshot off, file:// privileges on.
const ELECTRON_DEFAULT_WIRE = '10110001'

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rls-fuses-'))
  made.push(dir)
  return dir
}

function fakeBinary(wire = ELECTRON_DEFAULT_WIRE): { file: string; offset: number } {
  const dir = tempDir()
  const file = join(dir, 'rls-casebook')
  const before = Buffer.from('\x7fELF…code before the wire…')
  const body = Buffer.concat([
    before,
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('…code after the wire')
  ])
  writeFileSync(file, body)
  return { file, offset: before.length + SENTINEL.length + 2 }
}

const wireOf = (file: string, offset: number) =>
  readFileSync(file)
    .subarray(offset, offset + 8)
    .toString('latin1')

const enumNames = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))

describe('Electron fuses', () => {
  it('declares the hardening a packaged app needs', () => {
    expect(ELECTRON_FUSES.RunAsNode.enabled).toBe(false)
    expect(ELECTRON_FUSES.EnableNodeOptionsEnvironmentVariable.enabled).toBe(false)
    expect(ELECTRON_FUSES.EnableNodeCliInspectArguments.enabled).toBe(false)
    expect(ELECTRON_FUSES.EnableCookieEncryption.enabled).toBe(true)
    expect(ELECTRON_FUSES.EnableEmbeddedAsarIntegrityValidation).toMatchObject({
      enabled: true,
      needsAsar: true
    })
    expect(ELECTRON_FUSES.OnlyLoadAppFromAsar).toMatchObject({ enabled: true, needsAsar: true })
    expect(ELECTRON_FUSES.GrantFileProtocolExtraPrivileges.enabled).toBe(false)
    for (const setting of Object.values(ELECTRON_FUSES))
      expect(setting.why.length).toBeGreaterThan(20)
  })

  it('decides every fuse the installed @electron/fuses knows, and names no other', () => {
    expect(Object.keys(ELECTRON_FUSES).sort()).toEqual([...enumNames].sort())
    const config = fuseConfig({ asar: true }) as unknown as Record<number, boolean>
    for (const name of enumNames) {
      expect(config[FuseV1Options[name as FuseName]], name).toBe(
        ELECTRON_FUSES[name as FuseName].enabled
      )
    }
  })

  it('flips them in a binary and reads them back; nothing else in the file changes', async () => {
    const { file, offset } = fakeBinary()
    const before = readFileSync(file)
    const states = await flipAppFuses(file, { asar: true })
    expect(states).toEqual({
      RunAsNode: 'disabled',
      EnableCookieEncryption: 'enabled',
      EnableNodeOptionsEnvironmentVariable: 'disabled',
      EnableNodeCliInspectArguments: 'disabled',
      EnableEmbeddedAsarIntegrityValidation: 'enabled',
      OnlyLoadAppFromAsar: 'enabled',
      LoadBrowserProcessSpecificV8Snapshot: 'disabled',
      GrantFileProtocolExtraPrivileges: 'disabled'
    })
    expect(wireOf(file, offset)).toBe('01001100')
    const after = readFileSync(file)
    expect(after.length).toBe(before.length)
    expect(after.subarray(0, offset)).toEqual(before.subarray(0, offset))
    expect(after.subarray(offset + 8)).toEqual(before.subarray(offset + 8))
  })

  it('an app packaged as a folder keeps its asar fuses as they were', async () => {
    const { file, offset } = fakeBinary()
    const states = await flipAppFuses(file, { asar: false })
    expect(states.OnlyLoadAppFromAsar).toBe('untouched')
    expect(states.EnableEmbeddedAsarIntegrityValidation).toBe('untouched')
    expect(wireOf(file, offset)).toBe('01000000')
  })

  it('the packaging command flips a binary, and refuses a file with no fuse wire', () => {
    const { file, offset } = fakeBinary()
    const tsx = resolve(__dirname, '../../../node_modules/.bin/tsx')
    const script = resolve(__dirname, '../../../scripts/flip-fuses.ts')
    const ok = spawnSync(tsx, [script, file], { encoding: 'utf8' })
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/disabled\s+RunAsNode/)
    expect(wireOf(file, offset)).toBe('01001100')
    const plain = join(tempDir(), 'not-electron')
    writeFileSync(plain, 'no sentinel here')
    const bad = spawnSync(tsx, [script, plain], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/sentinel/)
  })
})

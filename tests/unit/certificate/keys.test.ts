import { generateKeyPairSync } from 'node:crypto'
import { promises as fs, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  fingerprintOf,
  knownPublicKeys,
  loadOrCreateSigningKey,
  PRIVATE_KEY_FILE
} from '../../../main/certificate/keys'
import { cleanupTempDirs, tempDir } from './helpers'

afterEach(cleanupTempDirs)

describe('certificate signing key', () => {
  it('is created on first use under keys/, private to the user, and reused afterwards', async () => {
    const dataDir = tempDir()
    const key = await loadOrCreateSigningKey(dataDir)
    const file = path.join(dataDir, 'keys', PRIVATE_KEY_FILE)
    const pem = await fs.readFile(file, 'utf8')
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(await fs.readdir(path.join(dataDir, 'keys'))).toEqual([PRIVATE_KEY_FILE]) // no temp left
    expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(32)
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)
    expect(key.fingerprint).toBe(fingerprintOf(key.publicKey))

    // A fresh process (simulated by a new path spelling) reads the same key back.
    const again = await loadOrCreateSigningKey(path.join(dataDir, '.', ''))
    expect(again.publicKey).toBe(key.publicKey)
    expect(await fs.readFile(file, 'utf8')).toBe(pem)
  })

  it('creates exactly one key when many callers ask at once', async () => {
    const dataDir = tempDir()
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSigningKey(dataDir)))
    expect(new Set(keys.map((k) => k.publicKey)).size).toBe(1)
  })

  it('exposes signing but never the private key itself', async () => {
    const key = await loadOrCreateSigningKey(tempDir())
    expect(Object.keys(key).sort()).toEqual(['fingerprint', 'publicKey', 'sign'])
    expect(JSON.stringify(key)).not.toMatch(/PRIVATE/)
    expect(key.sign(new Uint8Array([1, 2, 3]))).toHaveLength(64)
  })

  it('refuses to replace an unreadable key (that would orphan earlier certificates)', async () => {
    const dataDir = tempDir()
    await fs.mkdir(path.join(dataDir, 'keys'))
    await fs.writeFile(path.join(dataDir, 'keys', PRIVATE_KEY_FILE), 'garbage')
    await expect(loadOrCreateSigningKey(dataDir)).rejects.toThrow(/unreadable/)
  })

  it('lists its own key plus trusted *.pub keys, and creates nothing when listing', async () => {
    const empty = tempDir()
    expect(await knownPublicKeys(empty)).toEqual([])
    await expect(fs.readdir(path.join(empty, 'keys'))).rejects.toThrow()

    const dataDir = tempDir()
    const own = await loadOrCreateSigningKey(dataDir)
    const other = generateKeyPairSync('ed25519').publicKey
    const otherRaw = other.export({ format: 'jwk' }).x!
    await fs.writeFile(path.join(dataDir, 'keys', 'retired.pub'), `${otherRaw}\n`)
    const third = generateKeyPairSync('ed25519').publicKey
    await fs.writeFile(
      path.join(dataDir, 'keys', 'clinic.pub'),
      third.export({ type: 'spki', format: 'pem' })
    )
    const known = await knownPublicKeys(dataDir)
    expect(known).toContain(own.publicKey)
    expect(known).toContain(otherRaw)
    expect(known).toContain(third.export({ format: 'jwk' }).x)
    expect(known).toHaveLength(3)
  })
})

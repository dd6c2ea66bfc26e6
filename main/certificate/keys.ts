// The installation's Ed25519 signing key. Created on first use in <dataDir>/keys/, private key as
// PKCS#8 PEM with mode 0600, written durably (temp file, fsync, rename, fsync folder) so a crash
// never leaves a half-written key that would orphan every certificate signed before it.
// The private KeyObject lives only inside the closure of SigningKey.sign: no export returns it.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign
} from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fromBase64Url, toBase64Url } from './encoding'

export const PRIVATE_KEY_FILE = 'certificate-signing-key.pem'
/** Extra trusted public keys (e.g. a retired key, another clinic's installation): one per file. */
export const TRUSTED_KEY_SUFFIX = '.pub'

export interface SigningKey {
  /** Raw 32-byte Ed25519 public key, base64url. */
  publicKey: string
  /** SHA-256 of the raw public key, first 16 bytes as uppercase hex in groups of 4. */
  fingerprint: string
  sign(data: Uint8Array): Uint8Array
}

const pending = new Map<string, Promise<SigningKey>>()

/** Loads the key, creating it on first use. Concurrent calls for one folder share one creation. */
export function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const dir = path.resolve(dataDir, 'keys')
  let p = pending.get(dir)
  if (!p) {
    p = loadOrCreate(dir)
    pending.set(dir, p)
    p.catch(() => pending.delete(dir))
  }
  return p
}

async function loadOrCreate(dir: string): Promise<SigningKey> {
  const file = path.join(dir, PRIVATE_KEY_FILE)
  const existing = await readIfExists(file)
  if (existing !== null) return fromPrivateKey(parsePrivateKey(existing, file))
  const { privateKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  await writeDurably(file, pem, 0o600)
  return fromPrivateKey(privateKey)
}

/** Public keys this installation trusts: its own signing key plus any *.pub files in keys/. */
export async function knownPublicKeys(dataDir: string): Promise<string[]> {
  const dir = path.resolve(dataDir, 'keys')
  const keys = new Set<string>()
  const own = await readIfExists(path.join(dir, PRIVATE_KEY_FILE))
  if (own !== null) keys.add(rawPublicKey(createPublicKey(parsePrivateKey(own, dir))))
  let names: string[] = []
  try {
    names = await fs.readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  for (const name of names.filter((n) => n.endsWith(TRUSTED_KEY_SUFFIX)).sort()) {
    const raw = (await fs.readFile(path.join(dir, name), 'utf8')).trim()
    keys.add(raw.startsWith('-----') ? rawPublicKey(createPublicKey(raw)) : raw)
  }
  return [...keys]
}

export function fingerprintOf(publicKeyBase64Url: string): string {
  const digest = createHash('sha256').update(fromBase64Url(publicKeyBase64Url)).digest('hex')
  const hex = digest.slice(0, 32).toUpperCase()
  return hex.match(/.{4}/g)!.join(' ')
}

/** Builds an Ed25519 public KeyObject from the raw 32 bytes; throws if they are not a key. */
export function publicKeyFromRaw(publicKeyBase64Url: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyBase64Url },
    format: 'jwk'
  })
}

/** The raw 32-byte Ed25519 public key (base64url) of a KeyObject; throws for other key types. */
export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' })
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key')
  return toBase64Url(fromBase64Url(jwk.x))
}

/** A SigningKey over a private KeyObject (which stays inside the closure). */
export function fromPrivateKey(privateKey: KeyObject): SigningKey {
  const publicKey = rawPublicKey(createPublicKey(privateKey))
  return {
    publicKey,
    fingerprint: fingerprintOf(publicKey),
    sign: (data) => new Uint8Array(sign(null, data, privateKey))
  }
}

function parsePrivateKey(pem: string, where: string): KeyObject {
  try {
    const key = createPrivateKey(pem)
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`type ${key.asymmetricKeyType}`)
    return key
  } catch (err) {
    // Never regenerate silently: a new key would make every earlier certificate look foreign.
    throw new Error(`certificate signing key at ${where} is unreadable: ${(err as Error).message}`)
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** Temp file, fsync, rename, fsync of the folder (exported for the provider's key pair). */
export async function writeDurably(
  file: string,
  contents: string | Uint8Array,
  mode: number
): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`
  const handle = await fs.open(tmp, 'wx', mode)
  try {
    await handle.writeFile(contents)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.chmod(tmp, mode) // open()'s mode is filtered by the umask
  await fs.rename(tmp, file)
  await syncDir(path.dirname(file))
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open folders; there the rename is enough.
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * The raw public key (base64url) of a published key: an SPKI PEM (as `provider init` writes and
 * a course publishes) or the raw base64url form. Throws an Error naming the problem otherwise.
 */
export function publicKeyFromText(text: string): string {
  const t = text.trim()
  try {
    if (t.startsWith('-----BEGIN')) return rawPublicKey(createPublicKey(t))
    if (/^[A-Za-z0-9_-]{43}$/.test(t)) return rawPublicKey(publicKeyFromRaw(t))
  } catch (err) {
    throw new Error(`Not an Ed25519 public key: ${(err as Error).message}`)
  }
  throw new Error('Not an Ed25519 public key (expected an SPKI PEM or base64url key).')
}

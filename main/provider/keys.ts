// The provider's Ed25519 key pair, in the provider's own folder: the private key (PKCS#8 PEM,
// mode 0600) signs the certificates the provider issues; the public key (SPKI PEM) is what the
// course publishes in provider.publicKeyPem and what `verify-cert --provider-key` checks against.
// `init` never overwrites: a new key would orphan every certificate the old one signed.
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import {
  fingerprintOf,
  fromPrivateKey,
  publicKeyFromText,
  rawPublicKey,
  writeDurably,
  type SigningKey
} from '../certificate/keys'

export const PROVIDER_PRIVATE_KEY = 'provider-signing-key.pem'
export const PROVIDER_PUBLIC_KEY = 'provider-signing-key.pub'

export interface ProviderKeyFiles {
  privateKeyFile: string
  publicKeyFile: string
  publicKeyPem: string
  fingerprint: string
}

export class ProviderKeyError extends Error {
  override name = 'ProviderKeyError'
}

/** Creates the key pair in `dir` (made if missing); refuses if either key file already exists. */
export async function initProviderKeys(dir: string): Promise<ProviderKeyFiles> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  const privateKeyFile = path.join(dir, PROVIDER_PRIVATE_KEY)
  const publicKeyFile = path.join(dir, PROVIDER_PUBLIC_KEY)
  for (const file of [privateKeyFile, publicKeyFile]) {
    if (await exists(file)) {
      throw new ProviderKeyError(
        `${file} already exists: a provider key is never replaced, because every certificate ` +
          'signed with it would stop verifying. Use another folder for a new provider.'
      )
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  // Private key first: a crash between the two leaves a folder `init` refuses, never a public
  // key without its private half.
  await writeDurably(
    privateKeyFile,
    privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    0o600
  )
  await writeDurably(publicKeyFile, publicKeyPem, 0o644)
  return {
    privateKeyFile,
    publicKeyFile,
    publicKeyPem,
    fingerprint: fingerprintOf(rawPublicKey(publicKey))
  }
}

/** The provider's signing key from its folder. */
export async function loadProviderKey(dir: string): Promise<SigningKey> {
  return fromPrivateKey(await loadProviderPrivateKey(dir))
}

/** The private KeyObject itself, for the render workers (render-pool.ts) and nothing else. */
export async function loadProviderPrivateKey(dir: string): Promise<KeyObject> {
  const file = path.join(dir, PROVIDER_PRIVATE_KEY)
  let pem: string
  try {
    pem = await fs.readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ProviderKeyError(`No provider key in ${dir}: run \`provider init ${dir}\` first.`)
    }
    throw err
  }
  try {
    const key = createPrivateKey(pem)
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`type ${key.asymmetricKeyType}`)
    return key
  } catch (err) {
    throw new ProviderKeyError(`The provider key ${file} is unreadable: ${(err as Error).message}`)
  }
}

/** Re-exported: reading a published key is the certificate layer's (verify uses it too). */
export { publicKeyFromText }

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}

import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../main/certificate/canonical'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import {
  encodeEnvelope,
  signCertificate,
  verificationCodeFor,
  verifyEnvelope
} from '../../../main/certificate/sign'
import { sampleInput, tempDir } from './helpers'

let key: SigningKey
let other: SigningKey
beforeAll(async () => {
  key = await loadOrCreateSigningKey(tempDir())
  other = await loadOrCreateSigningKey(tempDir())
})

function parts(envelope: string) {
  const [prefix, body, sig, pub] = envelope.split('.') as [string, string, string, string]
  return {
    prefix,
    payload: Buffer.from(body, 'base64url'),
    sig: Buffer.from(sig, 'base64url'),
    pub
  }
}
function rebuild(payload: Uint8Array, sig: Uint8Array, pub: string): string {
  return [
    'RLSC1',
    Buffer.from(payload).toString('base64url'),
    Buffer.from(sig).toString('base64url'),
    pub
  ].join('.')
}

describe('signCertificate', () => {
  it('signs the canonical JSON of the fields and builds the RLSC1 envelope', () => {
    const signed = signCertificate(sampleInput(), key)
    const { fields, payload, signature, publicKey, envelope } = signed
    const { verificationCode, ...signedFields } = fields
    expect(payload).toBe(canonicalJson(signedFields))
    expect(fields.keyFingerprint).toBe(key.fingerprint)
    expect(publicKey).toBe(key.publicKey)
    expect(envelope).toBe(encodeEnvelope(payload, signature, publicKey))
    expect(envelope).toMatch(/^RLSC1\.[\w-]+\.[\w-]{86}\.[\w-]{43}$/)
    expect(verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
    expect(verificationCode).toBe(verificationCodeFor(Buffer.from(signature, 'base64url')))
  })

  it('is deterministic (Ed25519) and gives different certificates different codes', () => {
    const input = sampleInput()
    expect(signCertificate(input, key).envelope).toBe(signCertificate(input, key).envelope)
    const a = signCertificate(sampleInput(), key).fields.verificationCode
    const b = signCertificate(sampleInput(), key).fields.verificationCode
    expect(a).not.toBe(b)
  })

  it('refuses invalid fields and a fingerprint of another key', () => {
    expect(() => signCertificate(sampleInput({ correct: 31 }), key)).toThrow(/correct/)
    expect(() => signCertificate(sampleInput({ estimatedHours: 0.3 }), key)).toThrow()
    expect(() => signCertificate(sampleInput({ certificateId: 'nope' }), key)).toThrow()
    expect(() => signCertificate(sampleInput({ keyFingerprint: other.fingerprint }), key)).toThrow()
  })
})

describe('verifyEnvelope', () => {
  it('answers valid for a known key and foreign-key for an unknown one', () => {
    const { envelope, fields } = signCertificate(sampleInput(), key)
    expect(verifyEnvelope(envelope, [key.publicKey])).toMatchObject({ status: 'valid', fields })
    expect(verifyEnvelope(envelope, [other.publicKey]).status).toBe('foreign-key')
  })

  it('detects a flipped byte anywhere in the payload or the signature', () => {
    const { envelope } = signCertificate(sampleInput(), key)
    const { payload, sig, pub } = parts(envelope)
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (inPayload, index, mask) => {
          const p = Buffer.from(payload)
          const s = Buffer.from(sig)
          const target = inPayload ? p : s
          target[index % target.length]! ^= mask
          expect(verifyEnvelope(rebuild(p, s, pub), [key.publicKey]).status).toBe('altered')
        }
      ),
      { numRuns: 400 }
    )
  })

  it('detects any changed character of the envelope text after the prefix', () => {
    const { envelope } = signCertificate(sampleInput(), key)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    fc.assert(
      fc.property(fc.integer({ min: 6, max: envelope.length - 1 }), fc.nat(63), (i, c) => {
        if (envelope[i] === '.') return
        const replacement = alphabet[(alphabet.indexOf(envelope[i]!) + 1 + c) % 64]
        if (replacement === envelope[i]) return
        const changed = envelope.slice(0, i) + replacement + envelope.slice(i + 1)
        expect(verifyEnvelope(changed, [key.publicKey]).status).toBe('altered')
      }),
      { numRuns: 400 }
    )
  })

  it('treats a payload re-signed with another key as foreign, not valid', () => {
    const { payload } = signCertificate(sampleInput(), key)
    const forged = other.sign(Buffer.from(payload))
    const envelope = encodeEnvelope(
      payload,
      Buffer.from(forged).toString('base64url'),
      other.publicKey
    )
    // The payload still names the original key's fingerprint, so it is inconsistent.
    expect(verifyEnvelope(envelope, [key.publicKey]).status).toBe('altered')
  })

  it('calls non-envelopes unreadable and damaged envelopes altered', () => {
    expect(verifyEnvelope('hello', []).status).toBe('unreadable')
    expect(verifyEnvelope('RLSC1.abc', []).status).toBe('altered')
    expect(verifyEnvelope('RLSC1.a$c.def.ghi', []).status).toBe('altered')
  })
})

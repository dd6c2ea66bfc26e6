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
import { FAKE_PAGES, sampleInput, signSample, tempDir } from './helpers'

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
    'RLSC2',
    Buffer.from(payload).toString('base64url'),
    Buffer.from(sig).toString('base64url'),
    pub
  ].join('.')
}

describe('signCertificate', () => {
  it('signs the canonical JSON of the fields and page digests and builds the RLSC2 envelope', () => {
    const signed = signSample(key)
    const { fields, payload, signature, publicKey, envelope } = signed
    const { verificationCode, ...signedFields } = fields
    expect(payload).toBe(canonicalJson(signedFields))
    expect(fields.keyFingerprint).toBe(key.fingerprint)
    expect(publicKey).toBe(key.publicKey)
    expect(envelope).toBe(encodeEnvelope(payload, signature, publicKey))
    expect(envelope).toMatch(/^RLSC2\.[\w-]+\.[\w-]{86}\.[\w-]{43}$/)
    expect(fields.pages).toEqual(FAKE_PAGES)
    expect(verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
    // Derived from the printed fields (it is printed, so it cannot depend on the page digests).
    expect(verificationCode).toBe(verificationCodeFor(fields))
    const otherPages = signCertificate(
      { ...signedFields, pages: { ...FAKE_PAGES, A4: 'c'.repeat(64) } },
      key
    )
    expect(otherPages.fields.verificationCode).toBe(verificationCode)
    expect(otherPages.signature).not.toBe(signature)
  })

  it('is deterministic (Ed25519) and gives different certificates different codes', () => {
    const input = { ...sampleInput(), pages: FAKE_PAGES }
    expect(signCertificate(input, key).envelope).toBe(signCertificate(input, key).envelope)
    const a = signSample(key).fields.verificationCode
    const b = signSample(key).fields.verificationCode
    expect(a).not.toBe(b)
  })

  it('refuses invalid fields and a fingerprint of another key', () => {
    expect(() => signSample(key, { correct: 31 })).toThrow(/correct/)
    expect(() => signSample(key, { estimatedHours: 0.3 })).toThrow()
    expect(() => signSample(key, { certificateId: 'nope' })).toThrow()
    expect(() => signSample(key, { keyFingerprint: other.fingerprint })).toThrow()
    expect(() =>
      signCertificate({ ...sampleInput(), pages: { A4: 'x', Letter: 'y' } }, key)
    ).toThrow(/pages/)
  })

  it.each([
    ['ESC', 'Ada\u001b[2K Okafor'],
    ['CR', 'Ada\rVALID'],
    ['a C1 control', 'Ada\u009b Okafor'],
    ['a bidi override', 'Ada \u202eRAFOKO'],
    ['a bidi isolate', 'Ada \u2067Okafor\u2069'],
    ['a zero-width space', 'Ada\u200bOkafor'],
    ['a zero-width joiner', 'Ada\u200dOkafor'],
    ['a BOM', '\ufeffAda Okafor']
  ])('refuses to sign a name with %s, naming the code point', (_what, fullName) => {
    const attempt = () => signSample(key, { learner: { fullName, credentials: 'MD' } })
    expect(attempt).toThrow(
      /learner\.fullName: contains an invisible or control character \(U\+[0-9A-F]{4}\)/
    )
  })

  it('refuses such characters in every signed text field', () => {
    const bad = 'x\u202ey'
    expect(() => signSample(key, { attemptId: bad })).toThrow(/attemptId/)
    expect(() => signSample(key, { objectives: ['ok', bad] })).toThrow(/objectives\.1/)
    expect(() => signSample(key, { learner: { fullName: 'A', credentials: bad } })).toThrow(
      /credentials/
    )
    const course = { id: 'c', title: bad, bankVersion: '1' }
    expect(() => signSample(key, { course })).toThrow(/course\.title/)
  })
})

describe('verifyEnvelope', () => {
  it('answers valid for a known key and foreign-key for an unknown one', () => {
    const { envelope, fields } = signSample(key)
    expect(verifyEnvelope(envelope, [key.publicKey])).toMatchObject({ status: 'valid', fields })
    expect(verifyEnvelope(envelope, [other.publicKey]).status).toBe('foreign-key')
  })

  it('detects a flipped byte anywhere in the payload or the signature', () => {
    const { envelope } = signSample(key)
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
    const { envelope } = signSample(key)
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
    const { payload } = signSample(key)
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
    expect(verifyEnvelope('RLSC2.abc', []).status).toBe('altered')
    expect(verifyEnvelope('RLSC2.a$c.def.ghi', []).status).toBe('altered')
  })

  it('refuses a version-1 envelope (page not bound) with that reason', () => {
    const v1 = signSample(key).envelope.replace(/^RLSC2/, 'RLSC1')
    const verdict = verifyEnvelope(v1, [key.publicKey])
    expect(verdict.status).toBe('unreadable')
    expect(verdict.message).toMatch(/earlier version .* did not bind the printed page/)
  })
})

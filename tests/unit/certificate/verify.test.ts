// The verifier's verdicts on genuine files and on changed envelopes (the signature's side). The
// attacks on the page itself are in attacks.test.ts; hostile files in hostile-pdf.test.ts.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCertificate } from '../../../main/certificate'
import { canonicalJson } from '../../../main/certificate/canonical'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { knownPublicKeys, loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import { encodeEnvelope } from '../../../main/certificate/sign'
import type { SignedCertificate } from '../../../main/certificate/sign'
import { verifyCertificateBytes, verifyCertificatePdf } from '../../../main/certificate/verify'
import { cleanupTempDirs, issueSample, reembed, sampleInput, tempDir, writePdf } from './helpers'

let dataDir: string
let key: SigningKey
let other: SigningKey
let fonts: CertificateFonts
let signed: SignedCertificate
let pdf: Uint8Array
beforeAll(async () => {
  dataDir = tempDir()
  key = await loadOrCreateSigningKey(dataDir)
  other = await loadOrCreateSigningKey(tempDir())
  fonts = await loadCertificateFonts()
  ;({ signed, pdf } = await issueSample(key, fonts))
})
afterAll(cleanupTempDirs)

/** A different value of the same type, so the payload still parses as a certificate. */
function mutate(value: unknown): unknown {
  if (typeof value === 'string') {
    if (/^[0-9a-f]{64}$/.test(value)) return value.replace(/^./, (c) => (c === '0' ? '1' : '0'))
    return value.endsWith('0') ? `${value.slice(0, -1)}1` : `${value.slice(0, -1)}0`
  }
  if (typeof value === 'number') return value === 100 ? 99 : value + 0.25
  if (typeof value === 'boolean') return !value
  if (Array.isArray(value)) return [...value, 'Added objective']
  throw new Error(`cannot mutate ${typeof value}`)
}

function leafPaths(obj: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? leafPaths(v as Record<string, unknown>, [...prefix, k])
      : [[...prefix, k]]
  )
}

describe('verifyCertificatePdf (in its worker thread)', () => {
  it('answers valid for a certificate from this installation, naming every check', async () => {
    const result = await verifyCertificatePdf(pdf, await knownPublicKeys(dataDir))
    expect(result.status).toBe('valid')
    expect(result.fields).toEqual(signed.fields)
    expect(result.checks.map((c) => [c.check, c.passed])).toEqual([
      ['file', true],
      ['signature', true],
      ['page', true],
      ['qr', true],
      ['key', true]
    ])
  })

  it('still verifies a certificate signed under the old course id and title (before issue 15)', async () => {
    // Certificates issued before the course was one value carried COURSE_ID 'rls-casebook-causes'
    // and another title; the signature covers them, so they stay as signed and still verify.
    const old = await issueSample(key, fonts, {
      course: {
        id: 'rls-casebook-causes',
        title: 'RLS Casebook — Causes of Restless Legs Syndrome',
        bankVersion: '2.1.0'
      }
    })
    const result = await verifyCertificatePdf(old.pdf, await knownPublicKeys(dataDir))
    expect(result.status).toBe('valid')
    expect(result.fields?.course).toMatchObject({ id: 'rls-casebook-causes' })
  })

  it('answers foreign-key for another key pair, and never says "this installation" issued it', async () => {
    const foreign = await issueSample(other, fonts, {}, 'Letter')
    const result = await verifyCertificatePdf(foreign.pdf, await knownPublicKeys(dataDir))
    expect(result.status).toBe('foreign-key')
    expect(result.fields?.keyFingerprint).toBe(other.fingerprint)
    expect(result.message).toMatch(/^Not issued by this installation/)
    expect(result.checks.at(-1)).toMatchObject({ check: 'key', passed: false })
  })
})

describe('verifyCertificateBytes', () => {
  it('answers altered when any signed field is changed and re-embedded', async () => {
    const payload = JSON.parse(signed.payload) as Record<string, unknown>
    const paths = leafPaths(payload)
    expect(paths.length).toBeGreaterThanOrEqual(21)
    for (const p of [...paths, ['learner', 'licenceId']]) {
      const copy = structuredClone(payload)
      let target = copy as Record<string, unknown>
      for (const k of p.slice(0, -1)) target = target[k] as Record<string, unknown>
      const leaf = p[p.length - 1]!
      target[leaf] = mutate(target[leaf])
      const envelope = encodeEnvelope(canonicalJson(copy), signed.signature, signed.publicKey)
      const result = verifyCertificateBytes(await reembed(pdf, envelope), [key.publicKey])
      expect(result.status, p.join('.')).toBe('altered')
      expect(result.checks.at(-1), p.join('.')).toMatchObject({ check: 'signature', passed: false })
    }
  })

  it('answers altered when the metadata copy of ID or name disagrees with the signed data', async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false })
    doc.setSubject('Certificate 00000000-0000-4000-8000-000000000000')
    const bytes = await doc.save({ useObjectStreams: false })
    expect(verifyCertificateBytes(bytes, [key.publicKey]).status).toBe('altered')
    const renamed = await PDFDocument.load(pdf, { updateMetadata: false })
    renamed.setTitle('Certificate of Completion — Somebody Else')
    const result = verifyCertificateBytes(await renamed.save({ useObjectStreams: false }), [
      key.publicKey
    ])
    expect(result.status).toBe('altered')
  })

  it('still verifies after qpdf rewrites the file (object and xref streams, recompression)', () => {
    const file = writePdf(pdf)
    for (const args of [
      ['--object-streams=generate'],
      ['--object-streams=generate', '--recompress-flate', '--compression-level=9'],
      ['--stream-data=uncompress']
    ]) {
      const out = `${file}.${args.length}.qpdf.pdf`
      const r = spawnSync('qpdf', [...args, file, out])
      if (r.error) throw new Error(`qpdf is required: ${r.error.message}`)
      const rewritten = new Uint8Array(readFileSync(out))
      expect(Buffer.from(rewritten).toString('latin1'), args.join(' ')).not.toEqual(
        Buffer.from(pdf).toString('latin1')
      )
      const result = verifyCertificateBytes(rewritten, [key.publicKey])
      expect(result.status, `${args.join(' ')}: ${result.message}`).toBe('valid')
    }
  })

  it('answers unreadable for a non-PDF and for a PDF without certificate data', async () => {
    expect(verifyCertificateBytes(new TextEncoder().encode('hello'), []).status).toBe('unreadable')
    const blank = await PDFDocument.create()
    blank.addPage()
    const result = verifyCertificateBytes(await blank.save({ useObjectStreams: false }), [])
    expect(result).toMatchObject({ status: 'unreadable', message: /no RLS Casebook certificate/ })
  })
})

describe('issueCertificate', () => {
  it('signs with the installation key (created on first use) and renders a verifiable PDF', async () => {
    const dir = tempDir()
    const issued = await issueCertificate(dir, sampleInput(), 'Letter')
    const result = verifyCertificateBytes(issued.pdf, await knownPublicKeys(dir))
    expect(result).toMatchObject({ status: 'valid', fields: issued.signed.fields })
  })
})

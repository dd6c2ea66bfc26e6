import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCertificate } from '../../../main/certificate'
import { canonicalJson } from '../../../main/certificate/canonical'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { knownPublicKeys, loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import { renderCertificatePdf } from '../../../main/certificate/pdf'
import { encodeEnvelope, signCertificate } from '../../../main/certificate/sign'
import type { SignedCertificate } from '../../../main/certificate/sign'
import { verifyCertificatePdf } from '../../../main/certificate/verify'
import { cleanupTempDirs, reembed, sampleInput, tempDir, writePdf } from './helpers'

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
  signed = signCertificate(sampleInput(), key)
  pdf = await renderCertificatePdf(signed.fields, signed.envelope, { pageSize: 'A4', fonts })
})
afterAll(cleanupTempDirs)

/** A different value of the same type, so the payload still parses as a certificate. */
function mutate(value: unknown): unknown {
  if (typeof value === 'string')
    return value.endsWith('0') ? `${value.slice(0, -1)}1` : `${value.slice(0, -1)}0`
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

describe('verifyCertificatePdf', () => {
  it('answers valid for a certificate from this installation, with its fields', async () => {
    const result = await verifyCertificatePdf(pdf, await knownPublicKeys(dataDir))
    expect(result.status).toBe('valid')
    expect(result.fields).toEqual(signed.fields)
  })

  it('answers foreign-key for a certificate signed by another key pair', async () => {
    const foreign = signCertificate(sampleInput(), other)
    const bytes = await renderCertificatePdf(foreign.fields, foreign.envelope, {
      pageSize: 'Letter',
      fonts
    })
    const result = await verifyCertificatePdf(bytes, await knownPublicKeys(dataDir))
    expect(result.status).toBe('foreign-key')
    expect(result.fields?.keyFingerprint).toBe(other.fingerprint)
  })

  it('answers altered when any signed field is changed and re-embedded', async () => {
    const payload = JSON.parse(signed.payload) as Record<string, unknown>
    const paths = leafPaths(payload)
    expect(paths.length).toBeGreaterThanOrEqual(18)
    for (const p of [...paths, ['learner', 'licenceId']]) {
      const copy = structuredClone(payload)
      let target = copy as Record<string, unknown>
      for (const k of p.slice(0, -1)) target = target[k] as Record<string, unknown>
      const leaf = p[p.length - 1]!
      target[leaf] = mutate(target[leaf])
      const envelope = encodeEnvelope(canonicalJson(copy), signed.signature, signed.publicKey)
      const result = await verifyCertificatePdf(await reembed(pdf, envelope), [key.publicKey])
      expect(result.status, p.join('.')).toBe('altered')
    }
  })

  it('answers altered when the metadata copy of ID or name disagrees with the signed data', async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false })
    doc.setSubject('Certificate 00000000-0000-4000-8000-000000000000')
    const bytes = await doc.save()
    expect((await verifyCertificatePdf(bytes, [key.publicKey])).status).toBe('altered')
    const renamed = await PDFDocument.load(pdf, { updateMetadata: false })
    renamed.setTitle('Certificate of Completion — Somebody Else')
    expect((await verifyCertificatePdf(await renamed.save(), [key.publicKey])).status).toBe(
      'altered'
    )
  })

  it('still verifies after a PDF tool rewrites the file (metadata survives qpdf)', async () => {
    const file = writePdf(pdf)
    const out = `${file}.qpdf.pdf`
    const r = spawnSync('qpdf', ['--object-streams=generate', file, out])
    if (r.error) throw new Error(`qpdf is required: ${r.error.message}`)
    const { readFileSync } = await import('node:fs')
    const result = await verifyCertificatePdf(new Uint8Array(readFileSync(out)), [key.publicKey])
    expect(result.status).toBe('valid')
  })

  it('answers unreadable for a non-PDF and for a PDF without certificate data', async () => {
    expect((await verifyCertificatePdf(new TextEncoder().encode('hello'), [])).status).toBe(
      'unreadable'
    )
    const blank = await PDFDocument.create()
    blank.addPage()
    expect((await verifyCertificatePdf(await blank.save(), [])).status).toBe('unreadable')
  })

  it('finds the envelope by scanning when the PDF structure is damaged', async () => {
    const truncated = pdf.slice(0, pdf.length - 200)
    const result = await verifyCertificatePdf(truncated, [key.publicKey])
    expect(['valid', 'unreadable']).toContain(result.status)
  })
})

describe('issueCertificate', () => {
  it('signs with the installation key (created on first use) and renders a verifiable PDF', async () => {
    const dir = tempDir()
    const issued = await issueCertificate(dir, sampleInput(), 'Letter')
    const result = await verifyCertificatePdf(issued.pdf, await knownPublicKeys(dir))
    expect(result).toMatchObject({ status: 'valid', fields: issued.signed.fields })
  })
})

describe('npm run verify-cert', () => {
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/verify-cert.ts', ...args],
      {
        encoding: 'utf8'
      }
    )

  it('prints the verdict and fields; exit 0 only for valid', async () => {
    const file = writePdf(pdf)
    const ok = run([file, '--data-dir', dataDir])
    expect(ok.stdout).toMatch(/^VALID/)
    expect(ok.stdout).toContain(signed.fields.certificateId)
    expect(ok.stdout).toContain('Ada Okafor')
    expect(ok.status).toBe(0)

    const foreign = run([file, '--data-dir', tempDir()])
    expect(foreign.stdout).toMatch(/^ISSUED BY ANOTHER INSTALLATION/)
    expect(foreign.status).toBe(1)

    const broken = writePdf(new TextEncoder().encode('not a pdf'))
    expect(run([broken, '--data-dir', dataDir]).status).toBe(1)
  })
})

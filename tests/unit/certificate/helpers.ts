// Shared fixtures for the certificate tests: a realistic certificate, temp data folders, the
// Debian tools (qpdf, pdftotext, pdftoppm) — which must be installed: a missing tool FAILS.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { rlsCausesCourse } from '../../../questions/content/course'
import { METADATA_KEY } from '../../../main/certificate/pdf'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import type { SigningKey } from '../../../main/certificate/keys'
import { pageDigests, renderCertificatePdf } from '../../../main/certificate/pdf'
import { prepareCertificate, signCertificate } from '../../../main/certificate/sign'
import type { CertificateInput, SignedCertificate } from '../../../main/certificate/sign'

/** Stand-in page digests for tests of the envelope alone (no page is rendered). */
export const FAKE_PAGES = { A4: 'a'.repeat(64), Letter: 'b'.repeat(64) }

/** Signs sample fields over digests of their pages: the input plus FAKE_PAGES-free signing. */
export function signSample(key: SigningKey, overrides: Partial<CertificateInput> = {}) {
  return signCertificate({ ...sampleInput(overrides), pages: FAKE_PAGES }, key)
}

/** Issues as the app does: page digests on both sizes, sign, render the requested size. */
export async function issueSample(
  key: SigningKey,
  fonts: CertificateFonts,
  overrides: Partial<CertificateInput> = {},
  pageSize: 'A4' | 'Letter' = 'A4'
): Promise<{ signed: SignedCertificate; pdf: Uint8Array }> {
  const printed = prepareCertificate(sampleInput(overrides), key)
  const signed = signCertificate({ ...printed, pages: await pageDigests(printed, fonts) }, key)
  const pdf = await renderCertificatePdf(signed.fields, signed.envelope, { pageSize, fonts })
  return { signed, pdf }
}

export function sampleInput(overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    certificateId: randomUUID(),
    course: { id: rlsCausesCourse.id, title: rlsCausesCourse.title, bankVersion: '2026.1' },
    learner: { fullName: 'Ada Okafor', credentials: 'MD', licenceId: 'GMC 7012345' },
    completedAt: '2026-03-12',
    attemptId: 'attempt-0001',
    scorePercent: 86.7,
    passMarkPercent: 75,
    itemCount: 30,
    correct: 26,
    timeUsedSeconds: 2290,
    timeAccommodation: 1,
    suspensions: { count: 0, totalSeconds: 0 },
    estimatedHours: 0.75,
    objectives: [
      'Distinguish primary RLS from secondary causes and recognise familial genetic risk.',
      'Interpret ferritin and transferrin saturation and decide when iron is indicated.',
      'Identify medications that provoke or worsen RLS symptoms.',
      'Recognise systemic associations such as renal failure, pregnancy and neuropathy.',
      'Separate RLS from mimics such as leg cramps and positional discomfort.'
    ],
    issuedAt: '2026-03-12T15:04:05.000Z',
    ...overrides
  }
}

const tempDirs: string[] = []
export function tempDir(prefix = 'rls-cert-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}
export function cleanupTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Runs a Debian tool; throws (so the test fails) when it is not installed. */
export function tool(
  cmd: string,
  args: string[]
): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  if (r.error) {
    throw new Error(
      `${cmd} is required for this test (apt-get install -y qpdf poppler-utils): ${r.error.message}`
    )
  }
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 }
}

export function writePdf(bytes: Uint8Array, name = 'certificate.pdf'): string {
  const file = path.join(tempDir(), name)
  writeFileSync(file, bytes)
  return file
}

export function pdfText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', writePdf(bytes), '-'], { encoding: 'utf8' })
}

/** Replaces every copy of the envelope in the metadata, as someone editing the file would. */
export async function reembed(pdf: Uint8Array, envelope: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const info = doc.context.lookup(doc.context.trailerInfo.Info) as unknown as {
    set(k: PDFName, v: PDFString): void
  }
  info.set(PDFName.of(METADATA_KEY), PDFString.of(envelope))
  info.set(PDFName.of('Keywords'), PDFString.of(`RLS Casebook certificate ${envelope}`))
  return doc.save({ useObjectStreams: false })
}

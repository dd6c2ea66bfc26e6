// Certificate: time to sign and render one PDF (fonts loaded once first, as the app does at
// start-up) and the PDF's size. Baseline in the same run: signing alone.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { rlsCausesCourse } from '../../questions/content/course'
import {
  issueCertificate,
  loadCertificateFonts,
  type CertificateInput
} from '../../main/certificate/index'
import { median, quantile, report, round } from './stats'

const RUNS = Number(process.env.BENCH_CERT_RUNS ?? 30)

function input(): CertificateInput {
  return {
    certificateId: randomUUID(),
    course: { id: rlsCausesCourse.id, title: rlsCausesCourse.title, bankVersion: '2026.1' },
    learner: { fullName: 'Ada Okafor', credentials: 'MD', licenceId: 'GMC 7012345' },
    completedAt: '2026-03-12',
    attemptId: 'attempt-0001',
    scorePercent: 86.7,
    passMarkPercent: 75,
    itemCount: 40,
    correct: 35,
    timeUsedSeconds: 2290,
    timeAccommodation: 1,
    suspensions: { count: 0, totalSeconds: 0 },
    estimatedHours: 1,
    objectives: [
      'Distinguish primary RLS from secondary causes and recognise familial genetic risk.',
      'Interpret ferritin and transferrin saturation and decide when iron is indicated.',
      'Identify medications that provoke or worsen RLS symptoms.',
      'Recognise systemic associations such as renal failure, pregnancy and neuropathy.',
      'Separate RLS from mimics such as leg cramps and positional discomfort.'
    ],
    issuedAt: new Date().toISOString()
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rls-bench-cert-'))
  try {
    const fontStart = performance.now()
    await loadCertificateFonts()
    const fontsMs = performance.now() - fontStart
    // The first issue creates the signing key and warms the JIT: not timed.
    await issueCertificate(dataDir, input(), 'A4')
    await issueCertificate(dataDir, input(), 'Letter')
    const times: number[] = []
    const sizes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      const { pdf } = await issueCertificate(dataDir, input(), i % 2 === 0 ? 'A4' : 'Letter')
      times.push(performance.now() - t0)
      sizes.push(pdf.byteLength)
    }
    report({
      runs: RUNS,
      fontsLoadMs: round(fontsMs, 1),
      medianMs: round(median(times), 1),
      p95Ms: round(quantile(times, 0.95), 1),
      maxBytes: Math.max(...sizes)
    })
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()

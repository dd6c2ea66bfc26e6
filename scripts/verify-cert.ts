// npm run verify-cert -- FILE [--data-dir DIR]
// Verifies a certificate PDF offline and prints the signed fields, the checks made and, last,
// the verdict.
// Exit code 0 only for "valid"; 1 for altered, another installation's key, unreadable or misuse.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CertificateFields } from '../main/certificate/fields'
import {
  formatDate,
  formatTimeUsed,
  formatPercent,
  formatSuspensions
} from '../main/certificate/format'
import { knownPublicKeys } from '../main/certificate/keys'
import { DEFAULT_LIMITS, unreadable, verifyCertificatePdf } from '../main/certificate/verify'
import { printable } from '../preload/contract/clean-text'
import { parseDataDirArg, resolveDataDir } from '../main/store/data-dir'

const VERDICT = {
  valid: 'VALID',
  altered: 'ALTERED',
  'foreign-key': 'ISSUED BY ANOTHER INSTALLATION',
  unreadable: 'UNREADABLE'
} as const

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--data-dir')
  if (!file) {
    console.error('usage: npm run verify-cert -- FILE.pdf [--data-dir DIR]')
    return 1
  }
  const dirs = dataDirs(parseDataDirArg(argv))
  const keys = [...new Set((await Promise.all(dirs.map(knownPublicKeys))).flat())]
  // Never read more than a certificate can be: a 50 MB file is refused from its size alone.
  const { size } = await fs.stat(file)
  const result =
    size > DEFAULT_LIMITS.maxFileBytes
      ? unreadable(`The file is too large to be a certificate (${size} bytes).`, [])
      : await verifyCertificatePdf(new Uint8Array(await fs.readFile(file)), keys)
  // Every string from the file is escaped (no ESC, CR, bidi or zero-width character reaches the
  // terminal), and the verdict comes LAST, so nothing printed before it can pose as the verdict.
  const f = result.fields
  if (f) {
    console.log(result.status === 'valid' ? 'Signed details:' : 'What the file claims:')
    for (const [k, v] of fieldRows(f)) console.log(`  ${k.padEnd(19)} ${printable(v)}`)
    f.objectives.forEach((o, i) =>
      console.log(`  ${i === 0 ? 'Objectives'.padEnd(19) : ' '.repeat(19)} - ${printable(o)}`)
    )
  }
  console.log('Checks:')
  for (const c of result.checks)
    console.log(`  [${c.passed ? 'pass' : 'FAIL'}] ${c.check}: ${printable(c.detail)}`)
  if (result.status !== 'valid') console.log(`  (keys trusted from: ${dirs.join(', ')})`)
  console.log(`${VERDICT[result.status]}: ${printable(result.message)}`)
  return result.status === 'valid' ? 0 : 1
}

function fieldRows(f: CertificateFields): [string, string][] {
  return [
    ['Learner', `${f.learner.fullName}, ${f.learner.credentials}`],
    ['Licence / board ID', f.learner.licenceId ?? '—'],
    ['Course', `${f.course.title} (bank ${f.course.bankVersion})`],
    ['Completed', `${formatDate(f.completedAt)} (as recorded by the issuing computer)`],
    ['Score', `${formatPercent(f.scorePercent)} (pass mark ${formatPercent(f.passMarkPercent)})`],
    ['Items', `${f.correct} of ${f.itemCount} correct`],
    ['Time used', formatTimeUsed(f.timeUsedSeconds, f.timeAccommodation)],
    ['Suspensions', formatSuspensions(f.suspensions)],
    ['Estimated hours', String(f.estimatedHours)],
    ['Certificate ID', f.certificateId],
    ['Verification code', f.verificationCode],
    ['Attempt', f.attemptId],
    ['Issued', `${f.issuedAt} (issuing computer's clock)`],
    ['Key fingerprint', f.keyFingerprint]
  ]
}

/** The data folder(s) whose keys count as "this installation". */
function dataDirs(cliDataDir: string | undefined): string[] {
  const input = { cliDataDir, env: process.env, platform: process.platform, homedir: os.homedir() }
  const dirs = [resolveDataDir({ ...input, cwd: process.cwd() })]
  // Without an override the desktop edition keeps data in Electron's userData, which on Linux
  // differs from the browser edition's folder: trust both.
  if (!cliDataDir && !process.env.RLS_CASEBOOK_DATA_DIR && process.platform === 'linux') {
    const config = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config')
    dirs.push(path.join(config, 'RLS Casebook'))
  }
  return dirs
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`verify-cert: ${printable(String((err as Error).message ?? err))}`)
    process.exit(1)
  }
)

// npm run verify-cert -- FILE [--data-dir DIR | --provider-key KEY.pub]
// Verifies a certificate PDF offline and prints the signed fields, the checks made and, last,
// the verdict. With --provider-key, only that published provider key counts: a certificate signed
// by any other key (the learner's own installation's included) is not valid for that provider.
// Exit code 0 only for "valid"; 1 for altered, another key, unreadable or misuse.
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
import { fingerprintOf, knownPublicKeys } from '../main/certificate/keys'
import { publicKeyFromText } from '../main/provider/keys'
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
  const file = argv.find(
    (a, i) =>
      !a.startsWith('--') && argv[i - 1] !== '--data-dir' && argv[i - 1] !== '--provider-key'
  )
  const keyAt = argv.indexOf('--provider-key')
  const keyFile = keyAt >= 0 ? argv[keyAt + 1] : undefined
  if (!file || (keyAt >= 0 && !keyFile) || (keyAt >= 0 && parseDataDirArg(argv))) {
    console.error(
      'usage: npm run verify-cert -- FILE.pdf [--data-dir DIR | --provider-key KEY.pub]'
    )
    return 1
  }
  const dirs = keyFile ? [] : dataDirs(parseDataDirArg(argv))
  const keys = keyFile
    ? [publicKeyFromText(await fs.readFile(keyFile, 'utf8'))]
    : [...new Set((await Promise.all(dirs.map(knownPublicKeys))).flat())]
  const trust = keyFile ? 'provider' : 'installation'
  // Never read more than a certificate can be: a 50 MB file is refused from its size alone.
  const { size } = await fs.stat(file)
  const result =
    size > DEFAULT_LIMITS.maxFileBytes
      ? unreadable(`The file is too large to be a certificate (${size} bytes).`, [])
      : await verifyCertificatePdf(new Uint8Array(await fs.readFile(file)), keys, { trust })
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
  if (keyFile) {
    console.log(
      `  (checked against the provider key ${keyFile}, fingerprint ${fingerprintOf(keys[0]!)})`
    )
  } else if (result.status !== 'valid') console.log(`  (keys trusted from: ${dirs.join(', ')})`)
  const verdict =
    keyFile && result.status === 'foreign-key'
      ? 'NOT SIGNED BY THIS PROVIDER'
      : VERDICT[result.status]
  console.log(`${verdict}: ${printable(result.message)}`)
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
    ['Key fingerprint', f.keyFingerprint],
    ...(f.issuer
      ? ([
          ['Issued by', f.issuer.provider],
          [
            'Credit awarded',
            `${f.issuer.credits} ${f.issuer.creditType ?? 'hours (no credit type)'}`
          ],
          ['Claim', f.issuer.claimId],
          ['Accreditation', f.issuer.accreditationStatement],
          ['Designation', f.issuer.creditStatement]
        ] as [string, string][])
      : [])
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

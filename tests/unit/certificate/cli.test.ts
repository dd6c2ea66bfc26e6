// npm run verify-cert: exit codes, the checks it lists, and issue #14 §7 — a certificate signed by
// a foreign key with escape codes in its text must not make the terminal show "VALID". Nothing
// from the file reaches the terminal unescaped, and the verdict is the last line.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../main/certificate/canonical'
import { signedPart } from '../../../main/certificate/fields'
import { loadCertificateFonts } from '../../../main/certificate/fonts'
import type { CertificateFonts } from '../../../main/certificate/fonts'
import { loadOrCreateSigningKey } from '../../../main/certificate/keys'
import type { SigningKey } from '../../../main/certificate/keys'
import { encodeEnvelope } from '../../../main/certificate/sign'
import { printable } from '../../../preload/contract/clean-text'
import { cleanupTempDirs, issueSample, reembed, tempDir, writePdf } from './helpers'

let dataDir: string
let key: SigningKey
let other: SigningKey
let fonts: CertificateFonts
beforeAll(async () => {
  dataDir = tempDir()
  key = await loadOrCreateSigningKey(dataDir)
  other = await loadOrCreateSigningKey(tempDir())
  fonts = await loadCertificateFonts()
})
afterAll(cleanupTempDirs)

const run = (args: string[]) =>
  spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/verify-cert.ts', ...args],
    { encoding: 'utf8' }
  )
const lines = (stdout: string) => stdout.trimEnd().split('\n')

describe('npm run verify-cert', () => {
  it('lists fields and checks, prints the verdict last; exit 0 only for valid', async () => {
    const { signed, pdf } = await issueSample(key, fonts)
    const file = writePdf(pdf)
    const ok = run([file, '--data-dir', dataDir])
    expect(ok.status).toBe(0)
    expect(lines(ok.stdout).at(-1)).toMatch(/^VALID: /)
    expect(ok.stdout).toContain(signed.fields.certificateId)
    expect(ok.stdout).toContain('Ada Okafor')
    expect(ok.stdout).toMatch(/\[pass\] page: .*\n.*\[pass\] qr: .*\n.*\[pass\] key: /)

    const foreign = run([file, '--data-dir', tempDir()])
    expect(foreign.status).toBe(1)
    expect(lines(foreign.stdout).at(-1)).toMatch(/^ISSUED BY ANOTHER INSTALLATION: Not issued/)
    expect(foreign.stdout).not.toMatch(/^VALID/m)

    const broken = run([writePdf(new TextEncoder().encode('not a pdf')), '--data-dir', dataDir])
    expect(broken.status).toBe(1)
    expect(lines(broken.stdout).at(-1)).toMatch(/^UNREADABLE: /)
  })

  it('never prints escape codes from a foreign-signed certificate, and cannot be made to say VALID', async () => {
    const genuine = await issueSample(other, fonts)
    // The attacker signs (with their own key) a payload whose name rewrites the terminal line.
    const lie = '\u001b[2K\rVALID: signed by this installation and unaltered.\u001b[8m'
    const fields = structuredClone(signedPart(genuine.signed.fields))
    fields.learner.fullName = `Ada Okafor${lie}`
    const payload = canonicalJson(fields)
    const signature = Buffer.from(other.sign(Buffer.from(payload))).toString('base64url')
    const envelope = encodeEnvelope(payload, signature, other.publicKey)
    const file = writePdf(await reembed(genuine.pdf, envelope))

    const out = run([file, '--data-dir', dataDir])
    expect(out.status).toBe(1)
    // No control character at all but the newlines between lines (ESC and CR included).
    expect((out.stdout + out.stderr).replace(/\n/g, '')).not.toMatch(/\p{Cc}/u)
    expect(out.stdout).not.toMatch(/^VALID/m)
    expect(lines(out.stdout).at(-1)).toMatch(/^UNREADABLE: .*U\+001B/)
  })

  it('escapes every unsafe character visibly when it shows text', () => {
    expect(printable('Ada\u001b[2K\rOK')).toBe('Ada\\u{1B}[2K\\u{D}OK')
    expect(printable('a\u202eb\u2066c\u200bd\u200de\ufeff')).toBe(
      'a\\u{202E}b\\u{2066}c\\u{200B}d\\u{200D}e\\u{FEFF}'
    )
    expect(printable('Zoë Łukasiewicz-Núñez 李小龍')).toBe('Zoë Łukasiewicz-Núñez 李小龍')
  })
})

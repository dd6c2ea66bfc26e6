// provider init, review and issue over real folders: the provider's key pair, the certificate
// PDFs signed with the PROVIDER's key (checked with qpdf and pdftotext, and by the verifier
// against the provider's key, the learner's installation key and another provider's key), the
// roster, the refusals and the ledger that refuses the same claims the next time.
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyCertificatePdf } from '../../../main/certificate/verify'
import { initCommand, issueCommand, reviewCommand } from '../../../main/provider/commands'
import { publicKeyFromText } from '../../../main/provider/keys'
import { readLedger } from '../../../main/provider/ledger'
import { rlsCausesCourse } from '../../../questions/content/course'
import {
  copy,
  examClaim,
  openLearner,
  providerFolder,
  signClaim,
  tempRoot,
  writeClaim,
  type Learner,
  type ProviderFolder
} from './helpers'

let tmp: Awaited<ReturnType<typeof tempRoot>>
let learner: Learner
let provider: ProviderFolder
let claimsDir: string
let outDir: string
let goodFile: Awaited<ReturnType<typeof examClaim>>

beforeAll(async () => {
  tmp = await tempRoot()
  learner = await openLearner()
  provider = await providerFolder(tmp.root)
  claimsDir = path.join(tmp.root, 'claims')
  outDir = path.join(tmp.root, 'out')
  await fs.mkdir(claimsDir)
  const good = await examClaim(learner, provider.config.provider)
  goodFile = good
  await writeClaim(claimsDir, 'a-good', good)
  const greedy = copy(good.claim)
  greedy.credits.claimed = 2
  await writeClaim(claimsDir, 'b-greedy', signClaim(greedy, learner.key))
}, 60_000)
afterAll(async () => {
  await learner.close()
  await tmp.remove()
})

describe('provider init', () => {
  it('writes a 0600 private key and the SPKI public key, and never overwrites them', async () => {
    const dir = path.join(tmp.root, 'fresh')
    const keys = await initCommand(dir, rlsCausesCourse.id)
    expect((await fs.stat(keys.privateKeyFile)).mode & 0o777).toBe(0o600)
    const pem = await fs.readFile(keys.publicKeyFile, 'utf8')
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    const config = JSON.parse(await fs.readFile(keys.configFile, 'utf8'))
    expect(config.provider.publicKeyPem).toBe(pem)
    await expect(initCommand(dir, rlsCausesCourse.id)).rejects.toThrow(/already exists/)
    expect(await fs.readFile(keys.publicKeyFile, 'utf8')).toBe(pem)
  })

  it('refuses to review when provider.json publishes another key than the folder holds', async () => {
    const other = await providerFolder(tmp.root, 'mismatch')
    await other.setBlock({ publicKeyPem: provider.publicKeyPem })
    await expect(reviewCommand(claimsDir, other.dir, path.join(tmp.root, 'x'))).rejects.toThrow(
      /not this folder's key/
    )
  })
})

describe('the provider folder guards', () => {
  it('refuses a block whose release date is after its expiry date', async () => {
    const folder = await providerFolder(tmp.root, 'dates')
    await folder.setBlock({ releaseDate: '2027-01-01', expiryDate: '2026-12-31' })
    await expect(reviewCommand(claimsDir, folder.dir, path.join(tmp.root, 'd'))).rejects.toThrow(
      /releaseDate is after expiryDate/
    )
  })

  it('refuses a claim file changed since the review, and a second issuing run at once', async () => {
    const folder = await providerFolder(tmp.root, 'changed')
    const inbox = path.join(tmp.root, 'changed-inbox')
    await fs.mkdir(inbox)
    const file = await writeClaim(inbox, 'c', goodFile)
    const out = path.join(tmp.root, 'changed-out')
    const { reviewFile } = await reviewCommand(inbox, folder.dir, out)
    await fs.writeFile(path.join(folder.dir, 'provider.lock'), '')
    await expect(issueCommand(folder.dir, reviewFile, out, 'A4')).rejects.toThrow(
      /another run is issuing/
    )
    await fs.rm(path.join(folder.dir, 'provider.lock'))
    await fs.writeFile(file, JSON.stringify(goodFile, null, 2)) // same claim, other bytes
    const r = await issueCommand(folder.dir, reviewFile, out, 'A4')
    expect(r.issued).toEqual([])
    expect(r.refused[0]!.reasons).toEqual(['The claim file changed since the review.'])
    expect((await readLedger(folder.dir)).entries).toEqual([])
  })

  it('a certificate that cannot be drawn (statements too long for the QR code) awards nothing', async () => {
    const folder = await providerFolder(tmp.root, 'long')
    const long = 'The Example Institute is accredited to provide continuing education. '.repeat(8)
    await folder.setBlock({
      accreditationStatement: long.slice(0, 600),
      credit: { ...folder.config.provider.credit, statement: long.slice(0, 600) }
    })
    const inbox = path.join(tmp.root, 'long-inbox')
    await fs.mkdir(inbox)
    await writeClaim(inbox, 'c', goodFile)
    const out = path.join(tmp.root, 'long-out')
    const { reviewFile } = await reviewCommand(inbox, folder.dir, out)
    const r = await issueCommand(folder.dir, reviewFile, out, 'A4')
    expect(r.issued).toEqual([])
    expect(r.refused[0]!.reasons).toEqual([
      expect.stringMatching(
        /^No certificate could be made: certificate data too long for a QR code/
      )
    ])
    expect((await readLedger(folder.dir)).entries).toEqual([])
  })
})

describe('review, then issue', () => {
  let issued: Awaited<ReturnType<typeof issueCommand>>

  beforeAll(async () => {
    const { review, reviewFile } = await reviewCommand(claimsDir, provider.dir, outDir)
    expect(review.accepted.map((a) => path.basename(a.file))).toEqual(['a-good.rlsclaim.json'])
    expect(review.refused.map((r) => r.reasons.join(' '))).toEqual([
      expect.stringMatching(/asks for 2 \(120 min\)/)
    ])
    issued = await issueCommand(provider.dir, reviewFile, outDir, 'A4')
  }, 60_000)

  it('issues one PDF signed with the provider key, valid only against that key', async () => {
    expect(issued.issued).toHaveLength(1)
    const pdf = new Uint8Array(await fs.readFile(issued.issued[0]!.file))
    const providerKey = publicKeyFromText(provider.publicKeyPem)
    const ok = await verifyCertificatePdf(pdf, [providerKey], { trust: 'provider' })
    expect(ok.status).toBe('valid')
    expect(ok.message).toContain(provider.fingerprint)
    expect(ok.fields?.issuer).toMatchObject({
      provider: 'Example Institute for Continuing Education',
      credits: 0.25,
      creditType: 'Example Category 1 Credit'
    })
    const asInstallation = await verifyCertificatePdf(pdf, [learner.key.publicKey], {
      trust: 'provider'
    })
    expect(asInstallation.status).toBe('foreign-key')
    const another = await providerFolder(tmp.root, 'another')
    const asOther = await verifyCertificatePdf(pdf, [publicKeyFromText(another.publicKeyPem)], {
      trust: 'provider'
    })
    expect(asOther.status).toBe('foreign-key')
    expect(asOther.message).toMatch(/^Not issued by that provider/)
  })

  it("the app's certificate:verify channel takes a provider key and says which key it used", async () => {
    const pdfBase64 = (await fs.readFile(issued.issued[0]!.file)).toString('base64')
    const h = learner.h
    const asProvider = await h.call('certificate:verify', {
      pdfBase64,
      providerKey: provider.publicKeyPem
    })
    expect(asProvider.status).toBe('valid')
    expect(asProvider.trusted).toEqual({ kind: 'provider', fingerprints: [provider.fingerprint] })
    const another = await providerFolder(tmp.root, 'another-for-channel')
    const wrong = await h.call('certificate:verify', {
      pdfBase64,
      providerKey: another.publicKeyPem
    })
    expect(wrong.status).toBe('foreign-key')
    expect(wrong.trusted.fingerprints).toEqual([another.fingerprint])
    const asInstallation = await h.call('certificate:verify', { pdfBase64 })
    expect(asInstallation.status).toBe('foreign-key')
    expect(asInstallation.trusted).toEqual({
      kind: 'installation',
      fingerprints: [learner.key.fingerprint]
    })
    const junk = await h.attempt('certificate:verify', { pdfBase64, providerKey: 'not a key' })
    expect(junk).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
  })

  it('the PDF passes qpdf and reads as a provider certificate with its statements', async () => {
    const file = issued.issued[0]!.file
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' '
    )
    expect(text).toContain('EXAMPLE INSTITUTE FOR CONTINUING EDUCATION · CONTINUING EDUCATION')
    expect(text).toContain('Zoë Łukasiewicz-Núñez')
    expect(text).toContain('GMC 7012345 · NPI 1234567893')
    expect(text).toMatch(/CREDIT AWARDED/)
    expect(text).toContain('0.25 Example Category 1 Credit')
    expect(text).toContain('The Example Institute is accredited by the Example Council')
    expect(text).toContain('designates this enduring material for a maximum of 2 Example')
    expect(text).toContain('PROVIDER KEY FINGERPRINT')
    expect(text).toContain(provider.fingerprint)
    expect(text).not.toContain('does not itself confer')
  })

  it('writes the roster, the refusals and the ledger', async () => {
    const roster = (await fs.readFile(issued.rosterFile, 'utf8')).trimEnd().split('\r\n')
    expect(roster[0]).toBe(
      'learner_name,credentials,licence_id,npi,course_id,course_version,course_title,' +
        'activity_started,activity_completed,credits,credit_type,certificate_id,claim_id,' +
        'attempt_id,issued_at,installation_key_fingerprint'
    )
    expect(roster).toHaveLength(2)
    const cert = issued.issued[0]!
    expect(roster[1]).toContain(
      `Zoë Łukasiewicz-Núñez,MD,GMC 7012345,1234567893,rls-causes,${rlsCausesCourse.version},`
    )
    expect(roster[1]).toContain(
      `,0.25,Example Category 1 Credit,${cert.certificateId},${cert.claimId},`
    )
    const refusals = JSON.parse(await fs.readFile(issued.refusalsFile, 'utf8'))
    expect(refusals.map((r: { file: string }) => path.basename(r.file))).toEqual([
      'b-greedy.rlsclaim.json'
    ])
    const ledger = await readLedger(provider.dir)
    expect(ledger.entries.map((e) => e.certificateId)).toEqual([cert.certificateId])
  })

  it('the next review refuses the same claim as a replay, and a second issue gives nothing', async () => {
    const again = await reviewCommand(claimsDir, provider.dir, path.join(tmp.root, 'again'))
    expect(again.review.accepted).toEqual([])
    expect(again.review.refused.map((r) => r.reasons[0])).toEqual([
      expect.stringMatching(/already awarded credit .* a replayed claim/),
      expect.stringMatching(/asks for 2/)
    ])
    const twice = await issueCommand(
      provider.dir,
      path.join(outDir, 'review.json'),
      path.join(tmp.root, 'twice'),
      'A4'
    )
    expect(twice.issued).toEqual([])
    expect(twice.refused.map((r) => r.reasons[0])).toContainEqual(
      expect.stringMatching(/a replayed claim/)
    )
  })
})

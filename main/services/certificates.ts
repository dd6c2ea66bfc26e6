// Certificates (issue #5): eligibility with this installation's course settings, issuing (sign,
// render once to prove it renders, store), history, re-rendering and offline verification.
// Issuing is serialised so two quick clicks can never make two certificates for one attempt.
import { randomUUID } from 'node:crypto'
import { canonicalJson } from '../certificate/canonical'
import { estimateHours } from '../certificate/fields'
import { fingerprintOf, knownPublicKeys, publicKeyFromText } from '../certificate/keys'
// pdf-lib and fontkit load on first use, not at start-up (see lazy.ts).
import {
  issueCertificate,
  loadCertificateFonts,
  renderCertificatePdf,
  verifyCertificatePdf
} from '../certificate/lazy'
import { verifyEnvelope, type CertificateInput } from '../certificate/sign'
import {
  certificateEligibility,
  certificateRuleText,
  type AttemptRecord,
  type AttemptSummary,
  type CourseRules
} from '../../questions/engine'
import { suspensionTotals } from '../../questions/engine/suspensions'
import { checkEvaluation } from '../../questions/course/evaluation'
import type { Course } from '../../questions/course/types'
import type {
  CertificateView,
  EligibilityView,
  Evaluation,
  VerifyView
} from '../../preload/contract/certificate'
import { codePointLabel, firstUnsafeCharacter } from '../../preload/contract/clean-text'
import { ServiceError } from './service-error'
import type { DataStore } from '../store/data-store'
import type { Clock } from './clock'
import {
  localDate,
  parseStored,
  pdfFilename,
  readableReason,
  toView,
  type StoredCertificate
} from './certificates-records'
import type { Provenance } from './attempts-vouch'
import { claimableAttempts } from './certificates-claimable'
import { credentialsText, isProfileComplete } from './settings'

export interface CertificateServiceOptions {
  store: Pick<DataStore<AttemptRecord>, 'data' | 'update' | 'dataDir' | 'attempts'>
  summary(attemptId: string): Promise<AttemptSummary>
  /** Re-reads the attempt and checks its seal and items (attempts.vouch). */
  vouch(attemptId: string, checkItems: boolean): Promise<Provenance>
  /**
   * The course certificates are issued for: its id, title, sections and objectives, and its
   * evaluation questions (what issue() checks the answers against).
   */
  course: Course
  /** The course's rules, shipped with the app (never the learner's data). */
  rules: CourseRules
  clock: Clock
  /** Submitted attempts' summaries (the history index). */
  history: () => readonly AttemptSummary[]
}

export function createCertificateService(o: CertificateServiceOptions) {
  let queue: Promise<unknown> = Promise.resolve()
  let prewarmTimer: ReturnType<typeof setTimeout> | undefined
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  const stored = (): StoredCertificate[] =>
    o.store
      .data()
      .certificates.map(parseStored)
      .filter((c): c is StoredCertificate => c !== null)

  const forAttempt = (attemptId: string): StoredCertificate | undefined =>
    stored().find((c) => c.attemptId === attemptId)

  async function eligibility(attemptId: string): Promise<EligibilityView> {
    const { profile } = o.store.data()
    const summary = await o.summary(attemptId)
    const verdict = certificateEligibility(summary, { rules: o.rules, sections: o.course.sections })
    // The seal is always checked (the screen says why a restored attempt cannot count); only an
    // attempt that could otherwise qualify pays for re-deriving its items from the bank.
    const provenance = await o.vouch(attemptId, verdict.eligible)
    const reasons = [...provenance.reasons, ...verdict.reasons]
    return {
      eligible: reasons.length === 0,
      reasons: reasons.map((r) => readableReason(r, o.course)),
      rule: certificateRuleText(o.rules),
      profileComplete: isProfileComplete(profile),
      certificateId: forAttempt(attemptId)?.id ?? null,
      evaluation: o.course.provider.evaluation
    }
  }

  async function issue(attemptId: string, evaluation: Evaluation): Promise<CertificateView> {
    const existing = forAttempt(attemptId)
    if (existing) return toView(existing)
    const check = await eligibility(attemptId)
    if (!check.eligible) {
      throw new ServiceError(
        'INELIGIBLE',
        `No certificate for this attempt: ${check.reasons.join(' ')}`
      )
    }
    const answers = checkEvaluation(o.course.provider.evaluation, evaluation)
    if (!answers.ok) {
      throw new ServiceError(
        'EVALUATION_INCOMPLETE',
        `Complete the evaluation first: ${answers.problems.map((p) => p.message).join(' ')}`
      )
    }
    const profile = o.store.data().profile
    if (!profile || !isProfileComplete(profile)) {
      throw new ServiceError(
        'PROFILE_INCOMPLETE',
        'Add your full name and credentials in Settings before the certificate is issued.'
      )
    }
    // A profile saved by an older version (or restored) may hold text profile:save now refuses.
    const unsafe = [profile.fullName, credentialsText(profile), profile.licenceId]
      .map((t) => firstUnsafeCharacter(t ?? ''))
      .find((ch) => ch !== null)
    if (unsafe) {
      throw new ServiceError(
        'PROFILE_INCOMPLETE',
        `Your profile contains an invisible or control character (${codePointLabel(unsafe)}); ` +
          'correct it in Settings before the certificate is issued.'
      )
    }
    const summary = await o.summary(attemptId)
    const log = await o.store.attempts.read(attemptId)
    const suspensions = suspensionTotals(log?.events ?? [])
    const input: CertificateInput = {
      certificateId: randomUUID(),
      course: { id: o.course.id, title: o.course.title, bankVersion: summary.bankVersion },
      learner: {
        fullName: profile.fullName!.trim(),
        credentials: credentialsText(profile),
        ...(profile.licenceId ? { licenceId: profile.licenceId } : {})
      },
      completedAt: localDate(summary.submittedAt!),
      attemptId,
      scorePercent: summary.scorePercent,
      passMarkPercent: summary.passMarkPercent,
      itemCount: summary.itemCount,
      correct: summary.correct,
      timeUsedSeconds: Math.round(summary.elapsedMs / 1000),
      // Practice modes may be untimed, but only a timed exam reaches issue (eligibility).
      timeAccommodation: summary.accommodation === 'untimed' ? 1 : summary.accommodation,
      suspensions: {
        count: Math.max(suspensions.count, summary.everSuspended ? 1 : 0),
        totalSeconds: Math.round(suspensions.totalMs / 1000)
      },
      estimatedHours: estimateHours([summary.estimatedSeconds]),
      objectives: [...o.course.objectives],
      issuedAt: new Date(o.clock.wallMs()).toISOString()
    }
    // Rendering once here means a certificate that cannot be drawn is never stored.
    const { signed } = await issueCertificate(o.store.dataDir, input)
    const { storedFields: _copy, ...record }: StoredCertificate = {
      id: signed.fields.certificateId,
      attemptId,
      issuedAt: signed.fields.issuedAt,
      fields: signed.fields,
      storedFields: signed.fields,
      envelope: signed.envelope,
      profile: { ...profile },
      evaluation: answers.answers
    }
    await o.store.update((draft) => {
      draft.certificates.push(record as unknown as Record<string, unknown>)
    })
    return toView({ ...record, storedFields: record.fields })
  }

  return {
    eligibility,
    claimable: () =>
      claimableAttempts({
        history: o.history,
        rules: o.rules,
        sections: o.course.sections,
        hasCertificate: (id) => forAttempt(id) !== undefined,
        eligibility
      }),
    issue: (attemptId: string, evaluation: Evaluation) =>
      serial(() => issue(attemptId, evaluation)),
    list: (): CertificateView[] =>
      stored()
        .map(toView)
        .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)),
    /**
     * Renders only from the signed payload, after checking the signature with this installation's
     * keys: a record whose stored fields were edited (and so disagree with what was signed) is
     * refused rather than printed with either version of the text.
     */
    async pdf(certificateId: string, pageSize: 'A4' | 'Letter') {
      const c = stored().find((r) => r.id === certificateId)
      if (!c) throw new ServiceError('NOT_FOUND', 'There is no certificate with this ID.')
      const verdict = verifyEnvelope(c.envelope, await knownPublicKeys(o.store.dataDir))
      if (verdict.status !== 'valid' || !verdict.fields) {
        throw new ServiceError(
          'CERTIFICATE_ALTERED',
          `This certificate record cannot be printed: its signed data does not verify with this ` +
            `installation's key (${verdict.message})`
        )
      }
      if (
        canonicalJson(c.storedFields) !== canonicalJson(verdict.fields) ||
        c.id !== verdict.fields.certificateId
      ) {
        throw new ServiceError(
          'CERTIFICATE_ALTERED',
          'This certificate record was edited: its stored details disagree with its signature, ' +
            "so it is not printed. The signed original is kept in the record's envelope."
        )
      }
      const pdf = await renderCertificatePdf(verdict.fields, c.envelope, { pageSize })
      return { filename: pdfFilename(verdict.fields), base64: Buffer.from(pdf).toString('base64') }
    },
    /**
     * With a provider's published key, only that key counts (the learner's own installation key
     * does not): the question a provider-issued certificate answers is "did this provider sign it".
     */
    async verify(pdfBase64: string, providerKey?: string): Promise<VerifyView> {
      const bytes = new Uint8Array(Buffer.from(pdfBase64, 'base64'))
      let keys: string[]
      if (providerKey !== undefined) {
        try {
          keys = [publicKeyFromText(providerKey)]
        } catch (err) {
          throw new ServiceError('INVALID_ARGS', `The provider key: ${(err as Error).message}`)
        }
      } else keys = await knownPublicKeys(o.store.dataDir)
      const kind = providerKey !== undefined ? 'provider' : 'installation'
      const { status, fields, message, checks } = await verifyCertificatePdf(bytes, keys, {
        trust: kind
      })
      const trusted = { kind, fingerprints: keys.map(fingerprintOf) } as const
      return fields
        ? { status, fields, message, checks, trusted }
        : { status, message, checks, trusted }
    },
    /** Reads the fonts in the background so the first certificate is not the slow one. */
    prewarm(): void {
      prewarmTimer = setTimeout(() => void loadCertificateFonts().catch(() => undefined), 2_000)
      prewarmTimer.unref?.()
    },
    /** Called when the app closes: a load started after closing would outlive the app. */
    cancelPrewarm(): void {
      if (prewarmTimer) clearTimeout(prewarmTimer)
      prewarmTimer = undefined
    }
  }
}

export type CertificateService = ReturnType<typeof createCertificateService>

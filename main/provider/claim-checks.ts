// The provider's own conditions on a claim, from its provider block: the exam was submitted
// within the release and expiry dates, the evaluation answers every required question (and only
// the course's questions, each within its kind), the attestation is the provider's sentence,
// and the credit claimed is of the course's type, at most the cap, in its increments and no more
// than the working time the events show.
import type { EvaluationQuestion, ProviderBlock } from '../../questions/course/types'
import {
  creditForTime,
  isClaimableCredit,
  maxClaimableCredits
} from '../../questions/course/credit'
import { checkEvaluation } from '../../questions/course/evaluation'
import type { Claim } from '../claim/format'

export function dateReasons(provider: ProviderBlock, submittedAt: string | null): string[] {
  const day = submittedAt?.slice(0, 10) ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return ['The exam has no submission date.']
  if (day < provider.releaseDate) {
    return [
      `The exam was submitted on ${day}, before the activity's release (${provider.releaseDate}).`
    ]
  }
  if (day > provider.expiryDate) {
    return [
      `The exam was submitted on ${day}, after the activity expired (${provider.expiryDate}).`
    ]
  }
  return []
}

/** The course's own evaluation check (questions/course/evaluation.ts, the same one the learner's
 * app ran before signing), worded as reasons for refusing the claim. */
export function evaluationReasons(
  questions: readonly EvaluationQuestion[],
  answers: Claim['evaluation']
): string[] {
  const check = checkEvaluation(questions, answers)
  if (check.ok) return []
  const prompt = new Map(questions.map((q) => [q.id, q.prompt]))
  return check.problems.map(({ questionId, kind }) => {
    const q = prompt.get(questionId) ?? questionId
    const answer = `The evaluation's answer to "${q}"`
    const question = questions.find((x) => x.id === questionId)
    switch (kind) {
      case 'not-asked':
        return `The evaluation answers a question the course does not ask (${questionId}).`
      case 'missing':
        return `The evaluation leaves out "${q}"`
      case 'not-in-range':
        return question?.kind === 'scale'
          ? `${answer} is not a whole number from ${question.min} to ${question.max}.`
          : `${answer} is out of range.`
      case 'not-a-choice':
        return `${answer} is not one of its choices.`
      case 'not-text':
      case 'too-long':
        return `${answer} is too long or not text.`
    }
  })
}

export function attestationReasons(provider: ProviderBlock, claim: Claim): string[] {
  const reasons: string[] = []
  if (claim.attestation.text.trim() !== provider.attestation.trim()) {
    reasons.push("The attestation is not the provider's attestation statement.")
  }
  const at = Date.parse(claim.attestation.attestedAt)
  const submitted = Date.parse(claim.attempt.submittedAt)
  if (!Number.isFinite(at) || (Number.isFinite(submitted) && at < submitted)) {
    reasons.push('The attestation is dated before the exam was submitted.')
  }
  return reasons
}

export function creditReasons(provider: ProviderBlock, claim: Claim, activeMs: number): string[] {
  const reasons: string[] = []
  const { type, maxCredits, increment, minutesPerCredit } = provider.credit
  const claimed = claim.credits.claimed
  if (claim.credits.type !== type) {
    reasons.push(
      `The claim asks for ${claim.credits.type ?? 'a record of time'}, not ${type ?? 'a record of time'}.`
    )
  }
  if (!(claimed > 0)) reasons.push('The claim asks for no credit.')
  if (claimed > maxCredits)
    reasons.push(`The claim asks for ${claimed}; the activity designates at most ${maxCredits}.`)
  const steps = claimed / increment
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    reasons.push(`The claim asks for ${claimed}, not a multiple of ${increment}.`)
  }
  const spentMinutes = activeMs / 60_000
  if (claimed > creditForTime(provider.credit, activeMs) + 1e-9) {
    reasons.push(
      `The claim asks for ${claimed} (${claimed * minutesPerCredit} min); the exam's working ` +
        `time was ${Math.floor(spentMinutes)} min ` +
        `(at most ${maxClaimableCredits(provider.credit, activeMs)}).`
    )
  }
  // The learner's side offers exactly creditChoices; whatever the reasons above say, the shared
  // rule has the last word, so the two sides can never accept different amounts.
  if (reasons.length === 0 && !isClaimableCredit(provider.credit, activeMs, claimed)) {
    reasons.push(`The claim asks for ${claimed}, which the course's credit rule does not allow.`)
  }
  return reasons
}

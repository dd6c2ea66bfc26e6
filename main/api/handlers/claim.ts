// claim:* — thin translations to the claim service, which owns every rule.
import type { Handlers } from '../dispatch'
import type { ClaimService } from '../../services/claims'

export function claimHandlers(
  claims: ClaimService
): Pick<Handlers, 'claim:prepare' | 'claim:export'> {
  return {
    'claim:prepare': ({ attemptId }) => claims.prepare(attemptId),
    'claim:export': (request) => claims.exportClaim(request)
  }
}

// profile:*, settings:* and certificate:* — thin translations to the settings and certificate
// services; the services own the rules (eligibility, one certificate per attempt, read-only course
// settings).
import type { Handlers } from '../dispatch'
import type { CertificateService } from '../../services/certificates'
import type { SettingsService } from '../../services/settings'

type CertificateChannels =
  | 'profile:get'
  | 'profile:save'
  | 'settings:get'
  | 'settings:save'
  | 'certificate:eligibility'
  | 'certificate:issue'
  | 'certificate:list'
  | 'certificate:claimable'
  | 'certificate:pdf'
  | 'certificate:verify'

export function certificateHandlers(
  settings: SettingsService,
  certificates: CertificateService
): Pick<Handlers, CertificateChannels> {
  return {
    'profile:get': () => settings.getProfile(),
    'profile:save': (input) => settings.saveProfile(input),
    'settings:get': () => settings.getSettings(),
    'settings:save': (input) => settings.saveDisplay(input),
    'certificate:eligibility': ({ attemptId }) => certificates.eligibility(attemptId),
    'certificate:issue': ({ attemptId, evaluation }) => certificates.issue(attemptId, evaluation),
    'certificate:list': () => certificates.list(),
    'certificate:claimable': () => certificates.claimable(),
    'certificate:pdf': ({ certificateId, pageSize }) => certificates.pdf(certificateId, pageSize),
    'certificate:verify': ({ pdfBase64, providerKey }) =>
      certificates.verify(pdfBase64, providerKey)
  }
}

// The learner profile and display settings in casebook.json. The course's rules (pass mark, minimum
// items, time per item…) are not settings: they ship with the app (the course value's rules, questions/content/course-rules.ts)
// and are shown read-only beside them.
import type { z } from 'zod'
import { certificateRuleText, type CourseRules } from '../../questions/engine'
import { unprintableCharacters } from '../certificate/lazy'
import type {
  ProfileView,
  SettingsView,
  displaySettingsInput,
  profileInput
} from '../../preload/contract/certificate'
import type { DataStore } from '../store/data-store'
import type { CasebookData, Profile, Settings } from '../store/schema'
import { CREDENTIALS } from '../store/schema'
import { CREDENTIALS as CONTRACT_CREDENTIALS } from '../../preload/contract/certificate'
import type { Settings as ContractSettings } from '../../preload/contract/certificate'

// The contract restates these for the page; these lines fail to compile if they ever differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameCredentials: Same<(typeof CREDENTIALS)[number], (typeof CONTRACT_CREDENTIALS)[number]> =
  true
const sameSettings: Same<Settings, ContractSettings> = true
void sameCredentials
void sameSettings

export function isProfileComplete(p: Profile | null): boolean {
  if (!p?.fullName?.trim() || !p.credentials) return false
  return p.credentials !== 'other' || Boolean(p.credentialsOther?.trim())
}

/** What the certificate prints after the name: the chosen credentials, or the "other" text. */
export function credentialsText(p: Profile): string {
  return p.credentials === 'other' ? (p.credentialsOther ?? '').trim() : (p.credentials ?? '')
}

export async function profileView(p: Profile | null): Promise<ProfileView> {
  const fullName = p?.fullName ?? ''
  let unprintable: string[] = []
  try {
    unprintable = fullName ? await unprintableCharacters(fullName) : []
  } catch {
    // Fonts unreadable: the certificate renderer reports that itself; the profile still works.
  }
  return {
    fullName,
    credentials: p?.credentials ?? null,
    credentialsOther: p?.credentialsOther ?? '',
    licenceId: p?.licenceId ?? '',
    npi: p?.npi ?? '',
    email: p?.email ?? '',
    complete: isProfileComplete(p),
    unprintable
  }
}

export function settingsView(s: Settings, rules: CourseRules): SettingsView {
  const { theme, textScale, reducedMotion } = s
  return {
    theme,
    textScale,
    reducedMotion,
    certificateRule: certificateRuleText(rules),
    course: rules
  }
}

export function createSettingsService(
  store: Pick<DataStore, 'data' | 'update'>,
  rules: CourseRules
) {
  const data = (): Readonly<CasebookData> => store.data()
  return {
    getProfile: () => profileView(data().profile),
    async saveProfile(input: z.output<typeof profileInput>): Promise<ProfileView> {
      // Optional fields left empty are removed rather than stored as "".
      const profile: Profile = {
        fullName: input.fullName,
        credentials: input.credentials,
        ...(input.credentials === 'other' && input.credentialsOther
          ? { credentialsOther: input.credentialsOther }
          : {}),
        ...(input.licenceId ? { licenceId: input.licenceId } : {}),
        ...(input.npi ? { npi: input.npi } : {}),
        ...(input.email ? { email: input.email } : {})
      }
      await store.update((draft) => {
        draft.profile = profile
      })
      return profileView(profile)
    },
    getSettings: () => settingsView(data().settings, rules),
    async saveDisplay(input: z.output<typeof displaySettingsInput>): Promise<SettingsView> {
      await store.update((draft) => {
        if (input.theme !== undefined) draft.settings.theme = input.theme
        if (input.textScale !== undefined) draft.settings.textScale = input.textScale
        if (input.reducedMotion !== undefined) draft.settings.reducedMotion = input.reducedMotion
      })
      return settingsView(data().settings, rules)
    }
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>

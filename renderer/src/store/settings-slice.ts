// The learner profile and settings. Display settings apply to the page the moment they change and
// are then saved in main; if saving fails the page shows the error and keeps what it applied.
import type { Api, ProfileInput, ProfileView, SettingsView } from '../../../preload/contract'
import { applyDisplaySettings, type DisplaySettings } from '../ui/display'
import type { SliceCreator } from './types'

export interface SettingsSlice {
  settings: SettingsView | null
  profile: ProfileView | null
  loadSettings(): Promise<void>
  saveDisplay(change: Partial<DisplaySettings>): Promise<void>
  /** Resolves to the saved profile, or to the error message for the form. */
  saveProfile(input: ProfileInput): Promise<{ ok: true } | { ok: false; message: string }>
}

export const createSettingsSlice =
  (api: Api): SliceCreator<SettingsSlice> =>
  (set, get) => {
    let latestDisplaySave = 0
    return {
      settings: null,
      profile: null,
      async loadSettings() {
        // A display change made while this load is in flight is newer than what the load read:
        // the load must not put the old theme back on screen (the change's own answer follows).
        const saveBeforeLoad = latestDisplaySave
        const [settings, profile] = await Promise.all([
          api['settings:get']({}),
          api['profile:get']({})
        ])
        if (!settings.ok) set({ error: settings.error })
        else if (latestDisplaySave === saveBeforeLoad) {
          set({ settings: settings.value })
          applyDisplaySettings(settings.value)
        }
        if (profile.ok) set({ profile: profile.value })
        else set({ error: profile.error })
      },
      async saveDisplay(change) {
        const current = get().settings
        if (current) {
          const next = { ...current, ...change }
          set({ settings: next })
          applyDisplaySettings(next)
        }
        // Two quick changes each get an answer; only the latest may set what is shown, or the
        // first answer, arriving late, would undo the second change on screen.
        const request = ++latestDisplaySave
        const result = await api['settings:save'](change)
        if (request !== latestDisplaySave) return
        if (result.ok) {
          set({ settings: result.value })
          applyDisplaySettings(result.value)
        } else set({ error: result.error })
      },
      async saveProfile(input) {
        const result = await api['profile:save'](input)
        if (!result.ok) return { ok: false, message: result.error.message }
        set({ profile: result.value })
        return { ok: true }
      }
    }
  }

// App-wide state: what main told us at start-up, the current screen, and one place for errors.
import type { Api, ApiErrorBody, AppInfo } from '../../../preload/contract'
import type { Route } from './routes'
import type { SliceCreator } from './types'

export interface AppSlice {
  info: AppInfo | null
  route: Route
  /** The last failure to show the learner; cleared when they dismiss it or navigate. */
  error: ApiErrorBody | null
  loadInfo(): Promise<void>
  navigate(route: Route): void
  showError(error: ApiErrorBody | null): void
  dismissNotices(): Promise<void>
  openReference(url: string): Promise<void>
}

export const createAppSlice =
  (api: Api): SliceCreator<AppSlice> =>
  (set, get) => ({
    info: null,
    route: { name: 'home' },
    error: null,
    async loadInfo() {
      const result = await api['app:info']({})
      if (result.ok) set({ info: result.value })
      else set({ error: result.error })
    },
    navigate(route) {
      set({ route, error: null })
    },
    showError(error) {
      set({ error })
    },
    async dismissNotices() {
      const result = await api['app:dismissNotices']({})
      if (!result.ok) return set({ error: result.error })
      const info = get().info
      if (info) set({ info: { ...info, notices: [] } })
    },
    async openReference(url) {
      // Main opens https links in the system browser where it can (Electron); where it cannot (the
      // browser edition answers opened: false) the page opens them, in a new tab without access
      // to this one. Main refuses anything but https, so the page never opens what main refused.
      const result = await api['app:openExternal']({ url })
      if (!result.ok) return set({ error: result.error })
      if (!result.value.opened) window.open(url, '_blank', 'noopener,noreferrer')
    }
  })

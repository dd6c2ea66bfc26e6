// app:* — what the page needs to know about this installation, and opening references.
import { TIMER_POLICY_TEXT } from '../../../questions/engine'
import type { Handlers } from '../dispatch'
import { ApiError } from '../errors'
import type { Services } from '../../app/services'
import { isSafeExternalUrl } from '../../app/external-links'

export const APP_NAME = 'RLS Casebook'

export function appHandlers(
  s: Services
): Pick<Handlers, 'app:info' | 'app:openExternal' | 'app:dismissNotices'> {
  return {
    'app:info': () => ({
      appName: APP_NAME,
      appVersion: s.appVersion,
      bank: { id: s.course.id, version: s.course.version, title: s.course.title },
      edition: s.edition,
      dataDir: s.store.dataDir,
      notices: s.noticesVisible() ? [...s.store.notices] : [],
      timerPolicy: TIMER_POLICY_TEXT
    }),
    'app:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new ApiError('NOT_ALLOWED', 'Only https links to references can be opened.')
      }
      if (!s.openExternal) return { opened: false }
      // electronegativity note OPEN_EXTERNAL_JS_CHECK: checked just above (https only, no
      // credentials); the Electron edition checks again before calling shell.openExternal.
      await s.openExternal(url)
      return { opened: true }
    },
    'app:dismissNotices': () => {
      const count = s.store.notices.length
      s.dismissNotices()
      return { dismissed: count }
    }
  }
}

import { z } from 'zod'
import { channel } from './define'
import type { AppInfo } from './types'

export const appChannels = {
  /** Edition, versions, data folder and any data-recovery notices from start-up. */
  'app:info': channel<AppInfo>()(z.strictObject({})),
  /** Opens a reference in the system browser. Only https: URLs are allowed. */
  'app:openExternal': channel<{ opened: boolean }>()(z.strictObject({ url: z.string().max(2048) })),
  /** The learner has read the data-recovery notice; stop showing it. */
  'app:dismissNotices': channel<{ dismissed: number }>()(z.strictObject({}))
}

// Past attempts, as summaries from main's history index.
import type { Api } from '../../../preload/contract'
import type { AttemptSummary } from '../../../questions/engine'
import type { SliceCreator } from './types'

export interface HistorySlice {
  history: AttemptSummary[] | null
  loadHistory(): Promise<void>
}

export const createHistorySlice =
  (api: Api): SliceCreator<HistorySlice> =>
  (set) => ({
    history: null,
    async loadHistory() {
      const result = await api['history:list']({})
      if (result.ok) set({ history: result.value })
      else set({ error: result.error })
    }
  })

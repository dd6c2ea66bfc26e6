// createAppStore(api): the one store, built around an injected API so tests and both editions
// share it. Quiz data is never persisted here: main is the single source of truth.
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Api } from '../../../preload/contract'
import { createAppSlice } from './app-slice'
import { createCertificateSlice } from './certificate-slice'
import { createCourseSlice } from './course-slice'
import { createHistorySlice } from './history-slice'
import { createProgressSlice } from './progress-slice'
import { createQuizSlice } from './quiz-slice'
import { createSettingsSlice } from './settings-slice'
import type { AppState } from './types'

export type AppStore = StoreApi<AppState>

export function createAppStore(api: Api): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createAppSlice(api)(...args),
    ...createCourseSlice(api)(...args),
    ...createQuizSlice(api)(...args),
    ...createHistorySlice(api)(...args),
    ...createProgressSlice(api)(...args),
    ...createSettingsSlice(api)(...args),
    ...createCertificateSlice(api)(...args)
  }))
}

export const StoreContext = createContext<AppStore | null>(null)

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore used outside StoreContext')
  return useStore(store, selector)
}

export type { AppState }
export type { Route } from './routes'

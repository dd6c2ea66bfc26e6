// The shape of the one renderer store, composed from feature slices.
import type { StateCreator } from 'zustand'
import type { AppSlice } from './app-slice'
import type { QuizSlice } from './quiz-slice'
import type { HistorySlice } from './history-slice'
import type { ProgressSlice } from './progress-slice'
import type { SettingsSlice } from './settings-slice'
import type { CertificateSlice } from './certificate-slice'
import type { CourseSlice } from './course-slice'

export type AppState = AppSlice &
  CourseSlice &
  QuizSlice &
  HistorySlice &
  ProgressSlice &
  SettingsSlice &
  CertificateSlice

export type SliceCreator<T> = StateCreator<AppState, [], [], T>

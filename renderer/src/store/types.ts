// The shape of the one renderer store, composed from feature slices.
import type { StateCreator } from 'zustand'
import type { AppSlice } from './app-slice'
import type { QuizSlice } from './quiz-slice'
import type { HistorySlice } from './history-slice'

export type AppState = AppSlice & QuizSlice & HistorySlice

export type SliceCreator<T> = StateCreator<AppState, [], [], T>

// Every screen but Home loads on first visit: the first screen then needs neither the course
// content (sections, references) nor zod (profile form), and starts sooner (issue #8).
import { lazy, type ComponentType } from 'react'

/** React.lazy for a module's named export. */
function screen<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}

export const SetupView = screen(() => import('./features/quiz/SetupView'), 'SetupView')
export const PlayerScreen = screen(() => import('./features/quiz/PlayerScreen'), 'PlayerScreen')
export const ResultsView = screen(() => import('./features/review/ResultsView'), 'ResultsView')
export const ReviewView = screen(() => import('./features/review/ReviewView'), 'ReviewView')
export const HistoryView = screen(() => import('./features/home/HistoryView'), 'HistoryView')
export const CertificatesView = screen(
  () => import('./features/certificate/CertificatesView'),
  'CertificatesView'
)
export const VerifyView = screen(() => import('./features/certificate/VerifyView'), 'VerifyView')
export const SettingsView = screen(() => import('./features/settings/SettingsView'), 'SettingsView')
// The dashboard appears on Home only once there is history, so a new learner never loads it.
export const DashboardView = screen(
  () => import('./features/dashboard/DashboardView'),
  'DashboardView'
)

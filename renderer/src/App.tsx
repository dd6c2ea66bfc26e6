// The application frame: skip link, header with navigation, the current screen, and app-wide
// messages (start-up data recovery notices and the last error).
import { Suspense, useEffect, type ReactElement } from 'react'
import { HomeView } from './features/home/HomeView'
import { RecoveryNotices } from './features/home/RecoveryNotices'
import { ErrorBanner } from './ui/ErrorBanner'
import { ScreenBoundary } from './ui/ScreenBoundary'
import {
  CertificatesView,
  HistoryView,
  PlayerScreen,
  ResultsView,
  ReviewView,
  SettingsView,
  SetupView,
  VerifyView
} from './screens'
import { useAppStore, type Route } from './store'
import type { RouteName } from './store/routes'

const NAV: { name: RouteName; label: string }[] = [
  { name: 'home', label: 'Home' },
  { name: 'setup', label: 'New quiz' },
  { name: 'history', label: 'History' },
  { name: 'certificates', label: 'Certificates' },
  { name: 'verify', label: 'Verify' },
  { name: 'settings', label: 'Settings' }
]

function screenFor(route: Route): ReactElement {
  switch (route.name) {
    case 'home':
      return <HomeView />
    case 'setup':
      return <SetupView />
    case 'player':
      return <PlayerScreen />
    case 'results':
      return <ResultsView attemptId={route.attemptId} />
    case 'review':
      return <ReviewView attemptId={route.attemptId} initialIndex={route.itemIndex} />
    case 'history':
      return <HistoryView />
    case 'certificates':
      return <CertificatesView />
    case 'verify':
      return <VerifyView />
    case 'settings':
      return <SettingsView />
    default:
      return <HomeView />
  }
}

export function App(): ReactElement {
  const route = useAppStore((s) => s.route)
  const navigate = useAppStore((s) => s.navigate)
  const loadInfo = useAppStore((s) => s.loadInfo)
  const loadCourse = useAppStore((s) => s.loadCourse)
  const loadSettings = useAppStore((s) => s.loadSettings)
  const inQuiz = route.name === 'player'

  useEffect(() => {
    void loadInfo()
    void loadCourse()
    void loadSettings() // display settings apply before the first screen is used
  }, [loadInfo, loadCourse, loadSettings])

  useEffect(() => {
    const titles: Partial<Record<RouteName, string>> = {
      setup: 'New quiz',
      player: 'Quiz',
      results: 'Results',
      review: 'Review',
      history: 'History',
      certificates: 'Certificates',
      verify: 'Verify a certificate',
      settings: 'Settings'
    }
    const title = titles[route.name]
    document.title = title ? `${title} — RLS Casebook` : 'RLS Casebook'
  }, [route.name])

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className={`app-header${inQuiz ? ' app-header-quiz' : ''}`}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            RLS
          </span>
          <span>RLS Casebook</span>
        </div>
        {!inQuiz && (
          <nav className="app-nav" aria-label="Main">
            {NAV.map((item) => (
              <button
                key={item.name}
                type="button"
                aria-current={route.name === item.name ? 'page' : undefined}
                onClick={() => navigate({ name: item.name } as Route)}
              >
                {item.label}
              </button>
            ))}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <RecoveryNotices />
        <ErrorBanner />
        <ScreenBoundary key={route.name}>
          <Suspense
            fallback={
              <p className="page muted" aria-busy="true">
                Loading…
              </p>
            }
          >
            {screenFor(route)}
          </Suspense>
        </ScreenBoundary>
      </main>
    </>
  )
}

import { Suspense, useEffect, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { DashboardView } from '../../screens'
import { RestoreNotice } from './RestoreNotice'
import { ResumeCard } from './ResumeCard'
import './home.css'

/**
 * The first screen: what the course is, a way in, a quiz to resume, and — once there is history —
 * the dashboard; before that, what a new learner should do first.
 */
export function HomeView(): ReactElement {
  const info = useAppStore((s) => s.info)
  const title = useAppStore((s) => s.course?.title ?? s.info?.bank.title ?? '')
  const history = useAppStore((s) => s.history)
  const loadHistory = useAppStore((s) => s.loadHistory)
  const navigate = useAppStore((s) => s.navigate)
  useEffect(() => {
    void loadHistory()
  }, [loadHistory])

  return (
    <div className="page">
      <RestoreNotice />
      <section className="hero card" aria-labelledby="home-title">
        <p className="eyebrow">Continuing education · self-assessment</p>
        <h1 id="home-title">{title}</h1>
        <p className="lead">
          Case-based questions on what drives and aggravates RLS: the medication that worsens the
          legs, the “normal” ferritin that still calls for iron, and the mimics that are not RLS at
          all. Every answer is explained, with primary references.
        </p>
        <div className="row">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="start-quiz"
            onClick={() => navigate({ name: 'setup' })}
          >
            Start a quiz
          </button>
          {info && <span className="muted small">Question bank {info.bank.version}</span>}
        </div>
      </section>

      <ResumeCard />

      {history !== null && history.length > 0 ? (
        <Suspense fallback={<p aria-busy="true">Loading your progress…</p>}>
          <DashboardView history={history} />
        </Suspense>
      ) : (
        <section className="stack home-section" aria-labelledby="recent-title">
          <h2 id="recent-title">Recent quizzes</h2>
          {history === null ? (
            <p aria-busy="true">Loading…</p>
          ) : (
            <div className="card">
              <p>
                You have not taken a quiz yet. A good first step is a 10-item tutor quiz: you will
                see the explanation after each answer.
              </p>
            </div>
          )}
        </section>
      )}
    </div>
  )
}

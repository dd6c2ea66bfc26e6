// The home screen once there is history: where the learner stands, what to study next, every
// attempt with its review, and their data.
import { useEffect, type ReactElement } from 'react'
import type { AttemptSummary } from '../../../../questions/engine'
import { SCORING_RULE } from '../../../../questions/progress/stats'
import { useAppStore } from '../../store'
import { formatDuration } from '../../ui/format'
import { HistoryTable } from '../home/HistoryTable'
import { CalibrationChart } from './CalibrationChart'
import { DataPanel } from './DataPanel'
import { MasteryChart } from './MasteryChart'
import { NextSteps } from './NextSteps'
import { StudyPlan } from './StudyPlan'
import { TrendChart } from './TrendChart'
import './dashboard.css'

/** Under a minute, tenths of a second: quick answers should not all read "0 s". */
const perItem = (ms: number): string =>
  ms < 60_000 ? `${(Math.round(ms / 100) / 10).toLocaleString('en-US')} s` : formatDuration(ms)

export function DashboardView({ history }: { history: AttemptSummary[] }): ReactElement {
  const data = useAppStore((s) => s.dashboard)
  const loadDashboard = useAppStore((s) => s.loadDashboard)
  useEffect(() => {
    void loadDashboard()
  }, [loadDashboard, history.length])
  if (!data) return <p aria-busy="true">Loading your progress…</p>
  const { stats } = data
  const passMark = stats.trend.at(-1)?.passMarkPercent ?? 75
  const unanswered = stats.itemsPresented - stats.itemsAnswered
  return (
    <div className="dashboard stack" data-testid="dashboard">
      <section aria-labelledby="progress-title" className="stack">
        <h2 id="progress-title">Your progress</h2>
        <p className="small muted" data-testid="scoring-rule">
          {SCORING_RULE}
        </p>
        <dl className="stat-tiles">
          <div className="stat-tile">
            <dt>Quizzes</dt>
            <dd>{stats.attempts}</dd>
          </div>
          <div className="stat-tile" data-testid="items-tile">
            <dt>Items</dt>
            <dd>
              {stats.itemsPresented}
              <span className="stat-sub">
                {' '}
                · {stats.itemsCorrect} right ({stats.percentCorrect}%)
                {unanswered > 0 && ` · ${unanswered} unanswered`}
              </span>
            </dd>
          </div>
          <div className="stat-tile">
            <dt>Average time per item</dt>
            <dd>{stats.avgMsPerItem === null ? '—' : perItem(stats.avgMsPerItem)}</dd>
          </div>
        </dl>
      </section>

      {/* The weakest section is in the study plan, with its counts. */}
      <StudyPlan data={data} />
      <NextSteps data={data} />

      <div className="chart-grid-2">
        {stats.mastery.length > 0 ? (
          <MasteryChart mastery={stats.mastery} passMarkPercent={passMark} />
        ) : (
          <p className="card">Answer a few questions to see how you do in each section.</p>
        )}
      </div>
      {stats.unseenSections.length > 0 && (
        <p className="small muted">
          Not yet tried: {stats.unseenSections.map((s) => s.title).join(', ')}.
        </p>
      )}

      <div className="chart-grid-2">
        <TrendChart trend={stats.trend} />
        {stats.calibration.length > 0 ? (
          <CalibrationChart rows={stats.calibration} />
        ) : (
          <div className="card stack">
            <h3>Confidence calibration</h3>
            <p className="small">
              Turn on “Rate my confidence” when you set up a quiz to see how often your “sure”
              answers are right — a quick check on overconfidence.
            </p>
          </div>
        )}
      </div>

      <section className="stack" aria-labelledby="attempts-title">
        <h2 id="attempts-title">All quizzes</h2>
        <div className="card">
          <HistoryTable attempts={history} />
        </div>
      </section>

      <DataPanel />
    </div>
  )
}

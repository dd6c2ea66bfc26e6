// Score per submitted quiz, oldest to newest, against the pass mark.
import type { ReactElement } from 'react'
import type { TrendPoint } from '../../../../questions/progress'
import { formatDate } from '../../ui/format'
import { ChartFrame } from './ChartFrame'

const W = 520
const H = 240
const PAD = { left: 44, right: 16, top: 14, bottom: 34 }

export function TrendChart({ trend }: { trend: TrendPoint[] }): ReactElement {
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const x = (i: number): number =>
    PAD.left + (trend.length === 1 ? innerW / 2 : (i / (trend.length - 1)) * innerW)
  const y = (p: number): number => PAD.top + innerH - (p / 100) * innerH
  const passMark = trend.at(-1)?.passMarkPercent ?? 75
  const last = trend.at(-1)
  const first = trend[0]
  const path = trend.map((t, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(t.scorePercent)}`).join(' ')
  return (
    <ChartFrame
      id="trend-chart"
      title="Score trend"
      description={
        last && first
          ? `${trend.length} quizzes. First score ${first.scorePercent}%, latest ${last.scorePercent}%. ` +
            `Pass mark ${passMark}%.`
          : 'No quizzes yet.'
      }
      width={W}
      height={H}
      table={{
        caption: 'Score per quiz, oldest first',
        columns: ['Quiz', 'Date', 'Mode', 'Score', 'Result'],
        rows: trend.map((t, i) => [
          `#${i + 1}`,
          formatDate(t.submittedAt),
          t.mode === 'timed' ? 'Timed exam' : 'Tutor',
          `${t.scorePercent}%`,
          t.passed ? 'Passed' : 'Not passed'
        ])
      }}
    >
      {[0, 25, 50, 75, 100].map((p) => (
        <g key={p}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} className="chart-grid" />
          <text x={PAD.left - 8} y={y(p) + 4} textAnchor="end" className="chart-axis">
            {p}%
          </text>
        </g>
      ))}
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={y(passMark)}
        y2={y(passMark)}
        className="chart-passline"
      />
      <path d={path} className="chart-line" />
      {trend.map((t, i) => (
        <g key={t.attemptId}>
          <circle
            cx={x(i)}
            cy={y(t.scorePercent)}
            r={5}
            className={t.passed ? 'chart-dot-pass' : 'chart-dot-fail'}
          />
          <text x={x(i)} y={H - 12} textAnchor="middle" className="chart-axis">
            #{i + 1}
          </text>
        </g>
      ))}
    </ChartFrame>
  )
}

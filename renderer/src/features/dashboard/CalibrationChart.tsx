// How often "sure", "unsure" and "guess" answers were right. Well calibrated: sure > unsure > guess.
import type { ReactElement } from 'react'
import type { CalibrationRow } from '../../../../questions/progress'
import { ChartFrame } from './ChartFrame'

const W = 520
const H = 240
const PAD = { left: 44, top: 14, bottom: 40 }
const LABELS = { sure: 'Sure', unsure: 'Unsure', guess: 'Guess' } as const

export function CalibrationChart({ rows }: { rows: CalibrationRow[] }): ReactElement {
  const innerH = H - PAD.top - PAD.bottom
  const y = (p: number): number => PAD.top + innerH - (p / 100) * innerH
  const slot = (W - PAD.left - 16) / Math.max(rows.length, 1)
  const sure = rows.find((r) => r.confidence === 'sure')
  return (
    <ChartFrame
      id="calibration-chart"
      title="Confidence calibration"
      description={
        rows
          .map((r) => `${LABELS[r.confidence]}: ${r.percent}% right of ${r.answered}`)
          .join('. ') + '.'
      }
      width={W}
      height={H}
      table={{
        caption: 'Answers right by confidence rating',
        columns: ['Confidence', 'Right', 'Answered', 'Percent right'],
        rows: rows.map((r) => [LABELS[r.confidence], r.correct, r.answered, `${r.percent}%`])
      }}
      footer={
        sure && sure.percent < 80 ? (
          <p className="small">
            Only {sure.percent}% of your “sure” answers were right: some things you feel certain
            about need another look.
          </p>
        ) : null
      }
    >
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line x1={PAD.left} x2={W - 16} y1={y(p)} y2={y(p)} className="chart-grid" />
          <text x={PAD.left - 8} y={y(p) + 4} textAnchor="end" className="chart-axis">
            {p}%
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const cx = PAD.left + slot * i + slot / 2
        const bw = Math.min(80, slot * 0.6)
        return (
          <g key={r.confidence}>
            <rect
              x={cx - bw / 2}
              y={y(r.percent)}
              width={bw}
              height={Math.max(1, y(0) - y(r.percent))}
              className={`chart-bar-${r.confidence}`}
              rx={3}
            />
            <text x={cx} y={y(r.percent) - 6} textAnchor="middle" className="chart-value">
              {r.percent}%
            </text>
            <text x={cx} y={H - 20} textAnchor="middle" className="chart-label">
              {LABELS[r.confidence]}
            </text>
            <text x={cx} y={H - 5} textAnchor="middle" className="chart-axis">
              {r.correct}/{r.answered}
            </text>
          </g>
        )
      })}
    </ChartFrame>
  )
}

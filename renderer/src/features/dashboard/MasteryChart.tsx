// Mastery per section as horizontal bars, weakest first: the section to study next is on top.
// Each section's name sits on its own line above its bar, so a long name ("Renal, pregnancy and
// other systemic contexts") can never run into the bar, whatever the width or text size.
import type { ReactElement } from 'react'
import type { SectionMastery } from '../../../../questions/progress'
import { ChartFrame } from './ChartFrame'

const W = 760
const BAR = 600
const ROW = 50

export function MasteryChart(props: {
  mastery: SectionMastery[]
  passMarkPercent: number
}): ReactElement {
  const { mastery, passMarkPercent } = props
  const height = mastery.length * ROW + 28
  const x = (p: number): number => (p / 100) * BAR
  const weakest = mastery[0]
  return (
    <ChartFrame
      id="mastery-chart"
      title="Mastery by section (weakest first)"
      description={
        weakest
          ? `Share of items right per section. Weakest: ${weakest.title}, ${weakest.percent}% ` +
            `(${weakest.correct} of ${weakest.items}). Pass mark ${passMarkPercent}%.`
          : 'No answers yet.'
      }
      width={W}
      height={height}
      table={{
        caption: 'Mastery by section, weakest first',
        columns: ['Section', 'Right', 'Items', 'Unanswered', 'Percent right'],
        rows: mastery.map((m) => [
          m.title,
          m.correct,
          m.items,
          m.items - m.answered,
          `${m.percent}%`
        ])
      }}
    >
      {mastery.map((m, i) => {
        const y = i * ROW
        const weak = m.percent < passMarkPercent
        return (
          <g key={m.section}>
            <text x={0} y={y + 16} className="chart-label">
              {m.title}
            </text>
            <rect x={0} y={y + 22} width={BAR} height={18} className="chart-track" rx={4} />
            <rect
              x={0}
              y={y + 22}
              width={Math.max(2, (m.percent / 100) * BAR)}
              height={18}
              className={weak ? 'chart-bar-weak' : 'chart-bar-strong'}
              rx={4}
            />
            <text x={BAR + 10} y={y + 36} className="chart-value">
              {m.percent}% · {m.correct}/{m.items}
            </text>
          </g>
        )
      })}
      <line
        x1={x(passMarkPercent)}
        x2={x(passMarkPercent)}
        y1={18}
        y2={height - 22}
        className="chart-passline"
      />
      <text x={x(passMarkPercent)} y={height - 6} textAnchor="middle" className="chart-axis">
        pass mark {passMarkPercent}%
      </text>
    </ChartFrame>
  )
}

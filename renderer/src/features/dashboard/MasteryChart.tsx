// Mastery per section as horizontal bars, weakest first: the section to study next is on top.
import type { ReactElement } from 'react'
import type { SectionMastery } from '../../../../questions/progress'
import { ChartFrame } from './ChartFrame'

const W = 760
const LABEL = 320
const BAR = 330
const ROW = 34

export function MasteryChart(props: {
  mastery: SectionMastery[]
  passMarkPercent: number
}): ReactElement {
  const { mastery, passMarkPercent } = props
  const height = mastery.length * ROW + 28
  const x = (p: number): number => LABEL + (p / 100) * BAR
  const weakest = mastery[0]
  return (
    <ChartFrame
      id="mastery-chart"
      title="Mastery by section (weakest first)"
      description={
        weakest
          ? `Share of answers right per section. Weakest: ${weakest.title}, ${weakest.percent}% ` +
            `(${weakest.correct} of ${weakest.answered}). Pass mark ${passMarkPercent}%.`
          : 'No answers yet.'
      }
      width={W}
      height={height}
      table={{
        caption: 'Mastery by section, weakest first',
        columns: ['Section', 'Right', 'Answered', 'Percent right'],
        rows: mastery.map((m) => [m.title, m.correct, m.answered, `${m.percent}%`])
      }}
    >
      {mastery.map((m, i) => {
        const y = i * ROW + 4
        const weak = m.percent < passMarkPercent
        return (
          <g key={m.section}>
            <text x={0} y={y + 19} className="chart-label">
              {m.title}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={BAR}
              height={ROW - 12}
              className="chart-track"
              rx={4}
            />
            <rect
              x={LABEL}
              y={y + 4}
              width={Math.max(2, (m.percent / 100) * BAR)}
              height={ROW - 12}
              className={weak ? 'chart-bar-weak' : 'chart-bar-strong'}
              rx={4}
            />
            <text x={LABEL + BAR + 10} y={y + 19} className="chart-value">
              {m.percent}% · {m.correct}/{m.answered}
            </text>
          </g>
        )
      })}
      <line
        x1={x(passMarkPercent)}
        x2={x(passMarkPercent)}
        y1={0}
        y2={height - 22}
        className="chart-passline"
      />
      <text x={x(passMarkPercent)} y={height - 6} textAnchor="middle" className="chart-axis">
        pass mark {passMarkPercent}%
      </text>
    </ChartFrame>
  )
}

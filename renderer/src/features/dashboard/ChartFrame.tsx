// One frame for every chart: a heading, an SVG with its own title and description for screen
// readers, and the same numbers as a table behind "Show as table".
import type { ReactElement, ReactNode } from 'react'

export interface TableData {
  caption: string
  columns: string[]
  rows: (string | number)[][]
}

interface ChartFrameProps {
  id: string
  title: string
  /** One sentence that says what the chart shows (read by screen readers as the description). */
  description: string
  width: number
  height: number
  table: TableData
  children: ReactNode
  footer?: ReactNode
}

export function ChartFrame(props: ChartFrameProps): ReactElement {
  const { id, title, description, width, height, table, children, footer } = props
  return (
    <figure className="card chart" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {footer}
      <details className="chart-table">
        <summary>Show as table</summary>
        <table>
          <caption className="visually-hidden">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  )
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

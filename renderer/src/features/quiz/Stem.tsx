// The vignette, split into paragraphs at blank lines, at a readable measure.
import type { ReactElement } from 'react'

export function Stem({ text }: { text: string }): ReactElement {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <div className="stem prose">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  )
}

// The course's sections (course:info) as checkboxes, all chosen by default, with select all / none.
import type { ReactElement } from 'react'
import type { CourseSection } from '../../../../questions/course/types'
import type { SectionId } from '../../../../questions/item'

interface SectionsFieldProps {
  sections: readonly CourseSection[]
  value: readonly SectionId[]
  onChange(next: SectionId[]): void
}

export function SectionsField({ sections, value, onChange }: SectionsFieldProps): ReactElement {
  const chosen = new Set(value)
  const toggle = (id: SectionId, on: boolean): void => {
    // Keep the course order whatever the click order was.
    onChange(sections.map((s) => s.id).filter((s) => (s === id ? on : chosen.has(s))))
  }
  return (
    <fieldset className="choice-group sections-field" aria-describedby="sections-count">
      <legend>Sections</legend>
      <div className="row sections-tools">
        <span id="sections-count" className="small muted">
          {chosen.size} of {sections.length} selected
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange(sections.map((s) => s.id))}
          disabled={chosen.size === sections.length}
        >
          Select all
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange([])}
          disabled={chosen.size === 0}
        >
          Select none
        </button>
      </div>
      <div className="section-grid">
        {sections.map((s) => (
          <label key={s.id} className="choice" htmlFor={`section-${s.id}`}>
            <input
              id={`section-${s.id}`}
              type="checkbox"
              checked={chosen.has(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
            <span className="choice-body">
              <span className="choice-label">{s.title}</span>
              <span className="choice-hint">{s.summary}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

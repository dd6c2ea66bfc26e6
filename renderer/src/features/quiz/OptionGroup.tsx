// Options A–E as one native radio group named by the lead-in. Each option has its own
// strike-out button (Restore undoes it). Striking out the chosen option deselects it; a struck
// option can still be chosen again, which is the learner changing their mind.
import type { ReactElement } from 'react'
import type { PlayerItem } from '../../../../questions/engine'
import type { OptionId } from '../../../../questions/item'

interface OptionGroupProps {
  item: PlayerItem
  labelledBy: string
  selected: OptionId | null
  struck: readonly OptionId[]
  onSelect(id: OptionId): void
  onStrike(id: OptionId, struck: boolean): void
}

export function OptionGroup(props: OptionGroupProps): ReactElement {
  const { item, labelledBy, selected, struck, onSelect, onStrike } = props
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      className="option-group"
      data-testid="options"
    >
      {item.options.map((option) => {
        const inputId = `item-${item.index}-opt-${option.id}`
        const isStruck = struck.includes(option.id)
        const isSelected = selected === option.id
        return (
          <div
            key={option.id}
            data-option={option.id}
            className={`option${isSelected ? ' is-selected' : ''}${isStruck ? ' is-struck' : ''}`}
          >
            <input
              id={inputId}
              type="radio"
              name={`item-${item.index}`}
              value={option.id}
              checked={isSelected}
              onChange={() => onSelect(option.id)}
            />
            <label htmlFor={inputId} className="option-label">
              <span className="option-letter">{option.id}.</span>{' '}
              <span className="option-text">{option.text}</span>
              {isStruck && <span className="visually-hidden"> (struck out)</span>}
            </label>
            <button
              type="button"
              className="strike-btn"
              // The visible word changes with the state and the name contains it (WCAG 2.5.3);
              // the option's own label also says "struck out".
              aria-label={
                isStruck ? `Restore option ${option.id}` : `Strike out option ${option.id}`
              }
              title={isStruck ? 'Restore (X)' : 'Strike out (X)'}
              onClick={() => onStrike(option.id, !isStruck)}
            >
              {isStruck ? 'Restore' : 'Strike out'}
            </button>
          </div>
        )
      })}
    </div>
  )
}

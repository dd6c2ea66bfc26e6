// One item: counter and flag, vignette, lead-in (the heading that takes focus on arrival),
// options or (tutor mode, once answered) the feedback, and the move buttons.
import { useEffect, useRef, type ReactElement } from 'react'
import type { Confidence, ItemResponse, PlayerItem } from '../../../../questions/engine'
import type { OptionId } from '../../../../questions/item'
import { ItemExplanation, Outcome } from '../../ui/components/ItemExplanation'
import { ConfidenceGroup } from './ConfidenceGroup'
import { OptionGroup } from './OptionGroup'
import { Stem } from './Stem'

interface ItemPanelProps {
  item: PlayerItem
  total: number
  response: ItemResponse
  tutor: boolean
  askConfidence: boolean
  /** The option shown as chosen: main's answer, or the tutor-mode draft. */
  selected: OptionId | null
  confidence: Confidence | null
  confidenceMissing: boolean
  onSelect(id: OptionId): void
  onStrike(id: OptionId, struck: boolean): void
  onConfidence(value: Confidence): void
  onFlag(): void
  onSubmitAnswer(): void
  onPrev(): void
  onNext(): void
}

export function ItemPanel(props: ItemPanelProps): ReactElement {
  const { item, total, response, tutor, askConfidence, selected, confidence } = props
  const headingRef = useRef<HTMLHeadingElement>(null)
  const outcomeRef = useRef<HTMLDivElement>(null)
  const questionId = `item-${item.index}-question`
  const feedback = item.revealed ? item.feedback : null

  // Arriving on an item puts focus on its lead-in (issue #9 §2), but the page starts at the top
  // so the vignette is read first rather than scrolled away by the focus.
  useEffect(() => {
    window.scrollTo({ top: 0 })
    headingRef.current?.focus({ preventScroll: true })
  }, [item.index])
  // Tutor feedback appearing moves focus to the verdict, which is read out first.
  const revealed = item.revealed
  const firstRender = useRef(true)
  useEffect(() => {
    if (!firstRender.current && revealed) outcomeRef.current?.focus()
    firstRender.current = false
  }, [revealed])

  return (
    <article className="item-panel" aria-labelledby={questionId}>
      <div className="item-head">
        <h1 className="item-counter">
          Item {item.index + 1} <span className="muted">of {total}</span>
        </h1>
        <button
          type="button"
          className={`btn btn-flag${response.flagged ? ' is-on' : ''}`}
          aria-pressed={response.flagged}
          aria-keyshortcuts="F"
          onClick={props.onFlag}
          data-testid="flag"
        >
          <span aria-hidden="true">⚑</span> {response.flagged ? 'Flagged' : 'Flag'}
        </button>
      </div>
      <Stem text={item.stem} exhibits={item.exhibits} />
      <h2 id={questionId} className="lead-in" tabIndex={-1} ref={headingRef}>
        {item.question}
      </h2>
      {feedback ? (
        <div className="feedback">
          <Outcome
            ref={outcomeRef}
            chosen={response.optionId}
            correctId={feedback.correctOptionId}
            confidence={response.confidence}
          />
          <ItemExplanation
            options={feedback.options.map((o) => ({
              ...o,
              text: item.options.find((x) => x.id === o.id)?.text ?? ''
            }))}
            chosen={response.optionId}
            objective={feedback.objective}
            explanation={feedback.explanation}
            evidenceNote={feedback.evidenceNote}
            references={feedback.references}
          />
        </div>
      ) : (
        <>
          <OptionGroup
            item={item}
            labelledBy={questionId}
            selected={selected}
            struck={response.struck}
            onSelect={props.onSelect}
            onStrike={props.onStrike}
          />
          {askConfidence && (
            <ConfidenceGroup
              itemIndex={item.index}
              value={confidence}
              onChange={props.onConfidence}
            />
          )}
          {props.confidenceMissing && (
            <p className="field-error" role="alert">
              Rate your confidence before submitting this answer.
            </p>
          )}
        </>
      )}
      <div className="item-actions">
        <button type="button" className="btn" onClick={props.onPrev} disabled={item.index === 0}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <span className="spacer" />
        {tutor && !feedback && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={props.onSubmitAnswer}
            disabled={selected === null}
            data-testid="submit-answer"
          >
            Submit answer
          </button>
        )}
        <button
          type="button"
          className={`btn ${tutor && !feedback ? '' : 'btn-primary'}`}
          onClick={props.onNext}
          data-testid="next"
        >
          {item.index === total - 1 ? (
            'Review & submit'
          ) : (
            <>
              Next <span aria-hidden="true">→</span>
            </>
          )}
        </button>
      </div>
    </article>
  )
}

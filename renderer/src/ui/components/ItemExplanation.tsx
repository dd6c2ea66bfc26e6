// The teaching part of an item, shared by tutor feedback and the post-quiz review: every option
// with its rationale (the key and the learner's answer marked in words and icons, not colour
// alone), then explanation, evidence note, learning objective and references.
import { forwardRef, type ReactElement } from 'react'
import type { Confidence } from '../../../../questions/engine'
import type { OptionId } from '../../../../questions/item'
import { ReferenceList } from './ReferenceList'
import './components.css'

export interface ExplainedOption {
  id: OptionId
  text: string
  correct: boolean
  rationale: string
  struck?: boolean
}

export interface ExplanationProps {
  options: readonly ExplainedOption[]
  chosen: OptionId | null
  objective: string
  explanation: string
  evidenceNote: string | null
  references: readonly string[]
}

const CONFIDENCE_LABEL: Record<Confidence, string> = {
  sure: 'Sure',
  unsure: 'Unsure',
  guess: 'Guess'
}

interface OutcomeProps {
  chosen: OptionId | null
  correctId: OptionId | null
  confidence?: Confidence | null
}

/** "Correct" / "Incorrect — the answer is C" / "Not answered"; focusable so tutor mode can move there. */
export const Outcome = forwardRef<HTMLDivElement, OutcomeProps>(function Outcome(
  { chosen, correctId, confidence },
  ref
) {
  const kind = chosen === null ? 'none' : chosen === correctId ? 'correct' : 'wrong'
  const title = { none: 'Not answered', correct: 'Correct', wrong: 'Incorrect' }[kind]
  return (
    <div ref={ref} tabIndex={-1} className={`outcome outcome-${kind}`}>
      <span className="outcome-icon" aria-hidden="true">
        {kind === 'correct' ? '✓' : kind === 'wrong' ? '✗' : '–'}
      </span>
      <div>
        <p className="outcome-title">{title}</p>
        <p className="outcome-detail">
          {chosen ? `You answered ${chosen}. ` : ''}
          {correctId ? `The correct answer is ${correctId}.` : ''}
          {confidence ? ` Confidence: ${CONFIDENCE_LABEL[confidence]}.` : ''}
        </p>
      </div>
    </div>
  )
})

function OptionTags({
  option,
  chosen
}: {
  option: ExplainedOption
  chosen: boolean
}): ReactElement {
  return (
    <span className="answer-tags">
      {option.correct && (
        <span className="tag tag-key">
          <span aria-hidden="true">✓ </span>Correct answer
        </span>
      )}
      {chosen && (
        <span className={`tag ${option.correct ? 'tag-key' : 'tag-wrong'}`}>
          <span aria-hidden="true">{option.correct ? '' : '✗ '}</span>Your answer
        </span>
      )}
      {option.struck && <span className="tag">Struck out</span>}
    </span>
  )
}

export function ItemExplanation(props: ExplanationProps): ReactElement {
  const { options, chosen, objective, explanation, evidenceNote, references } = props
  return (
    <div className="explanation">
      <section aria-labelledby="expl-options">
        <h3 id="expl-options">Why each option is right or wrong</h3>
        <ol className="answer-list">
          {options.map((option) => {
            const isChosen = option.id === chosen
            const state = option.correct ? 'is-key' : isChosen ? 'is-wrong' : ''
            return (
              <li key={option.id} className={`answer ${state}`}>
                <div className="answer-head">
                  <span className="answer-text">
                    <strong>{option.id}.</strong> {option.text}
                  </span>
                  <OptionTags option={option} chosen={isChosen} />
                </div>
                <p className="answer-rationale">{option.rationale}</p>
              </li>
            )
          })}
        </ol>
      </section>
      <section aria-labelledby="expl-text">
        <h3 id="expl-text">Explanation</h3>
        <p className="prose">{explanation}</p>
      </section>
      {evidenceNote && (
        <aside className="evidence-note" aria-labelledby="expl-evidence">
          <h3 id="expl-evidence">Evidence note</h3>
          <p className="prose">{evidenceNote}</p>
        </aside>
      )}
      <section aria-labelledby="expl-objective" className="objective">
        <h3 id="expl-objective">Learning objective</h3>
        <p className="prose">{objective}</p>
      </section>
      {references.length > 0 && (
        <section aria-labelledby="expl-refs">
          <h3 id="expl-refs">References</h3>
          <ReferenceList ids={references} />
        </section>
      )}
    </div>
  )
}

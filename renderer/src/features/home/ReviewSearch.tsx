// Search over every reviewed item and the learner's notes: each hit opens that item's review.
import { useState, type FormEvent, type ReactElement } from 'react'
import type { SearchHit } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import { formatDate } from '../../ui/format'
import { plural } from '../../ui/plural'

export function ReviewSearch(): ReactElement {
  const search = useAppStore((s) => s.searchReviewed)
  const navigate = useAppStore((s) => s.navigate)
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    if (query.trim().length < 2) return
    setHits(await search(query.trim()))
  }
  return (
    <section className="card stack" aria-labelledby="search-title" data-testid="review-search">
      <h2 id="search-title">Search reviewed items and notes</h2>
      <form className="row search-form" role="search" onSubmit={(e) => void submit(e)}>
        <label htmlFor="review-query" className="visually-hidden">
          Words to find
        </label>
        <input
          id="review-query"
          type="search"
          value={query}
          minLength={2}
          maxLength={200}
          placeholder="e.g. ferritin, mirtazapine, my note"
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="btn">
          Search
        </button>
      </form>
      <p role="status" className="small muted">
        {hits === null
          ? ''
          : hits.length === 0
            ? 'No reviewed item matches.'
            : `${plural(hits.length, 'match')}.`}
      </p>
      {hits && hits.length > 0 && (
        <ol className="search-hits">
          {hits.map((h) => (
            <li key={`${h.attemptId}-${h.itemIndex}`}>
              <button
                type="button"
                className="btn-link"
                onClick={() =>
                  navigate({ name: 'review', attemptId: h.attemptId, itemIndex: h.itemIndex })
                }
              >
                {h.question}
              </button>
              <span className="small muted">
                {' '}
                · item {h.itemIndex + 1}, quiz of {formatDate(h.submittedAt)} ·{' '}
                {h.correct ? 'right' : 'wrong or unanswered'}
              </span>
              <p className="small">
                {h.note ? <strong>Your note: </strong> : null}
                {h.excerpt}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

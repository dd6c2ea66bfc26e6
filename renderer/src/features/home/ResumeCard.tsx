import { useEffect, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { formatDuration } from '../../ui/format'

/** Offers to resume a suspended (or crashed) attempt, with the time that was left. */
export function ResumeCard(): ReactElement | null {
  const resumable = useAppStore((s) => s.resumable)
  const loadResumable = useAppStore((s) => s.loadResumable)
  const resume = useAppStore((s) => s.resume)
  useEffect(() => {
    void loadResumable()
  }, [loadResumable])
  if (!resumable) return null
  const answered = resumable.responses.filter((r) => r.optionId !== null).length
  return (
    <section className="card resume-card" aria-labelledby="resume-title">
      <h2 id="resume-title">You have a quiz in progress</h2>
      <p>
        {resumable.config.exam
          ? 'Certificate exam'
          : resumable.config.mode === 'timed'
            ? 'Timed exam'
            : 'Tutor mode'}{' '}
        · {answered} of {resumable.items.length} answered
        {resumable.timing.remainingMs !== null && (
          <> · {formatDuration(resumable.timing.remainingMs)} left</>
        )}
      </p>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="resume-quiz"
        onClick={() => void resume(resumable.attemptId)}
      >
        Resume quiz
      </button>
    </section>
  )
}

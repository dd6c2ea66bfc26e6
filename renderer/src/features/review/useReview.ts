// Loads the submitted attempt's review once per attempt id (results and review share it).
import { useEffect } from 'react'
import type { ReviewView } from '../../../../questions/engine'
import { useAppStore } from '../../store'

export function useReview(attemptId: string): ReviewView | null {
  const review = useAppStore((s) => s.review)
  const loadReview = useAppStore((s) => s.loadReview)
  useEffect(() => {
    void loadReview(attemptId)
  }, [attemptId, loadReview])
  return review?.summary.id === attemptId ? review : null
}

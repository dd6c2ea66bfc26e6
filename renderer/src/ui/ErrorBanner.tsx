import type { ReactElement } from 'react'
import { useAppStore } from '../store'

/** The last failure the app could not handle silently, said plainly, with a way to dismiss it. */
export function ErrorBanner(): ReactElement | null {
  const error = useAppStore((s) => s.error)
  const showError = useAppStore((s) => s.showError)
  if (!error) return null
  return (
    <div className="page page-banner">
      <div className="notice notice-error row" role="alert">
        <span>{error.message}</span>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => showError(null)}>
          Dismiss
        </button>
      </div>
    </div>
  )
}

// Catches a screen that fails to render or to load (a lazily loaded part missing after an
// update, for example) and says so calmly, with a way back, instead of leaving a blank window.
// App mounts one per route (key = route), so moving to another screen starts afresh.
import { Component, type ErrorInfo, type ReactNode } from 'react'

export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <div className="page page-narrow">
        <div className="notice notice-error stack" role="alert">
          <h1>This screen could not be shown</h1>
          <p>
            Your answers and records are safe: they are kept by the app, not by this screen. Reload
            the window to try again.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      </div>
    )
  }
}

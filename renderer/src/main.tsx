import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { resolveApi } from './api/resolve-api'
import { App } from './App'
import { createAppStore, StoreContext } from './store'
import { applyDisplaySettings } from './ui/display'
import './ui/tokens.css'
import './ui/base.css'
import './ui/layout.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
applyDisplaySettings(null)

const WHY: Record<'no-token' | 'launch-code-spent' | 'offline', string> = {
  'no-token': 'This page needs the one-time launch link its launcher opens.',
  'launch-code-spent':
    'This launch link was already used or has expired (each link opens the app once).',
  offline: 'The app’s local service is not responding.'
}

void resolveApi().then((resolved) => {
  if ('problem' in resolved) {
    root.render(
      <main className="page page-narrow">
        <div className="notice notice-error" role="alert">
          <h1>RLS Casebook could not connect</h1>
          <p>
            {WHY[resolved.problem]} Start the app with <code>npm start</code> and use the window or
            address it opens.
          </p>
        </div>
      </main>
    )
    return
  }
  const store = createAppStore(resolved.api)
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>
  )
})

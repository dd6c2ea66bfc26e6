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
const api = resolveApi()
applyDisplaySettings(null)

if (!api) {
  root.render(
    <main className="page page-narrow">
      <div className="notice notice-error" role="alert">
        <h1>RLS Casebook could not connect</h1>
        <p>
          This page needs the access token its launcher adds to the address. Start the app with{' '}
          <code>npm start</code> and use the window or address it opens.
        </p>
      </div>
    </main>
  )
} else {
  const store = createAppStore(api)
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>
  )
}

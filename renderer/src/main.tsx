import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/theme.css'
import './app/shell.css'
import { App } from './app/App'
import { useAppStore } from './app/app-store'
import { call } from './bridge/client'
import { initI18n } from './i18n'

async function boot() {
  const state = await call('app.getState', {})
  if (state.ok) useAppStore.getState().setAppState(state.value)
  initI18n(state.ok ? state.value.language : 'nl')
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void boot()

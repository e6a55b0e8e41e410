import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportFlow } from '../features/reports/ExportFlow'
import { ExportMenu } from '../features/reports/ExportMenu'
import { BackupsDialog } from './BackupsDialog'
import { ConflictDialog } from './ConflictDialog'
import { LanguageSwitch } from './LanguageSwitch'
import { ProjectMenu } from './ProjectMenu'
import { SaveStatus } from './SaveStatus'
import { ShortcutsDialog } from './ShortcutsDialog'
import { UndoRedo } from './UndoRedo'
import { useAppStore } from './app-store'
import { useGlobalShortcuts } from './keyboard'
import { screens } from './screens'
import { useProject, useSessionStore } from './session-store'

export function Shell() {
  const { t } = useTranslation()
  const view = useAppStore((state) => state.view)
  const setView = useAppStore((state) => state.setView)
  const flash = useAppStore((state) => state.flash)
  const setFlash = useAppStore((state) => state.setFlash)
  const migratedFrom = useSessionStore((state) => state.session?.migratedFrom ?? null)
  const project = useProject((p) => p)
  const [showBackups, setShowBackups] = useState(false)
  const [showShortcuts, setShowShortcuts] = useState(false)
  const openHelp = useCallback(() => setShowShortcuts(true), [])
  useGlobalShortcuts(openHelp)

  const current = screens.find((screen) => screen.view === view) ?? screens[0]!
  const Screen = current.Component

  return (
    <div className="shell">
      <header className="topbar">
        <span className="topbar-brand">{t('appName')}</span>
        <span className="topbar-project" data-testid="project-name" title={project.community.name}>
          {project.community.name}
        </span>
        <div className="topbar-actions">
          <SaveStatus />
          <UndoRedo />
          <ExportMenu />
          <ProjectMenu onShowBackups={() => setShowBackups(true)} />
          <LanguageSwitch />
          <button type="button" className="btn btn-ghost btn-small btn-icon" onClick={openHelp} title={t('shortcuts.open')} aria-label={t('shortcuts.open')}>
            ?
          </button>
        </div>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {screens.map((screen) => {
            const badge = screen.badge?.(project) ?? null
            return (
              <li key={screen.view}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={screen.view === view ? 'page' : undefined}
                  onClick={() => setView(screen.view)}
                >
                  <span>{t(`nav.${screen.label}`)}</span>
                  {badge !== null && <span className="badge">{badge}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      </nav>
      <main className="main" id="main">
        {migratedFrom !== null && (
          <div className="notice notice-info flash" role="status">
            <p>{t('migrated')}</p>
          </div>
        )}
        {flash && (
          <div className="notice notice-success flash" role="status">
            <p>{flash}</p>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setFlash(null)}>
              {t('close')}
            </button>
          </div>
        )}
        <Screen key={current.view} />
      </main>
      <ConflictDialog />
      <BackupsDialog open={showBackups} onClose={() => setShowBackups(false)} />
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
      <ExportFlow />
    </div>
  )
}

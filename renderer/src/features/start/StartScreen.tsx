import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../../app/LanguageSwitch'
import { useAppStore } from '../../app/app-store'
import { fileName, openExample, openPath, openWithDialog, removeRecent } from '../../app/project-actions'
import { formatDate } from '../../i18n/dates'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { NewCommunityDialog } from './NewCommunityDialog'
import './start.css'

const displayName = (name: string) => name.replace(/\.werkbank\.json$|\.json$/i, '')

export function StartScreen() {
  const { t } = useTranslation('start')
  const { t: tc } = useTranslation()
  const recentFiles = useAppStore((state) => state.recentFiles)
  const openError = useAppStore((state) => state.openError)
  const creating = useAppStore((state) => state.newCommunityOpen)
  const setCreating = useAppStore((state) => state.setNewCommunityOpen)

  return (
    <div className="start">
      <div className="start-top">
        <LanguageSwitch />
      </div>
      <main className="start-main">
        <section className="start-hero" aria-labelledby="start-title">
          <h1 id="start-title">{tc('appName')}</h1>
          <p className="tagline">{t('tagline')}</p>
          {openError && (
            <div>
              <h2 className="visually-hidden">{t('couldNotOpen')}</h2>
              <ErrorNotice error={openError.error} fileName={openError.path ? fileName(openError.path) : undefined} />
            </div>
          )}
          <div className="start-actions">
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('newCommunity')}
            </button>
            <button type="button" className="btn" onClick={() => void openWithDialog()}>
              {t('open')}
            </button>
            <div className="start-example">
              <button type="button" className="btn" onClick={() => void openExample()}>
                {t('example')}
              </button>
              <span className="field-hint">{t('exampleHint')}</span>
            </div>
          </div>
        </section>
        <section className="card card-body" aria-labelledby="recent-title">
          <h2 id="recent-title" className="section-title">
            {t('recent')}
          </h2>
          {recentFiles.length === 0 ? (
            <p className="muted">{t('recentEmpty')}</p>
          ) : (
            <ul className="recent-list" data-testid="recent-files">
              {recentFiles.map((file) => (
                <li key={file.path}>
                  <button type="button" className="recent-open" onClick={() => void openPath(file.path)}>
                    <strong>{displayName(file.name)}</strong>
                    <span className="recent-path" title={file.path}>
                      {file.path}
                    </span>
                    <span className="recent-path">{formatDate(file.openedAt.slice(0, 10))}</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small btn-icon"
                    aria-label={t('recentRemoveLabel', { name: displayName(file.name) })}
                    title={t('recentRemove')}
                    onClick={() => void removeRecent(file.path)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <p className="start-footer">{t('offline')}</p>
      <NewCommunityDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}

import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { themeOverview } from '../../../../shared/logic/overview'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'

/** Thema's: how many interviews and themes there are, and which themes the group chose. */
export function ThemesCard() {
  const { t } = useTranslation('overview')
  const setView = useAppStore((state) => state.setView)
  const interviews = useProject((p) => p.interviews)
  const themes = useProject((p) => p.themes)
  const boardColumns = useProject((p) => p.boardColumns)
  const o = useMemo(() => themeOverview({ interviews, themes, boardColumns }), [interviews, themes, boardColumns])
  const nothingYet = o.interviews === 0 && o.themes === 0

  return (
    <section className="card card-body overview-card" aria-labelledby="ov-themes" data-testid="overview-themes">
      <h2 id="ov-themes" className="section-title">
        {t('themes')}
      </h2>
      {nothingYet ? (
        <p className="muted">{t('noThemes')}</p>
      ) : (
        <>
          <dl className="overview-stats">
            <div data-stat="interviews">
              <dt>{t('interviewsStat', { count: o.interviews })}</dt>
              <dd>{o.interviews}</dd>
            </div>
            <div data-stat="themes">
              <dt>{t('themesStat', { count: o.themes })}</dt>
              <dd>{o.themes}</dd>
            </div>
            <div data-stat="chosen">
              <dt>{t('chosenStat')}</dt>
              <dd>{o.chosen.length}</dd>
            </div>
          </dl>
          {o.themes > 0 && <p className="muted">{t('themesBreakdown', { candidate: o.candidate, parked: o.parked })}</p>}
          {o.chosen.length > 0 ? (
            <div>
              <h3 className="overview-subtitle">{t('chosenThemes')}</h3>
              <ol className="overview-chosen">
                {o.chosen.map((theme) => (
                  <li key={theme.id}>{theme.title}</li>
                ))}
              </ol>
            </div>
          ) : (
            o.themes > 0 && <p className="muted">{t('noChosen')}</p>
          )}
        </>
      )}
      <div className="card-actions">
        {nothingYet ? (
          <button type="button" className="btn" onClick={() => setView('interviews')}>
            {t('firstInterview')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={() => setView('interviews')}>
              {t('toInterviews')}
            </button>
            <button type="button" className="btn" onClick={() => setView('themes')}>
              {t('toBoard')}
            </button>
            {o.chosen.length === 0 && o.themes > 0 && (
              <button type="button" className="btn" onClick={() => setView('prioritise')}>
                {t('toPrioritise')}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { ThemeFromInterviews } from '../../../../shared/logic/interviews'
import { formatDateShort } from '../../i18n/dates'

interface ThemesFromInterviewsProps {
  rows: readonly ThemeFromInterviews[]
  /** The largest number of interviews behind one theme: the bars are relative to it. */
  most: number
  nameOf: (interviewId: string) => string
  selectedId: string | null
  onOpen: (interviewId: string, opener: HTMLElement) => void
}

/** One dot per interview reads at a glance up to this many; beyond it the number says enough. */
const MAX_DOTS = 10

/** "Thema's uit gesprekken": every theme with how many interviews raised it, and which. */
export function ThemesFromInterviews({ rows, most, nameOf, selectedId, onOpen }: ThemesFromInterviewsProps) {
  const { t } = useTranslation('interviews')
  return (
    <ol className="card interview-themes" data-testid="interview-themes" aria-label={t('byTheme.title')}>
      {rows.map(({ theme, interviews, columnRole, columnTitle }) => {
        const titleId = `interview-theme-${theme.id}`
        return (
          <li key={theme.id} className="interview-theme" data-theme-id={theme.id}>
            <div className="interview-theme-head">
              <h3 id={titleId} className="interview-theme-title">
                {theme.title}
              </h3>
              <span className={columnRole === 'chosen' ? 'badge badge-accent' : 'badge'} data-role={columnRole ?? 'none'}>
                {columnTitle ?? t('byTheme.notOnBoard')}
              </span>
            </div>
            <div className="interview-theme-count">
              {most <= MAX_DOTS && (
                <span className="interview-theme-dots" aria-hidden="true">
                  {Array.from({ length: Math.max(most, 1) }, (_, index) => (
                    <span key={index} className={index < interviews.length ? 'dot dot-on' : 'dot'} />
                  ))}
                </span>
              )}
              <span data-testid="raised-by">
                {interviews.length === 0 ? t('byTheme.notFromInterviews') : t('byTheme.raisedBy', { count: interviews.length })}
              </span>
            </div>
            {interviews.length > 0 && (
              <ul className="interview-links" aria-labelledby={titleId}>
                {interviews.map((interview) => {
                  const name = nameOf(interview.id)
                  return (
                    <li key={interview.id}>
                      <button
                        type="button"
                        className="interview-link"
                        aria-current={interview.id === selectedId ? 'true' : undefined}
                        title={t('byTheme.openInterview', { name })}
                        onClick={(event) => onOpen(interview.id, event.currentTarget)}
                      >
                        <span className="interview-link-name">{name}</span>
                        {interview.date && <span className="interview-link-date">{formatDateShort(interview.date)}</span>}
                      </button>
                    </li>
                  )
                })}
              </ul>
            )}
            {theme.sources.length > 0 && <p className="interview-theme-sources">{t('byTheme.sources', { sources: theme.sources.join('; ') })}</p>}
          </li>
        )
      })}
    </ol>
  )
}

import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ranking } from '../../../../shared/logic/ranking'
import { Meter } from '../../ui/Meter'
import { formatNumber, ordinal } from '../../i18n/numbers'

/**
 * The ranking for the back of the room: the whole window, large type, black on white, one bar per
 * theme. A native modal <dialog>: Escape closes it and the app behind it is inert.
 */
export function BeamerRanking({ ranking, title, onClose }: { ranking: Ranking; title: string; onClose: () => void }) {
  const { t } = useTranslation('prioritise')
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const dots = ranking.method === 'dots'
  const most = dots ? Math.max(1, ...ranking.themes.map((r) => r.total ?? 0)) : 5
  return (
    <dialog
      ref={ref}
      className="beamer"
      aria-labelledby="beamer-title"
      data-testid="beamer"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="beamer-head">
        <div>
          <h2 id="beamer-title">{t('ranking.beamerTitle')}</h2>
          <p>{title}</p>
        </div>
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('ranking.beamerClose')}
        </button>
      </div>
      <ol className="beamer-list">
        {ranking.themes.map(({ theme, rank, tied, total, divided }) => (
          <li key={theme.id} className={rank === null ? 'is-unranked' : undefined}>
            <span className="beamer-rank">{rank ?? '–'}</span>
            <span className="beamer-theme">
              <span className="beamer-title">{theme.title}</span>
              {(tied || divided) && rank !== null && (
                <span className="beamer-notes">
                  {tied && t('ranking.shared', { place: ordinal(rank) })}
                  {tied && divided && ' · '}
                  {divided && t('ranking.divided')}
                </span>
              )}
            </span>
            {total === null ? (
              <span className="beamer-missing">{dots ? t('ranking.noDots') : t('ranking.noScores')}</span>
            ) : (
              <>
                <Meter className="beamer-bar" fraction={dots ? total / most : total / 5} />
                <span className="beamer-total">{dots ? total : formatNumber(total, 2)}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </dialog>
  )
}

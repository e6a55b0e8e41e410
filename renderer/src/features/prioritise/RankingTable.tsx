import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { DIVIDED_AT, type RankedTheme, type Ranking } from '../../../../shared/logic/ranking'
import { criteria } from '../../../../shared/model'
import { Meter } from '../../ui/Meter'
import { formatNumber, ordinal } from '../../i18n/numbers'

/** "eens" below 0.5, "wisselend" below DIVIDED_AT, "verdeeld" from there. */
export const spreadWord = (spread: number) => (spread >= DIVIDED_AT ? 'spreadDivided' : spread >= 0.5 ? 'spreadMixed' : 'spreadAgree')

/** The ranking as a real table: place, theme, total with a bar, the criteria, the spread. */
export function RankingTable({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation('prioritise')
  const dots = ranking.method === 'dots'
  const most = dots ? Math.max(1, ...ranking.themes.map((r) => r.total ?? 0)) : 5
  return (
    <div className="card prio-ranking-card">
      <table className={dots ? 'prio-table ranking-table is-dots' : 'prio-table ranking-table'} data-testid="ranking" data-method={ranking.method}>
        <caption className="visually-hidden">{t('ranking.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-place">
              {t('ranking.place')}
            </th>
            <th scope="col" className="col-theme">
              {t('ranking.theme')}
            </th>
            <th scope="col" className="col-total">
              {dots ? t('ranking.dotsTotal') : t('ranking.total')}
            </th>
            {!dots &&
              criteria.map((c) => (
                <th key={c} scope="col" className="col-criterion">
                  {t(`criteriaHeader.${c}`)}
                </th>
              ))}
            {!dots && (
              <th scope="col" className="col-spread">
                {t('ranking.spread')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {ranking.themes.map((item) => (
            <RankingRow key={item.theme.id} item={item} dots={dots} most={most} voters={ranking.voters} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface RankingRowProps {
  item: RankedTheme
  dots: boolean
  most: number
  voters: number
  t: TFunction<'prioritise'>
}

const RankingRow = memo(function RankingRow({ item, dots, most, voters, t }: RankingRowProps) {
  const { theme, rank, tied, total, spread } = item
  const chosen = item.role === 'chosen'
  const totalText = total === null ? '' : dots ? String(total) : formatNumber(total, 2)
  return (
    <tr data-theme-id={theme.id} data-rank={rank ?? undefined} className={chosen ? 'is-chosen' : undefined}>
      <td className="col-place">
        {rank === null ? (
          <span className="rank-none">–</span>
        ) : (
          <>
            <span className="rank-number">{rank}</span>
            {tied && <span className="rank-shared">{t('ranking.shared', { place: ordinal(rank) })}</span>}
          </>
        )}
      </td>
      <th scope="row" className="col-theme">
        <span className="rank-title">
          <span className="prio-theme-title">{theme.title}</span>
          {chosen && <span className="badge badge-accent prio-chosen">{t('ranking.chosen')}</span>}
        </span>
        <span className="rank-sub">
          {dots
            ? item.scorers > 0 && t('ranking.dotGivers', { count: item.scorers })
            : t('ranking.scorers', { count: item.scorers, total: voters })}
        </span>
        {item.divided && <span className="badge badge-warning rank-divided">{t('ranking.divided')}</span>}
      </th>
      <td className="col-total">
        {total === null ? (
          <span className="rank-missing">{dots ? t('ranking.noDots') : t('ranking.noScores')}</span>
        ) : (
          <span className="rank-total">
            <span className="rank-total-value">{totalText}</span>
            <Meter className="rank-bar" fraction={dots ? total / most : total / 5} />
          </span>
        )}
      </td>
      {!dots &&
        criteria.map((c) => {
          const { mean, count, spread: cSpread } = item.criteria[c]
          const label = t(`criteria.${c}`)
          const title =
            mean === null
              ? `${label}: ${t('ranking.missing')}`
              : cSpread === null
                ? t('ranking.criterionTitleNoSpread', { criterion: label, mean: formatNumber(mean, 1), count })
                : t('ranking.criterionTitle', { criterion: label, mean: formatNumber(mean, 1), count, spread: formatNumber(cSpread, 1) })
          return (
            <td key={c} className="col-criterion" title={title} data-criterion={c}>
              {mean === null ? <span className="rank-none">–</span> : formatNumber(mean, 1)}
            </td>
          )
        })}
      {!dots && (
        <td className="col-spread" data-divided={item.divided || undefined}>
          {spread === null ? (
            <span className="rank-none">–</span>
          ) : (
            <>
              <span className="spread-value">{formatNumber(spread, 1)}</span> <span className="spread-word">{t(`ranking.${spreadWord(spread)}`)}</span>
            </>
          )}
        </td>
      )}
    </tr>
  )
})

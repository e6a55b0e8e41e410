import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { rankThemes } from '../../../../shared/logic/ranking'
import { useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { BeamerRanking } from './BeamerRanking'
import { ChooseTopDialog } from './ChooseTopDialog'
import type { PrioritiseEdits } from './prioritise-edits'
import { RankingTable } from './RankingTable'
import type { PrioritiseData } from './use-prioritise-data'
import { WeightsPanel } from './WeightsPanel'

interface RankingViewProps {
  data: PrioritiseData
  edits: PrioritiseEdits
  /** Go to the entry tab (from the empty state). */
  onEnter: () => void
  onChosen: (titles: string[]) => void
}

/** "Rangorde": weights, the ranking table, the beamer view and "Kies top N". */
export function RankingView({ data, edits, onEnter, onChosen }: RankingViewProps) {
  const { t } = useTranslation('prioritise')
  const themes = useProject((p) => p.themes)
  const boardColumns = useProject((p) => p.boardColumns)
  const communityName = useProject((p) => p.community.name)
  const { participants, prioritisation } = data
  const ranking = useMemo(
    () => rankThemes({ themes, boardColumns, participants, prioritisation }),
    [themes, boardColumns, participants, prioritisation],
  )
  const [beamer, setBeamer] = useState(false)
  const [choosing, setChoosing] = useState(false)
  const beamerButton = useRef<HTMLButtonElement>(null)
  const chooseButton = useRef<HTMLButtonElement>(null)
  const refocus = (button: HTMLButtonElement | null) => requestAnimationFrame(() => button?.isConnected && button.focus())
  const dots = ranking.method === 'dots'
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants])

  if (ranking.scorers === 0) {
    return (
      <EmptyState
        title={dots ? t('empty.noDotsTitle') : t('empty.noScoresTitle')}
        text={dots ? t('empty.noDotsText') : t('empty.noScoresText')}
        action={
          <button type="button" className="btn btn-primary" onClick={onEnter}>
            {dots ? t('empty.noDotsAction') : t('empty.noScoresAction')}
          </button>
        }
      />
    )
  }

  return (
    <div className="prio-ranking">
      <div className="prio-ranking-head">
        <p className="prio-explain">{dots ? t('ranking.explainDots') : t('ranking.explainScores')}</p>
        <div className="prio-ranking-actions">
          <button ref={beamerButton} type="button" className="btn" onClick={() => setBeamer(true)}>
            {t('ranking.beamer')}
          </button>
          <button ref={chooseButton} type="button" className="btn btn-primary" onClick={() => setChoosing(true)} disabled={ranking.ranked === 0}>
            {t('ranking.chooseTop')}
          </button>
        </div>
      </div>
      {!dots && <WeightsPanel weights={prioritisation.weights} onChange={edits.setWeight} />}
      {dots && ranking.overspent.length > 0 && (
        <p className="notice notice-warning" role="status" data-testid="overspent">
          {t('ranking.overspent', {
            total: prioritisation.dotsPerParticipant,
            names: ranking.overspent.map((u) => t('ranking.overspentName', { name: names.get(u.participantId) ?? '', used: u.used })).join(', '),
          })}
        </p>
      )}
      <RankingTable ranking={ranking} />
      {beamer && (
        <BeamerRanking
          ranking={ranking}
          title={communityName}
          onClose={() => {
            setBeamer(false)
            refocus(beamerButton.current)
          }}
        />
      )}
      {choosing && (
        <ChooseTopDialog
          ranking={ranking}
          edits={edits}
          onClose={() => {
            setChoosing(false)
            refocus(chooseButton.current)
          }}
          onChosen={(titles) => {
            setChoosing(false)
            refocus(chooseButton.current)
            onChosen(titles)
          }}
        />
      )}
    </div>
  )
}

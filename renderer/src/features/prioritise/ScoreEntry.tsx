import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { scoringProgress } from '../../../../shared/logic/ranking'
import type { Criterion, ThemeScore } from '../../../../shared/model'
import { Meter } from '../../ui/Meter'
import { ParticipantPicker } from './ParticipantPicker'
import type { PrioritiseEdits } from './prioritise-edits'
import { firstOpenCell, focusCell, ScoreGrid } from './ScoreGrid'
import type { PrioritiseData, Scorer } from './use-prioritise-data'

interface ScoreEntryProps {
  data: PrioritiseData
  participant: Scorer
  onParticipant: (id: string) => void
  edits: PrioritiseEdits
}

/** "Scores invoeren": whose form, how far, and the grid. */
export function ScoreEntry({ data, participant, onParticipant, edits }: ScoreEntryProps) {
  const { t } = useTranslation('prioritise')
  const { onBoard, prioritisation, scorers, progress } = data
  const tableRef = useRef<HTMLTableElement>(null)
  const nextRef = useRef<HTMLButtonElement>(null)
  const focusAfterStep = useRef(false)
  const participantId = participant.id

  const scores = prioritisation.scores
  const mine = useMemo(() => {
    const map = new Map<string, ThemeScore>()
    for (const score of scores) if (score.participantId === participantId) map.set(score.themeId, score)
    return map
  }, [scores, participantId])
  const themeIds = useMemo(() => onBoard.map((entry) => entry.theme.id), [onBoard])
  const own = scoringProgress(mine, themeIds)

  const onSet = useCallback(
    (themeId: string, criterion: Criterion, value: number | null) => edits.setScore(participantId, themeId, criterion, value),
    [edits, participantId],
  )
  const onFinished = useCallback(() => nextRef.current?.focus(), [])

  // After "Volgende deelnemer" the next form starts at its first empty box.
  useLayoutEffect(() => {
    if (!focusAfterStep.current) return
    focusAfterStep.current = false
    const { row, col } = firstOpenCell(onBoard, mine)
    focusCell(tableRef.current, row, col)
  }, [participantId, onBoard, mine])

  return (
    <div className="prio-entry">
      <div className="prio-entry-head">
        <ParticipantPicker
          scorers={scorers}
          value={participantId}
          onChange={onParticipant}
          onStep={() => (focusAfterStep.current = true)}
          progress={progress}
          done={(p) => p.complete}
          total={onBoard.length}
          nextRef={nextRef}
        />
        <div className="prio-progress" data-testid="score-progress">
          <p>
            <strong>{t('grid.progress', { done: own.complete, total: own.total })}</strong>
            {own.partial > 0 && <span className="muted"> · {t('grid.partial', { count: own.partial })}</span>}
          </p>
          <Meter className="prio-progress-bar" fraction={own.total === 0 ? 0 : own.complete / own.total} />
          <p className="prio-all-done" role="status">
            {own.complete === own.total && own.total > 0 ? t('grid.allDone', { name: participant.name }) : ''}
          </p>
        </div>
      </div>
      <p className="prio-hint">{t('grid.hint')}</p>
      <ScoreGrid onBoard={onBoard} participantName={participant.name} scores={mine} onSet={onSet} onFinished={onFinished} tableRef={tableRef} />
    </div>
  )
}

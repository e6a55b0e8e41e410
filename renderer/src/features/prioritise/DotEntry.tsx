import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../ui/fields'
import { ParticipantPicker } from './ParticipantPicker'
import type { PrioritiseEdits } from './prioritise-edits'
import { type PrioritiseData, progressOf, type Scorer } from './use-prioritise-data'

interface DotEntryProps {
  data: PrioritiseData
  participant: Scorer
  onParticipant: (id: string) => void
  edits: PrioritiseEdits
}

const DOT_CHOICES = Array.from({ length: 20 }, (_, i) => String(i + 1))
/** More pips than this and the row shows only the number. */
const MAX_PIPS = 12

/** "Stippen verdelen": per participant, + and − per theme, with the dots left in view. */
export function DotEntry({ data, participant, onParticipant, edits }: DotEntryProps) {
  const { t } = useTranslation('prioritise')
  const { onBoard, prioritisation, scorers, progress } = data
  const participantId = participant.id
  const votes = prioritisation.dotVotes
  const mine = useMemo(() => {
    const map = new Map<string, number>()
    for (const vote of votes) if (vote.participantId === participantId) map.set(vote.themeId, vote.dots)
    return map
  }, [votes, participantId])
  const allowed = prioritisation.dotsPerParticipant
  const used = progressOf(progress, participantId).dots
  const remaining = allowed - used
  const dotOptions = useMemo(() => DOT_CHOICES.map((value) => ({ value, label: value })), [])

  return (
    <div className="prio-entry">
      <div className="prio-entry-head">
        <ParticipantPicker
          scorers={scorers}
          value={participantId}
          onChange={onParticipant}
          progress={progress}
          done={(p) => p.dots}
          total={allowed}
        />
        <SelectField
          className="dots-allowed"
          label={t('dots.perParticipant')}
          value={String(allowed)}
          options={dotOptions}
          onChange={(value) => edits.setDotsPerParticipant(Number(value))}
        />
        <div className="dots-remaining" data-testid="dots-remaining" data-over={used > allowed || undefined}>
          {remaining > 0 ? t('dots.remaining', { count: remaining, total: allowed }) : t('dots.noneLeft', { total: allowed })}
        </div>
      </div>
      {used > allowed && (
        <p className="notice notice-warning" role="alert" data-testid="dots-over">
          {t('dots.over', { name: participant.name, used, over: used - allowed, total: allowed })}
        </p>
      )}
      <p className="prio-hint">{t('dots.hint')}</p>
      <div className="card prio-grid-card">
        <table className="prio-table dots-table" data-testid="dot-table">
          <caption className="visually-hidden">{t('dots.caption', { name: participant.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-theme">
                {t('dots.theme')}
              </th>
              <th scope="col" className="col-dots">
                {t('dots.given')}
              </th>
              <th scope="col" className="col-dot-buttons">
                <span className="visually-hidden">{t('dots.given')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {onBoard.map(({ theme, role }) => {
              const count = mine.get(theme.id) ?? 0
              const full = remaining <= 0
              return (
                <tr key={theme.id} data-theme-id={theme.id} className={count > 0 ? 'has-dots' : undefined}>
                  <th scope="row" className="col-theme">
                    <span className="prio-theme-title">{theme.title}</span>
                    {role === 'chosen' && <span className="badge badge-accent prio-chosen">{t('grid.chosen')}</span>}
                  </th>
                  <td className="col-dots">
                    <span className="dot-pips" aria-hidden="true">
                      {count <= MAX_PIPS ? '●'.repeat(count) : ''}
                    </span>
                    <span className="dot-count">{count > 0 ? t('dots.count', { count }) : ''}</span>
                  </td>
                  <td className="col-dot-buttons">
                    <div className="dot-buttons">
                      <button
                        type="button"
                        className="btn btn-icon dot-button"
                        aria-label={t('dots.remove', { theme: theme.title })}
                        title={t('dots.remove', { theme: theme.title })}
                        aria-disabled={count === 0 || undefined}
                        onClick={() => count > 0 && edits.setDots(participantId, theme.id, count - 1)}
                      >
                        −
                      </button>
                      <button
                        type="button"
                        className="btn btn-icon dot-button"
                        aria-label={t('dots.add', { theme: theme.title })}
                        title={t('dots.add', { theme: theme.title })}
                        aria-disabled={full || undefined}
                        onClick={() => !full && edits.setDots(participantId, theme.id, count + 1)}
                      >
                        +
                      </button>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}

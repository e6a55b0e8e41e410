/** "Start 19:30 · gepland einde 21:15 · ingepland tot 21:30" with an overrun or spare-time badge. */
import { useTranslation } from 'react-i18next'
import type { AgendaTiming } from '../../../../shared/logic/agenda-timing'

export function TimingSummary({ timing, startTime }: { timing: AgendaTiming; startTime: string }) {
  const { t } = useTranslation('agenda')
  const diff = timing.differenceMinutes
  return (
    <p className="agenda-timing" data-testid="agenda-timing">
      <span>{t('timing.summary', { start: startTime, plannedEnd: timing.plannedEnd, scheduledEnd: timing.scheduledEnd })}</span>
      {timing.items.length === 0 ? null : timing.overrun ? (
        <span className="badge agenda-badge-overrun" data-testid="agenda-overrun">
          {t('timing.overrun', { minutes: diff })}
        </span>
      ) : (
        <span className="badge agenda-badge-ok">{diff === 0 ? t('timing.onTime') : t('timing.spare', { minutes: -diff })}</span>
      )}
    </p>
  )
}

/** The flags of a date: public holiday, marked school holiday. Shown, never acted on by themselves. */
import { useTranslation } from 'react-i18next'
import type { DateFlag } from '../../../../shared/logic/meeting-series'

export function MeetingFlags({ flags }: { flags: readonly DateFlag[] }) {
  const { t } = useTranslation('meetings')
  if (flags.length === 0) return null
  return (
    <span className="mt-flags">
      {flags.map((flag) => (
        <span key={`${flag.kind}:${flag.name}`} className="badge badge-warning mt-flag" data-testid="meeting-flag">
          {t(`flags.${flag.kind}`, { name: flag.name })}
        </span>
      ))}
    </span>
  )
}

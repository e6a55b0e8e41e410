/** School-holiday periods the facilitator marks; meetings in them are flagged, never moved. */
import { useTranslation } from 'react-i18next'
import { addDaysIso } from '../../../../shared/logic/iso-dates'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import { useProject } from '../../app/session-store'
import { newId } from '../../app/new-id'
import { DateField, TextField } from '../../ui/fields'
import { RemoveButton } from '../../ui/RemoveButton'
import { useMeetingEdits } from './meeting-edits'

export function HolidaysPanel() {
  const { t } = useTranslation('meetings')
  const periods = useProject((p) => p.holidayPeriods)
  const edits = useMeetingEdits()
  const add = () => {
    const start = amsterdamToday(new Date())
    edits.addHoliday({ id: newId('hol-'), name: t('holidays.newName'), startDate: start, endDate: addDaysIso(start, 6) })
  }
  const sorted = [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))
  return (
    <div className="form-grid" data-testid="holidays-panel">
      <div className="mt-card-head">
        <div>
          <h2 className="section-title">{t('holidays.heading')}</h2>
          <p className="muted">{t('holidays.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={add}>
          {t('holidays.add')}
        </button>
      </div>
      {sorted.length === 0 && <p className="muted">{t('holidays.empty')}</p>}
      <ul className="mt-holiday-list">
        {sorted.map((period) => (
          <li key={period.id} className="card mt-holiday" data-testid="holiday-row">
            <TextField label={t('holidays.name')} value={period.name} onChange={(name) => edits.updateHoliday(period.id, { name }, `holiday:${period.id}:name`)} />
            <DateField label={t('holidays.start')} value={period.startDate} onChange={(startDate) => startDate && edits.updateHoliday(period.id, { startDate })} />
            <DateField
              label={t('holidays.end')}
              value={period.endDate}
              error={period.endDate < period.startDate ? t('holidays.errorOrder') : null}
              onChange={(endDate) => endDate && edits.updateHoliday(period.id, { endDate })}
            />
            <RemoveButton label={t('holidays.remove', { name: period.name })} title={null} onClick={() => edits.removeHoliday(period.id)} />
          </li>
        ))}
      </ul>
    </div>
  )
}

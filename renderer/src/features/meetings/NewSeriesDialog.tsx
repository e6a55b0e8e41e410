/** Plan a series: every N weeks (default 5) from a first date, a number of times or until a date; flagged dates are shown, not moved. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_SERIES_MEETINGS, buildSeriesMeetings, dateFlags, seriesDates } from '../../../../shared/logic/meeting-series'
import { amsterdamToday, minutesOf } from '../../../../shared/logic/meeting-time'
import type { MeetingKind, MeetingSeries } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { Dialog } from '../../ui/Dialog'
import { DateField, SelectField, TextField } from '../../ui/fields'
import { MeetingFlags } from './MeetingFlags'
import { LocationSelect, NumberField, TimeField, WorkGroupSelect } from './MeetingFields'
import { shortDate } from './format'
import { useMeetingEdits } from './meeting-edits'
import { useMeetingLookups } from './use-meeting-lookups'

const toInt = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null)

export function NewSeriesDialog({ onClose, announce }: { onClose: () => void; announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const [title, setTitle] = useState(t('series.defaultName'))
  const [kind, setKind] = useState<Extract<MeetingKind, 'plenary' | 'workGroup'>>('plenary')
  const [workGroupId, setWorkGroupId] = useState<string | null>(null)
  const [interval, setInterval] = useState('5')
  const [startDate, setStartDate] = useState<string | null>(amsterdamToday(new Date()))
  const [startTime, setStartTime] = useState('19:30')
  const [endTime, setEndTime] = useState('21:30')
  const [locationId, setLocationId] = useState<string | null>(lookups.locations[0]?.id ?? null)
  const [bound, setBound] = useState<'count' | 'until'>('count')
  const [count, setCount] = useState('10')
  const [until, setUntil] = useState<string | null>(null)
  const [tried, setTried] = useState(false)

  const weeks = toInt(interval)
  const times = toInt(count)
  const errors = {
    interval: weeks === null || weeks < 1 || weeks > 52 ? t('series.errorInterval') : null,
    startDate: startDate === null ? t('series.errorDate') : null,
    times: startTime && endTime && minutesOf(endTime) > minutesOf(startTime) ? null : t('series.errorTimes'),
    count: bound === 'count' && (times === null || times < 1 || times > MAX_SERIES_MEETINGS) ? t('series.errorCount') : null,
    until: bound === 'until' && (until === null || (startDate !== null && until < startDate)) ? (until === null ? t('series.errorDate') : t('series.errorUntil')) : null,
  }
  const valid = Object.values(errors).every((e) => e === null)

  const series: MeetingSeries | null = valid
    ? {
        id: 'preview',
        title: title.trim(),
        kind,
        workGroupId: kind === 'workGroup' ? workGroupId : null,
        intervalWeeks: weeks!,
        startDate: startDate!,
        startTime,
        endTime,
        locationId,
        count: bound === 'count' ? times : null,
        untilDate: bound === 'until' ? until : null,
      }
    : null
  const preview = series ? seriesDates(series) : []

  const create = () => {
    setTried(true)
    if (!series) return
    const withId = { ...series, id: newId('ser-') }
    const meetings = buildSeriesMeetings(withId, () => newId('mt-'))
    edits.addSeries(withId, meetings)
    announce(t('series.created', { count: meetings.length }))
    onClose()
  }
  const show = (error: string | null) => (tried ? error : null)

  return (
    <Dialog
      open
      wide
      title={t('series.title')}
      onClose={onClose}
      testId="series-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={create}>
            {t('series.create')}
          </button>
        </>
      }
    >
      <div className="field-row">
        <TextField label={t('series.name')} value={title} onChange={setTitle} />
        <SelectField
          label={t('series.kind')}
          value={kind}
          options={[
            { value: 'plenary', label: t('kind.plenary') },
            { value: 'workGroup', label: t('kind.workGroup') },
          ]}
          onChange={setKind}
        />
        {kind === 'workGroup' && <WorkGroupSelect label={t('series.workGroup')} value={workGroupId} onChange={setWorkGroupId} lookups={lookups} />}
      </div>
      <div className="field-row">
        <DateField label={t('series.startDate')} value={startDate} onChange={setStartDate} error={show(errors.startDate)} />
        <TimeField label={t('series.startTime')} value={startTime} onChange={setStartTime} />
        <TimeField label={t('series.endTime')} value={endTime} onChange={setEndTime} error={show(errors.times)} />
      </div>
      <div className="field-row">
        <NumberField label={t('series.interval')} value={interval} onChange={setInterval} min={1} max={52} error={show(errors.interval)} />
        <LocationSelect label={t('series.location')} value={locationId} onChange={setLocationId} lookups={lookups} />
      </div>
      <fieldset className="mt-fieldset">
        <legend className="field-label">{t('series.bound')}</legend>
        <div className="mt-bound">
          <label className="mt-radio">
            <input type="radio" name="series-bound" checked={bound === 'count'} onChange={() => setBound('count')} />
            {t('series.boundCount')}
          </label>
          <label className="mt-radio">
            <input type="radio" name="series-bound" checked={bound === 'until'} onChange={() => setBound('until')} />
            {t('series.boundUntil')}
          </label>
          {bound === 'count' ? (
            <NumberField label={t('series.count')} value={count} onChange={setCount} min={1} max={MAX_SERIES_MEETINGS} error={show(errors.count)} />
          ) : (
            <DateField label={t('series.until')} value={until} onChange={setUntil} error={show(errors.until)} />
          )}
        </div>
      </fieldset>
      {preview.length > 0 && (
        <div className="mt-preview" data-testid="series-preview">
          <p className="field-label">{t('series.preview', { count: preview.length })}</p>
          <ol className="mt-preview-list">
            {preview.map((date) => (
              <li key={date}>
                {shortDate(date)} <MeetingFlags flags={dateFlags(date, lookups.holidayPeriods)} />
              </li>
            ))}
          </ol>
          <p className="field-hint">{t('series.flaggedNote')}</p>
        </div>
      )}
    </Dialog>
  )
}

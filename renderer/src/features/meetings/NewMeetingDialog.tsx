/** Plan a single meeting: of the whole community, or of one work group. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { dateFlags } from '../../../../shared/logic/meeting-series'
import { amsterdamToday, minutesOf } from '../../../../shared/logic/meeting-time'
import type { Meeting } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { Dialog } from '../../ui/Dialog'
import { DateField, SelectField, TextField } from '../../ui/fields'
import { MeetingFlags } from './MeetingFlags'
import { LocationSelect, TimeField, WorkGroupSelect } from './MeetingFields'
import { shortDate } from './format'
import { useMeetingEdits } from './meeting-edits'
import { useMeetingsView } from './meetings-view'
import { useMeetingLookups } from './use-meeting-lookups'

export function NewMeetingDialog({ onClose, announce }: { onClose: () => void; announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const openMeeting = useMeetingsView((s) => s.openMeeting)
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<'single' | 'workGroup'>('single')
  const [workGroupId, setWorkGroupId] = useState<string | null>(null)
  const [date, setDate] = useState<string | null>(amsterdamToday(new Date()))
  const [startTime, setStartTime] = useState('19:30')
  const [endTime, setEndTime] = useState('21:30')
  const [locationId, setLocationId] = useState<string | null>(lookups.locations[0]?.id ?? null)
  const [tried, setTried] = useState(false)
  const timesError = minutesOf(endTime || '00:00') > minutesOf(startTime || '00:00') ? null : t('series.errorTimes')
  const dateError = date === null ? t('series.errorDate') : null

  const create = () => {
    setTried(true)
    if (timesError || dateError || date === null) return
    const group = kind === 'workGroup' ? workGroupId : null
    const meeting: Meeting = {
      id: newId('mt-'),
      kind,
      title: title.trim() || (group ? (lookups.groupName.get(group) ?? '') : ''),
      seriesId: null,
      workGroupId: group,
      date,
      startTime,
      endTime,
      locationId,
      status: 'planned',
      notes: '',
      roles: [],
      agenda: [],
      attendance: [],
      chairing: null,
    }
    edits.addMeeting(meeting)
    announce(t('single.created', { date: shortDate(date) }))
    onClose()
    openMeeting(meeting.id)
  }

  return (
    <Dialog
      open
      title={t('single.title')}
      onClose={onClose}
      testId="meeting-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={create}>
            {t('single.create')}
          </button>
        </>
      }
    >
      <TextField label={t('detail.title')} value={title} onChange={setTitle} placeholder={t('list.untitled')} />
      <div className="field-row">
        <SelectField
          label={t('detail.kind')}
          value={kind}
          options={[
            { value: 'single', label: t('kind.single') },
            { value: 'workGroup', label: t('kind.workGroup') },
          ]}
          onChange={setKind}
        />
        {kind === 'workGroup' && <WorkGroupSelect label={t('detail.workGroup')} value={workGroupId} onChange={setWorkGroupId} lookups={lookups} />}
      </div>
      <div className="field-row">
        <DateField label={t('detail.date')} value={date} onChange={setDate} error={tried ? dateError : null} />
        <TimeField label={t('detail.startTime')} value={startTime} onChange={setStartTime} />
        <TimeField label={t('detail.endTime')} value={endTime} onChange={setEndTime} error={tried ? timesError : null} />
      </div>
      {date && <MeetingFlags flags={dateFlags(date, lookups.holidayPeriods)} />}
      <LocationSelect label={t('detail.location')} value={locationId} onChange={setLocationId} lookups={lookups} />
    </Dialog>
  )
}

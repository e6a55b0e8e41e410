/** Move a meeting to another date or time, or duplicate it onto another date. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { dateFlags, duplicateMeeting } from '../../../../shared/logic/meeting-series'
import { minutesOf } from '../../../../shared/logic/meeting-time'
import type { Meeting } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { Dialog } from '../../ui/Dialog'
import { DateField } from '../../ui/fields'
import { MeetingFlags } from './MeetingFlags'
import { TimeField } from './MeetingFields'
import { shortDate } from './format'
import { useMeetingEdits } from './meeting-edits'
import { useMeetingsView } from './meetings-view'
import { useMeetingLookups } from './use-meeting-lookups'

interface Props {
  meeting: Meeting
  onClose: () => void
  announce: (message: string) => void
}

export function MoveDialog({ meeting, onClose, announce }: Props) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const edits = useMeetingEdits()
  const { holidayPeriods } = useMeetingLookups()
  const [date, setDate] = useState<string | null>(meeting.date)
  const [startTime, setStartTime] = useState(meeting.startTime)
  const [endTime, setEndTime] = useState(meeting.endTime)
  const [tried, setTried] = useState(false)
  const timesError = minutesOf(endTime || '00:00') > minutesOf(startTime || '00:00') ? null : t('series.errorTimes')
  const confirm = () => {
    setTried(true)
    if (date === null || timesError) return
    edits.updateMeeting(meeting.id, { date, startTime, endTime })
    announce(t('moveDialog.moved', { date: `${shortDate(date)}, ${startTime}–${endTime}` }))
    onClose()
  }
  return (
    <Dialog
      open
      title={t('moveDialog.title')}
      onClose={onClose}
      testId="move-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={confirm}>
            {t('moveDialog.confirm')}
          </button>
        </>
      }
    >
      <div className="field-row">
        <DateField label={t('detail.date')} value={date} onChange={setDate} error={tried && date === null ? t('series.errorDate') : null} />
        <TimeField label={t('detail.startTime')} value={startTime} onChange={setStartTime} />
        <TimeField label={t('detail.endTime')} value={endTime} onChange={setEndTime} error={tried ? timesError : null} />
      </div>
      {date && <MeetingFlags flags={dateFlags(date, holidayPeriods)} />}
    </Dialog>
  )
}

export function DuplicateDialog({ meeting, onClose, announce }: Props) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const edits = useMeetingEdits()
  const openMeeting = useMeetingsView((s) => s.openMeeting)
  const { holidayPeriods } = useMeetingLookups()
  const [date, setDate] = useState<string | null>(meeting.date)
  const [tried, setTried] = useState(false)
  const confirm = () => {
    setTried(true)
    if (date === null) return
    const copy = duplicateMeeting(meeting, date, () => newId())
    edits.addMeeting(copy)
    announce(t('duplicateDialog.done', { date: shortDate(date) }))
    onClose()
    openMeeting(copy.id)
  }
  return (
    <Dialog
      open
      title={t('duplicateDialog.title')}
      onClose={onClose}
      testId="duplicate-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={confirm}>
            {t('duplicateDialog.confirm')}
          </button>
        </>
      }
    >
      <p>{t('duplicateDialog.text')}</p>
      <DateField label={t('duplicateDialog.date')} value={date} onChange={setDate} error={tried && date === null ? t('series.errorDate') : null} />
      {date && <MeetingFlags flags={dateFlags(date, holidayPeriods)} />}
    </Dialog>
  )
}

/** One meeting: its details, agenda, roles, attendance, and minutes with actions; move, duplicate, cancel, delete. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsFrom } from '../../../../shared/logic/actions'
import { dateFlags } from '../../../../shared/logic/meeting-series'
import type { Meeting } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { AgendaSlot } from './AgendaSlot'
import { DuplicateDialog, MoveDialog } from './DateDialogs'
import { MeetingAttendance } from './MeetingAttendance'
import { MeetingDetailsForm } from './MeetingDetailsForm'
import { MeetingFlags } from './MeetingFlags'
import { MeetingMinutes } from './MeetingMinutes'
import { MeetingRoles } from './MeetingRoles'
import { SectionTabs } from './SectionTabs'
import { dateAndTimes, shortDate } from './format'
import { useMeetingEdits } from './meeting-edits'
import { meetingTabs, useMeetingsView } from './meetings-view'
import { useMeetingLookups } from './use-meeting-lookups'

export function MeetingDetail({ meetingId, announce }: { meetingId: string; announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const meetings = useProject((p) => p.meetings)
  const meeting = meetings.find((m) => m.id === meetingId)
  const { tab, setTab, closeMeeting } = useMeetingsView()

  if (!meeting) {
    return (
      <div className="mt-detail">
        <BackButton onClick={closeMeeting} />
        <p>{t('detail.notFound')}</p>
      </div>
    )
  }
  return (
    <div className="mt-detail" data-testid="meeting-detail">
      <BackButton onClick={closeMeeting} />
      <MeetingHeader meeting={meeting} announce={announce} />
      <SectionTabs
        label={t('detail.tabs')}
        idPrefix="mt-detail"
        tabs={meetingTabs.map((id) => ({ id, label: t(`detail.tab.${id}`) }))}
        value={tab}
        onChange={setTab}
      />
      <div role="tabpanel" id={`mt-detail-panel-${tab}`} aria-labelledby={`mt-detail-tab-${tab}`} className="mt-detail-panel">
        {tab === 'details' && <MeetingDetailsForm meeting={meeting} />}
        {tab === 'agenda' && <AgendaSlot meeting={meeting} />}
        {tab === 'roles' && <MeetingRoles meeting={meeting} announce={announce} />}
        {tab === 'attendance' && <MeetingAttendance meeting={meeting} />}
        {tab === 'minutes' && <MeetingMinutes meeting={meeting} />}
      </div>
    </div>
  )
}

function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('meetings')
  return (
    <button type="button" className="btn btn-ghost mt-back" onClick={onClick}>
      ← {t('detail.back')}
    </button>
  )
}

function MeetingHeader({ meeting, announce }: { meeting: Meeting; announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const actions = useProject((p) => p.actions)
  const closeMeeting = useMeetingsView((s) => s.closeMeeting)
  const [dialog, setDialog] = useState<'move' | 'duplicate' | 'remove' | null>(null)
  const cancelled = meeting.status === 'cancelled'
  const title = meeting.title.trim() || t('list.untitled')
  const location = meeting.locationId ? lookups.locationName.get(meeting.locationId) : undefined
  const group = meeting.workGroupId ? lookups.groupName.get(meeting.workGroupId) : undefined

  const toggleCancelled = () => {
    edits.updateMeeting(meeting.id, { status: cancelled ? 'planned' : 'cancelled' })
    announce(cancelled ? t('detail.reinstated') : t('detail.cancelledNote'))
  }
  const linkedActions = actionsFrom(actions, meeting.id).length
  const remove = () => {
    setDialog(null)
    closeMeeting()
    edits.removeMeeting(meeting.id)
    const date = shortDate(meeting.date)
    announce(linkedActions > 0 ? t('detail.removedActions', { date, count: linkedActions }) : t('detail.removed', { date }))
  }

  return (
    <div className="mt-detail-header">
      <div className="mt-detail-heading">
        <h1 data-testid="meeting-title">{title}</h1>
        <p className="mt-detail-when" data-testid="meeting-when">
          {dateAndTimes(meeting)}
          {location ? ` · ${location}` : ''}
          {group ? ` · ${group}` : ''}
        </p>
        <div className="mt-detail-badges">
          {cancelled && <span className="badge mt-badge-cancelled" data-testid="meeting-cancelled">{t('status.cancelled')}</span>}
          <MeetingFlags flags={dateFlags(meeting.date, lookups.holidayPeriods)} />
        </div>
      </div>
      <div className="mt-detail-actions">
        <button type="button" className="btn" onClick={() => setDialog('move')}>
          {t('detail.move')}
        </button>
        <button type="button" className="btn" onClick={() => setDialog('duplicate')}>
          {t('detail.duplicate')}
        </button>
        <button type="button" className="btn" onClick={toggleCancelled}>
          {cancelled ? t('detail.reinstate') : t('detail.cancel')}
        </button>
        <button type="button" className="btn btn-ghost mt-danger-text" onClick={() => setDialog('remove')}>
          {t('detail.remove')}
        </button>
      </div>
      {dialog === 'move' && <MoveDialog meeting={meeting} onClose={() => setDialog(null)} announce={announce} />}
      {dialog === 'duplicate' && <DuplicateDialog meeting={meeting} onClose={() => setDialog(null)} announce={announce} />}
      <ConfirmDialog
        open={dialog === 'remove'}
        title={t('detail.removeTitle')}
        message={[t('detail.removeMessage', { title, date: shortDate(meeting.date) }), linkedActions > 0 ? t('detail.removeActions', { count: linkedActions }) : '']
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('detail.remove')}
        danger
        onConfirm={remove}
        onCancel={() => setDialog(null)}
      />
    </div>
  )
}

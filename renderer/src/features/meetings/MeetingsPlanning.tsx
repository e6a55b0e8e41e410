/** The planning part: new series, single meeting, .ics export, and the lists of upcoming and past meetings. */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { dateFlags, splitMeetings } from '../../../../shared/logic/meeting-series'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import type { Meeting } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { ExportIcsButton } from './ExportIcsButton'
import { MeetingFlags } from './MeetingFlags'
import { NewMeetingDialog } from './NewMeetingDialog'
import { NewSeriesDialog } from './NewSeriesDialog'
import { dateAndTimes } from './format'
import { useMeetingsView } from './meetings-view'
import { type MeetingLookups, useMeetingLookups } from './use-meeting-lookups'

export function MeetingsPlanning({ announce }: { announce: (message: string) => void }) {
  const { t } = useTranslation('meetings')
  const meetings = useProject((p) => p.meetings)
  const lookups = useMeetingLookups()
  const [dialog, setDialog] = useState<'series' | 'single' | null>(null)
  const { upcoming, past } = useMemo(() => splitMeetings(meetings, amsterdamToday(new Date())), [meetings])

  const toolbar = (
    <div className="mt-toolbar">
      <button type="button" className="btn btn-primary" onClick={() => setDialog('series')}>
        {t('toolbar.newSeries')}
      </button>
      <button type="button" className="btn" onClick={() => setDialog('single')}>
        {t('toolbar.newMeeting')}
      </button>
      {meetings.length > 0 && <ExportIcsButton meetings={[...[...past].reverse(), ...upcoming]} />}
    </div>
  )

  return (
    <div className="mt-planning">
      {toolbar}
      {meetings.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <>
          <MeetingListSection title={t('list.upcoming')} empty={t('list.noneUpcoming')} meetings={upcoming} lookups={lookups} testId="meetings-upcoming" />
          <MeetingListSection title={t('list.past')} empty={t('list.nonePast')} meetings={past} lookups={lookups} testId="meetings-past" />
        </>
      )}
      {dialog === 'series' && <NewSeriesDialog onClose={() => setDialog(null)} announce={announce} />}
      {dialog === 'single' && <NewMeetingDialog onClose={() => setDialog(null)} announce={announce} />}
    </div>
  )
}

function MeetingListSection(props: { title: string; empty: string; meetings: Meeting[]; lookups: MeetingLookups; testId: string }) {
  return (
    <section className="mt-list-section" aria-label={props.title} data-testid={props.testId}>
      <h2 className="section-title">
        {props.title} <span className="badge">{props.meetings.length}</span>
      </h2>
      {props.meetings.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="mt-list">
          {props.meetings.map((meeting) => (
            <MeetingRow key={meeting.id} meeting={meeting} lookups={props.lookups} />
          ))}
        </ul>
      )}
    </section>
  )
}

function MeetingRow({ meeting, lookups }: { meeting: Meeting; lookups: MeetingLookups }) {
  const { t } = useTranslation('meetings')
  const openMeeting = useMeetingsView((s) => s.openMeeting)
  const title = meeting.title.trim() || t('list.untitled')
  const when = dateAndTimes(meeting)
  const chair = meeting.roles.find((r) => r.role === 'chair')
  const chairName = chair ? lookups.personName.get(chair.participantId) : undefined
  const present = meeting.attendance.filter((a) => a.status === 'present').length
  const cancelled = meeting.status === 'cancelled'
  const group = meeting.workGroupId ? lookups.groupName.get(meeting.workGroupId) : undefined
  const flags = dateFlags(meeting.date, lookups.holidayPeriods)
  return (
    <li className={cancelled ? 'mt-row-item is-cancelled' : 'mt-row-item'} data-testid="meeting-row" data-meeting-id={meeting.id}>
      <button type="button" className="mt-row" onClick={() => openMeeting(meeting.id)} aria-label={t('list.open', { title, date: when })}>
        <span className="mt-row-when">{when}</span>
        <span className="mt-row-main">
          <span className="mt-row-title">
            {title}
            {cancelled && <span className="badge mt-badge-cancelled">{t('status.cancelled')}</span>}
            <span className={`badge mt-kind mt-kind-${meeting.kind}`}>{group ?? t(`kind.${meeting.kind}`)}</span>
          </span>
          <span className="mt-row-meta">
            <span>{meeting.locationId ? (lookups.locationName.get(meeting.locationId) ?? t('list.noLocation')) : t('list.noLocation')}</span>
            {!cancelled && <span>{chairName ? t('list.chair', { name: chairName }) : t('list.noChair')}</span>}
            {meeting.agenda.length > 0 && <span>{t('list.items', { count: meeting.agenda.length })}</span>}
            {present > 0 && <span>{t('list.present', { count: present })}</span>}
          </span>
          <MeetingFlags flags={flags} />
        </span>
      </button>
    </li>
  )
}

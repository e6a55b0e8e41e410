/**
 * Bijeenkomsten (DOMAIN.md step 5): plenary meetings every 5 weeks at changing locations, work
 * groups in between. The overview plans and lists them; a meeting opens in its own detail view.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { splitMeetings } from '../../../../shared/logic/meeting-series'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import { useProject } from '../../app/session-store'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { AttendanceOverview } from './AttendanceOverview'
import { HolidaysPanel } from './HolidaysPanel'
import { LocationsPanel } from './LocationsPanel'
import { MeetingDetail } from './MeetingDetail'
import { MeetingsPlanning } from './MeetingsPlanning'
import { RolesOverview } from './RolesOverview'
import { SectionTabs } from './SectionTabs'
import { meetingSections, useMeetingsView } from './meetings-view'
import './meetings.css'

export function MeetingsScreen() {
  const { t } = useTranslation('meetings')
  const meetings = useProject((p) => p.meetings)
  const { section, meetingId, setSection } = useMeetingsView()
  const { notice, announce, dismiss } = useUndoNotice()
  const counts = useMemo(() => {
    const { upcoming, past } = splitMeetings(meetings, amsterdamToday(new Date()))
    return { upcoming: upcoming.length, past: past.length }
  }, [meetings])

  const undoNotice = (
    <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={t('undo')} dismissLabel={t('dismiss')} testId="meetings-notice" />
  )

  if (meetingId !== null) {
    return (
      <div className="page mt-page" data-testid="meetings-screen">
        {undoNotice}
        <MeetingDetail meetingId={meetingId} announce={announce} />
      </div>
    )
  }

  return (
    <div className="page mt-page" data-testid="meetings-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted" data-testid="meetings-summary">
            {meetings.length > 0 ? t('summary', counts) : t('intro')}
          </p>
        </div>
      </div>
      <SectionTabs
        label={t('sections.label')}
        idPrefix="mt-section"
        tabs={meetingSections.map((s) => ({ id: s, label: t(`sections.${s}`) }))}
        value={section}
        onChange={setSection}
      />
      {undoNotice}
      <div role="tabpanel" id={`mt-section-panel-${section}`} aria-labelledby={`mt-section-tab-${section}`} className="mt-section">
        {section === 'planning' && <MeetingsPlanning announce={announce} />}
        {section === 'roles' && <RolesOverview />}
        {section === 'attendance' && <AttendanceOverview />}
        {section === 'locations' && <LocationsPanel announce={announce} />}
        {section === 'holidays' && <HolidaysPanel />}
      </div>
    </div>
  )
}

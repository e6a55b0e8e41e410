/**
 * Export from the Export menu for meetings: the invitation (agenda) or minutes of one meeting,
 * chosen here (starting at the next meeting for an invitation, the most recent for minutes), or
 * the whole schedule as .ics. "Exporteren…" makes the same call as the buttons on the meeting
 * (the native save dialog asks where and before overwriting); the result or error shows here.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { compareMeetings } from '../../../../shared/logic/meeting-series'
import type { Meeting } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'
import { Dialog } from '../../ui/Dialog'
import { ExportFooter, ExportOutcome } from './ExportDialogParts'
import { SelectField } from '../../ui/fields'
import { dateAndTimes } from '../meetings/format'
import { useExport } from './export-call'
import { defaultMeeting } from './export-entries'

export type MeetingExportKind = 'meeting.agenda' | 'meeting.minutes' | 'meetings.calendar'

export function MeetingExportDialog({ kind, onClose }: { kind: MeetingExportKind; onClose: () => void }) {
  const { t } = useTranslation('reports')
  const meetings = useProject((p) => p.meetings)
  const workGroups = useProject((p) => p.workGroups)
  const sorted = useMemo(() => [...meetings].sort(compareMeetings), [meetings])
  const [meetingId, setMeetingId] = useState(() => (kind === 'meetings.calendar' ? '' : (defaultMeeting(meetings, todayIso(), kind)?.id ?? '')))
  const { busy, error, savedPath: done, run } = useExport()

  const nameOf = (m: Meeting): string => {
    const own = m.title.trim()
    const group = workGroups.find((g) => g.id === m.workGroupId)
    const title = own || (m.kind === 'workGroup' ? t('meetingExport.workGroup', { group: group?.name ?? '' }) : t(`meetingExport.${m.kind === 'plenary' ? 'plenary' : 'single'}`))
    return `${dateAndTimes(m)} · ${title}${m.status === 'cancelled' ? ` ${t('meetingExport.cancelled')}` : ''}`
  }

  return (
    <Dialog
      open
      title={t(`meetingExport.titles.${kind}`)}
      onClose={onClose}
      testId="meeting-export-dialog"
      footer={<ExportFooter busy={busy} done={done} disabled={kind !== 'meetings.calendar' && meetingId === ''} onClose={onClose} onExport={() => void run(kind === 'meetings.calendar' ? { kind } : { kind, meetingId })} />}
    >
      <p className="muted">{t(`meetingExport.intro.${kind}`, { count: meetings.length })}</p>
      <ExportOutcome error={error} done={done} />
      {kind !== 'meetings.calendar' && (
        <SelectField
          label={t('meetingExport.meeting')}
          name="meeting"
          value={meetingId}
          onChange={setMeetingId}
          options={sorted.map((m) => ({ value: m.id, label: nameOf(m) }))}
        />
      )}
    </Dialog>
  )
}

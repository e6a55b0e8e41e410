/** The details of one meeting: title, kind, work group, location and notes (date and times: Verplaatsen). */
import { useTranslation } from 'react-i18next'
import type { Meeting, MeetingKind } from '../../../../shared/model'
import { meetingKinds } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { LocationSelect, WorkGroupSelect } from './MeetingFields'
import { useMeetingEdits } from './meeting-edits'
import { useMeetingLookups } from './use-meeting-lookups'

export function MeetingDetailsForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const seriesList = useProject((p) => p.meetingSeries)
  const series = meeting.seriesId ? seriesList.find((s) => s.id === meeting.seriesId) : undefined
  const update = (patch: Partial<Meeting>, field?: string) =>
    edits.updateMeeting(meeting.id, patch, field ? `meeting:${meeting.id}:${field}` : undefined)
  return (
    <div className="card mt-card">
      <div className="card-body form-grid">
        {series && <p className="muted">{t('detail.series', { title: series.title || t('list.untitled') })}</p>}
        <TextField label={t('detail.title')} value={meeting.title} onChange={(title) => update({ title }, 'title')} />
        <div className="field-row">
          <SelectField<MeetingKind>
            label={t('detail.kind')}
            value={meeting.kind}
            options={meetingKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            onChange={(kind) => update({ kind, workGroupId: kind === 'workGroup' ? meeting.workGroupId : null })}
          />
          {meeting.kind === 'workGroup' && (
            <WorkGroupSelect label={t('detail.workGroup')} value={meeting.workGroupId} onChange={(workGroupId) => update({ workGroupId })} lookups={lookups} />
          )}
          <LocationSelect label={t('detail.location')} value={meeting.locationId} onChange={(locationId) => update({ locationId })} lookups={lookups} />
        </div>
        <TextArea label={t('detail.notes')} hint={t('detail.notesHint')} value={meeting.notes} onChange={(notes) => update({ notes }, 'notes')} rows={3} />
      </div>
    </div>
  )
}

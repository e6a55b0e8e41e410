/** Attendance at one meeting: per participant aanwezig, afwezig met bericht or afwezig (radio buttons, keyboard friendly). */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type AttendanceStatus, type Meeting, attendanceStatuses } from '../../../../shared/model'
import { useMeetingEdits } from './meeting-edits'
import { useMeetingLookups } from './use-meeting-lookups'

export function MeetingAttendance({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const status = useMemo(() => new Map(meeting.attendance.map((a) => [a.participantId, a.status])), [meeting.attendance])
  const people = useMemo(() => {
    const group = meeting.workGroupId ? lookups.workGroups.find((g) => g.id === meeting.workGroupId) : undefined
    return lookups.participants
      .filter((p) => status.has(p.id) || (p.active && (!group || group.memberIds.includes(p.id))))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  }, [lookups.participants, lookups.workGroups, meeting.workGroupId, status])
  const counts = { present: 0, excused: 0, absent: 0 }
  for (const a of meeting.attendance) counts[a.status] += 1

  return (
    <div className="card mt-card" data-testid="meeting-attendance">
      <div className="card-body form-grid">
        <div className="mt-card-head">
          <div>
            <h2 className="section-title">{t('attendance.heading')}</h2>
            <p className="muted" data-testid="attendance-summary">
              {t('attendance.summary', counts)}
            </p>
          </div>
          <div className="mt-toolbar">
            <button type="button" className="btn" onClick={() => edits.setAllAttendance(meeting.id, people.map((p) => p.id), 'present')}>
              {t('attendance.allPresent')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => edits.setAllAttendance(meeting.id, [], null)}>
              {t('attendance.clear')}
            </button>
          </div>
        </div>
        <ul className="mt-attendance-list">
          {people.map((person) => {
            const current = status.get(person.id) ?? null
            const name = `att-${meeting.id}-${person.id}`
            return (
              <li key={person.id} className="mt-attendance-row" data-testid="attendance-row" data-participant-id={person.id}>
                <span className="mt-attendance-name" id={`${name}-label`}>
                  {person.name}
                  {!person.active && <span className="muted"> ({t('attendance.inactive')})</span>}
                </span>
                <span className="mt-segments" role="radiogroup" aria-labelledby={`${name}-label`}>
                  {attendanceStatuses.map((option: AttendanceStatus) => (
                    <label key={option} className={`mt-segment mt-att-${option}`}>
                      <input
                        type="radio"
                        name={name}
                        value={option}
                        checked={current === option}
                        onChange={() => edits.setAttendance(meeting.id, person.id, option)}
                      />
                      <span>{t(`attendance.status.${option}`)}</span>
                    </label>
                  ))}
                </span>
              </li>
            )
          })}
        </ul>
      </div>
    </div>
  )
}

/**
 * Attendance per participant over time: a grid of held meetings (columns) by people (rows), each cell
 * a shape and a letter as well as a colour (colour-blind safe), with a presence rate per person.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { attendanceGrid } from '../../../../shared/logic/attendance'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import type { AttendanceStatus } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { SelectField } from '../../ui/fields'
import { compactDate, shortDate } from './format'
import { useMeetingsView } from './meetings-view'
import { OverviewCard } from './OverviewCard'

type Scope = 'all' | 'plenary'

export function AttendanceOverview() {
  const { t } = useTranslation('meetings')
  const meetings = useProject((p) => p.meetings)
  const participants = useProject((p) => p.participants)
  const openMeeting = useMeetingsView((s) => s.openMeeting)
  const [scope, setScope] = useState<Scope>('plenary')
  const grid = useMemo(() => {
    const chosen = scope === 'plenary' ? meetings.filter((m) => m.kind !== 'workGroup') : meetings
    return attendanceGrid(chosen, participants, amsterdamToday(new Date()))
  }, [meetings, participants, scope])
  const label = (status: AttendanceStatus | null) => t(`attendance.status.${status ?? 'unknown'}`)

  return (
    <OverviewCard
      heading={t('attendanceOverview.heading')}
      intro={t('attendanceOverview.intro')}
      testId="attendance-overview"
      aside={
        <SelectField<Scope>
          label={t('attendanceOverview.filter')}
          value={scope}
          options={[
            { value: 'plenary', label: t('attendanceOverview.plenary') },
            { value: 'all', label: t('attendanceOverview.all') },
          ]}
          onChange={setScope}
        />
      }
    >
      <ul className="mt-legend" aria-label={t('attendanceOverview.legend')}>
        {(['present', 'excused', 'absent', null] as const).map((status) => (
          <li key={status ?? 'unknown'}>
            <span className={`mt-cell mt-cell-${status ?? 'unknown'}`} aria-hidden="true">
              {t(`attendance.short.${status ?? 'unknown'}`)}
            </span>
            {label(status)}
          </li>
        ))}
      </ul>
      {grid.meetings.length === 0 ? (
        <p className="muted">{t('attendanceOverview.none')}</p>
      ) : (
        <div className="mt-grid-wrap">
          <table className="mt-grid">
            <thead>
              <tr>
                <th scope="col" className="mt-grid-name">{t('rolesOverview.person')}</th>
                {grid.meetings.map((m) => (
                  <th scope="col" key={m.id} className="mt-grid-date">
                    <button type="button" className="mt-grid-open" onClick={() => openMeeting(m.id, 'attendance')} title={`${m.title} · ${shortDate(m.date)}`}>
                      {compactDate(m.date)}
                    </button>
                  </th>
                ))}
                <th scope="col" className="num">{t('attendanceOverview.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => (
                <tr key={row.participant.id} data-testid="attendance-grid-row" data-participant-id={row.participant.id}>
                  <th scope="row" className="mt-grid-name">
                    {row.participant.name}
                    {!row.participant.active && <span className="muted"> ({t('attendance.inactive')})</span>}
                  </th>
                  {row.cells.map((status, i) => (
                    <td key={grid.meetings[i]!.id} className="mt-grid-cell">
                      <span
                        className={`mt-cell mt-cell-${status ?? 'unknown'}`}
                        role="img"
                        aria-label={t('attendanceOverview.cell', { name: row.participant.name, date: shortDate(grid.meetings[i]!.date), status: label(status) })}
                      >
                        {t(`attendance.short.${status ?? 'unknown'}`)}
                      </span>
                    </td>
                  ))}
                  <td className="num mt-grid-rate">{row.rate === null ? '–' : `${Math.round(row.rate * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="mt-grid-name">{t('attendanceOverview.presentCount')}</th>
                {grid.presentPerMeeting.map((n, i) => (
                  <td key={grid.meetings[i]!.id} className="mt-grid-cell num">{n}</td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </OverviewCard>
  )
}

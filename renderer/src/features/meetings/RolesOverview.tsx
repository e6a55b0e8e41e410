/** Who held which role how often, and who is willing to take which role (used by the rotation suggestion). */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { tallyRoles } from '../../../../shared/logic/role-rotation'
import { meetingRoles } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { shortDate } from './format'
import { useMeetingEdits } from './meeting-edits'
import { OverviewCard } from './OverviewCard'
import { roleLabel } from './role-labels'
import { useMeetingLookups } from './use-meeting-lookups'

export function RolesOverview() {
  const { t } = useTranslation('meetings')
  const meetings = useProject((p) => p.meetings)
  const willingness = useProject((p) => p.roleWillingness)
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const [showStopped, setShowStopped] = useState(false)
  const tallies = useMemo(() => tallyRoles(meetings), [meetings])
  const roles = useMemo(() => {
    const custom = new Set(tallies.flatMap((row) => Object.keys(row.counts)).filter((r) => !(meetingRoles as readonly string[]).includes(r)))
    return [...meetingRoles, ...custom]
  }, [tallies])
  const rows = useMemo(
    () => tallies.map((row) => ({ ...row, name: lookups.personName.get(row.participantId) ?? '?' })).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'nl')),
    [tallies, lookups.personName],
  )
  const willingBy = useMemo(() => new Map(willingness.map((w) => [w.participantId, w.roles])), [willingness])
  const people = lookups.participants.filter((p) => showStopped || p.active).slice().sort((a, b) => a.name.localeCompare(b.name, 'nl'))

  return (
    <div className="mt-roles-overview">
      <OverviewCard heading={t('rolesOverview.heading')} intro={t('rolesOverview.intro')} testId="roles-tally">
        {rows.length === 0 ? (
          <p className="muted">{t('rolesOverview.none')}</p>
        ) : (
          <div className="mt-table-wrap">
            <table className="mt-table">
              <thead>
                <tr>
                  <th scope="col">{t('rolesOverview.person')}</th>
                  {roles.map((role) => (
                    <th scope="col" key={role} className="num">{roleLabel(t, role)}</th>
                  ))}
                  <th scope="col" className="num">{t('rolesOverview.total')}</th>
                  <th scope="col">{t('rolesOverview.last')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.participantId}>
                    <th scope="row">{row.name}</th>
                    {roles.map((role) => (
                      <td key={role} className="num">{row.counts[role] ?? <span className="muted">–</span>}</td>
                    ))}
                    <td className="num"><strong>{row.total}</strong></td>
                    <td>{row.lastDate ? shortDate(row.lastDate) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </OverviewCard>
      <OverviewCard
        heading={t('rolesOverview.willingHeading')}
        intro={t('rolesOverview.willingIntro')}
        testId="roles-willing"
        aside={
          <label className="mt-radio">
            <input type="checkbox" checked={showStopped} onChange={(e) => setShowStopped(e.target.checked)} />
            {t('rolesOverview.showStopped')}
          </label>
        }
      >
        <div className="mt-table-wrap">
          <table className="mt-table">
            <thead>
              <tr>
                <th scope="col">{t('rolesOverview.person')}</th>
                {meetingRoles.map((role) => (
                  <th scope="col" key={role} className="center">{roleLabel(t, role)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id} data-testid="willing-row" data-participant-id={person.id}>
                  <th scope="row">{person.name}</th>
                  {meetingRoles.map((role) => (
                    <td key={role} className="center">
                      <input
                        type="checkbox"
                        className="mt-check"
                        checked={(willingBy.get(person.id) ?? []).includes(role)}
                        aria-label={t('rolesOverview.willingLabel', { name: person.name, role: roleLabel(t, role).toLowerCase() })}
                        onChange={(e) => edits.setWilling(person.id, role, e.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </OverviewCard>
    </div>
  )
}

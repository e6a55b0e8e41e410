import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { workGroupOverview } from '../../../../shared/logic/overview'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'

/** Werkgroepen: each group with its members and kartrekker, and who or what still needs attention. */
export function WorkGroupsCard() {
  const { t } = useTranslation('overview')
  const setView = useAppStore((state) => state.setView)
  const participants = useProject((p) => p.participants)
  const workGroups = useProject((p) => p.workGroups)
  const o = useMemo(() => workGroupOverview({ participants, workGroups }), [participants, workGroups])
  const flags = [
    o.withoutGroup > 0 ? { key: 'withoutGroup', text: t('withoutGroup', { count: o.withoutGroup }) } : null,
    o.groupsWithoutLead > 0 ? { key: 'withoutLead', text: t('withoutLead', { count: o.groupsWithoutLead }) } : null,
  ].filter((flag) => flag !== null)

  return (
    <section className="card card-body overview-card" aria-labelledby="ov-workgroups" data-testid="overview-workgroups">
      <h2 id="ov-workgroups" className="section-title">
        {t('workGroups')}
      </h2>
      {o.groups.length === 0 ? (
        <p className="muted">{t('noWorkGroups')}</p>
      ) : (
        <>
          <ul className="overview-groups">
            {o.groups.map((group) => (
              <li key={group.id} data-workgroup-id={group.id}>
                <span className="overview-group-name">{group.name}</span>
                <span className="overview-group-meta">
                  <span>{t('members', { count: group.members })}</span>
                  {' · '}
                  {group.lead ? <span>{t('lead', { name: group.lead })}</span> : <span className="badge badge-warning">{t('noLead')}</span>}
                </span>
              </li>
            ))}
          </ul>
          {flags.length > 0 ? (
            <ul className="overview-flags" data-testid="overview-workgroup-flags">
              {flags.map((flag) => (
                <li key={flag.key} data-flag={flag.key}>
                  <span className="overview-flag-mark" aria-hidden="true">!</span>
                  {flag.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="overview-all-placed">{t('allPlaced')}</p>
          )}
        </>
      )}
      <div className="card-actions">
        <button type="button" className="btn" onClick={() => setView('workGroups')}>
          {o.groups.length === 0 ? t('formWorkGroups') : t('toWorkGroups')}
        </button>
      </div>
    </section>
  )
}

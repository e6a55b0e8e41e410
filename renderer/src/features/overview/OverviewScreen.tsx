import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { participantCategories } from '../../../../shared/model'
import { profileCompleteness } from '../../../../shared/logic/profile'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { formatPeriod } from '../../i18n/dates'
import { Meter } from '../../ui/Meter'
import { ThemesCard } from './ThemesCard'
import { WorkGroupsCard } from './WorkGroupsCard'
import { GroupPhasesCard } from '../phases/GroupPhasesCard'
import './overview.css'

export function OverviewScreen() {
  const { t } = useTranslation('overview')
  const { t: tc } = useTranslation()
  const setView = useAppStore((state) => state.setView)
  const community = useProject((p) => p.community)
  const participants = useProject((p) => p.participants)
  const stakeholders = useProject((p) => p.stakeholders)
  const project = useProject((p) => p)
  const completeness = useMemo(() => profileCompleteness(project), [project])

  const active = participants.filter((p) => p.active)
  const inactive = participants.length - active.length
  const counts = participantCategories
    .map((category) => ({ category, count: active.filter((p) => p.category === category).length }))
    .filter((row) => row.count > 0)
  const largest = Math.max(1, ...counts.map((row) => row.count))
  const period = formatPeriod(community.startDate, community.endDate)
  const orNot = (value: string) => (value.trim() === '' ? <span className="muted">{t('notFilled')}</span> : value)

  return (
    <div className="page" data-testid="overview-screen">
      <div className="page-header">
        <div>
          <h1>{community.name}</h1>
          <p>{period || t('noPeriod')}</p>
        </div>
      </div>

      <section className="card card-body" aria-label={t('title')}>
        <dl className="overview-facts">
          <div>
            <dt>{t('period')}</dt>
            <dd>{period ? period : orNot('')}</dd>
          </div>
          <div>
            <dt>{t('region')}</dt>
            <dd>{orNot(community.region)}</dd>
          </div>
          <div>
            <dt>{t('commissioner')}</dt>
            <dd>{orNot(community.commissioner)}</dd>
          </div>
          <div>
            <dt>{t('facilitator')}</dt>
            <dd>{orNot(community.facilitator)}</dd>
          </div>
        </dl>
      </section>

      <div className="overview-grid">
        <section className="card card-body overview-card" aria-labelledby="ov-participants" data-testid="overview-participants">
          <h2 id="ov-participants" className="section-title">
            {t('participants')}
          </h2>
          {active.length === 0 ? (
            <p className="muted">{t('noParticipants')}</p>
          ) : (
            <>
              <p>
                <strong>{t('participantsCount', { count: active.length })}</strong>
                {inactive > 0 && <span className="muted"> · {t('inactiveCount', { count: inactive })}</span>}
              </p>
              <ul className="category-bars">
                {counts.map(({ category, count }) => (
                  <li key={category} data-category={category}>
                    <span>{tc(`categoriesPlural.${category}`)}</span>
                    <Meter className="category-bar" fraction={count / largest} />
                    <span className="category-count">{count}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="card-actions">
            <button type="button" className="btn" onClick={() => setView('participants')}>
              {active.length === 0 ? t('addParticipants') : t('manageParticipants')}
            </button>
          </div>
        </section>

        <section className="card card-body overview-card" aria-labelledby="ov-profile">
          <h2 id="ov-profile" className="section-title">
            {t('profile')}
          </h2>
          <p>{t('profileProgress', completeness)}</p>
          <Meter className="progress" fraction={completeness.filled / completeness.total} label={t('profileProgress', completeness)} />
          {community.centralQuestion.trim() !== '' && (
            <p className="overview-quote">
              <span className="visually-hidden">{t('centralQuestion')}: </span>
              {community.centralQuestion}
            </p>
          )}
          <p className="muted">
            {t('stakeholders')}:{' '}
            {t('stakeholdersCount', {
              soundingBoard: stakeholders.filter((s) => s.body === 'soundingBoard').length,
              steeringGroup: stakeholders.filter((s) => s.body === 'steeringGroup').length,
            })}
          </p>
          <div className="card-actions">
            <button type="button" className="btn" onClick={() => setView('profile')}>
              {t('completeProfile')}
            </button>
          </div>
        </section>
      </div>

      <div className="overview-grid overview-grid-two">
        <ThemesCard />
        <WorkGroupsCard />
      </div>

      <GroupPhasesCard />

      <section className="placeholder-card placeholder-card-row" aria-labelledby="ov-next-meeting" data-testid="placeholder-nextMeeting">
        <h3 id="ov-next-meeting">{t('nextMeeting')}</h3>
        <p>{t('meetingSoon')}</p>
        <span className="badge">{t('comingSoon')}</span>
      </section>
    </div>
  )
}

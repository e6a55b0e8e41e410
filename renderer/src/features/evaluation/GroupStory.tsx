/** The group-development story (from Groepsfasen), read-only: current phase, history and agreements per group. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { groupDevelopmentStory } from '../../../../shared/logic/group-development-story'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'

export function GroupStory() {
  const { t, i18n } = useTranslation('evaluation')
  const community = useProject((p) => p.community)
  const workGroups = useProject((p) => p.workGroups)
  const groupDevelopment = useProject((p) => p.groupDevelopment)
  const meetings = useProject((p) => p.meetings)
  const story = useMemo(
    () => groupDevelopmentStory({ community, workGroups, groupDevelopment, meetings }, undefined, { language: i18n.language === 'en' ? 'en' : 'nl' }),
    [community, workGroups, groupDevelopment, meetings, i18n.language],
  )
  const groups = story.groups.filter((g) => g.observations.length > 0 || g.reflections.length > 0)
  if (groups.length === 0) return <p className="muted">{t('story.none')}</p>
  return (
    <ul className="story-list" data-testid="group-story">
      {groups.map((group) => (
        <li key={String(group.groupId)} className="story-group">
          <h3>{group.name}</h3>
          <p>
            {group.currentPhaseName ? t('story.current', { phase: group.currentPhaseName, date: formatDate(group.currentSince) }) : t('story.noPhase')}
            <span className="muted">
              {' '}
              · {t('story.observations', { count: group.observations.length })} · {t('story.reflections', { count: group.reflections.length })}
            </span>
          </p>
          {group.periods.length > 0 && (
            <ol className="story-periods">
              {group.periods.map((period) => (
                <li key={`${period.from}-${period.phase}`}>
                  <span className="story-phase">{period.phaseName}</span> <span className="muted">{formatDate(period.from)}</span>
                </li>
              ))}
            </ol>
          )}
          {group.agreements.length > 0 && (
            <>
              <h4>{t('story.agreements')}</h4>
              <ul className="story-agreements">
                {group.agreements.map((a, index) => (
                  <li key={index}>
                    {a.text} <span className="muted">({formatDate(a.date)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

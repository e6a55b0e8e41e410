import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { profileCompleteness } from '../../../../shared/logic/profile'
import { sectionProgress } from '../../../../shared/logic/profile-sections'
import { useProject } from '../../app/session-store'
import { Meter } from '../../ui/Meter'
import { CommunitySection } from './CommunitySection'
import { GuidanceSection } from './GuidanceSection'
import { MethodSection } from './MethodSection'
import { ParticipantsSection } from './ParticipantsSection'
import { ProfileToc, jumpToSection } from './ProfileToc'
import { PurposeSection } from './PurposeSection'
import { ResultsSection } from './ResultsSection'
import { StakeholdersSection } from './StakeholdersSection'
import { useActiveSection } from './use-active-section'
import './profile.css'

/**
 * The profile of the learning community: its basics and the questions of the survey on
 * learning networks (seed 004, Bijlage 1), plus the klankbordgroep and stuurgroep.
 * Every field writes straight into the project: autosaved and undoable.
 */
export function ProfileScreen() {
  const { t } = useTranslation('profile')
  const project = useProject((p) => p)
  const completeness = useMemo(() => profileCompleteness(project), [project])
  const progress = useMemo(() => sectionProgress(project), [project])
  const active = useActiveSection()
  const progressText = t('progress', completeness)

  return (
    <div className="page profile-page" data-testid="profile-screen">
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        <div className="profile-progress">
          <span data-testid="profile-progress">{progressText}</span>
          <Meter className="profile-meter" fraction={completeness.filled / completeness.total} />
        </div>
      </header>
      <div className="profile-layout">
        <ProfileToc progress={progress} memberCount={project.stakeholders.length} active={active} onJump={jumpToSection} />
        <div className="profile-sections">
          <CommunitySection number={1} />
          <PurposeSection number={2} />
          <ResultsSection number={3} />
          <ParticipantsSection number={4} />
          <GuidanceSection number={5} />
          <MethodSection number={6} />
          <StakeholdersSection number={7} />
        </div>
      </div>
    </div>
  )
}

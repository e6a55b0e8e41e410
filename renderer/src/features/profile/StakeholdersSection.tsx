import { useTranslation } from 'react-i18next'
import { ProfileSection } from './ProfileSection'
import { StakeholderList } from './StakeholderList'

/** Section 7: the klankbordgroep and the stuurgroep, with their members. */
export function StakeholdersSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  return (
    <ProfileSection id="stakeholders" number={number} intro={t('stakeholders.intro')}>
      <StakeholderList body="soundingBoard" />
      <StakeholderList body="steeringGroup" />
    </ProfileSection>
  )
}

import { useTranslation } from 'react-i18next'
import { ProfileSection } from './ProfileSection'
import { CommunityTextArea } from './ProfileTextAreas'

/** Section 2: survey questions 7–9, the description, goal and central question. */
export function PurposeSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  return (
    <ProfileSection id="purpose" number={number}>
      <CommunityTextArea field="description" label={t('purpose.description')} hint={t('purpose.descriptionHint')} />
      <CommunityTextArea field="goal" label={t('purpose.goal')} hint={t('purpose.goalHint')} />
      <CommunityTextArea field="centralQuestion" label={t('purpose.centralQuestion')} hint={t('purpose.centralQuestionHint')} />
    </ProfileSection>
  )
}

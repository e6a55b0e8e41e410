import { useTranslation } from 'react-i18next'
import { ProfileSection } from './ProfileSection'
import { ProfileTextArea } from './ProfileTextAreas'

const fields = ['competences', 'processGuidance', 'contentGuidance', 'collaboration', 'opportunitiesAndChallenges', 'collaborationExperiences'] as const

/** Section 5: survey questions 13–18, on competences, guidance and collaboration. */
export function GuidanceSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  return (
    <ProfileSection id="guidance" number={number}>
      {fields.map((field) => (
        <ProfileTextArea key={field} field={field} label={t(`guidance.${field}`)} hint={t(`guidance.${field}Hint`)} />
      ))}
    </ProfileSection>
  )
}

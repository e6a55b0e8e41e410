import { useTranslation } from 'react-i18next'
import { ProfileSection } from './ProfileSection'
import { ProfileTextArea } from './ProfileTextAreas'

/** Section 3: survey questions 10–11, the results expected beforehand and those set along the way. */
export function ResultsSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  return (
    <ProfileSection id="results" number={number}>
      <ProfileTextArea field="expectedResultsBefore" label={t('results.before')} hint={t('results.beforeHint')} />
      <ProfileTextArea field="expectedResultsDuring" label={t('results.during')} hint={t('results.duringHint')} />
    </ProfileSection>
  )
}

import { useTranslation } from 'react-i18next'
import { ProfileSection } from './ProfileSection'
import { ProfileTextArea } from './ProfileTextAreas'

/** Section 6: survey questions 19–23, method, tools, costs, evaluations and what works. */
export function MethodSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  return (
    <ProfileSection id="method" number={number}>
      <ProfileTextArea field="method" label={t('method.method')} hint={t('method.methodHint')} />
      <ProfileTextArea field="tools" label={t('method.tools')} hint={t('method.toolsHint')} />
      <div className="profile-row-2">
        <ProfileTextArea field="costs" label={t('method.costs')} hint={t('method.costsHint')} />
        <ProfileTextArea field="fundedBy" label={t('method.fundedBy')} hint={t('method.fundedByHint')} />
      </div>
      <ProfileTextArea field="evaluations" label={t('method.evaluations')} hint={t('method.evaluationsHint')} />
      <ProfileTextArea field="workingElements" label={t('method.workingElements')} hint={t('method.workingElementsHint')} />
    </ProfileSection>
  )
}

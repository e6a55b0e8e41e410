import { useTranslation } from 'react-i18next'
import { checkCommunityDetails } from '../../../../shared/logic/community'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { DateField, TextField } from '../../ui/fields'
import { NameField } from './NameField'
import { ProfileSection } from './ProfileSection'
import { CommunityTextArea, ProfileTextArea } from './ProfileTextAreas'
import { StatusNote, StatusSelect } from './StatusFields'
import { useCommunityDate, useCommunityText } from './profile-edits'

/** Section 1: the community's basics (as in the create form), its initiator and its status. */
export function CommunitySection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  const [startDate, setStartDate] = useCommunityDate('startDate')
  const [endDate, setEndDate] = useCommunityDate('endDate')
  const [region, setRegion] = useCommunityText('region')
  const [facilitator, setFacilitator] = useCommunityText('facilitator')
  const name = useProject((project) => project.community.name)
  const problem = checkCommunityDetails({ name, startDate, endDate }).endDate

  return (
    <ProfileSection id="community" number={number}>
      <NameField />
      <TextField label={t('community.region')} hint={t('community.regionHint')} value={region} onChange={setRegion} name="region" />
      <div className="profile-row-3">
        <DateField label={t('community.startDate')} hint={startDate ? formatDate(startDate) : t('community.startDateHint')} value={startDate} onChange={setStartDate} name="startDate" />
        <DateField
          label={t('community.endDate')}
          hint={endDate ? formatDate(endDate) : t('community.endDateHint')}
          value={endDate}
          onChange={setEndDate}
          name="endDate"
          error={problem ? t(`community.${problem}`) : null}
        />
        <StatusSelect />
      </div>
      <StatusNote />
      <CommunityTextArea field="commissioner" label={t('community.commissioner')} hint={t('community.commissionerHint')} short />
      <ProfileTextArea field="initiator" label={t('community.initiator')} hint={t('community.initiatorHint')} short />
      <TextField label={t('community.facilitator')} value={facilitator} onChange={setFacilitator} name="facilitator" />
    </ProfileSection>
  )
}

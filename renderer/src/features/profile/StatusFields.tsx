import { useTranslation } from 'react-i18next'
import { type CommunityStatus, communityStatuses } from '../../../../shared/model'
import { useEdit, useProject } from '../../app/session-store'
import { SelectField } from '../../ui/fields'
import { ProfileTextArea } from './ProfileTextAreas'

/** The order a facilitator thinks in: running first, the ends last. */
const statusOrder: readonly CommunityStatus[] = ['running', 'preparing', 'finished', 'stopped']

/** Survey question 6: does the network still exist, and if not, why did it stop? */
export function StatusSelect() {
  const { t } = useTranslation('profile')
  const status = useProject((project) => project.profile.status)
  const edit = useEdit()
  const options = statusOrder.filter((value) => communityStatuses.includes(value)).map((value) => ({ value, label: t(`community.statuses.${value}`) }))
  return (
    <SelectField
      label={t('community.status')}
      hint={t('community.statusHint')}
      value={status}
      options={options}
      name="status"
      onChange={(value) =>
        edit((project) => {
          project.profile.status = value
        })
      }
    />
  )
}

/** The note beside the status: why it stopped, how it finished; kept visible while it holds text. */
export function StatusNote() {
  const { t } = useTranslation('profile')
  const status = useProject((project) => project.profile.status)
  const note = useProject((project) => project.profile.statusNote)
  if (status === 'stopped') {
    return <ProfileTextArea field="statusNote" label={t('community.statusNoteStopped')} hint={t('community.statusNoteStoppedHint')} />
  }
  if (status === 'finished') {
    return <ProfileTextArea field="statusNote" label={t('community.statusNoteFinished')} hint={t('community.statusNoteFinishedHint')} />
  }
  if (note.trim() !== '') return <ProfileTextArea field="statusNote" label={t('community.statusNote')} />
  return null
}

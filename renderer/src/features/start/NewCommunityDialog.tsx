import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkCommunityDetails } from '../../../../shared/logic/community'
import { createProject } from '../../app/project-actions'
import { Dialog } from '../../ui/Dialog'
import { DateField, TextArea, TextField } from '../../ui/fields'

interface CommunityForm {
  name: string
  startDate: string | null
  endDate: string | null
  region: string
  commissioner: string
  facilitator: string
  description: string
  goal: string
  centralQuestion: string
}

const empty: CommunityForm = {
  name: '',
  startDate: null,
  endDate: null,
  region: '',
  commissioner: '',
  facilitator: '',
  description: '',
  goal: '',
  centralQuestion: '',
}

/** The details of a new learning community; the file's place is chosen in the native dialog after. */
export function NewCommunityDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('start')
  const { t: tc } = useTranslation()
  const [details, setDetails] = useState(empty)
  const [submitted, setSubmitted] = useState(false)
  const [busy, setBusy] = useState(false)
  const problems = checkCommunityDetails(details)
  const shown = submitted ? problems : {}
  const set = <K extends keyof CommunityForm>(key: K) => (value: CommunityForm[K]) => setDetails({ ...details, [key]: value })

  const submit = async () => {
    setSubmitted(true)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    const created = await createProject({ ...details, name: details.name.trim() })
    setBusy(false)
    if (created) {
      setDetails(empty)
      setSubmitted(false)
      onClose()
    }
  }

  return (
    <Dialog
      open={open}
      title={t('form.title')}
      onClose={onClose}
      wide
      testId="new-community-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {tc('cancel')}
          </button>
          <button type="submit" form="new-community-form" className="btn btn-primary" disabled={busy}>
            {t('form.submit')}
          </button>
        </>
      }
    >
      <form
        id="new-community-form"
        className="form-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <p className="muted">{t('form.intro')}</p>
        <TextField
          label={t('form.name')}
          value={details.name}
          onChange={set('name')}
          placeholder={t('form.namePlaceholder')}
          error={shown.name ? t(`form.${shown.name}`) : null}
          required
          autoFocus
        />
        <div className="field-row">
          <DateField label={t('form.startDate')} value={details.startDate} onChange={set('startDate')} />
          <DateField
            label={t('form.endDate')}
            value={details.endDate}
            onChange={set('endDate')}
            error={shown.endDate ? t(`form.${shown.endDate}`) : null}
          />
        </div>
        <div className="field-row">
          <TextField label={t('form.region')} value={details.region} onChange={set('region')} />
          <TextField label={t('form.commissioner')} hint={t('form.commissionerHint')} value={details.commissioner} onChange={set('commissioner')} />
          <TextField label={t('form.facilitator')} value={details.facilitator} onChange={set('facilitator')} />
        </div>
        <TextArea label={t('form.description')} value={details.description} onChange={set('description')} />
        <div className="field-row">
          <TextArea label={t('form.goal')} value={details.goal} onChange={set('goal')} />
          <TextArea label={t('form.centralQuestion')} value={details.centralQuestion} onChange={set('centralQuestion')} />
        </div>
      </form>
    </Dialog>
  )
}

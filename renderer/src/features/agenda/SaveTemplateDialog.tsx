/** Ask a name and save the agenda as a template. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/fields'

interface SaveTemplateDialogProps {
  open: boolean
  defaultName: string
  onSave: (name: string) => void
  onCancel: () => void
}

export function SaveTemplateDialog({ open, defaultName, onSave, onCancel }: SaveTemplateDialogProps) {
  const { t } = useTranslation('agenda')
  const { t: tc } = useTranslation()
  const [name, setName] = useState(defaultName)
  const [error, setError] = useState<string | null>(null)
  const submit = () => {
    if (name.trim() === '') {
      setError(t('templates.nameRequired'))
      return
    }
    onSave(name.trim())
  }
  return (
    <Dialog
      open={open}
      title={t('templates.saveTitle')}
      onClose={onCancel}
      testId="save-template-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={submit}>
            {t('templates.save')}
          </button>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <TextField label={t('templates.name')} hint={t('templates.nameHint')} error={error} value={name} onChange={setName} autoFocus />
      </form>
    </Dialog>
  )
}

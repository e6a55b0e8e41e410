/** Vaststellen: confirm the next version number, with an optional note. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/fields'

interface Props {
  groupName: string
  nextNumber: number
  onAdopt: (note: string) => void
  onClose: () => void
}

export function AdoptDialog({ groupName, nextNumber, onAdopt, onClose }: Props) {
  const { t } = useTranslation('plans')
  const { t: common } = useTranslation()
  const [note, setNote] = useState('')
  return (
    <Dialog
      open
      title={t('adopt.title')}
      onClose={onClose}
      testId="adopt-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {common('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => onAdopt(note.trim())}>
            {t('adopt.confirm', { number: nextNumber })}
          </button>
        </>
      }
    >
      <p>{t('adopt.text', { group: groupName, number: nextNumber })}</p>
      <TextField label={t('adopt.note')} hint={t('adopt.noteHint')} value={note} onChange={setNote} autoFocus />
    </Dialog>
  )
}

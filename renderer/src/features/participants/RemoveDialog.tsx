import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../ui/ConfirmDialog'

/** "Weet je zeker dat je … wilt verwijderen?" — pointing to "Stoppen" and to Ctrl+Z. */
export function RemoveDialog({ name, onConfirm, onCancel }: { name: string | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('participants')
  return (
    <ConfirmDialog
      open={name !== null}
      title={t('remove.title')}
      message={t('remove.message', { name: name ?? '' })}
      confirmLabel={t('remove.confirm')}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}

import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog'
import { saveAs } from './project-actions'
import { useLeaveGuard } from './leave-guard'

/** Asked only when the last changes could not be saved: stay, save them elsewhere, or leave without them. */
export function LeaveGuardDialog() {
  const { t } = useTranslation()
  const asking = useLeaveGuard((state) => state.asking)
  if (!asking) return null
  const saveElsewhere = async () => {
    if (await saveAs()) asking.answer('leave')
  }
  return (
    <Dialog
      open
      alert
      title={t('leaveGuard.title')}
      onClose={() => asking.answer('stay')}
      testId="leave-guard"
      footer={
        <>
          <button type="button" className="btn btn-danger" onClick={() => asking.answer('leave')}>
            {t('leaveGuard.leave')}
          </button>
          <button type="button" className="btn" onClick={() => void saveElsewhere()}>
            {t('leaveGuard.saveAs')}
          </button>
          <button type="button" className="btn btn-primary" autoFocus onClick={() => asking.answer('stay')}>
            {t('leaveGuard.stay')}
          </button>
        </>
      }
    >
      <p>{t('leaveGuard.body')}</p>
      {asking.reason && <p className="muted">{t('leaveGuard.reason', { reason: asking.reason })}</p>}
    </Dialog>
  )
}

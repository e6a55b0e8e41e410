/**
 * The dialogs an Export menu entry opens (from the top bar or the application menu): the report
 * dialog for plans and the evaluation report (after choosing a work group when the request has
 * none), and the meeting export dialog for invitations, minutes and the .ics schedule.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { planOf } from '../../../../shared/logic/plans'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { Dialog } from '../../ui/Dialog'
import { SelectField } from '../../ui/fields'
import { ExportDialog } from './ExportDialog'
import { MeetingExportDialog } from './MeetingExportDialog'

export function ExportFlow() {
  const request = useAppStore((state) => state.exportRequest)
  const requestExport = useAppStore((state) => state.requestExport)
  // A request does not outlive the open project (closing it unmounts the shell).
  useEffect(() => () => useAppStore.getState().requestExport(null), [])
  if (!request) return null
  const close = () => requestExport(null)
  switch (request.kind) {
    case 'plan.workGroup':
      return request.workGroupId ? (
        <ExportDialog key={request.workGroupId} target={{ kind: 'plan.workGroup', workGroupId: request.workGroupId }} onClose={close} />
      ) : (
        <ChooseWorkGroup onChoose={(workGroupId) => requestExport({ kind: 'plan.workGroup', workGroupId })} onClose={close} />
      )
    case 'plan.community':
    case 'evaluation.report':
      return <ExportDialog key={request.kind} target={{ kind: request.kind }} onClose={close} />
    default:
      return <MeetingExportDialog key={request.kind} kind={request.kind} onClose={close} />
  }
}

/** Which work group's plan (from the application menu, which does not list the groups). */
function ChooseWorkGroup({ onChoose, onClose }: { onChoose: (workGroupId: string) => void; onClose: () => void }) {
  const { t } = useTranslation('reports')
  const { t: common } = useTranslation()
  const groups = useProject((p) => p.workGroups)
  const plans = useProject((p) => p.plans)
  const withPlan = groups.filter((g) => planOf(plans, g.id))
  const [chosen, setChosen] = useState(withPlan[0]?.id ?? '')
  return (
    <Dialog
      open
      title={t('chooseGroup.title')}
      onClose={onClose}
      testId="choose-work-group"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {common('cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={chosen === ''} onClick={() => onChoose(chosen)}>
            {t('chooseGroup.next')}
          </button>
        </>
      }
    >
      {withPlan.length === 0 ? (
        <p>{t(groups.length === 0 ? 'menu.noWorkGroups' : 'menu.noPlans')}</p>
      ) : (
        <SelectField label={t('chooseGroup.label')} name="workGroup" value={chosen} onChange={setChosen} options={withPlan.map((g) => ({ value: g.id, label: g.name }))} />
      )}
    </Dialog>
  )
}

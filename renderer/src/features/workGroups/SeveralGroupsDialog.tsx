/**
 * Turning "more than one work group" off while some people are in several: nothing is dropped
 * silently. Per person the facilitator picks the group that stays (preselected: the highest
 * affinity); cancelling leaves everyone and the setting as they were.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultKeepChoice } from '../../../../shared/logic/work-groups'
import { Dialog } from '../../ui/Dialog'
import type { WorkGroupsView } from './use-work-groups-view'
import { currentProject } from '../../app/session-store'

interface SeveralGroupsDialogProps {
  /** turnOff: switching the setting off; resolve: the setting is already off. */
  mode: 'turnOff' | 'resolve'
  view: WorkGroupsView
  onApply: (keep: Record<string, string>) => void
  onCancel: () => void
}

export function SeveralGroupsDialog({ mode, view, onApply, onCancel }: SeveralGroupsDialogProps) {
  const { t } = useTranslation('workGroups')
  const { t: tc } = useTranslation()
  const [keep, setKeep] = useState<Record<string, string>>(() => {
    const project = currentProject()
    return project ? defaultKeepChoice(project.workGroups, view.affinities) : {}
  })
  return (
    <Dialog
      open
      wide
      title={t('several.title')}
      onClose={onCancel}
      testId="several-groups-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            {mode === 'turnOff' ? t('several.keepBoth') : tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => onApply(keep)}>
            {mode === 'turnOff' ? t('several.confirm') : t('several.confirmResolve')}
          </button>
        </>
      }
    >
      <p>{mode === 'turnOff' ? t('several.intro') : t('several.introResolve')}</p>
      {view.flags.several.map(({ participantId, groupIds }) => {
        const name = view.people.get(participantId)?.name ?? ''
        return (
          <fieldset key={participantId} className="wg-keep">
            <legend>{t('several.keep', { name })}</legend>
            {groupIds.map((groupId) => {
              const group = view.groupsById.get(groupId)
              if (!group) return null
              const affinity = view.affinities.get(participantId)?.get(group.themeId)
              return (
                <label key={groupId} className="wg-keep-option">
                  <input
                    type="radio"
                    name={`keep-${participantId}`}
                    checked={keep[participantId] === groupId}
                    onChange={() => setKeep((current) => ({ ...current, [participantId]: groupId }))}
                  />
                  <span>{t('several.option', { group: `${group.number}. ${group.label}`, affinity: affinity ?? t('chip.affinityUnknown') })}</span>
                </label>
              )
            })}
          </fieldset>
        )
      })}
    </Dialog>
  )
}

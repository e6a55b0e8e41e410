import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model'
import { EditParticipantForm } from './EditParticipantForm'
import { NEW_PARTICIPANT_FORM, NewParticipantForm } from './NewParticipantForm'
import { ParticipantPanel } from './ParticipantPanel'
import type { ParticipantEdits } from './participant-edits'

export type PanelState = { mode: 'new' } | { mode: 'edit'; id: string } | null

interface ParticipantPanelContentProps {
  panel: PanelState
  editing: Participant | null
  edits: ParticipantEdits
  onClose: () => void
  onAdded: (participant: Participant, another: boolean) => void
  onStop: (id: string) => void
  onReactivate: (id: string) => void
  onRemove: (id: string, opener: HTMLElement) => void
}

/** The side panel's two uses: a new participant (submitted at once) or editing one in place. */
export function ParticipantPanelContent({ panel, editing, edits, onClose, onAdded, onStop, onReactivate, onRemove }: ParticipantPanelContentProps) {
  const { t } = useTranslation('participants')
  if (panel?.mode === 'new') {
    return (
      <ParticipantPanel
        title={t('panel.newTitle')}
        onClose={onClose}
        footer={
          <>
            <button type="submit" form={NEW_PARTICIPANT_FORM} className="btn btn-primary">
              {t('form.submit')}
            </button>
            <button type="submit" form={NEW_PARTICIPANT_FORM} className="btn" data-another="true">
              {t('form.submitAndNext')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              {t('form.cancel')}
            </button>
          </>
        }
      >
        <NewParticipantForm onAdd={edits.add} onAdded={onAdded} />
      </ParticipantPanel>
    )
  }
  if (editing === null) return null
  return (
    <ParticipantPanel
      title={editing.name}
      subtitle={t('panel.editTitle')}
      onClose={onClose}
      footer={
        <>
          <p className="participant-panel-note">{t('panel.autosave')}</p>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('panel.done')}
          </button>
        </>
      }
    >
      <EditParticipantForm
        key={editing.id}
        participant={editing}
        edits={edits}
        onStop={onStop}
        onReactivate={onReactivate}
        onRemove={onRemove}
      />
    </ParticipantPanel>
  )
}

import { memo } from 'react'
import type { TFunction } from 'i18next'
import type { Participant } from '../../../../shared/model'
import { formatDate } from '../../i18n/dates'
import { RemoveButton } from '../../ui/RemoveButton'

export interface RowActions {
  onEdit: (id: string, opener: HTMLElement) => void
  onStop: (id: string) => void
  onReactivate: (id: string) => void
  onRemove: (id: string, opener: HTMLElement) => void
}

interface ParticipantRowProps extends RowActions {
  participant: Participant
  selected: boolean
  t: TFunction<'participants'>
  categoryLabel: string
}

/**
 * One participant. Memoised: an edit to one person re-renders one row, not 1,400.
 * The action buttons are described by the name, so "Bewerken" says whom it edits.
 */
export const ParticipantRow = memo(function ParticipantRow({
  participant: p,
  selected,
  t,
  categoryLabel,
  onEdit,
  onStop,
  onReactivate,
  onRemove,
}: ParticipantRowProps) {
  const nameId = `participant-name-${p.id}`
  return (
    <tr
      className={[p.active ? '' : 'is-inactive', selected ? 'is-selected' : ''].join(' ').trim() || undefined}
      data-participant-id={p.id}
    >
      <td className="col-name">
        <span className="participant-name" id={nameId}>
          {p.name}
        </span>
        {!p.active && <span className="badge badge-stopped">{t('table.stopped')}</span>}
        {p.email && (
          <span className="cell-sub cell-email" title={p.email}>
            {p.email}
          </span>
        )}
      </td>
      <td className="col-category">
        <span>{categoryLabel}</span>
        {p.discipline && <span className="cell-sub">{p.discipline}</span>}
      </td>
      <td className="col-organisation">{p.organisation}</td>
      <td className="col-joined">
        <span>{p.joinedOn ? formatDate(p.joinedOn) : <span className="cell-sub">{t('table.unknownDate')}</span>}</span>
        {!p.active && p.leftOn && <span className="cell-sub">{t('table.stoppedOn', { date: formatDate(p.leftOn) })}</span>}
      </td>
      <td className="col-actions">
        <div className="row-actions">
          <button type="button" className="btn btn-small" data-action="edit" aria-describedby={nameId} onClick={(e) => onEdit(p.id, e.currentTarget)}>
            {t('table.edit')}
          </button>
          {p.active ? (
            <button type="button" className="btn btn-small" data-action="status" aria-describedby={nameId} onClick={() => onStop(p.id)}>
              {t('table.stop')}
            </button>
          ) : (
            <button type="button" className="btn btn-small" data-action="status" aria-describedby={nameId} onClick={() => onReactivate(p.id)}>
              {t('table.reactivate')}
            </button>
          )}
          <RemoveButton
            small
            className="btn-remove"
            data-action="remove"
            label={t('table.remove')}
            aria-describedby={nameId}
            onClick={(e) => onRemove(p.id, e.currentTarget)}
          />
        </div>
      </td>
    </tr>
  )
})

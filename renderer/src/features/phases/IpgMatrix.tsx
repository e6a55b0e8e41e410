/**
 * The IPG matrix: five phases (columns) × four rows, with the default text written for the app
 * and the facilitator's own changes. Every cell can be edited and reset to its default.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EffectiveCell } from '../../../../shared/logic/ipg'
import { rowName } from '../../../../shared/logic/ipg-labels'
import { groupPhases, matrixRows, type GroupPhase, type MatrixRow } from '../../../../shared/model'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { CellDialog } from './CellDialog'
import { CellContent } from './CellContent'
import { PencilIcon, ResetIcon } from './icons'
import { usePhaseEdits } from './phase-edits'
import { PhaseHeading } from './PhaseHeading'
import { useIpgLanguage, useMatrix, usePhaseNames } from './use-phases'

export function IpgMatrix() {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const matrix = useMatrix()
  const names = usePhaseNames()
  const edits = usePhaseEdits(language)
  const { notice, announce, dismiss } = useUndoNotice()
  const [editing, setEditing] = useState<{ phase: GroupPhase; row: MatrixRow; opener: HTMLElement } | null>(null)

  const labels = (phase: GroupPhase, row: MatrixRow) => ({ row: rowName(row, language), phase: names.primary(phase) })
  const reset = (phase: GroupPhase, row: MatrixRow) => {
    edits.resetCell(phase, row)
    announce(t('matrix.resetDone', labels(phase, row)))
  }
  const close = () => {
    const opener = editing?.opener
    setEditing(null)
    requestAnimationFrame(() => opener?.isConnected && opener.focus())
  }

  return (
    <section className="ipg" aria-labelledby="ipg-heading">
      <h2 id="ipg-heading" className="visually-hidden">
        {t('matrix.heading')}
      </h2>
      <p className="notice notice-info ipg-note" data-testid="ipg-note">
        {t('matrix.note')} {t('matrix.ownText')}
      </p>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="ipg-notice" />
      <div className="ipg-scroll">
        <table className="ipg-table" data-testid="ipg-matrix">
          <caption className="visually-hidden">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <td className="ipg-corner" />
              {groupPhases.map((phase) => (
                <th key={phase} scope="col" data-phase={phase}>
                  <PhaseHeading phase={phase} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrixRows.map((row) => (
              <tr key={row} data-row={row}>
                <th scope="row" className="ipg-row-head">
                  {rowName(row, language)}
                </th>
                {groupPhases.map((phase) => (
                  <MatrixCellView
                    key={phase}
                    cell={matrix[phase][row]}
                    phase={phase}
                    row={row}
                    labels={labels(phase, row)}
                    onEdit={(opener) => setEditing({ phase, row, opener })}
                    onReset={() => reset(phase, row)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <CellDialog
          phase={editing.phase}
          row={editing.row}
          cell={matrix[editing.phase][editing.row]}
          onSave={(change) => {
            edits.saveCell(editing.phase, editing.row, change)
            announce(t('matrix.saved', labels(editing.phase, editing.row)), 'success')
            close()
          }}
          onReset={() => {
            reset(editing.phase, editing.row)
            close()
          }}
          onCancel={close}
        />
      )}
    </section>
  )
}

interface CellViewProps {
  cell: EffectiveCell
  phase: GroupPhase
  row: MatrixRow
  labels: { row: string; phase: string }
  onEdit: (opener: HTMLElement) => void
  onReset: () => void
}

function MatrixCellView({ cell, phase, row, labels, onEdit, onReset }: CellViewProps) {
  const { t } = useTranslation('phases')
  return (
    <td className={cell.edited ? 'ipg-cell is-edited' : 'ipg-cell'} data-testid={`ipg-cell-${phase}-${row}`} data-edited={cell.edited}>
      <CellContent cell={cell} row={row} />
      <div className="ipg-cell-foot">
        {cell.edited ? <span className="badge badge-accent">{t('matrix.edited')}</span> : <span className="ipg-default-mark">{t('matrix.default')}</span>}
        <span className="ipg-cell-actions">
          {cell.edited && (
            <button type="button" className="btn btn-ghost btn-small btn-icon" aria-label={t('matrix.resetLabel', labels)} title={t('matrix.resetLabel', labels)} onClick={onReset}>
              <ResetIcon />
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost btn-small btn-icon"
            aria-label={t('matrix.editLabel', labels)}
            title={t('matrix.editLabel', labels)}
            onClick={(event) => onEdit(event.currentTarget)}
          >
            <PencilIcon />
          </button>
        </span>
      </div>
    </td>
  )
}

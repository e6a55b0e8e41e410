import { type RefObject, useLayoutEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantSort, ParticipantSortKey } from '../../../../shared/logic/participants'
import { type Participant, type ParticipantCategory, participantCategories } from '../../../../shared/model'
import { ParticipantRow, type RowActions } from './ParticipantRow'
import { ShowMoreRows } from './ShowMoreRows'
import { SortHeader } from './SortHeader'
import { useRowLimit } from './use-row-limit'

const indexOf = (list: readonly Participant[], id: string | null) => (id === null ? -1 : list.findIndex((p) => p.id === id))

interface ParticipantsTableProps extends RowActions {
  participants: readonly Participant[]
  sort: ParticipantSort
  onSort: (key: ParticipantSortKey) => void
  selectedId: string | null
  /** A row that must be rendered even beyond the current page (a participant just added). */
  revealId: string | null
  /** Changes when search, filters or sort change: the table starts again at its first page. */
  resetKey: string
  tableRef: RefObject<HTMLTableElement | null>
}

/** The participants as a real table: sortable column headers, one row per person. */
export function ParticipantsTable({ participants, sort, onSort, selectedId, revealId, resetKey, tableRef, ...actions }: ParticipantsTableProps) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  // t and tc keep their identity until the language changes, so memoised rows stay put.
  const categoryLabels = useMemo(
    () => Object.fromEntries(participantCategories.map((c) => [c, tc(`categories.${c}`)])) as Record<ParticipantCategory, string>,
    [tc],
  )
  const mustShow = Math.max(indexOf(participants, selectedId), indexOf(participants, revealId))
  const { limit, showMore } = useRowLimit(participants.length, resetKey, mustShow)
  const rows = limit < participants.length ? participants.slice(0, limit) : participants
  // The row being edited stays in sight when the list narrows beside the panel.
  useLayoutEffect(() => {
    if (selectedId === null) return
    tableRef.current?.querySelector(`tr[data-participant-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedId, tableRef])
  const header = (key: ParticipantSortKey, label: string, className: string) => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={onSort} className={className} />
  )

  return (
    <div className="card participants-table-card">
      <table className="participants-table" ref={tableRef} data-testid="participants-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {header('name', t('table.name'), 'col-name')}
            {header('category', t('table.category'), 'col-category')}
            {header('organisation', t('table.organisation'), 'col-organisation')}
            {header('joinedOn', t('table.joinedOn'), 'col-joined')}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((participant) => (
            <ParticipantRow
              key={participant.id}
              participant={participant}
              selected={participant.id === selectedId}
              t={t}
              categoryLabel={categoryLabels[participant.category]}
              {...actions}
            />
          ))}
        </tbody>
      </table>
      {limit < participants.length && <ShowMoreRows remaining={participants.length - limit} onShowMore={showMore} />}
    </div>
  )
}

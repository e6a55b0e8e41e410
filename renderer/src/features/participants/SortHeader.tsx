import type { ParticipantSort, ParticipantSortKey } from '../../../../shared/logic/participants'

interface SortHeaderProps {
  sortKey: ParticipantSortKey
  label: string
  sort: ParticipantSort
  onSort: (key: ParticipantSortKey) => void
  className?: string
}

/** A column header whose button sorts the table; aria-sort tells which column sorts, and how. */
export function SortHeader({ sortKey, label, sort, onSort, className }: SortHeaderProps) {
  const current = sort.key === sortKey
  const ariaSort = current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
  return (
    <th scope="col" className={className} aria-sort={ariaSort}>
      <button type="button" className="sort-button" data-sorted={current ? sort.direction : undefined} onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {current ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

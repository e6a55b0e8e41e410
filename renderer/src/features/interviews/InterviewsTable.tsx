import { memo, type RefObject, useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Interview, Theme } from '../../../../shared/model'
import { formatDate } from '../../i18n/dates'

export interface InterviewRowData {
  interview: Interview
  name: string
  /** True when the interviewee is someone outside the group. */
  outsider: boolean
  themes: Theme[]
}

interface RowActions {
  onEdit: (id: string, opener: HTMLElement) => void
  onRemove: (id: string, opener: HTMLElement) => void
}

interface InterviewsTableProps extends RowActions {
  rows: readonly InterviewRowData[]
  selectedId: string | null
  tableRef: RefObject<HTMLTableElement | null>
}

/** The interviews as a table, earliest first: date, who, organisation, the themes it raised. */
export function InterviewsTable({ rows, selectedId, tableRef, ...actions }: InterviewsTableProps) {
  const { t } = useTranslation('interviews')
  // The row being edited stays in sight when the list narrows beside the panel.
  useLayoutEffect(() => {
    if (selectedId === null) return
    tableRef.current?.querySelector(`tr[data-interview-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedId, tableRef])
  return (
    <div className="card interviews-table-card">
      <table className="interviews-table" ref={tableRef} data-testid="interviews-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-date">{t('table.date')}</th>
            <th scope="col" className="col-who">{t('table.who')}</th>
            <th scope="col" className="col-organisation">{t('table.organisation')}</th>
            <th scope="col" className="col-themes">{t('table.themes')}</th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <InterviewRow key={row.interview.id} row={row} selected={row.interview.id === selectedId} t={t} {...actions} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface InterviewRowProps extends RowActions {
  row: InterviewRowData
  selected: boolean
  t: TFunction<'interviews'>
}

const InterviewRow = memo(function InterviewRow({ row, selected, t, onEdit, onRemove }: InterviewRowProps) {
  const { interview: i, name, outsider, themes } = row
  const nameId = `interview-name-${i.id}`
  return (
    <tr className={selected ? 'is-selected' : undefined} data-interview-id={i.id}>
      <td className="col-date">{i.date ? formatDate(i.date) : <span className="cell-sub">{t('table.noDate')}</span>}</td>
      <td className="col-who">
        <span className="interview-name" id={nameId}>
          {name || <span className="muted">{t('table.unnamed')}</span>}
        </span>
        {(i.role || outsider) && (
          <span className="cell-sub">{[i.role, outsider ? t('table.outsider') : ''].filter((x) => x !== '').join(' · ')}</span>
        )}
        {/* Shown only while the panel narrows the table and the date column is hidden. */}
        {i.date && <span className="cell-sub cell-date-inline">{formatDate(i.date)}</span>}
      </td>
      <td className="col-organisation">{i.organisation}</td>
      <td className="col-themes">
        {themes.length === 0 ? (
          <span className="cell-sub">{t('table.noThemes')}</span>
        ) : (
          <>
            <span className="interview-theme-count">{t('table.themeCount', { count: themes.length })}</span>
            <span className="cell-sub interview-theme-titles">{themes.map((theme) => theme.title).join(' · ')}</span>
          </>
        )}
      </td>
      <td className="col-actions">
        <div className="row-actions">
          <button type="button" className="btn btn-small" data-action="edit" aria-describedby={nameId} onClick={(e) => onEdit(i.id, e.currentTarget)}>
            {t('table.edit')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost btn-icon btn-remove"
            data-action="remove"
            aria-label={t('table.remove')}
            title={t('table.remove')}
            aria-describedby={nameId}
            onClick={(e) => onRemove(i.id, e.currentTarget)}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d="M6 2h4m-7 2h10m-1 0-.6 9a1 1 0 0 1-1 .9H5.6a1 1 0 0 1-1-.9L4 4m2.5 2.5v4.5m3-4.5v4.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </div>
      </td>
    </tr>
  )
})

import { type KeyboardEvent, memo, type RefObject, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { BoardTheme } from '../../../../shared/logic/ranking'
import { type Criterion, criteria, type ThemeScore } from '../../../../shared/model'

/** Focus one cell of the grid (and select its digit, so the next keystroke replaces it). */
export function focusCell(table: HTMLTableElement | null, row: number, col: number): boolean {
  const input = table?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`)
  if (!input) return false
  input.focus()
  input.select()
  return true
}

/** The first cell without a score (row by row), or the first cell when everything is filled. */
export function firstOpenCell(onBoard: readonly BoardTheme[], scores: ReadonlyMap<string, ThemeScore>): { row: number; col: number } {
  for (let row = 0; row < onBoard.length; row++) {
    const score = scores.get(onBoard[row]!.theme.id)
    for (let col = 0; col < criteria.length; col++) if (!score || score[criteria[col]!] === null) return { row, col }
  }
  return { row: 0, col: 0 }
}

interface ScoreGridProps {
  onBoard: readonly BoardTheme[]
  participantName: string
  /** This participant's scores by theme id. */
  scores: ReadonlyMap<string, ThemeScore>
  onSet: (themeId: string, criterion: Criterion, value: number | null) => void
  /** Typed a score in the very last cell. */
  onFinished: () => void
  tableRef: RefObject<HTMLTableElement | null>
}

/**
 * Themes × criteria for one participant, built for typing in paper forms: a digit 1–5 sets the cell
 * and moves on; arrows, Tab and Enter move; Backspace, Delete and 0 clear; other keys do nothing.
 * A real table of text inputs, each labelled "Urgentie voor <thema>".
 */
export function ScoreGrid({ onBoard, participantName, scores, onSet, onFinished, tableRef }: ScoreGridProps) {
  const { t } = useTranslation('prioritise')
  const labels = useMemo(() => Object.fromEntries(criteria.map((c) => [c, t(`criteria.${c}`)])) as Record<Criterion, string>, [t])
  const rows = onBoard.length

  const forward = (row: number, col: number) => {
    if (col < criteria.length - 1) focusCell(tableRef.current, row, col + 1)
    else if (row < rows - 1) focusCell(tableRef.current, row + 1, 0)
    else onFinished()
  }
  const back = (row: number, col: number) => {
    if (col > 0) focusCell(tableRef.current, row, col - 1)
    else if (row > 0) focusCell(tableRef.current, row - 1, criteria.length - 1)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target
    if (!(target instanceof HTMLInputElement) || target.dataset.row === undefined) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    const entry = onBoard[row]
    const criterion = criteria[col]
    if (!entry || !criterion) return
    const key = event.key
    const move = (r: number, c: number) => {
      event.preventDefault()
      focusCell(tableRef.current, r, c)
    }
    if (key.length === 1 && key >= '1' && key <= '5') {
      event.preventDefault()
      onSet(entry.theme.id, criterion, Number(key))
      forward(row, col)
    } else if (key === '0' || key === 'Backspace' || key === 'Delete') {
      event.preventDefault()
      onSet(entry.theme.id, criterion, null)
    } else if (key === 'ArrowRight') move(row, Math.min(col + 1, criteria.length - 1))
    else if (key === 'ArrowLeft') move(row, Math.max(col - 1, 0))
    else if (key === 'ArrowDown') move(Math.min(row + 1, rows - 1), col)
    else if (key === 'ArrowUp') move(Math.max(row - 1, 0), col)
    else if (key === 'Home') move(row, 0)
    else if (key === 'End') move(row, criteria.length - 1)
    else if (key === 'Enter') {
      event.preventDefault()
      if (event.shiftKey) back(row, col)
      else forward(row, col)
    } else if (key.length === 1) event.preventDefault() // letters, space, other digits: ignored
  }

  return (
    <div className="card prio-grid-card">
      <table className="prio-table score-grid" ref={tableRef} onKeyDown={onKeyDown} data-testid="score-grid">
        <caption className="visually-hidden">{t('grid.caption', { name: participantName })}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-theme">
              {t('grid.theme')}
            </th>
            {criteria.map((c) => (
              <th key={c} scope="col" className="col-score">
                {t(`criteriaHeader.${c}`)}
              </th>
            ))}
            <th scope="col" className="col-status">
              <span className="visually-hidden">{t('grid.status')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {onBoard.map((entry, row) => (
            <ScoreRow key={entry.theme.id} entry={entry} row={row} score={scores.get(entry.theme.id)} labels={labels} onSet={onSet} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface ScoreRowProps {
  entry: BoardTheme
  row: number
  score: ThemeScore | undefined
  labels: Record<Criterion, string>
  onSet: (themeId: string, criterion: Criterion, value: number | null) => void
  t: TFunction<'prioritise'>
}

/** One theme's four cells. Memoised: a keystroke re-renders one row, not the whole grid. */
const ScoreRow = memo(function ScoreRow({ entry, row, score, labels, onSet, t }: ScoreRowProps) {
  const { theme } = entry
  const filled = score ? criteria.filter((c) => score[c] !== null).length : 0
  const titleId = `score-theme-${theme.id}`
  return (
    <tr data-theme-id={theme.id} className={filled === criteria.length ? 'is-complete' : undefined}>
      <th scope="row" className="col-theme" id={titleId}>
        <span className="prio-theme-title">{theme.title}</span>
        {entry.role === 'chosen' && <span className="badge badge-accent prio-chosen">{t('grid.chosen')}</span>}
      </th>
      {criteria.map((criterion, col) => {
        const value = score?.[criterion] ?? null
        return (
          <td key={criterion} className="col-score">
            <input
              className="score-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={1}
              data-row={row}
              data-col={col}
              aria-label={t('grid.cell', { criterion: labels[criterion], theme: theme.title })}
              value={value === null ? '' : String(value)}
              placeholder="·"
              onChange={(event) => {
                // Typing is handled on keydown; this catches paste and other input methods.
                const digit = event.target.value.replace(/[^0-5]/g, '').slice(-1)
                onSet(theme.id, criterion, digit === '' || digit === '0' ? null : Number(digit))
              }}
            />
          </td>
        )
      })}
      <td className="col-status">
        {filled === criteria.length ? (
          <span className="score-done" title={t('grid.complete')}>
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden">{t('grid.complete')}</span>
          </span>
        ) : filled > 0 ? (
          <span className="score-partial">{t('grid.partialRow', { count: filled })}</span>
        ) : null}
      </td>
    </tr>
  )
})

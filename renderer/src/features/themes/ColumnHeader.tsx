import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { canRemoveColumn } from '../../../../shared/logic/board'
import type { BoardColumn } from '../../../../shared/model'

export interface ColumnActions {
  rename(columnId: string, title: string): void
  /** Move the column one place left (-1) or right (+1). */
  shift(columnId: string, by: -1 | 1): void
  remove(columnId: string): void
}

interface ColumnHeaderProps {
  column: BoardColumn
  headingId: string
  index: number
  columnCount: number
  countLabel: string
  actions: ColumnActions
  /** Start in rename mode (a column just added). */
  renaming: boolean
  onRenamingDone: () => void
}

/** The column's name, its count, and a small menu: rename, move left/right, remove. */
export function ColumnHeader({ column, headingId, index, columnCount, countLabel, actions, renaming, onRenamingDone }: ColumnHeaderProps) {
  const { t } = useTranslation('themes')
  const [open, setOpen] = useState(false)
  const [editing, setEditing] = useState(renaming)
  const [draft, setDraft] = useState(column.title)
  const menuRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const menuId = useId()

  if (renaming && !editing) {
    setEditing(true)
    setDraft(column.title)
  }

  useEffect(() => {
    if (!editing) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [editing])

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return
        event.preventDefault()
        setOpen(false)
        buttonRef.current?.focus()
        return
      }
      if (menuRef.current?.contains(event.target as Node)) return
      setOpen(false)
    }
    // Capture: Escape closes the menu before the side panel hears it.
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close, true)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close, true)
    }
  }, [open])

  const finishRename = (commit: boolean) => {
    if (commit && draft.trim() !== '') actions.rename(column.id, draft)
    setEditing(false)
    onRenamingDone()
    requestAnimationFrame(() => buttonRef.current?.focus())
  }

  /** A menu item; the action decides where focus goes next (the board moves it). */
  const item = (label: string, action: () => void, danger = false) => (
    <li>
      <button
        type="button"
        className={danger ? 'btn btn-ghost btn-remove' : 'btn btn-ghost'}
        onClick={() => {
          setOpen(false)
          action()
        }}
      >
        {label}
      </button>
    </li>
  )

  const keepReason = column.role === 'candidate' ? t('column.keepCandidate') : column.role === 'chosen' ? t('column.keepChosen') : null

  return (
    <header className="board-column-header">
      {editing ? (
        <div className="board-column-rename">
          <label className="visually-hidden" htmlFor={inputId}>
            {t('column.renameLabel')}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="input"
            value={draft}
            maxLength={200}
            data-own-undo
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => finishRename(true)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                finishRename(true)
              } else if (event.key === 'Escape') {
                event.preventDefault()
                event.stopPropagation()
                setDraft(column.title)
                finishRename(false)
              }
            }}
          />
        </div>
      ) : (
        <div className="board-column-heading">
          <h2 id={headingId}>{column.title}</h2>
          <span className="badge" data-testid="column-count">
            {countLabel}
          </span>
        </div>
      )}
      <div className="menu" ref={menuRef}>
        <button
          ref={buttonRef}
          type="button"
          className="btn btn-ghost btn-small btn-icon board-column-menu-button"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          aria-label={t('column.menu', { title: column.title })}
          title={t('column.menu', { title: column.title })}
          data-column-menu={column.id}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        {open && (
          <ul className="menu-list board-column-menu" id={menuId}>
            {item(t('column.rename'), () => {
              setDraft(column.title)
              setEditing(true)
            })}
            {index > 0 && item(t('column.moveLeft'), () => actions.shift(column.id, -1))}
            {index < columnCount - 1 && item(t('column.moveRight'), () => actions.shift(column.id, 1))}
            {canRemoveColumn(column) ? (
              item(t('column.remove'), () => actions.remove(column.id), true)
            ) : (
              <li className="board-column-menu-note">{keepReason}</li>
            )}
          </ul>
        )}
      </div>
    </header>
  )
}

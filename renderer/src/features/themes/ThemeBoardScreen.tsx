import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type BoardFilter, defaultBoardFilter, visibleCards } from '../../../../shared/logic/board'
import type { DropIntent } from '../../../../shared/logic/board-drop'
import type { BoardColumn, Theme } from '../../../../shared/model'
import { useAppStore } from '../../app/app-store'
import { currentProject } from '../../app/session-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { BoardToolbar } from './BoardToolbar'
import type { ColumnActions } from './ColumnHeader'
import { NEW_THEME_FORM, NewThemeForm } from './NewThemeForm'
import { ThemeBoard } from './ThemeBoard'
import { ThemeDetails } from './ThemeDetails'
import { ThemePanel } from './ThemePanel'
import { currentColumns, useThemeEdits } from './theme-edits'
import { useBoardData } from './use-board-data'
import './themes.css'

type PanelState = { mode: 'new' } | { mode: 'edit'; id: string } | null

/** A theme's title as the project has it now (for messages written right before or after an edit). */
const themeTitle = (id: string) => currentProject()?.themes.find((theme) => theme.id === id)?.title ?? ''

/**
 * Thema's: the theme board. Memoised without props, so the shell's re-render on every project
 * change does not re-render the board; the board follows the project through its own selectors.
 */
export const ThemeBoardScreen = memo(function ThemeBoardScreen() {
  const { t } = useTranslation('themes')
  const setView = useAppStore((state) => state.setView)
  const [filter, setFilter] = useState<BoardFilter>(defaultBoardFilter)
  const data = useBoardData(filter)
  const edits = useThemeEdits()
  const { notice, announce, dismiss } = useUndoNotice()
  const [panel, setPanel] = useState<PanelState>(null)
  const [renamingColumnId, setRenamingColumnId] = useState<string | null>(null)
  const [removing, setRemoving] = useState<BoardColumn | null>(null)
  /** The theme just added or moved from the panel: rendered even at the end of a long column. */
  const [revealId, setRevealId] = useState<string | null>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const searchRef = useRef<HTMLDivElement>(null)
  /** After a change that re-renders or moves the element, focus this selector. */
  const focusAfter = useRef<string | null>(null)

  useLayoutEffect(() => {
    const selector = focusAfter.current
    if (!selector) return
    const element = document.querySelector<HTMLElement>(selector)
    if (!element) return
    focusAfter.current = null
    element.focus()
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })

  const editing = panel?.mode === 'edit' ? (data.themesById.get(panel.id) ?? null) : null
  // The theme being edited is gone (merged, removed, or its adding undone): the panel closes.
  if (panel?.mode === 'edit' && editing === null) setPanel(null)

  const openTheme = useCallback((id: string) => setPanel({ mode: 'edit', id }), [])
  const openNew = () => setPanel({ mode: 'new' })
  const closePanel = useCallback(() => {
    const id = panel?.mode === 'edit' ? panel.id : null
    setPanel(null)
    focusAfter.current = id ? `[data-theme-id="${CSS.escape(id)}"]` : null
    if (!id) requestAnimationFrame(() => addButtonRef.current?.focus())
  }, [panel])

  const merge = useCallback(
    (sourceId: string, targetId: string) => {
      const source = themeTitle(sourceId)
      const target = themeTitle(targetId)
      edits.merge(sourceId, targetId)
      announce(t('announce.merged', { source, target }), 'success')
    },
    [edits, announce, t],
  )

  const onDrop = useCallback(
    (themeId: string, intent: DropIntent) => {
      if (intent.kind === 'merge') {
        merge(themeId, intent.targetId)
        setPanel((current) => (current?.mode === 'edit' && current.id === themeId ? { mode: 'edit', id: intent.targetId } : current))
      } else edits.drop(themeId, intent)
    },
    [edits, merge],
  )

  const removeColumn = useCallback(
    (column: BoardColumn) => {
      const candidate = currentColumns().find((c) => c.role === 'candidate')
      edits.removeColumn(column.id)
      setRemoving(null)
      const count = column.themeIds.length
      announce(
        count > 0
          ? t('announce.columnRemovedMoved', { title: column.title, count, candidate: candidate?.title ?? '' })
          : t('announce.columnRemoved', { title: column.title }),
      )
      if (candidate) focusAfter.current = `[data-column-menu="${CSS.escape(candidate.id)}"]`
    },
    [edits, announce, t],
  )

  const columnActions: ColumnActions = useMemo(
    () => ({
      rename: (columnId, newTitle) => edits.renameColumn(columnId, newTitle),
      shift: (columnId, by) => {
        const index = currentColumns().findIndex((c) => c.id === columnId)
        if (index < 0) return
        focusAfter.current = `[data-column-menu="${CSS.escape(columnId)}"]`
        edits.moveColumn(columnId, index + by)
      },
      remove: (columnId) => {
        const column = currentColumns().find((c) => c.id === columnId)
        if (!column) return
        if (column.themeIds.length > 0) setRemoving(column)
        else removeColumn(column)
      },
    }),
    [edits, removeColumn],
  )

  const addColumn = () => {
    const id = edits.addColumn(t('newColumnTitle'))
    setRenamingColumnId(id)
  }
  const onRenamingDone = useCallback(() => setRenamingColumnId(null), [])

  const onAdded = (theme: Theme, another: boolean) => {
    const candidate = currentColumns().find((c) => c.role === 'candidate')
    announce(t('announce.added', { title: theme.title, column: candidate?.title ?? '' }), 'success')
    setRevealId(theme.id)
    // A new theme the filter would hide: clear the filter so it shows.
    const project = currentProject()
    if (project && filter !== defaultBoardFilter) {
      const byId = new Map([[theme.id, theme]])
      const shown = visibleCards(currentColumns(), byId, new Map(), filter)
      if (![...shown.values()].some((ids) => ids.includes(theme.id))) setFilter(defaultBoardFilter)
    }
    if (another) return
    setPanel(null)
    focusAfter.current = `[data-theme-id="${CSS.escape(theme.id)}"]`
  }

  const onMoved = (theme: Theme, column: BoardColumn) => {
    announce(t('announce.moved', { title: theme.title, column: column.title }))
    setRevealId(theme.id)
  }
  const onRemoveTheme = (theme: Theme) => {
    edits.remove(theme.id)
    announce(t('announce.removed', { title: theme.title }))
    setPanel(null)
    requestAnimationFrame(() => addButtonRef.current?.focus())
  }

  const total = data.themes.length
  const selectedId = editing?.id ?? null
  return (
    <div className={panel ? 'page themes-page has-panel' : 'page themes-page'} data-testid="themes-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p data-testid="themes-summary">{total === 0 ? t('summaryEmpty') : t('summary', { count: total, columns: data.columns.length })}</p>
        </div>
        <div className="themes-header-actions">
          {total > 0 && (
            <button type="button" className="btn" onClick={addColumn}>
              {t('addColumn')}
            </button>
          )}
          <button ref={addButtonRef} type="button" className="btn btn-primary" onClick={openNew}>
            {t('add')}
          </button>
        </div>
      </div>

      <UndoNotice
        notice={notice}
        onDismiss={dismiss}
        undoLabel={t('announce.undo')}
        dismissLabel={t('announce.dismiss')}
        regionClassName="themes-notice-region"
        testId="themes-notice"
      />

      {total === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <div className="themes-empty-actions">
              <button type="button" className="btn btn-primary" onClick={openNew}>
                {t('empty.action')}
              </button>
              <button type="button" className="btn" onClick={() => setView('interviews')}>
                {t('empty.interviews')}
              </button>
            </div>
          }
        />
      ) : (
        <>
          <BoardToolbar
            filter={filter}
            columns={data.columns}
            shown={data.shown}
            total={total}
            filtering={data.filtering}
            onChange={setFilter}
            onClear={() => setFilter(defaultBoardFilter)}
            searchRef={searchRef}
          />
          {data.filtering && data.shown === 0 && (
            <div className="empty-state themes-no-results" data-testid="themes-no-results">
              <h3>{t('noResults.title')}</h3>
              <p>{t('noResults.text')}</p>
              <button type="button" className="btn" onClick={() => setFilter(defaultBoardFilter)}>
                {t('toolbar.clear')}
              </button>
            </div>
          )}
          <ThemeBoard
            data={data}
            selectedId={selectedId}
            revealId={revealId}
            dragDisabled={data.filtering}
            renamingColumnId={renamingColumnId}
            columnActions={columnActions}
            onOpen={openTheme}
            onDrop={onDrop}
            onRenamingDone={onRenamingDone}
          />
        </>
      )}

      {panel?.mode === 'new' && (
        <ThemePanel
          title={t('panel.newTitle')}
          onClose={closePanel}
          footer={
            <>
              <button type="submit" form={NEW_THEME_FORM} className="btn btn-primary">
                {t('form.submit')}
              </button>
              <button type="submit" form={NEW_THEME_FORM} className="btn" data-another="true">
                {t('form.submitAndNext')}
              </button>
              <button type="button" className="btn btn-ghost" onClick={closePanel}>
                {t('form.cancel')}
              </button>
            </>
          }
        >
          <NewThemeForm onAdd={edits.add} onAdded={onAdded} />
        </ThemePanel>
      )}
      {editing && (
        <ThemePanel
          title={editing.title.trim() === '' ? t('card.untitled') : editing.title}
          subtitle={t('panel.eyebrow')}
          onClose={closePanel}
          footer={
            <>
              <p className="theme-panel-note">{t('panel.autosave')}</p>
              <button type="button" className="btn btn-primary" onClick={closePanel}>
                {t('panel.done')}
              </button>
            </>
          }
        >
          <ThemeDetails
            key={editing.id}
            theme={editing}
            columns={data.columns}
            columnId={data.columnOfTheme.get(editing.id) ?? null}
            themesById={data.themesById}
            edits={edits}
            onMoved={onMoved}
            onMerge={(sourceId, targetId) => {
              merge(sourceId, targetId)
              setPanel({ mode: 'edit', id: targetId })
            }}
            onRemove={onRemoveTheme}
          />
        </ThemePanel>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('column.removeTitle')}
        message={
          removing
            ? t('column.removeMessage', {
                title: removing.title,
                count: removing.themeIds.length,
                candidate: data.columns.find((c) => c.role === 'candidate')?.title ?? '',
              })
            : ''
        }
        confirmLabel={t('column.removeConfirm')}
        danger
        onConfirm={() => removing && removeColumn(removing)}
        onCancel={() => {
          const column = removing
          setRemoving(null)
          if (column) focusAfter.current = `[data-column-menu="${CSS.escape(column.id)}"]`
        }}
      />
    </div>
  )
})

import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { filterParticipants, toggleSort, type ParticipantSortKey } from '../../../../shared/logic/participants'
import type { Participant } from '../../../../shared/model'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { NoResults } from './NoResults'
import { ParticipantPanelContent, type PanelState } from './ParticipantPanelContent'
import { ParticipantsTable } from './ParticipantsTable'
import { ParticipantsToolbar } from './ParticipantsToolbar'
import { RemoveDialog } from './RemoveDialog'
import { ResultLine } from './ResultLine'
import { useParticipantEdits } from './participant-edits'
import { useFocusKeeper } from './use-focus-keeper'
import { useParticipantList } from './use-participant-list'
import { useRowActions, type NoticeKind } from './use-row-actions'
import './participants.css'

/** Deelnemers: everyone who takes part, with search, filters, sorting and a side panel to edit. */
export function ParticipantsScreen() {
  const { t } = useTranslation('participants')
  const list = useParticipantList()
  const edits = useParticipantEdits()
  const { notice, announce: announceNotice, dismiss } = useUndoNotice()
  const [panel, setPanel] = useState<PanelState>(null)
  const [revealId, setRevealId] = useState<string | null>(null)
  const openerRef = useRef<HTMLElement | null>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const searchRef = useRef<HTMLDivElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)

  const announce = useCallback(
    (kind: NoticeKind, name: string) => announceNotice(t(`announce.${kind}`, { name }), kind === 'removed' ? 'info' : 'success'),
    [announceNotice, t],
  )

  const fallbackFocus = useCallback(() => {
    const target = searchRef.current?.querySelector('input') ?? addButtonRef.current
    target?.focus()
  }, [])
  const keepFocus = useFocusKeeper(tableRef, list.visible, fallbackFocus)

  const editing = panel?.mode === 'edit' ? (list.participants.find((p) => p.id === panel.id) ?? null) : null
  // The person being edited is gone (undo of adding them): the panel closes.
  if (panel?.mode === 'edit' && editing === null) setPanel(null)

  const onEdit = useCallback((id: string, opener: HTMLElement) => {
    openerRef.current = opener
    setPanel({ mode: 'edit', id })
  }, [])
  const actions = useRowActions({
    edits,
    announce,
    keepFocus,
    beforeRemove: (id) => {
      if (panel?.mode === 'edit' && panel.id === id) setPanel(null)
    },
  })
  const { setSort } = list
  const onSort = useCallback((key: ParticipantSortKey) => setSort((sort) => toggleSort(sort, key)), [setSort])

  const openNew = () => {
    openerRef.current = addButtonRef.current
    setPanel({ mode: 'new' })
  }
  const closePanel = useCallback(() => {
    setPanel(null)
    const opener = openerRef.current
    requestAnimationFrame(() => (opener?.isConnected ? opener.focus() : fallbackFocus()))
  }, [fallbackFocus])

  const onAdded = (participant: Participant, another: boolean) => {
    announce('added', participant.name)
    if (filterParticipants([participant], list.filter).length === 0) list.clearFilters()
    setRevealId(participant.id)
    if (another) return
    setPanel(null)
    keepFocus(participant.id, true)
  }

  const counts = list.statusCounts
  return (
    <div className={panel ? 'page participants-page has-panel' : 'page participants-page'} data-testid="participants-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p data-testid="participants-summary">
            {counts.all === 0 ? t('summaryEmpty') : t('summary', { count: counts.all, active: counts.active, inactive: counts.inactive })}
          </p>
        </div>
        <button ref={addButtonRef} type="button" className="btn btn-primary" onClick={openNew}>
          {t('add')}
        </button>
      </div>

      <UndoNotice
        notice={notice}
        onDismiss={dismiss}
        undoLabel={t('announce.undo')}
        dismissLabel={t('announce.dismiss')}
        regionClassName="participants-notice-region"
        testId="participants-notice"
      />

      {counts.all === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <button type="button" className="btn btn-primary" onClick={openNew}>
              {t('empty.action')}
            </button>
          }
        />
      ) : (
        <>
          <div className="participants-controls">
            <ParticipantsToolbar
              filter={list.filter}
              onChange={list.setFilter}
              statusCounts={counts}
              categoryCounts={list.categoryCounts}
              searchRef={searchRef}
            />
            <ResultLine
              shown={list.visible.length}
              total={counts.all}
              filtering={list.filtering}
              sort={list.sort}
              onClear={list.clearFilters}
            />
          </div>
          {list.visible.length === 0 ? (
            <NoResults onClear={list.clearFilters} />
          ) : (
            <ParticipantsTable
              participants={list.visible}
              sort={list.sort}
              onSort={onSort}
              selectedId={editing?.id ?? null}
              revealId={revealId}
              resetKey={`${list.filter.search}|${list.filter.category}|${list.filter.status}|${list.sort.key}|${list.sort.direction}`}
              tableRef={tableRef}
              onEdit={onEdit}
              onStop={actions.stopRow}
              onReactivate={actions.reactivateRow}
              onRemove={actions.askRemove}
            />
          )}
        </>
      )}

      <ParticipantPanelContent
        panel={panel}
        editing={editing}
        edits={edits}
        onClose={closePanel}
        onAdded={onAdded}
        onStop={actions.stop}
        onReactivate={actions.reactivate}
        onRemove={actions.askRemove}
      />
      <RemoveDialog name={actions.removal?.name ?? null} onConfirm={actions.confirmRemove} onCancel={actions.cancelRemove} />
    </div>
  )
}

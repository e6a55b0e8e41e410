/**
 * Werkgroepen (DOMAIN.md step 4): each chosen theme becomes a work group; participants join
 * by affinity, each group gets a kartrekker. Everything here is one undoable edit at a time.
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/model'
import { useAppStore } from '../../app/app-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { AssignBoard } from './AssignBoard'
import { CreateGroups } from './CreateGroups'
import { FlagsBar } from './FlagsBar'
import type { PoolFilter } from './PoolColumn'
import { SeveralGroupsDialog } from './SeveralGroupsDialog'
import { groupLabelIn, useAssignActions } from './use-assign-actions'
import { useWorkGroupsView } from './use-work-groups-view'
import { currentProject } from '../../app/session-store'
import { useWorkGroupEdits } from './work-group-edits'
import './workGroups.css'

const NOTICE_MS = 12_000

interface Removal {
  groupId: string
  name: string
  members: number
  opener: HTMLElement
}

export function WorkGroupsScreen() {
  const { t } = useTranslation('workGroups')
  const setView = useAppStore((state) => state.setView)
  const view = useWorkGroupsView()
  const edits = useWorkGroupEdits()
  const { notice, announce: announceNotice, dismiss } = useUndoNotice()
  const announce = useCallback((message: string) => announceNotice(message, 'success'), [announceNotice])
  const actions = useAssignActions(edits, announce)
  // While assigning, a new notice comes with every change; an old one steps aside after a while
  // (undo stays on Ctrl+Z and in the top bar).
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(dismiss, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, dismiss])
  const [poolFilter, setPoolFilter] = useState<PoolFilter>('unassigned')
  const [removal, setRemoval] = useState<Removal | null>(null)
  const [several, setSeveral] = useState<'turnOff' | 'resolve' | null>(null)

  const create = (themes: Theme[]) => {
    const created = edits.create(themes)
    if (created.length === 1) announce(t('announce.created', { name: created[0]!.name }))
    else if (created.length > 1) announce(t('announce.createdMany', { count: created.length }))
  }

  const onAskRemove = useCallback((groupId: string, opener: HTMLElement) => {
    const project = currentProject()
    const group = project?.workGroups.find((g) => g.id === groupId)
    if (group) setRemoval({ groupId, name: groupLabelIn(project ?? null, groupId), members: group.memberIds.length, opener })
  }, [])
  const confirmRemove = () => {
    if (!removal) return
    edits.remove(removal.groupId)
    announceNotice(t('announce.groupRemoved', { name: removal.name }), 'info')
    setRemoval(null)
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="work-group"] .wg-group-name, #wg-setting')?.focus())
  }
  const cancelRemove = () => {
    const opener = removal?.opener
    setRemoval(null)
    requestAnimationFrame(() => opener?.isConnected && opener.focus())
  }

  const onSetting = (allow: boolean) => {
    if (!allow && view.flags.several.length > 0) {
      setSeveral('turnOff')
      return
    }
    edits.setAllowMultiple(allow)
    announce(allow ? t('announce.multipleOn') : t('announce.multipleOff'))
  }
  const applySeveral = (keep: Record<string, string>) => {
    if (several === 'turnOff') {
      edits.setAllowMultiple(false, keep)
      announce(t('announce.multipleOff'))
    } else edits.keepOne(keep)
    setSeveral(null)
  }

  const showUnassigned = () => {
    setPoolFilter('unassigned')
    requestAnimationFrame(() => document.getElementById('wg-pool-heading')?.focus())
  }

  const hasGroups = view.groups.length > 0
  const assigned = view.active.length - view.unassigned.length

  return (
    <div className={hasGroups ? 'page wg-page has-board' : 'page wg-page'} data-testid="work-groups-screen">
      <div className="page-header wg-header">
        <div>
          <h1>{t('title')}</h1>
          <p data-testid="wg-summary">
            {hasGroups ? t('summary', { count: view.groups.length, assigned, active: view.active.length }) : t('intro')}
          </p>
        </div>
        {(hasGroups || view.hasChosenThemes) && (
          <div className="wg-setting">
            <label className="wg-checkbox">
              <input id="wg-setting" type="checkbox" checked={view.allowMultiple} onChange={(event) => onSetting(event.target.checked)} aria-describedby="wg-setting-hint" />
              <span>{t('setting.label')}</span>
            </label>
            <span className="field-hint" id="wg-setting-hint">
              {view.allowMultiple ? t('setting.hintOn') : t('setting.hintOff')}
            </span>
          </div>
        )}
      </div>

      <UndoNotice
        notice={notice}
        onDismiss={dismiss}
        undoLabel={t('announce.undo')}
        dismissLabel={t('announce.dismiss')}
        regionClassName="wg-notice-region"
        testId="wg-notice"
      />

      {!hasGroups && !view.hasChosenThemes ? (
        <EmptyState
          title={t('noChosen.title')}
          text={t('noChosen.text')}
          action={
            <div className="wg-empty-actions">
              <button type="button" className="btn btn-primary" onClick={() => setView('themes')}>
                {t('noChosen.themes')}
              </button>
              <button type="button" className="btn" onClick={() => setView('prioritise')}>
                {t('noChosen.prioritise')}
              </button>
            </div>
          }
        />
      ) : !hasGroups ? (
        <CreateGroups themes={view.chosenWithoutGroup} first onCreate={create} />
      ) : (
        <>
          <FlagsBar view={view} onShowUnassigned={showUnassigned} onResolveSeveral={() => setSeveral('resolve')} />
          {view.chosenWithoutGroup.length > 0 && <CreateGroups themes={view.chosenWithoutGroup} first={false} onCreate={create} />}
          <AssignBoard
            view={view}
            actions={actions}
            poolFilter={poolFilter}
            onPoolFilter={setPoolFilter}
            onRename={edits.rename}
            onAskRemove={onAskRemove}
          />
        </>
      )}

      <ConfirmDialog
        open={removal !== null}
        title={t('removeGroup.title')}
        message={
          removal === null
            ? ''
            : removal.members === 0
              ? t('removeGroup.messageEmpty', { name: removal.name })
              : t('removeGroup.message', { name: removal.name, count: removal.members })
        }
        confirmLabel={t('removeGroup.confirm')}
        danger
        onConfirm={confirmRemove}
        onCancel={cancelRemove}
      />
      {several && view.flags.several.length > 0 && (
        <SeveralGroupsDialog mode={several} view={view} onApply={applySeveral} onCancel={() => setSeveral(null)} />
      )}
    </div>
  )
}

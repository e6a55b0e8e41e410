/**
 * Plannen van aanpak (DOMAIN.md step 6): per work group a plan with objective, actions and
 * action-research cycles; vaststellen keeps a version that later changes are compared with.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsOfGroup, effectiveStatus, latestVersion, planOf } from '../../../../shared/logic/plans'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { ExportDialog, type ExportTarget } from '../reports/ExportDialog'
import { PlanEditor } from './PlanEditor'
import { usePlanEdits } from './plan-edits'
import { usePlansView } from './plans-view'
import './plans.css'

export function PlansScreen() {
  const { t } = useTranslation('plans')
  const setView = useAppStore((state) => state.setView)
  const groups = useProject((p) => p.workGroups)
  const plans = useProject((p) => p.plans)
  const actions = useProject((p) => p.actions)
  const meetings = useProject((p) => p.meetings)
  const selectedId = usePlansView((view) => view.workGroupId)
  const setSelectedId = usePlansView((view) => view.select)
  const [exporting, setExporting] = useState<ExportTarget | null>(null)
  const { notice, announce, dismiss } = useUndoNotice()
  const creator = usePlanEdits(null)

  const selected = groups.find((g) => g.id === selectedId) ?? groups[0]
  const plan = selected ? planOf(plans, selected.id) : undefined
  const onAnnounce = useCallback((message: string, tone: 'info' | 'success' = 'info') => announce(message, tone), [announce])

  const tabs = useMemo(
    () =>
      groups.map((group, index) => {
        const groupPlan = planOf(plans, group.id)
        const status = groupPlan ? effectiveStatus(groupPlan, actionsOfGroup(actions, group.id, meetings)) : null
        const latest = groupPlan ? latestVersion(groupPlan) : undefined
        return { group, number: index + 1, status, version: latest?.number ?? null }
      }),
    [groups, plans, actions, meetings],
  )

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = tabs[(index + step + tabs.length) % tabs.length]
    if (!next) return
    setSelectedId(next.group.id)
    requestAnimationFrame(() => document.getElementById(`plan-tab-${next.group.id}`)?.focus())
  }

  return (
    <div className="page plans-page" data-testid="plans-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('intro')}</p>
        </div>
        {plans.length > 0 && (
          <button type="button" className="btn" onClick={() => setExporting({ kind: 'plan.community' })}>
            {t('header.exportAll')}
          </button>
        )}
      </div>

      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={t('announce.undo')} dismissLabel={t('announce.dismiss')} testId="plans-notice" />

      {groups.length === 0 || !selected ? (
        <EmptyState
          title={t('noGroups.title')}
          text={t('noGroups.text')}
          action={
            <button type="button" className="btn btn-primary" onClick={() => setView('workGroups')}>
              {t('noGroups.action')}
            </button>
          }
        />
      ) : (
        <>
          <div className="plan-tabs" role="tablist" aria-label={t('groupsLabel')}>
            {tabs.map(({ group, number, status, version }, index) => {
              const active = group.id === selected.id
              return (
                <button
                  key={group.id}
                  id={`plan-tab-${group.id}`}
                  type="button"
                  role="tab"
                  aria-selected={active}
                  aria-controls="plan-panel"
                  tabIndex={active ? 0 : -1}
                  className={active ? 'plan-tab is-active' : 'plan-tab'}
                  data-testid="plan-tab"
                  onClick={() => setSelectedId(group.id)}
                  onKeyDown={(event) => onTabKey(event, index)}
                >
                  <span className="plan-tab-number">{number}</span>
                  <span className="plan-tab-text">
                    <span className="plan-tab-name">{group.name}</span>
                    <span className={`plan-tab-status status-${status ?? 'none'}`}>
                      {status === null
                        ? t('status.none')
                        : status === 'adopted' && version !== null
                          ? t('status.adoptedVersion', { number: version })
                          : t('status.draft')}
                    </span>
                  </span>
                </button>
              )
            })}
          </div>
          <div id="plan-panel" role="tabpanel" aria-labelledby={`plan-tab-${selected.id}`} className="plan-panel">
            {plan ? (
              <PlanEditor key={plan.id} plan={plan} group={selected} onAnnounce={onAnnounce} onExport={() => setExporting({ kind: 'plan.workGroup', workGroupId: selected.id })} />
            ) : (
              <EmptyState
                title={t('noPlan.title', { group: selected.name })}
                text={t('noPlan.text')}
                action={
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => {
                      if (creator.create(selected.id)) {
                        onAnnounce(t('announce.created', { group: selected.name }), 'success')
                        requestAnimationFrame(() => document.getElementById('plan-background')?.focus())
                      }
                    }}
                  >
                    {t('noPlan.action')}
                  </button>
                }
              />
            )}
          </div>
        </>
      )}
      {exporting && <ExportDialog target={exporting} onClose={() => setExporting(null)} />}
    </div>
  )
}

/**
 * The pool: the active participants to assign, with their affinity for every group. Shows
 * "Nog zonder werkgroep" (the list to work through) or everyone, sorted by name or by
 * affinity for one group. It is a drop target too: dropping a member here takes them out.
 */
import { useDroppable } from '@dnd-kit/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { sortByAffinity } from '../../../../shared/logic/work-groups'
import { useAppStore } from '../../app/app-store'
import { POOL_DROP_ID, type DragData, type DropData } from './drag-types'
import { PoolChip } from './ParticipantChips'
import type { WorkGroupsView } from './use-work-groups-view'

export type PoolFilter = 'unassigned' | 'all'

interface PoolColumnProps {
  view: WorkGroupsView
  filter: PoolFilter
  onFilter: (filter: PoolFilter) => void
  /** null: by name; otherwise by affinity for this group's theme */
  sortGroupId: string | null
  onSort: (groupId: string | null) => void
  dragging: DragData | null
  onAdd: (participantId: string, groupId: string) => void
}

const NO_GROUPS: readonly string[] = []

export function PoolColumn({ view, filter, onFilter, sortGroupId, onSort, dragging, onAdd }: PoolColumnProps) {
  const { t } = useTranslation('workGroups')
  const setView = useAppStore((state) => state.setView)
  const data: DropData = { groupId: null, label: t('pool.heading'), themeId: null }
  const { setNodeRef, isOver } = useDroppable({ id: POOL_DROP_ID, data })
  const sortGroup = sortGroupId === null ? null : (view.groupsById.get(sortGroupId) ?? null)

  const shown = useMemo(() => {
    const list = filter === 'unassigned' ? view.unassigned : view.active
    return sortGroup ? sortByAffinity(list, view.affinities, sortGroup.themeId) : list
  }, [filter, view.unassigned, view.active, view.affinities, sortGroup])

  const fromGroup = dragging?.fromGroupId ? view.groupsById.get(dragging.fromGroupId) : undefined
  const hint = fromGroup && isOver ? t('drop.remove', { group: fromGroup.label }) : null
  const classes = ['wg-column', 'wg-pool', isOver && fromGroup ? 'is-over' : '', fromGroup ? 'is-target' : '']

  return (
    <section ref={setNodeRef} className={classes.filter(Boolean).join(' ')} aria-labelledby="wg-pool-heading" data-testid="wg-pool">
      <header className="wg-pool-header">
        <h2 id="wg-pool-heading" data-focus-id="wg-pool-heading" tabIndex={-1}>{t('pool.heading')}</h2>
        <div className="wg-segmented" role="radiogroup" aria-label={t('pool.show')}>
          {(['unassigned', 'all'] as const).map((value) => (
            <label key={value} className="wg-segment">
              <input type="radio" name="wg-pool-filter" value={value} checked={filter === value} onChange={() => onFilter(value)} />
              <span>
                {value === 'unassigned' ? t('pool.unassigned') : t('pool.all')}
                <span className={value === 'unassigned' && view.unassigned.length > 0 ? 'wg-count is-warning' : 'wg-count'}>
                  {value === 'unassigned' ? view.unassigned.length : view.active.length}
                </span>
              </span>
            </label>
          ))}
        </div>
        {view.groups.length > 0 && view.active.length > 0 && (
          <label className="wg-sort">
            <span>{t('pool.sort')}</span>
            <select className="select" value={sortGroupId ?? ''} onChange={(event) => onSort(event.target.value || null)}>
              <option value="">{t('pool.sortName')}</option>
              {view.groups.map((g) => (
                <option key={g.group.id} value={g.group.id}>
                  {`${t('pool.sortAffinity', { group: `${g.number}. ${g.label}` })}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>

      {view.active.length === 0 ? (
        <div className="wg-pool-message">
          <p>{t('pool.noParticipants')}</p>
          <button type="button" className="btn btn-small" onClick={() => setView('participants')}>
            {t('pool.toParticipants')}
          </button>
        </div>
      ) : shown.length === 0 ? (
        <div className="wg-pool-message" data-testid="wg-all-assigned">
          <p>{t('pool.allAssigned')}</p>
          <button type="button" className="btn btn-small" onClick={() => onFilter('all')}>
            {t('pool.showAll')}
          </button>
        </div>
      ) : (
        <>
          {view.groups.length > 0 && <p className="wg-legend">{t('pool.legend')}</p>}
          <ul className="wg-chip-list" aria-label={filter === 'unassigned' ? t('pool.listUnassigned') : t('pool.label')} data-testid="wg-pool-list">
            {shown.map((person) => (
              <PoolChip
                key={person.id}
                person={person}
                groups={view.groups}
                affinities={view.affinities.get(person.id)}
                memberOf={view.membership.get(person.id) ?? NO_GROUPS}
                sortGroupId={sortGroupId}
                onAdd={onAdd}
              />
            ))}
          </ul>
        </>
      )}
      {hint && (
        <p className="wg-drop-hint" aria-hidden="true">
          {hint}
        </p>
      )}
    </section>
  )
}

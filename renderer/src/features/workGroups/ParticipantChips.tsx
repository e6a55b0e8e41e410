/**
 * A participant as a chip: in the pool (with their affinity for every work group and a
 * "Werkgroep…" select to assign without dragging) and as a member of a group (with their
 * affinity for that group's theme, the kartrekker toggle and ×). The name is the drag handle:
 * Space picks it up; the mouse can grab the chip anywhere except its controls.
 */
import { useDraggable } from '@dnd-kit/core'
import { memo, type KeyboardEventHandler, type PointerEvent, type PointerEventHandler } from 'react'
import { useTranslation } from 'react-i18next'
import { memberDragId, poolDragId, type DragData } from './drag-types'
import type { GroupView, PersonView } from './use-work-groups-view'

function GripIcon() {
  return (
    <svg className="wg-grip" width="10" height="16" viewBox="0 0 10 16" aria-hidden="true" focusable="false" fill="currentColor">
      <circle cx="2.5" cy="3" r="1.4" />
      <circle cx="7.5" cy="3" r="1.4" />
      <circle cx="2.5" cy="8" r="1.4" />
      <circle cx="7.5" cy="8" r="1.4" />
      <circle cx="2.5" cy="13" r="1.4" />
      <circle cx="7.5" cy="13" r="1.4" />
    </svg>
  )
}

function useChipDrag(id: string, data: DragData, disabled = false) {
  const { t } = useTranslation('workGroups')
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id,
    data,
    disabled,
    attributes: { roleDescription: t('dnd.roleDescription') },
  })
  const pointerDown = listeners?.onPointerDown as PointerEventHandler<HTMLElement> | undefined
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    // The select and buttons on the chip are for clicking, not for grabbing.
    if (event.target instanceof Element && event.target.closest('select, .wg-chip-action')) return
    pointerDown?.(event)
  }
  const handleProps = {
    ref: setActivatorNodeRef,
    ...attributes,
    onKeyDown: listeners?.onKeyDown as KeyboardEventHandler<HTMLElement> | undefined,
  }
  return { setNodeRef, isDragging, onPointerDown, handleProps }
}

/** "1", "1 en 3", "1, 2 en 3" */
const listNumbers = (items: ReadonlyArray<string | number>, and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`

/** The score as a level 0–5 for colour (0 = not scored). */
const level = (value: number | null) => String(value ?? 0)

interface PoolChipProps {
  person: PersonView
  groups: GroupView[]
  /** themeId → affinity for this person */
  affinities: ReadonlyMap<string, number> | undefined
  /** The groups this person is in. */
  memberOf: readonly string[]
  /** The group the pool is sorted by (its affinity is highlighted). */
  sortGroupId: string | null
  onAdd: (participantId: string, groupId: string) => void
}

export const PoolChip = memo(function PoolChip({ person, groups, affinities, memberOf, sortGroupId, onAdd }: PoolChipProps) {
  const { t } = useTranslation('workGroups')
  const dragId = poolDragId(person.id)
  const { setNodeRef, isDragging, onPointerDown, handleProps } = useChipDrag(dragId, { participantId: person.id, name: person.name, fromGroupId: null })
  const nameId = `wg-name-${dragId}`
  const inGroups = groups.filter((g) => memberOf.includes(g.group.id))
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'wg-chip is-dragging' : 'wg-chip'}
      data-drag-id={dragId}
      data-participant-id={person.id}
      onPointerDown={onPointerDown}
    >
      <div className="wg-chip-top">
        <button type="button" className="wg-chip-handle" {...handleProps}>
          <GripIcon />
          <span className="wg-chip-name" id={nameId} title={person.name}>
            {person.name}
          </span>
        </button>
        {groups.length > 0 && (
          <select
            className="wg-chip-select wg-chip-action"
            aria-label={t('chip.addToLabel', { name: person.name })}
            value=""
            onChange={(event) => event.target.value && onAdd(person.id, event.target.value)}
          >
            <option value="" disabled>
              {t('chip.addTo')}
            </option>
            {groups.map((g) => (
              <option key={g.group.id} value={g.group.id} disabled={memberOf.includes(g.group.id)}>
                {`${g.number}. ${t('chip.addToOption', { group: g.label, affinity: affinities?.get(g.themeId) ?? t('chip.affinityUnknown') })}`}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="wg-chip-bottom">
        {groups.length > 0 && (
          <ul className="wg-affs" aria-label={t('pool.legend')}>
            {groups.map((g) => {
              const value = affinities?.get(g.themeId) ?? null
              const text =
                value === null ? t('chip.affinityForNone', { group: g.label }) : t('chip.affinityFor', { group: g.label, value })
              return (
                <li
                  key={g.group.id}
                  className={g.group.id === sortGroupId ? 'wg-aff is-sort' : 'wg-aff'}
                  data-level={level(value)}
                  data-group-number={g.number}
                  title={text}
                >
                  <span className="wg-aff-num" aria-hidden="true">
                    {g.number}
                  </span>
                  <span className="wg-aff-value" aria-hidden="true">
                    {value ?? t('chip.affinityUnknown')}
                  </span>
                  <span className="visually-hidden">{text}</span>
                </li>
              )
            })}
          </ul>
        )}
        <span className="wg-chip-role" title={person.role}>
          {person.role}
        </span>
      </div>
      {inGroups.length > 0 && (
        <p className="wg-chip-in" title={inGroups.map((g) => `${g.number}. ${g.label}`).join('\n')}>
          <span aria-hidden="true">
            {t(inGroups.length === 1 ? 'pool.inGroup' : 'pool.inGroups', { numbers: listNumbers(inGroups.map((g) => g.number), t('pool.and')) })}
          </span>
          <span className="visually-hidden">
            {t(inGroups.length === 1 ? 'pool.inGroup' : 'pool.inGroups', { numbers: listNumbers(inGroups.map((g) => `${g.number}, ${g.label}`), t('pool.and')) })}
          </span>
        </p>
      )}
    </li>
  )
})

interface MemberChipProps {
  person: PersonView
  group: GroupView
  affinity: number | null
  isLead: boolean
  onRemove: (groupId: string, participantId: string) => void
  onToggleLead: (groupId: string, participantId: string) => void
}

export const MemberChip = memo(function MemberChip({ person, group, affinity, isLead, onRemove, onToggleLead }: MemberChipProps) {
  const { t } = useTranslation('workGroups')
  const groupId = group.group.id
  const dragId = memberDragId(groupId, person.id)
  // Someone who stopped stays shown in the group, marked, but is not moved around any more: only taken out.
  const { setNodeRef, isDragging, onPointerDown, handleProps } = useChipDrag(
    dragId,
    { participantId: person.id, name: person.name, fromGroupId: groupId },
    !person.active,
  )
  const nameId = `wg-name-${dragId}`
  const classes = ['wg-chip', 'wg-member', isLead ? 'is-lead' : '', person.active ? '' : 'is-stopped', isDragging ? 'is-dragging' : '']
  return (
    <li
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      data-drag-id={dragId}
      data-participant-id={person.id}
      onPointerDown={onPointerDown}
    >
      <div className="wg-chip-top">
        <button type="button" className="wg-chip-handle" {...handleProps}>
          <GripIcon />
          <span className="wg-chip-name" id={nameId}>
            {person.name}
          </span>
        </button>
        {!person.active && <span className="badge badge-stopped">{t('chip.stopped')}</span>}
        <button
          type="button"
          className="btn btn-ghost btn-small btn-icon wg-chip-action wg-chip-remove"
          aria-label={t('chip.removeLabel', { name: person.name, group: group.label })}
          title={t('chip.remove')}
          onClick={() => onRemove(groupId, person.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="wg-chip-bottom">
        <span className="wg-aff wg-aff-member" data-level={level(affinity)} title={affinity === null ? t('chip.affinityForNone', { group: group.label }) : undefined}>
          {affinity === null ? t('chip.affinityNone') : t('chip.affinity', { value: affinity })}
        </span>
        <button
          type="button"
          className="wg-lead-toggle wg-chip-action"
          aria-pressed={isLead}
          aria-describedby={nameId}
          disabled={!person.active && !isLead}
          title={isLead ? undefined : t('chip.makeLead', { name: person.name })}
          onClick={() => onToggleLead(groupId, person.id)}
        >
          <span aria-hidden="true">{isLead ? '★' : '☆'}</span> {t('chip.lead')}
        </button>
      </div>
    </li>
  )
})

/** What follows the pointer while dragging (DragOverlay): the name, no controls. */
export function ChipPreview({ name, role }: { name: string; role: string }) {
  return (
    <div className="wg-chip wg-chip-overlay" data-testid="wg-drag-overlay">
      <div className="wg-chip-top">
        <span className="wg-chip-handle">
          <GripIcon />
          <span className="wg-chip-name">{name}</span>
        </span>
      </div>
      <div className="wg-chip-bottom">
        <span className="wg-chip-role">{role}</span>
      </div>
    </div>
  )
}

/**
 * One work group as a column on the board: its number and editable name, its theme, flags
 * (no kartrekker, no members, theme no longer chosen) and its members. The whole column is a
 * drop target; while something is dragged over it, it says what dropping will do.
 */
import { useDroppable } from '@dnd-kit/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { leadOf } from '../../../../shared/logic/work-groups'
import { groupDropId, type DragData, type DropData } from './drag-types'
import { MemberChip } from './ParticipantChips'
import type { GroupView, PersonView } from './use-work-groups-view'
import { RemoveButton } from '../../ui/RemoveButton'

interface GroupColumnProps {
  view: GroupView
  people: ReadonlyMap<string, PersonView>
  /** themeId → affinity, per participant */
  affinities: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** What is being dragged right now, if anything. */
  dragging: DragData | null
  /** Where the dragged person already is (for "zit al in deze werkgroep" / "gaat over"). */
  draggingMemberOf: readonly string[]
  allowMultiple: boolean
  groupNumber: (groupId: string) => number
  onRename: (groupId: string, name: string) => void
  onAskRemove: (groupId: string, opener: HTMLElement) => void
  onRemoveMember: (groupId: string, participantId: string) => void
  onToggleLead: (groupId: string, participantId: string) => void
}

export const GroupColumn = memo(function GroupColumn({
  view,
  people,
  affinities,
  dragging,
  draggingMemberOf,
  allowMultiple,
  groupNumber,
  onRename,
  onAskRemove,
  onRemoveMember,
  onToggleLead,
}: GroupColumnProps) {
  const { t } = useTranslation('workGroups')
  const { group, number, label } = view
  const data: DropData = { groupId: group.id, label, themeId: view.themeId }
  const { setNodeRef, isOver } = useDroppable({ id: groupDropId(group.id), data })
  const lead = leadOf(group)
  const headingId = `wg-group-heading-${group.id}`
  const themeShown = view.themeTitle !== null && view.themeTitle !== group.name.trim()

  // While something is dragged, every other group is a target; the one under it says what dropping does.
  const target = dragging !== null && dragging.fromGroupId !== group.id
  let hint: string | null = null
  if (dragging && target && isOver) {
    if (draggingMemberOf.includes(group.id) && dragging.fromGroupId === null) hint = t('drop.already')
    else if (dragging.fromGroupId !== null) hint = t('drop.move')
    else if (!allowMultiple && draggingMemberOf.length > 0) hint = t('drop.moveFrom', { number: groupNumber(draggingMemberOf[0]!) })
    else hint = t('drop.add')
  }

  const classes = ['wg-column', 'wg-group', isOver && target ? 'is-over' : '', target ? 'is-target' : '', view.themeStatus !== 'chosen' ? 'is-flagged' : '']
  return (
    <section
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-testid="work-group"
      data-group-id={group.id}
    >
      <header className="wg-group-header">
        <h2 id={headingId} className="visually-hidden">
          {t('group.label', { number, name: label })}
        </h2>
        <div className="wg-group-title">
          <span className="wg-num" aria-hidden="true">
            {number}
          </span>
          <textarea
            className="wg-group-name"
            data-focus-id={`wg-group-name-${group.id}`}
            rows={1}
            value={group.name}
            aria-label={t('group.nameLabel', { number })}
            placeholder={view.themeTitle ?? ''}
            onChange={(event) => onRename(group.id, event.target.value.replace(/\s*\n\s*/g, ' '))}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                event.currentTarget.blur()
              }
            }}
          />
        </div>
        {themeShown && <p className="wg-group-theme">{t('group.theme', { theme: view.themeTitle })}</p>}
        <div className="wg-group-badges">
          <span className="badge" data-testid="member-count">
            {t('group.members', { count: group.memberIds.length })}
          </span>
          {lead === null && group.memberIds.length > 0 && (
            <span className="badge badge-warning" data-flag="no-lead">
              {t('group.noLead')}
            </span>
          )}
          {view.themeStatus !== 'chosen' && (
            <span className="badge badge-warning" data-flag="not-chosen" title={t('group.notChosenHint')}>
              {view.themeStatus === 'missing' ? t('group.themeMissing') : t('group.notChosen')}
            </span>
          )}
          <RemoveButton
            small
            className="wg-group-remove"
            label={t('group.removeLabel', { name: label })}
            title={t('group.remove')}
            onClick={(event) => onAskRemove(group.id, event.currentTarget)}
          />
        </div>
      </header>
      {group.memberIds.length === 0 ? (
        <p className="wg-group-empty" data-flag="empty">
          {t('group.emptyMembers')}
        </p>
      ) : (
        <ul className="wg-chip-list wg-members" aria-labelledby={headingId}>
          {group.memberIds.map((id) => {
            const person = people.get(id)
            if (!person) return null
            return (
              <MemberChip
                key={id}
                person={person}
                group={view}
                affinity={affinities.get(id)?.get(view.themeId) ?? null}
                isLead={lead === id}
                onRemove={onRemoveMember}
                onToggleLead={onToggleLead}
              />
            )
          })}
        </ul>
      )}
      {hint && (
        <p className="wg-drop-hint" aria-hidden="true">
          {hint}
        </p>
      )}
    </section>
  )
})

/**
 * The assigning board: the pool on the left, the work groups to the right. Drag with the
 * mouse (after a few pixels, so clicks stay clicks) or the keyboard (Space picks up, arrows jump
 * between the pool and the groups, Space drops, Escape cancels), with Dutch announcements.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { affinityOf } from '../../../../shared/logic/work-groups'
import { memberDragId, poolDragId, type DragData, type DropData } from './drag-types'
import { GroupColumn } from './GroupColumn'
import { boardKeyboardCoordinates } from './keyboard-coordinates'
import { ChipPreview } from './ParticipantChips'
import { PoolColumn, type PoolFilter } from './PoolColumn'
import type { AssignActions } from './use-assign-actions'
import type { WorkGroupsView } from './use-work-groups-view'
import { currentProject } from '../../app/session-store'

/** The mouse drops where the pointer is (nowhere: nothing happens); the keyboard has no pointer. */
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args))

const dragDataOf = (value: unknown) => (value ?? null) as DragData | null
const dropDataOf = (value: unknown) => (value ?? null) as DropData | null
const NONE: readonly string[] = []
/**
 * Scroll the groups (or a long list) only when the pointer is really at the edge: with the
 * default (a fifth of the width) a group near the right edge would slide away under the pointer.
 */
const AUTO_SCROLL = { threshold: { x: 0.06, y: 0.12 } }

interface AssignBoardProps {
  view: WorkGroupsView
  actions: AssignActions
  poolFilter: PoolFilter
  onPoolFilter: (filter: PoolFilter) => void
  onRename: (groupId: string, name: string) => void
  onAskRemove: (groupId: string, opener: HTMLElement) => void
}

export function AssignBoard({ view, actions, poolFilter, onPoolFilter, onRename, onAskRemove }: AssignBoardProps) {
  const { t } = useTranslation('workGroups')
  const [dragging, setDragging] = useState<DragData | null>(null)
  const [sortGroupId, setSortGroupId] = useState<string | null>(null)
  /** Drag ids (or data-focus ids) to focus after the next render, the first that exists wins. */
  const [focusRequest, setFocusRequest] = useState<string[] | null>(null)
  /** What the last drop did, for the screen-reader announcement that follows onDragEnd. */
  const dropMessage = useRef('')
  /** True from pick-up until the first "over": being over where the chip came from is not news. */
  const justPickedUp = useRef(false)

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  )

  useEffect(() => {
    if (!focusRequest) return
    const frame = requestAnimationFrame(() => {
      for (const id of focusRequest) {
        const element = document.querySelector<HTMLElement>(`[data-drag-id="${CSS.escape(id)}"] .wg-chip-handle, [data-focus-id="${CSS.escape(id)}"]`)
        if (element) {
          element.focus()
          break
        }
      }
      setFocusRequest(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [focusRequest])

  /** The drag ids of the chips around this one, so focus has somewhere to go if it disappears. */
  const neighbours = (dragId: string): string[] => {
    const item = document.querySelector(`[data-drag-id="${CSS.escape(dragId)}"]`)
    const ids: string[] = []
    for (const sibling of [item?.nextElementSibling, item?.previousElementSibling]) {
      const id = sibling?.getAttribute('data-drag-id')
      if (id) ids.push(id)
    }
    return ids
  }

  const sortGroupExists = sortGroupId !== null && view.groupsById.has(sortGroupId)
  const onAdd = useCallback(
    (participantId: string, groupId: string) => {
      const here = poolDragId(participantId)
      const around = neighbours(here)
      actions.add(participantId, groupId, null)
      setFocusRequest([here, ...around, 'wg-pool-heading'])
    },
    [actions],
  )
  const onRemoveMember = useCallback(
    (groupId: string, participantId: string) => {
      const around = neighbours(memberDragId(groupId, participantId))
      actions.remove(groupId, participantId)
      setFocusRequest([...around, `wg-group-name-${groupId}`])
    },
    [actions],
  )
  const onToggleLead = useCallback((groupId: string, participantId: string) => void actions.toggleLead(groupId, participantId), [actions])
  const groupNumber = useCallback((groupId: string) => view.groupsById.get(groupId)?.number ?? 0, [view.groupsById])

  const onDragStart = (event: DragStartEvent) => setDragging(dragDataOf(event.active.data.current))
  const onDragCancel = () => setDragging(null)
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const data = dragDataOf(event.active.data.current)
    if (!data) return
    const target = dropDataOf(event.over?.data.current)
    const origin = String(event.active.id)
    let landed = origin
    if (!target) {
      dropMessage.current = t('dnd.dropNothing', { name: data.name })
    } else if (target.groupId === null) {
      if (data.fromGroupId !== null) {
        dropMessage.current = actions.remove(data.fromGroupId, data.participantId)
        landed = poolDragId(data.participantId)
      } else dropMessage.current = t('dnd.dropNothing', { name: data.name })
    } else if (target.groupId === data.fromGroupId) {
      dropMessage.current = t('announce.already', { name: data.name, group: target.label })
    } else {
      dropMessage.current = actions.add(data.participantId, target.groupId, data.fromGroupId)
      landed = memberDragId(target.groupId, data.participantId)
    }
    // After a keyboard drop, focus follows the person to where they are now.
    if (event.activatorEvent instanceof KeyboardEvent) setFocusRequest([landed, origin, 'wg-pool-heading'])
  }

  const accessibility = useMemo(() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        justPickedUp.current = true
        return t('dnd.start', { name: dragDataOf(active.data.current)?.name ?? '' })
      },
      onDragOver: ({ active, over }) => {
        const data = dragDataOf(active.data.current)
        const target = dropDataOf(over?.data.current)
        const name = data?.name ?? ''
        const first = justPickedUp.current
        justPickedUp.current = false
        if (first && target && data && target.groupId === data.fromGroupId) return undefined
        if (!target) return t('dnd.overNothing', { name })
        if (target.groupId === null) return t('dnd.overPool', { name })
        const project = currentProject()
        const group = project?.workGroups.find((g) => g.id === target.groupId)
        if (data && group?.memberIds.includes(data.participantId)) return t('dnd.overGroupAlready', { name, group: target.label })
        const affinity = project && data && target.themeId ? affinityOf(project.prioritisation.scores, data.participantId, target.themeId) : null
        return t('dnd.overGroup', { name, group: target.label, affinity: affinity ?? t('dnd.noAffinity') })
      },
      onDragEnd: () => dropMessage.current,
      onDragCancel: ({ active }) => t('dnd.cancel', { name: dragDataOf(active.data.current)?.name ?? '' }),
    }
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') }, restoreFocus: false }
  }, [t])

  const draggingPerson = dragging ? view.people.get(dragging.participantId) : undefined
  const draggingMemberOf = dragging ? (view.membership.get(dragging.participantId) ?? NONE) : NONE

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      autoScroll={AUTO_SCROLL}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className={dragging ? 'wg-board is-dragging' : 'wg-board'} data-testid="wg-board">
        <PoolColumn
          view={view}
          filter={poolFilter}
          onFilter={onPoolFilter}
          sortGroupId={sortGroupExists ? sortGroupId : null}
          onSort={setSortGroupId}
          dragging={dragging}
          onAdd={onAdd}
        />
        <div className="wg-groups">
          {view.groups.map((group) => (
            <GroupColumn
              key={group.group.id}
              view={group}
              people={view.people}
              affinities={view.affinities}
              dragging={dragging}
              draggingMemberOf={draggingMemberOf}
              allowMultiple={view.allowMultiple}
              groupNumber={groupNumber}
              onRename={onRename}
              onAskRemove={onAskRemove}
              onRemoveMember={onRemoveMember}
              onToggleLead={onToggleLead}
            />
          ))}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && draggingPerson ? <ChipPreview name={draggingPerson.name} role={draggingPerson.role} /> : null}
      </DragOverlay>
    </DndContext>
  )
}

/**
 * The board: columns side by side, cards dragged with the mouse or the keyboard (dnd-kit).
 *
 * Where a drop lands is decided by our own collision detection (shared/logic/board.ts):
 * - pointer: over the middle half of another card merges into it; over its outer quarters, in
 *   a gap or below the last card inserts (shown as a line); the cards themselves never shift;
 * - keyboard (our own coordinate getter, shared/logic/board-drop.ts): up and down step one place
 *   along the column, left and right go to the same place in the next column, Home and End to
 *   the top and the end of the column; the keyboard never merges (that is "Samenvoegen met…" in
 *   the panel). A step to a card beyond a long column's rendered cards renders them first.
 * Only the state that changes the picture (the active card, the current drop) lives in React,
 * and a column only re-renders when the drop concerns it.
 */
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  type KeyboardCodes,
  type Modifier,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { getEventCoordinates } from '@dnd-kit/utilities'
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  type ColumnLayout,
  columnIdOfEndZone,
  type DropIntent,
  effectiveIntent,
  endZoneId,
  insertIndex,
  keyboardIntent,
  keyboardPlace,
  type KeyboardStep,
  keyboardStep,
  keyboardTarget,
  pointerIntent,
  sameIntent,
} from '../../../../shared/logic/board-drop'
import { BoardColumnView } from './BoardColumnView'
import type { ColumnActions } from './ColumnHeader'
import { CardContent, questionCount } from './ThemeCard'
import type { BoardData } from './use-board-data'

/** Space picks a card up; Enter is kept for opening it. Space or Enter puts it down. */
const KEYBOARD_CODES: KeyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } }
const KEY_STEPS: Readonly<Record<string, KeyboardStep>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'top',
  End: 'end',
}
/** A keyboard move renders this many cards beyond the one it is over, so the next steps find theirs. */
const LOOKAHEAD = 6

/**
 * With the mouse, the overlay hangs just below and right of the pointer instead of under it, so
 * the insertion line and the merge highlight at the pointer stay visible. (The drop is decided
 * by the pointer, not by the overlay.) The keyboard's overlay stays exactly on the target card.
 */
const besidePointer: Modifier = ({ activatorEvent, draggingNodeRect, transform }) => {
  if (!activatorEvent || activatorEvent instanceof KeyboardEvent || !draggingNodeRect) return transform
  const start = getEventCoordinates(activatorEvent)
  if (!start) return transform
  return { ...transform, x: transform.x + start.x - draggingNodeRect.left + 14, y: transform.y + start.y - draggingNodeRect.top + 12 }
}
const OVERLAY_MODIFIERS = [besidePointer]
/**
 * A column scrolls by itself only when the pointer is in its outer tenth (dnd-kit's default is a
 * fifth): aiming at the last visible card of a column merges with it instead of scrolling it away.
 */
const AUTO_SCROLL = { threshold: { x: 0.1, y: 0.1 } }

/** Long columns render their cards in pages of this many (dnd-kit re-renders every card it knows while dragging). */
export const CARDS_PER_PAGE = 24

/** The first `limit` ids; the same array for the same list and limit, so an unchanged column skips rendering. */
const slices = new WeakMap<readonly string[], { limit: number; ids: readonly string[] }>()
function firstOf(ids: readonly string[], limit: number): readonly string[] {
  let slice = slices.get(ids)
  if (!slice || slice.limit !== limit) {
    slice = { limit, ids: ids.slice(0, limit) }
    slices.set(ids, slice)
  }
  return slice.ids
}

const intentOf = (event: { collisions: DragMoveEvent['collisions'] }): DropIntent | null =>
  ((event.collisions?.[0]?.data as { intent?: DropIntent } | undefined)?.intent ?? null)

interface ThemeBoardProps {
  data: BoardData
  selectedId: string | null
  /** A theme that must be rendered even when it lies beyond its column's page (just added or moved). */
  revealId: string | null
  dragDisabled: boolean
  renamingColumnId: string | null
  columnActions: ColumnActions
  onOpen: (id: string) => void
  onDrop: (themeId: string, intent: DropIntent) => void
  onRenamingDone: () => void
}

export function ThemeBoard({ data, selectedId, revealId, dragDisabled, renamingColumnId, columnActions, onOpen, onDrop, onRenamingDone }: ThemeBoardProps) {
  const { t } = useTranslation('themes')
  const { columns, visible, themesById, counts, chips, columnOfTheme, filtering } = data
  const [activeId, setActiveId] = useState<string | null>(null)
  const [intent, setIntent] = useState<DropIntent | null>(null)
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map())
  const [dropped, setDropped] = useState<string | null>(null)

  /** Per column: the cards rendered (a page, or more), and the first one not rendered. */
  const rendered = useMemo(() => {
    const map = new Map<string, { ids: readonly string[]; firstHidden: string | null }>()
    for (const column of columns) {
      const ids = visible.get(column.id) ?? column.themeIds
      let limit = limits.get(column.id) ?? CARDS_PER_PAGE
      for (const id of [selectedId, revealId, dropped]) {
        const at = id ? ids.indexOf(id) : -1
        if (at >= limit) limit = at + 1
      }
      if (limit >= ids.length) {
        map.set(column.id, { ids, firstHidden: null })
        continue
      }
      map.set(column.id, { ids: firstOf(ids, limit), firstHidden: ids[limit]! })
    }
    return map
  }, [columns, visible, limits, selectedId, revealId, dropped])
  const showMore = useCallback(
    (columnId: string) =>
      setLimits((current) => new Map(current).set(columnId, (current.get(columnId) ?? CARDS_PER_PAGE) + CARDS_PER_PAGE)),
    [],
  )

  // Read by dnd-kit callbacks, which must not change identity on every render.
  const dataRef = useRef({ columns, rendered, themesById })
  useLayoutEffect(() => {
    dataRef.current = { columns, rendered, themesById }
  })
  const lists = useRef(new Map<string, HTMLElement>())
  const lastIntent = useRef<DropIntent | null>(null)
  const dragging = useRef(false)
  const endText = useRef<string | undefined>(undefined)
  /** Whether the card has been over another place since it was picked up. */
  const movedAway = useRef(false)
  const focusRequest = useRef<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  /** What a keyboard move is over: a card or an end zone (null: nothing yet, the card's own place). */
  const keyboardOver = useRef<string | null>(null)

  /**
   * Renders a column's cards up to `index` and a few beyond, in pages: at once (in this very
   * task) when the card at `index` is not rendered yet, else a moment later.
   */
  const renderUpTo = useCallback((columnId: string, index: number) => {
    const shown = dataRef.current.rendered.get(columnId)
    if (!shown?.firstHidden || index + LOOKAHEAD < shown.ids.length) return
    const wanted = (Math.floor((index + LOOKAHEAD) / CARDS_PER_PAGE) + 1) * CARDS_PER_PAGE
    const extend = () => setLimits((current) => ((current.get(columnId) ?? CARDS_PER_PAGE) >= wanted ? current : new Map(current).set(columnId, wanted)))
    if (index < shown.ids.length) extend()
    else flushSync(extend)
  }, [])

  const keyboardOptions = useMemo(() => {
    /**
     * Each key takes the card one place further (shared/logic/board-drop.ts decides where);
     * the carried card is put on what stands at that place, which the collision detection
     * below then reports as what the card is over.
     */
    const coordinateGetter: KeyboardCoordinateGetter = (event, { active, context }) => {
      const step = KEY_STEPS[event.code]
      if (!step) return undefined
      event.preventDefault()
      const { columns } = dataRef.current
      const activeId = String(active)
      const from = keyboardPlace(columns, activeId, keyboardOver.current)
      const to = from && keyboardStep(columns, activeId, from, step)
      const targetId = to && keyboardTarget(columns, activeId, to)
      if (!to || !targetId) return undefined
      const endColumn = columnIdOfEndZone(targetId)
      if (endColumn === null) renderUpTo(to.columnId, columns.find((c) => c.id === to.columnId)?.themeIds.indexOf(targetId) ?? 0)
      const node = rootRef.current?.querySelector<HTMLElement>(
        endColumn === null ? `[data-theme-id="${CSS.escape(targetId)}"]` : `[data-column-id="${CSS.escape(endColumn)}"] .board-column-end`,
      )
      if (!node) return undefined
      keyboardOver.current = targetId
      node.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      const rect = node.getBoundingClientRect()
      // A column's end zone can be lower than the card: then the card sits on its bottom edge,
      // inside the column, not hanging out below it.
      const height = context.collisionRect?.height ?? 0
      return { x: rect.left, y: rect.height < height ? rect.bottom - height : rect.top }
    }
    /**
     * Instant scrolling: the sensor keeps the carried card near the middle of its column by
     * scrolling; a smooth scroll would leave the drop position in flux for a few hundred milliseconds.
     */
    return { coordinateGetter, keyboardCodes: KEYBOARD_CODES, scrollBehavior: 'auto' as const }
  }, [renderUpTo])

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions))

  const registerList = useCallback((columnId: string, node: HTMLElement | null) => {
    if (node) lists.current.set(columnId, node)
    else lists.current.delete(columnId)
  }, [])
  const isDragActive = useCallback(() => dragging.current, [])

  const collisionDetection: CollisionDetection = useCallback((args) => {
    const activeId = String(args.active.id)
    const { columns, rendered } = dataRef.current
    if (!args.pointerCoordinates) {
      // The keyboard: the card was put on the card or end zone the coordinate getter chose.
      const overId = keyboardOver.current
      const next = effectiveIntent(columns, activeId, keyboardIntent(columns, activeId, overId))
      lastIntent.current = next
      return overId !== null && args.droppableRects.has(overId) ? [{ id: overId, data: { intent: next } }] : []
    }
    const layout: ColumnLayout[] = []
    for (const column of columns) {
      const list = lists.current.get(column.id)
      if (!list) continue
      const cards: ColumnLayout['cards'][number][] = []
      for (const id of rendered.get(column.id)?.ids ?? []) {
        const rect = args.droppableRects.get(id)
        if (rect) cards.push({ id, box: rect })
      }
      layout.push({ id: column.id, area: list.getBoundingClientRect(), cards })
    }
    let next = effectiveIntent(columns, activeId, pointerIntent(layout, activeId, args.pointerCoordinates))
    // Below the last rendered card of a long column: right after it, not after the unseen rest
    // (unless over the end zone below the "show more" button, which is the end of the column).
    const firstHidden = next?.kind === 'insert' && next.beforeId === null ? rendered.get(next.columnId)?.firstHidden : null
    if (next?.kind === 'insert' && firstHidden) {
      const end = args.droppableRects.get(endZoneId(next.columnId))
      const overEnd = end !== undefined && args.pointerCoordinates.y >= end.top && args.pointerCoordinates.y <= end.bottom
      if (!overEnd) next = effectiveIntent(columns, activeId, { ...next, beforeId: firstHidden })
    }
    lastIntent.current = next
    if (!next) return []
    return [{ id: next.kind === 'merge' ? next.targetId : (next.beforeId ?? endZoneId(next.columnId)), data: { intent: next } }]
  }, [])

  /** "‘X’, in ‘Ingebracht’, plek 3 van 12" for the announcements. */
  const describe = useCallback((id: string) => {
    const { columns, themesById } = dataRef.current
    const column = columns.find((c) => c.themeIds.includes(id))
    return {
      title: themesById.get(id)?.title ?? '',
      column: column?.title ?? '',
      position: column ? column.themeIds.indexOf(id) + 1 : 0,
      total: column?.themeIds.length ?? 0,
    }
  }, [])

  const intentText = useCallback(
    (id: string, drop: DropIntent | null, phase: 'over' | 'end') => {
      const { columns, themesById } = dataRef.current
      const title = themesById.get(id)?.title ?? ''
      if (drop === null) return t(phase === 'over' ? 'drag.overNothing' : 'drag.endNothing', { title })
      if (drop.kind === 'merge') return t(phase === 'over' ? 'drag.overMerge' : 'drag.endMerge', { title, target: themesById.get(drop.targetId)?.title ?? '' })
      const column = columns.find((c) => c.id === drop.columnId)
      if (!column) return t('drag.overNothing', { title })
      const rest = column.themeIds.filter((other) => other !== id).length
      return t(phase === 'over' ? 'drag.overInsert' : 'drag.endInsert', {
        title,
        column: column.title,
        position: insertIndex(column, id, drop.beforeId) + 1,
        total: rest + 1,
      })
    },
    [t],
  )

  const accessibility = useMemo(() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('drag.start', describe(String(active.id))),
      onDragOver: ({ active }) => {
        // Right after picking up, the card is over itself: let the pick-up message stand.
        if (lastIntent.current === null && !movedAway.current) return undefined
        movedAway.current = true
        return intentText(String(active.id), lastIntent.current, 'over')
      },
      onDragEnd: () => endText.current,
      onDragCancel: ({ active }) => t('drag.cancel', describe(String(active.id))),
    }
    return { announcements, screenReaderInstructions: { draggable: t('drag.instructions') } }
  }, [t, describe, intentText])

  const reset = () => {
    dragging.current = false
    lastIntent.current = null
    keyboardOver.current = null
    setActiveId(null)
    setIntent(null)
  }

  const onDragStart = (event: DragStartEvent) => {
    dragging.current = true
    movedAway.current = false
    lastIntent.current = null
    keyboardOver.current = null
    endText.current = undefined
    setActiveId(String(event.active.id))
    setIntent(null)
  }

  const onDragMove = (event: DragMoveEvent) => {
    const next = effectiveIntent(dataRef.current.columns, String(event.active.id), intentOf(event))
    setIntent((current) => (sameIntent(current, next) ? current : next))
  }

  const onDragEnd = (event: DragEndEvent) => {
    const id = String(event.active.id)
    const drop = effectiveIntent(dataRef.current.columns, id, intentOf(event))
    endText.current = intentText(id, drop, 'end')
    const byKeyboard = event.activatorEvent instanceof KeyboardEvent
    reset()
    if (!drop) return
    if (drop.kind === 'insert') setDropped(id)
    // The card keeps the keyboard focus at its new place (or the merged card takes it).
    if (byKeyboard) focusRequest.current = drop.kind === 'merge' ? drop.targetId : id
    // Show the card at its new place in this very task, not a frame later.
    flushSync(() => onDrop(id, drop))
  }

  useLayoutEffect(() => {
    const id = focusRequest.current
    if (!id) return
    const card = rootRef.current?.querySelector<HTMLElement>(`[data-theme-id="${CSS.escape(id)}"]`)
    if (!card) return
    focusRequest.current = null
    card.focus({ preventScroll: true })
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })

  const active = activeId ? themesById.get(activeId) : undefined
  const intentColumn = intent === null ? null : intent.kind === 'insert' ? intent.columnId : (columnOfTheme.get(intent.targetId) ?? null)
  const selectedColumn = selectedId ? (columnOfTheme.get(selectedId) ?? null) : null

  return (
    <DndContext
      sensors={sensors}
      autoScroll={AUTO_SCROLL}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={reset}
    >
      <div
        ref={rootRef}
        className="theme-board"
        data-testid="theme-board"
        role="region"
        aria-label={t('board.label')}
        data-dragging={activeId ? (intent?.kind ?? 'none') : undefined}
      >
        {columns.map((column, index) => (
          <BoardColumnView
            key={column.id}
            column={column}
            index={index}
            columnCount={columns.length}
            ids={visible.get(column.id) ?? column.themeIds}
            rendered={rendered.get(column.id)?.ids ?? column.themeIds}
            filtering={filtering}
            themesById={themesById}
            counts={counts}
            chips={chips}
            intent={intentColumn === column.id ? intent : null}
            selectedId={selectedColumn === column.id ? selectedId : null}
            dragDisabled={dragDisabled}
            dragging={activeId !== null}
            renaming={renamingColumnId === column.id}
            actions={columnActions}
            onOpen={onOpen}
            isDragActive={isDragActive}
            onRenamingDone={onRenamingDone}
            onShowMore={showMore}
            registerList={registerList}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null} modifiers={OVERLAY_MODIFIERS}>
        {active ? (
          <div className={intent?.kind === 'merge' ? 'theme-card is-overlay is-merging' : 'theme-card is-overlay'}>
            <CardContent
              title={active.title}
              questions={questionCount(active)}
              sources={active.sources.length}
              interviews={counts.get(active.id) ?? 0}
              rank={chips.get(active.id)?.rank ?? null}
              tied={chips.get(active.id)?.tied ?? false}
              total={chips.get(active.id)?.total ?? null}
              method={chips.get(active.id)?.method}
              overlay={intent?.kind === 'merge' ? 'merge' : intent?.kind === 'insert' && intent.beforeId === null ? 'end' : 'move'}
            />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}

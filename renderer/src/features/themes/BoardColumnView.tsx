import { useDroppable } from '@dnd-kit/core'
import { memo, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { type DropIntent, endZoneId } from '../../../../shared/logic/board-drop'
import type { ScoreChip } from '../../../../shared/logic/score-chips'
import type { BoardColumn, Theme } from '../../../../shared/model'
import { type ColumnActions, ColumnHeader } from './ColumnHeader'
import { DraggableThemeCard, NO_RESIZE_OBSERVER } from './ThemeCard'

interface BoardColumnViewProps {
  column: BoardColumn
  index: number
  columnCount: number
  /** The cards that pass the filter (the column's own list without one). */
  ids: readonly string[]
  /** The first of them, as many as are rendered (long columns render in pages). */
  rendered: readonly string[]
  filtering: boolean
  themesById: ReadonlyMap<string, Theme>
  counts: ReadonlyMap<string, number>
  chips: ReadonlyMap<string, ScoreChip>
  /** The current drop, when it concerns this column (else null, so other columns skip rendering). */
  intent: DropIntent | null
  /** The open theme, when it is in this column. */
  selectedId: string | null
  dragDisabled: boolean
  dragging: boolean
  renaming: boolean
  actions: ColumnActions
  onOpen: (id: string) => void
  isDragActive: () => boolean
  onRenamingDone: () => void
  onShowMore: (columnId: string) => void
  registerList: (columnId: string, node: HTMLElement | null) => void
}

export const BoardColumnView = memo(function BoardColumnView({
  column,
  index,
  columnCount,
  ids,
  rendered,
  filtering,
  themesById,
  counts,
  chips,
  intent,
  selectedId,
  dragDisabled,
  dragging,
  renaming,
  actions,
  onOpen,
  isDragActive,
  onRenamingDone,
  onShowMore,
  registerList,
}: BoardColumnViewProps) {
  const { t } = useTranslation('themes')
  const headingId = useId()
  const total = column.themeIds.length
  const countLabel = filtering ? t('board.columnCountFiltered', { shown: ids.length, total }) : String(total)
  const insertBefore = intent?.kind === 'insert' ? intent.beforeId : undefined
  const mergeTargetId = intent?.kind === 'merge' ? intent.targetId : null
  const roleDescription = t('board.roleDescription')
  const remaining = ids.length - rendered.length

  return (
    <section
      className="board-column"
      aria-labelledby={headingId}
      data-column-id={column.id}
      data-role={column.role}
      data-drop-target={intent ? 'true' : undefined}
    >
      <ColumnHeader
        column={column}
        headingId={headingId}
        index={index}
        columnCount={columnCount}
        countLabel={countLabel}
        actions={actions}
        renaming={renaming}
        onRenamingDone={onRenamingDone}
      />
      <div className="board-column-list" ref={(node) => registerList(column.id, node)}>
        {rendered.map((id) => {
          const theme = themesById.get(id)
          if (!theme) return null
          const chip = chips.get(id)
          return (
            <DraggableThemeCard
              key={id}
              theme={theme}
              interviews={counts.get(id) ?? 0}
              rank={chip?.rank ?? null}
              tied={chip?.tied ?? false}
              total={chip?.total ?? null}
              method={chip?.method}
              dropBefore={insertBefore === id}
              mergeTarget={mergeTargetId === id}
              selected={selectedId === id}
              dragDisabled={dragDisabled}
              roleDescription={roleDescription}
              onOpen={onOpen}
              isDragActive={isDragActive}
            />
          )
        })}
        {remaining > 0 && (
          <ShowMoreCards
            columnId={column.id}
            remaining={remaining}
            paused={dragging}
            dropHere={insertBefore !== undefined && insertBefore !== null && insertBefore === ids[rendered.length]}
            onShowMore={onShowMore}
          />
        )}
        <EndZone
          columnId={column.id}
          active={insertBefore === null}
          empty={ids.length === 0}
          belowHidden={remaining > 0}
          dragging={dragging}
          disabled={dragDisabled}
        />
      </div>
    </section>
  )
})

/**
 * The space below the last card: dropping there puts the card at the end of the column. A long
 * column has it below its "show more" button too, so the end is always one step away.
 */
function EndZone({
  columnId,
  active,
  empty,
  belowHidden,
  dragging,
  disabled,
}: {
  columnId: string
  active: boolean
  empty: boolean
  /** Cards are hidden above it (a long column not yet shown in full). */
  belowHidden: boolean
  dragging: boolean
  disabled: boolean
}) {
  const { t } = useTranslation('themes')
  const { setNodeRef } = useDroppable({ id: endZoneId(columnId), disabled, resizeObserverConfig: NO_RESIZE_OBSERVER })
  return (
    <div ref={setNodeRef} className="board-column-end" data-drop={active ? 'true' : undefined} data-empty={empty ? 'true' : undefined} aria-hidden="true">
      {active ? t(belowHidden ? 'board.dropAtEnd' : 'board.dropHere') : empty && !dragging && !disabled ? t('board.emptyColumn') : null}
    </div>
  )
}

/**
 * Below a long column's first page of cards: a button for the next page, pressed by itself when
 * it scrolls into view in the column, so scrolling through the column just continues (not while
 * dragging: the cards a drag measured must stay put). A card dropped here goes right after the
 * cards above it (the end zone below the button is the end of the whole column).
 */
function ShowMoreCards({
  columnId,
  remaining,
  paused,
  dropHere,
  onShowMore,
}: {
  columnId: string
  remaining: number
  paused: boolean
  dropHere: boolean
  onShowMore: (columnId: string) => void
}) {
  const { t } = useTranslation('themes')
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const button = ref.current
    if (!button || paused) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onShowMore(columnId), {
      root: button.closest('.board-column-list'),
      rootMargin: '0px 0px 300px 0px',
    })
    observer.observe(button)
    return () => observer.disconnect()
  }, [columnId, onShowMore, remaining, paused])
  return (
    <div className="board-column-more" data-drop={dropHere ? 'true' : undefined}>
      <button ref={ref} type="button" className="btn btn-small" onClick={() => onShowMore(columnId)}>
        {t('board.showMore', { count: remaining })}
      </button>
    </div>
  )
}

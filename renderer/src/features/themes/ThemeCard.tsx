/**
 * A theme card. The content is memoised apart from the draggable wrapper: dnd-kit re-renders
 * every draggable and droppable while something is dragged, and with hundreds of cards only
 * the thin wrapper may do so; the content re-renders only when its own numbers change.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core'
import { type KeyboardEvent, memo, type MouseEvent, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Prioritisation, Theme } from '../../../../shared/model'
import { formatNumber, ordinal } from '../../i18n/numbers'

interface CardContentProps {
  title: string
  questions: number
  sources: number
  interviews: number
  /** Place and total once the group has scored (primitives, so the memo holds across rankings). */
  rank?: number | null
  tied?: boolean
  total?: number | null
  method?: Prioritisation['method']
  /** This card is where the dragged card merges if released now. */
  mergeTarget?: boolean
  /** Shown in the drag overlay: what releasing now does (move, merge, or move to the end of a column). */
  overlay?: 'move' | 'merge' | 'end'
}

export const CardContent = memo(function CardContent({ title, questions, sources, interviews, rank, tied, total, method, mergeTarget, overlay }: CardContentProps) {
  const { t } = useTranslation('themes')
  const place = rank ? (tied ? t('card.sharedPlace', { place: ordinal(rank) }) : ordinal(rank)) : null
  const amount = total == null ? null : method === 'dots' ? t('card.dots', { count: total }) : formatNumber(total, 2)
  const scoreLabel = place && amount ? t(method === 'dots' ? 'card.dotsTitle' : 'card.scoreTitle', { place, total: amount }) : null
  return (
    <>
      <span className="theme-card-head">
        <span className="theme-card-title">{title.trim() === '' ? t('card.untitled') : title}</span>
        {scoreLabel && (
          <span className="theme-card-score" data-testid="score-chip" title={scoreLabel}>
            <span className="visually-hidden">{scoreLabel}</span>
            <span aria-hidden="true">
              {place} · {amount}
            </span>
          </span>
        )}
      </span>
      <span className="theme-card-meta">
        {questions > 0 ? (
          <span className="theme-card-count">{t('card.questions', { count: questions })}</span>
        ) : (
          <span className="badge badge-warning">{t('card.noQuestion')}</span>
        )}
        {interviews > 0 && <span className="theme-card-count">{t('card.interviews', { count: interviews })}</span>}
        {sources > 0 && <span className="theme-card-count">{t('card.sources', { count: sources })}</span>}
      </span>
      {mergeTarget && <span className="theme-card-merge-label">{t('board.mergeInto')}</span>}
      {overlay === 'merge' && <span className="theme-card-overlay-label">{t('board.mergeHere')}</span>}
      {overlay === 'end' && <span className="theme-card-overlay-label">{t('board.dropAtEnd')}</span>}
    </>
  )
})

/** Learning questions that say something (blank ones, being typed, do not count). */
export const questionCount = (theme: Theme) => theme.learningQuestions.reduce((n, q) => (q.text.trim() === '' ? n : n + 1), 0)

interface DraggableThemeCardProps {
  theme: Theme
  interviews: number
  /**
   * The score chip, field by field: a new ranking makes new chip objects, and a card whose place
   * and total stayed the same must not render again (with hundreds of cards after every move).
   */
  rank: number | null
  tied: boolean
  total: number | null
  method: Prioritisation['method'] | undefined
  dropBefore: boolean
  mergeTarget: boolean
  selected: boolean
  dragDisabled: boolean
  /** "versleepbaar thema", given by the column (no translation hook per card). */
  roleDescription: string
  onOpen: (id: string) => void
  /** True while a drag is under way: Enter then puts the card down instead of opening it. */
  isDragActive: () => boolean
}

/**
 * Cards keep their size while something is dragged (nothing shifts), so they need no resize
 * observer each; dnd-kit would start and stop one per card at every pick-up and drop.
 */
export const NO_RESIZE_OBSERVER = { disabled: true }

/**
 * The focusable card: Space picks it up (dnd-kit's keyboard sensor), Enter or a click opens
 * it in the side panel. It never moves while dragging (the drag overlay follows the pointer),
 * so what the pointer is over is what the screen shows. It is a draggable and a drop target,
 * not a dnd-kit "sortable": the board decides where a drop lands itself (ThemeBoard), and the
 * sortable machinery (indexes, transforms) would only cost time on every card.
 */
export const DraggableThemeCard = memo(function DraggableThemeCard({
  theme,
  interviews,
  rank,
  tied,
  total,
  method,
  dropBefore,
  mergeTarget,
  selected,
  dragDisabled,
  roleDescription,
  onOpen,
  isDragActive,
}: DraggableThemeCardProps) {
  const { setNodeRef: setDragRef, attributes, listeners, isDragging } = useDraggable({ id: theme.id, disabled: dragDisabled, attributes: { roleDescription } })
  const { setNodeRef: setDropRef } = useDroppable({ id: theme.id, disabled: dragDisabled, resizeObserverConfig: NO_RESIZE_OBSERVER })
  const setNodeRef = useCallback(
    (node: HTMLDivElement | null) => {
      setDragRef(node)
      setDropRef(node)
    },
    [setDragRef, setDropRef],
  )
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event)
    if (event.defaultPrevented || event.key !== 'Enter' || isDragActive()) return
    event.preventDefault()
    onOpen(theme.id)
  }
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return
    onOpen(theme.id)
  }
  const classes = ['theme-card']
  if (isDragging) classes.push('is-drag-source')
  if (mergeTarget) classes.push('is-merge-target')
  if (selected) classes.push('is-selected')
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // While filtering, dragging is off but the card still opens: it is not "disabled".
      aria-disabled={undefined}
      aria-describedby={dragDisabled ? undefined : attributes['aria-describedby']}
      aria-current={selected ? 'true' : undefined}
      className={classes.join(' ')}
      data-theme-id={theme.id}
      data-drop-before={dropBefore ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <CardContent
        title={theme.title}
        questions={questionCount(theme)}
        sources={theme.sources.length}
        interviews={interviews}
        rank={rank}
        tied={tied}
        total={total}
        method={method}
        mergeTarget={mergeTarget}
      />
    </div>
  )
})

/**
 * A theme card. The content is memoised apart from the sortable wrapper: dnd-kit re-renders
 * every sortable item while something is dragged, and with hundreds of cards only the thin
 * wrapper may do so; the content re-renders only when its own numbers change.
 */
import { useSortable } from '@dnd-kit/sortable'
import { type KeyboardEvent, memo, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScoreChip } from '../../../../shared/logic/score-chips'
import type { Prioritisation, Theme } from '../../../../shared/model'
import { formatNumber, ordinal } from '../prioritise/format'

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
  /** Shown in the drag overlay: what releasing now does. */
  overlay?: 'move' | 'merge'
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
    </>
  )
})

/** Learning questions that say something (blank ones, being typed, do not count). */
export const questionCount = (theme: Theme) => theme.learningQuestions.reduce((n, q) => (q.text.trim() === '' ? n : n + 1), 0)

interface SortableThemeCardProps {
  theme: Theme
  interviews: number
  chip: ScoreChip | undefined
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
 * The focusable card: Space picks it up (dnd-kit's keyboard sensor), Enter or a click opens
 * it in the side panel. It never moves while dragging (the drag overlay follows the pointer),
 * so what the pointer is over is what the screen shows.
 */
export const SortableThemeCard = memo(function SortableThemeCard({
  theme,
  interviews,
  chip,
  dropBefore,
  mergeTarget,
  selected,
  dragDisabled,
  roleDescription,
  onOpen,
  isDragActive,
}: SortableThemeCardProps) {
  const { setNodeRef, attributes, listeners, isDragging } = useSortable({ id: theme.id, disabled: dragDisabled, attributes: { roleDescription } })
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
        rank={chip?.rank ?? null}
        tied={chip?.tied ?? false}
        total={chip?.total ?? null}
        method={chip?.method}
        mergeTarget={mergeTarget}
      />
    </div>
  )
})

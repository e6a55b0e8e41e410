/**
 * One agenda item as a sortable row: drag handle (mouse or keyboard), start time, title with
 * its kind and links, duration (edited in place, so times recompute as you type), owner, and
 * the buttons to edit or remove it. The editor opens below the row.
 */
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../../shared/model'
import type { TimedAgendaItem } from '../../../../shared/logic/agenda-timing'
import { RemoveButton } from '../../ui/RemoveButton'

interface AgendaItemRowProps {
  item: AgendaItem
  position: number
  timed: TimedAgendaItem | undefined
  ownerName: string
  links: string[]
  expanded: boolean
  onToggle: (itemId: string) => void
  onDuration: (itemId: string, minutes: number) => void
  onRemove: (itemId: string) => void
  children?: React.ReactNode
}

const formatActual = (seconds: number) => {
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds % 60)
  return `${minutes}:${String(rest).padStart(2, '0')}`
}

export const AgendaItemRow = memo(function AgendaItemRow({
  item,
  position,
  timed,
  ownerName,
  links,
  expanded,
  onToggle,
  onDuration,
  onRemove,
  children,
}: AgendaItemRowProps) {
  const { t } = useTranslation('agenda')
  const title = item.title.trim() || t('untitled')
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
    attributes: { roleDescription: t('drag.roleDescription') },
  })
  const rowRef = useRef<HTMLLIElement | null>(null)
  // The transform goes through the CSSOM: the CSP forbids style attributes in markup.
  useLayoutEffect(() => {
    const row = rowRef.current
    if (!row) return
    row.style.transform = CSS.Translate.toString(transform) ?? ''
    row.style.transition = transition ?? ''
  }, [transform, transition])
  const overrun = timed?.pastScheduledEnd ?? false
  const actualOver = item.actualSeconds !== null && item.actualSeconds > item.durationMinutes * 60

  return (
    <li
      ref={(node) => {
        setNodeRef(node)
        rowRef.current = node
      }}
      className={`agenda-row${isDragging ? ' is-dragging' : ''}${overrun ? ' is-past-end' : ''}${expanded ? ' is-expanded' : ''}`}
      data-testid="agenda-item"
      data-item-id={item.id}
    >
      <div className="agenda-row-main">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="agenda-handle"
          aria-label={t('drag.handle', { title })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⋮⋮</span>
        </button>
        <span className="agenda-position" aria-hidden="true">
          {position}
        </span>
        <span className="agenda-time" data-testid="agenda-start">
          {timed?.startTime}
        </span>
        <div className="agenda-title-cell">
          <button type="button" className="agenda-title" aria-expanded={expanded} onClick={() => onToggle(item.id)}>
            {title}
          </button>
          <div className="agenda-meta">
            <span className={`agenda-kind kind-${item.kind}`}>{t(`kinds.${item.kind}`)}</span>
            {links.map((link) => (
              <span key={link} className="agenda-link">
                {link}
              </span>
            ))}
            {overrun && <span className="agenda-past-end">{t('timing.pastEnd')}</span>}
            {item.actualSeconds !== null && (
              <span className={`agenda-actual${actualOver ? ' is-over' : ''}`} data-testid="agenda-actual">
                {t('columns.actual')}: {t('actual', { actual: formatActual(item.actualSeconds), planned: `${item.durationMinutes}:00` })}
              </span>
            )}
          </div>
        </div>
        <label className="agenda-duration">
          <span className="visually-hidden">{t('fields.duration')}</span>
          <input
            className="input agenda-duration-input"
            type="number"
            min={0}
            max={600}
            step={5}
            value={item.durationMinutes}
            aria-label={`${t('fields.duration')}: ${title}`}
            onChange={(event) => {
              const value = Number(event.target.value)
              if (Number.isFinite(value)) onDuration(item.id, Math.max(0, Math.min(600, Math.round(value))))
            }}
          />
          <span className="agenda-duration-unit" aria-hidden="true">
            min
          </span>
        </label>
        <span className="agenda-owner">{ownerName}</span>
        <div className="agenda-row-actions">
          <button type="button" className="btn btn-ghost btn-small" aria-expanded={expanded} onClick={() => onToggle(item.id)} aria-label={t('editItem', { title })}>
            {expanded ? t('close') : t('edit')}
          </button>
          <RemoveButton small label={t('removeItem', { title })} title={null} onClick={() => onRemove(item.id)} />
        </div>
      </div>
      {expanded && children}
    </li>
  )
})

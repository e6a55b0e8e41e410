/**
 * The quotes in their three categories. Drag a card by its handle with the mouse, or with the
 * keyboard (Space picks up, arrows jump between categories and places, Space drops, Escape
 * cancels), with Dutch announcements. Dropping on a card puts the quote before it; dropping on
 * a category puts it at the end.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { quotesByCategory } from '../../../../shared/logic/evaluation'
import type { Participant, Quote, QuoteCategory } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { RemoveButton } from '../../ui/RemoveButton'
import { ParticipantSelect } from '../../ui/ParticipantSelect'
import { boardKeyboardCoordinates } from '../workGroups/keyboard-coordinates'
import type { EvaluationEdits } from './evaluation-edits'

interface DropData {
  category: QuoteCategory
  /** The quote this drop target is (insert before it), or null for the category's end. */
  beforeQuoteId: string | null
}

const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args))
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)
const dropDataOf = (value: unknown) => (value ?? null) as DropData | null

interface Props {
  edits: EvaluationEdits
  onAnnounce: (message: string) => void
}

export function QuoteBoard({ edits, onAnnounce }: Props) {
  const { t } = useTranslation('evaluation')
  const evaluation = useProject((p) => p.evaluation)
  const participants = useProject((p) => p.participants)
  const groups = useMemo(() => quotesByCategory(evaluation), [evaluation])
  const [dragging, setDragging] = useState<Quote | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const dropMessage = useRef('')

  useEffect(() => {
    if (!focusId) return
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(focusId)}"] .quote-handle`)?.focus()
      setFocusId(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [focusId])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  )
  const label = (category: QuoteCategory) => t(`categories.${category}`)
  const quoteText = (id: string) => evaluation.quotes.find((q) => q.id === id)?.text ?? ''

  const onDragEnd = (event: DragEndEvent) => {
    const quote = dragging
    setDragging(null)
    if (!quote) return
    const target = dropDataOf(event.over?.data.current)
    if (!target) {
      dropMessage.current = t('dnd.nothing')
      return
    }
    if (target.beforeQuoteId === quote.id) {
      dropMessage.current = t('dnd.same', { category: label(quote.category) })
      return
    }
    const siblings = evaluation.quotes.filter((q) => q.category === target.category && q.id !== quote.id)
    const index = target.beforeQuoteId === null ? siblings.length : Math.max(0, siblings.findIndex((q) => q.id === target.beforeQuoteId))
    const moved = edits.moveQuote(quote.id, target.category, index)
    dropMessage.current = moved ? t('dnd.moved', { category: label(target.category), position: index + 1 }) : t('dnd.same', { category: label(quote.category) })
    if (moved) onAnnounce(dropMessage.current)
    if (event.activatorEvent instanceof KeyboardEvent) setFocusId(quote.id)
  }

  const accessibility = useMemo(() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.start', { text: short(quoteText(String(active.id))) }),
      onDragOver: ({ over }) => {
        const target = dropDataOf(over?.data.current)
        if (!target) return t('dnd.overNothing')
        return target.beforeQuoteId
          ? t('dnd.overQuote', { category: label(target.category), text: short(quoteText(target.beforeQuoteId)) })
          : t('dnd.overCategory', { category: label(target.category) })
      },
      onDragEnd: () => dropMessage.current,
      onDragCancel: () => t('dnd.cancel'),
    }
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') }, restoreFocus: false }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, evaluation.quotes])

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={accessibility}
      onDragStart={(event) => setDragging(evaluation.quotes.find((q) => q.id === event.active.id) ?? null)}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
    >
      <div className={dragging ? 'quote-board is-dragging' : 'quote-board'} data-testid="quote-board">
        {groups.map(({ category, quotes }) => (
          <CategoryColumn key={category} category={category} label={label(category)} count={quotes.length}>
            {quotes.map((quote) => (
              <QuoteCard key={quote.id} quote={quote} category={category} participants={participants} edits={edits} onAnnounce={onAnnounce} />
            ))}
          </CategoryColumn>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{dragging ? <div className="quote-card is-overlay">“{short(dragging.text)}”</div> : null}</DragOverlay>
    </DndContext>
  )
}

function CategoryColumn({ category, label, count, children }: { category: QuoteCategory; label: string; count: number; children: React.ReactNode }) {
  const { t } = useTranslation('evaluation')
  // The drop zone for "at the end" fills the column below its cards.
  const { setNodeRef, isOver } = useDroppable({ id: `cat:${category}`, data: { category, beforeQuoteId: null } satisfies DropData })
  return (
    <section className="quote-column" aria-labelledby={`qc-${category}`} data-testid="quote-column" data-category={category}>
      <h3 id={`qc-${category}`} className="quote-column-title">
        <span>{label}</span> <span className="badge">{t('quotes.count', { count })}</span>
      </h3>
      <ul className="quote-list">{children}</ul>
      <div ref={setNodeRef} className={isOver ? 'quote-end is-over' : count === 0 ? 'quote-end is-empty' : 'quote-end'} data-testid="quote-end">
        {count === 0 && <p>{t('quotes.empty')}</p>}
      </div>
    </section>
  )
}

function QuoteCard({ quote, category, participants, edits, onAnnounce }: { quote: Quote; category: QuoteCategory; participants: readonly Participant[]; edits: EvaluationEdits; onAnnounce: (m: string) => void }) {
  const { t } = useTranslation('evaluation')
  const [editing, setEditing] = useState(false)
  const drag = useDraggable({ id: quote.id })
  const drop = useDroppable({ id: `before:${quote.id}`, data: { category, beforeQuoteId: quote.id } satisfies DropData })
  const who = quote.participantId ? participants.find((p) => p.id === quote.participantId) : undefined
  const setRefs = (node: HTMLLIElement | null) => {
    drag.setNodeRef(node)
    drop.setNodeRef(node)
  }
  return (
    <li
      ref={setRefs}
      className={[
        'quote-card',
        drag.isDragging ? 'is-dragging' : '',
        drop.isOver && !drag.isDragging ? 'is-over' : '',
      ].join(' ')}
      data-quote-id={quote.id}
      data-testid="quote-card"
    >
      <div className="quote-card-row">
        <button
          type="button"
          className="quote-handle"
          aria-label={t('quotes.handle', { text: short(quote.text) })}
          {...drag.attributes}
          {...drag.listeners}
        >
          <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true" focusable="false">
            {[3, 9, 15].map((y) => [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" fill="currentColor" />))}
          </svg>
        </button>
        {editing ? (
          <div className="quote-edit">
            <label className="visually-hidden" htmlFor={`qt-${quote.id}`}>
              {t('quotes.text')}
            </label>
            <textarea id={`qt-${quote.id}`} className="textarea" rows={3} value={quote.text} onChange={(event) => edits.setQuoteText(quote.id, event.target.value)} />
            <label className="field-label" htmlFor={`qw-${quote.id}`}>
              {t('quotes.who')}
            </label>
            <ParticipantSelect
              id={`qw-${quote.id}`}
              participants={participants}
              noneLabel={t('quotes.anonymous')}
              value={quote.participantId}
              onChange={(participantId) => edits.setQuoteWho(quote.id, participantId)}
            />
          </div>
        ) : (
          <blockquote className="quote-text">
            <p>{quote.text}</p>
            <footer>{who ? who.name : t('quotes.anonymous')}</footer>
          </blockquote>
        )}
      </div>
      <div className="quote-card-actions">
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={editing ? t('quotes.done') : t('quotes.editLabel', { text: short(quote.text) })}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('quotes.done') : t('quotes.edit')}
        </button>
        <RemoveButton
          small
          label={t('quotes.remove', { text: short(quote.text) })}
          onClick={() => {
            edits.removeQuote(quote.id)
            onAnnounce(t('quotes.removed'))
          }}
        />
      </div>
    </li>
  )
}

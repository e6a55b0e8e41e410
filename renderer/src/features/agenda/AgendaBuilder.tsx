/**
 * The agenda of one meeting (issue 4, point 2): items with kind, duration, owner, preparation
 * and links; reordered by dragging (mouse, or keyboard: Space, arrows, Space) with Dutch
 * announcements; start times from the meeting's start and an overrun flag against its scheduled
 * end; templates and copying the previous meeting's agenda; the Word exports; and the button that
 * opens the live chairing view. Hosted by the meeting detail screen: <AgendaBuilder meetingId=… />.
 */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaTemplate } from '../../../../shared/model'
import { actionsFrom } from '../../../../shared/logic/actions'
import { previousMeetingWithAgenda } from '../../../../shared/logic/agenda'
import { agendaTiming } from '../../../../shared/logic/agenda-timing'
import { useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { ChairingView } from '../chairing/ChairingView'
import { useAgendaEdits } from './agenda-edits'
import { AgendaItemEditor } from './AgendaItemEditor'
import { AgendaItemRow } from './AgendaItemRow'
import { AgendaTemplates, meetingLabel } from './AgendaTemplates'
import { ExportButtons } from './ExportButtons'
import { SaveTemplateDialog } from './SaveTemplateDialog'
import { TimingSummary } from './TimingSummary'
import './agenda.css'

export function AgendaBuilder({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('agenda')
  const meetings = useProject((p) => p.meetings)
  const participants = useProject((p) => p.participants)
  const themes = useProject((p) => p.themes)
  const workGroups = useProject((p) => p.workGroups)
  const templates = useProject((p) => p.agendaTemplates)
  const actions = useProject((p) => p.actions)
  const meeting = useMemo(() => meetings.find((m) => m.id === meetingId) ?? null, [meetings, meetingId])
  const edits = useAgendaEdits(meetingId)
  const { notice, announce, dismiss } = useUndoNotice()
  const [expanded, setExpanded] = useState<string | null>(null)
  const [savingTemplate, setSavingTemplate] = useState(false)
  const [chairing, setChairing] = useState(false)

  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants])
  const linkNames = useMemo(
    () => new Map([...themes.map((x) => [x.id, x.title] as const), ...workGroups.map((x) => [x.id, x.name] as const)]),
    [themes, workGroups],
  )
  const timing = useMemo(() => (meeting ? agendaTiming(meeting.startTime, meeting.endTime, meeting.agenda) : null), [meeting])
  const previous = useMemo(() => (meeting ? previousMeetingWithAgenda(meetings, meeting) : null), [meetings, meeting])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const agenda = meeting?.agenda
  const titleOf = useCallback(
    (id: string | number) => agenda?.find((i) => i.id === id)?.title.trim() || t('untitled'),
    [agenda, t],
  )
  const positionOf = useCallback((id: string | number) => (agenda?.findIndex((i) => i.id === id) ?? -1) + 1, [agenda])
  /** True from pick-up until the item leaves its own place: being over where it came from is not news. */
  const justPickedUp = useRef(false)
  const accessibility = useMemo(() => {
    const total = agenda?.length ?? 0
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        justPickedUp.current = true
        return t('drag.start', { title: titleOf(active.id), position: positionOf(active.id), total })
      },
      onDragOver: ({ active, over }) => {
        if (!over || (justPickedUp.current && over.id === active.id)) return undefined
        justPickedUp.current = false
        return t('drag.over', { title: titleOf(active.id), position: positionOf(over.id), total })
      },
      onDragEnd: ({ active, over }) => t('drag.end', { title: titleOf(active.id), position: over ? positionOf(over.id) : positionOf(active.id), total }),
      onDragCancel: ({ active }) => t('drag.cancel', { title: titleOf(active.id), position: positionOf(active.id) }),
    }
    return { announcements, screenReaderInstructions: { draggable: t('drag.instructions') } }
  }, [agenda, t, titleOf, positionOf])

  const onToggle = useCallback((id: string) => setExpanded((current) => (current === id ? null : id)), [])
  const onDuration = useCallback((id: string, minutes: number) => edits.update(id, { durationMinutes: minutes }, 'duration'), [edits])
  const onRemove = useCallback(
    (id: string) => {
      const title = titleOf(id)
      const count = actionsFrom(actions, meetingId, id).length
      edits.remove(id)
      announce(count > 0 ? t('announce.removedActions', { title, count }) : t('announce.removed', { title }))
    },
    [edits, announce, t, titleOf, actions, meetingId],
  )

  if (!meeting || !timing) return null

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    edits.move(positionOf(active.id) - 1, positionOf(over.id) - 1)
  }
  const add = () => {
    const id = edits.add('')
    setExpanded(id)
  }
  const apply = (template: AgendaTemplate) => {
    const count = edits.applyTemplate(template)
    announce(t('announce.template', { count, name: template.name }), 'success')
  }
  const copyPrevious = () => {
    if (!previous) return
    const count = edits.copyFrom(previous)
    announce(t('announce.copied', { count, meeting: meetingLabel(previous) }), 'success')
  }

  return (
    <section className="agenda" aria-labelledby={`agenda-title-${meeting.id}`} data-testid="agenda-builder">
      <header className="agenda-header">
        <div>
          <h2 id={`agenda-title-${meeting.id}`}>{t('title')}</h2>
          <TimingSummary timing={timing} startTime={meeting.startTime} />
        </div>
        <div className="agenda-header-actions">
          <button type="button" className="btn btn-primary" disabled={meeting.agenda.length === 0} title={t('chairHint')} onClick={() => setChairing(true)}>
            {t('chair')}
          </button>
        </div>
      </header>
      <AgendaTemplates
        templates={templates}
        previous={previous}
        canSave={meeting.agenda.length > 0}
        onApply={apply}
        onCopyPrevious={copyPrevious}
        onSaveAsTemplate={() => setSavingTemplate(true)}
      />
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={t('undo')} dismissLabel={t('dismiss')} />
      {meeting.agenda.length === 0 ? (
        <EmptyState title={t('emptyTitle')} text={t('empty')} />
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
          <SortableContext items={meeting.agenda.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <div className="agenda-list-head" aria-hidden="true">
              <span />
              <span />
              <span>{t('columns.time')}</span>
              <span>{t('columns.item')}</span>
              <span>{t('columns.duration')}</span>
              <span>{t('columns.owner')}</span>
              <span />
            </div>
            <ol className="agenda-list" aria-label={t('title')}>
              {meeting.agenda.map((item, index) => (
                <AgendaItemRow
                  key={item.id}
                  item={item}
                  position={index + 1}
                  timed={timing.items[index]}
                  ownerName={item.ownerId ? (names.get(item.ownerId) ?? '') : ''}
                  links={[...item.workGroupIds, ...item.themeIds].map((id) => linkNames.get(id) ?? '').filter(Boolean)}
                  expanded={expanded === item.id}
                  onToggle={onToggle}
                  onDuration={onDuration}
                  onRemove={onRemove}
                >
                  <AgendaItemEditor item={item} participants={participants} themes={themes} workGroups={workGroups} edits={edits} />
                </AgendaItemRow>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <div className="agenda-footer">
        <button type="button" className="btn" onClick={add}>
          + {t('add')}
        </button>
        <ExportButtons meetingId={meeting.id} />
      </div>
      {savingTemplate && (
        <SaveTemplateDialog
          open
          defaultName={meeting.title.trim() ? `Agenda ${meeting.title.trim()}` : t('title')}
          onCancel={() => setSavingTemplate(false)}
          onSave={(name) => {
            edits.saveTemplate(name, meeting.agenda)
            setSavingTemplate(false)
            announce(t('announce.templateSaved', { name }), 'success')
          }}
        />
      )}
      {chairing && <ChairingView meetingId={meeting.id} onClose={() => setChairing(false)} />}
    </section>
  )
}
